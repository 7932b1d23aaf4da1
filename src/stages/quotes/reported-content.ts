import { posCode } from '../../doc/token-table.js'
import { COMPLEMENTISERS, CUE_TAILS, CUE_TIME_WORDS } from '../../lang/en/speech-verbs.js'
import type { Cue, TokenContext } from './cues.js'

const VERB = posCode('VERB')
const AUX = posCode('AUX')
const PUNCT = posCode('PUNCT')
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV', 'SCONJ'].map(posCode))
const NO_COMPLEMENT_BEFORE_THAT = new Set([VERB, AUX, PUNCT])

/** A half-open token range. */
export interface TokenRange {
  readonly tokenStart: number
  readonly tokenEnd: number
}

const MIN_CONTENT_TOKENS = 3
const THAT_SEARCH = 8

const lowerAt = (ctx: TokenContext, i: number) => ctx.tokens.lower[i] ?? ''
const isComma = (ctx: TokenContext, i: number) => lowerAt(ctx, i) === ','

function sentenceOf(ctx: TokenContext, i: number): { first: number; end: number } {
  const s = ctx.sentences[ctx.tokens.sentence[i]!]
  return s ? { first: s.tokenStart, end: s.tokenEnd } : { first: 0, end: ctx.tokens.length }
}

/** The sentence end without trailing punctuation. */
function contentEnd(ctx: TokenContext, from: number, end: number): number {
  let e = end
  while (e > from && ctx.tokens.pos[e - 1] === PUNCT) e--
  return e
}

function isClause(ctx: TokenContext, start: number, end: number): boolean {
  if (end - start < MIN_CONTENT_TOKENS) return false
  for (let i = start; i < end; i++) {
    const pos = ctx.tokens.pos[i]
    if (pos === VERB || pos === AUX) return true
  }
  return false
}

function skipTimeWords(ctx: TokenContext, from: number, end: number): number {
  let j = from
  while (j < end && CUE_TIME_WORDS.has(lowerAt(ctx, j))) j++
  return j
}

function skipTails(ctx: TokenContext, from: number, end: number): number {
  let j = skipTimeWords(ctx, from, end)
  for (const tail of CUE_TAILS) {
    if (j + tail.length <= end && tail.every((w, k) => lowerAt(ctx, j + k) === w)) {
      j = skipTimeWords(ctx, j + tail.length, end)
      break
    }
  }
  return j
}

/** "X said (that) CONTENT": the reported clause after the cue, without the complementiser. */
function contentAfter(ctx: TokenContext, cue: Cue): TokenRange | null {
  const { end } = sentenceOf(ctx, cue.head)
  const stop = contentEnd(ctx, cue.clusterEnd, end)
  // "told reporters on Friday that …", "said in Brussels that …"
  for (let j = cue.clusterEnd; j < stop && j < cue.clusterEnd + THAT_SEARCH; j++) {
    if (COMPLEMENTISERS.has(lowerAt(ctx, j))) {
      return isClause(ctx, j + 1, stop) ? { tokenStart: j + 1, tokenEnd: stop } : null
    }
    if (NO_COMPLEMENT_BEFORE_THAT.has(ctx.tokens.pos[j]!)) break
  }
  if (cue.cueClass === 'belief' && cue.side !== 'left') return null
  let start = skipTimeWords(ctx, cue.clusterEnd, stop)
  if (lowerAt(ctx, start) === ':') start++
  if (start >= stop || !CLAUSE_OPENERS.has(ctx.tokens.pos[start]!)) return null
  return isClause(ctx, start, stop) ? { tokenStart: start, tokenEnd: stop } : null
}

/** "CONTENT, X said." or "CONTENT, X said, CONTENT": the reported clause around a cue placed after it. */
function contentAround(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { first, end } = sentenceOf(ctx, cue.head)
  const comma = cue.clusterStart - 1
  if (comma <= first || !isComma(ctx, comma)) return null
  const before: TokenRange = { tokenStart: first, tokenEnd: comma }
  let j = skipTails(ctx, cue.clusterEnd, end)
  const stop = contentEnd(ctx, j, end)
  if (j >= stop) return isClause(ctx, first, comma) ? [before] : null
  if (!isComma(ctx, j)) return null
  if (cue.side === 'right') return isClause(ctx, first, comma) ? [before] : null // ", said Tom, a scholar …"
  j++
  const after: TokenRange = { tokenStart: j, tokenEnd: stop }
  if (!isClause(ctx, first, stop)) return null
  return after.tokenEnd > after.tokenStart ? [before, after] : [before]
}

/** "according to X, CONTENT" / "CONTENT, according to X" / "CONTENT, according to X, CONTENT". */
function contentOfSourceFirst(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { first, end } = sentenceOf(ctx, cue.head)
  const stop = contentEnd(ctx, cue.clusterEnd, end)
  const ranges: TokenRange[] = []
  let beforeEnd = cue.tokenStart
  if (beforeEnd > first && isComma(ctx, beforeEnd - 1)) beforeEnd--
  if (beforeEnd > first) ranges.push({ tokenStart: first, tokenEnd: beforeEnd })
  let afterStart = cue.clusterEnd
  if (afterStart < stop && isComma(ctx, afterStart)) afterStart++
  if (afterStart < stop) ranges.push({ tokenStart: afterStart, tokenEnd: stop })
  const kept = ranges.filter((r) => isClause(ctx, r.tokenStart, r.tokenEnd) || r.tokenEnd - r.tokenStart >= 2)
  return kept.some((r) => isClause(ctx, r.tokenStart, r.tokenEnd)) ? kept : null
}

/**
 * The content of reported speech introduced by a cue, as token ranges inside the cue's sentence, or null
 * when the cue does not govern a reported clause.
 */
export function reportedContent(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  if (cue.cueClass === 'source-first') return contentOfSourceFirst(ctx, cue)
  if (cue.cueClass === 'direct') return null
  if (cue.cueClass !== 'belief') {
    const around = contentAround(ctx, cue)
    if (around) return around
  }
  const after = contentAfter(ctx, cue)
  return after ? [after] : null
}
