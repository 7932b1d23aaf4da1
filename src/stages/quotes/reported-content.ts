import { posCode } from '../../doc/token-table.js'
import type { Cue, CueClass } from './cues.js'
import { cueParticles } from './lexicon.js'
import type { MentionIndex } from './mention-index.js'
import { isComma, markAt, normAt, sentenceBounds, type TokenContext } from './token-context.js'

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
const SUBJECT_PHRASE_REACH = 4
const SUBJECT_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].map(posCode))
const OBJECT_TAIL_REACH = 8
/** How far after a cue its complementiser may come: "told reporters on Friday that …". */
const THAT_SEARCH = 10

/** The cue's subject stands before it, resolved to a mention or not. */
const hasSubject = (cue: Cue) => cue.side === 'left' || cue.side === 'unresolved'
const isDoubleCloser = (ctx: TokenContext, i: number) => ctx.lang.grammar.DOUBLE_CLOSERS.has(markAt(ctx, i))

/** The sentence end without trailing punctuation. */
function contentEnd(ctx: TokenContext, from: number, end: number): number {
  let e = end
  while (e > from && ctx.tokens.pos[e - 1] === PUNCT) e--
  return e
}

/** "says running for president is tough": a gerund subject opens the reported clause. */
const isGerund = (ctx: TokenContext, i: number) =>
  ctx.tokens.pos[i] === VERB && normAt(ctx, i).endsWith('ing')

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
  while (j < end && ctx.lang.speech.CUE_TIME_WORDS.has(normAt(ctx, j))) j++
  return j
}

function skipTails(ctx: TokenContext, from: number, end: number): number {
  let j = skipTimeWords(ctx, from, end)
  for (const tail of ctx.lang.speech.CUE_TAILS) {
    if (j + tail.length <= end && tail.every((w, k) => normAt(ctx, j + k) === w)) {
      j = skipTimeWords(ctx, j + tail.length, end)
      break
    }
  }
  return j
}

/** "X said (that) CONTENT": the reported clause after the cue, without the complementiser. */
function contentAfter(ctx: TokenContext, index: MentionIndex, cue: Cue): TokenRange | null {
  const { end } = sentenceBounds(ctx, cue.head)
  const stop = contentEnd(ctx, cue.clusterEnd, end)
  let from = cue.clusterEnd
  const addressee = from < stop ? index.startingAt[from]! : -1
  if (
    addressee >= 0 &&
    hasSubject(cue) &&
    ctx.lang.speech.ADDRESSEE_VERBS.has(ctx.tokens.lemma[cue.head] ?? '')
  ) {
    from = index.mentions[addressee]!.tokenEnd
  }
  // "told reporters on Friday that …", "said in Brussels that …"
  for (let j = from; j < stop && j < from + THAT_SEARCH; j++) {
    if (ctx.lang.grammar.COMPLEMENTISERS.has(normAt(ctx, j))) {
      return isClause(ctx, j + 1, stop) ? { tokenStart: j + 1, tokenEnd: stop } : null
    }
    if (
      NO_COMPLEMENT_BEFORE_THAT.has(ctx.tokens.pos[j]!) &&
      !ctx.lang.speech.WORD_INTERNAL_MARKS.has(normAt(ctx, j))
    )
      break
  }
  if ((cue.cueClass === 'belief' || cue.cueClass === 'intent') && !hasSubject(cue)) return null
  let start = skipTimeWords(ctx, from, stop)
  const lemma = ctx.tokens.lemma[cue.head] ?? ''
  if (
    normAt(ctx, start) === 'to' &&
    (cue.cueClass === 'intent' || ctx.lang.speech.INFINITIVE_CUES.has(lemma))
  ) {
    return isClause(ctx, start, stop) ? { tokenStart: start, tokenEnd: stop } : null
  }
  if (cue.cueClass === 'intent') return null
  if (
    cue.tokenEnd - cue.tokenStart === 2 &&
    cueParticles(ctx.lang, lemma)?.includes(normAt(ctx, cue.head + 1))
  ) {
    // "called for a moratorium on charter schools": the particle's object, no clause needed
    return stop - start >= 2 ? { tokenStart: start, tokenEnd: stop } : null
  }
  // "Rubio says, win or lose, he's staying": a colon, or a comma, between the cue and its clause
  if (normAt(ctx, start) === ':' || (isComma(ctx, start) && hasSubject(cue))) start++
  if (start >= stop || !(CLAUSE_OPENERS.has(ctx.tokens.pos[start]!) || isGerund(ctx, start))) return null
  return isClause(ctx, start, stop) ? { tokenStart: start, tokenEnd: stop } : null
}

/** "…, a wide array of economists say": the noun phrase a speaker mention ends may start a few words earlier. */
function subjectPhraseStart(ctx: TokenContext, clusterStart: number, first: number): number {
  let j = clusterStart
  while (j > first && clusterStart - j < SUBJECT_PHRASE_REACH) {
    const pos = ctx.tokens.pos[j - 1]!
    if (!SUBJECT_PHRASE_POS.has(pos) && normAt(ctx, j - 1) !== 'of') break
    j--
  }
  return j
}

/** "…, a school spokesman told The Wall Street Journal.": an addressee or place after the cue, no clause. */
function isObjectTail(ctx: TokenContext, from: number, stop: number): boolean {
  if (stop - from > OBJECT_TAIL_REACH) return false
  for (let j = from; j < stop; j++) {
    const pos = ctx.tokens.pos[j]
    if (pos === VERB || pos === AUX || pos === PUNCT) return false
  }
  return true
}

/** "CONTENT, X said." or "CONTENT, X said, CONTENT": the reported clause around a cue placed after it. */
function contentAround(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { first, end } = sentenceBounds(ctx, cue.head)
  // the comma may sit inside a closing quote mark: "… approach,'' said Mr. Burman"
  const before0 = subjectPhraseStart(ctx, cue.clusterStart, first) - 1
  const comma = isComma(ctx, before0)
    ? before0
    : isComma(ctx, before0 - 1) && isDoubleCloser(ctx, before0)
      ? before0 - 1
      : -1
  if (comma <= first) return null
  const before: TokenRange = { tokenStart: first, tokenEnd: comma }
  let j = skipTails(ctx, cue.clusterEnd, end)
  const stop = contentEnd(ctx, j, end)
  if (j >= stop || isObjectTail(ctx, j, stop)) return isClause(ctx, first, comma) ? [before] : null
  if (!isComma(ctx, j)) return null
  if (cue.side === 'right') return isClause(ctx, first, comma) ? [before] : null // ", said Tom, a scholar …"
  j++
  const after: TokenRange = { tokenStart: j, tokenEnd: stop }
  if (!isClause(ctx, first, stop)) return null
  return after.tokenEnd > after.tokenStart ? [before, after] : [before]
}

/** "according to X, CONTENT" / "CONTENT, according to X" / "CONTENT, according to X, CONTENT". */
function contentOfSourceFirst(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { first, end } = sentenceBounds(ctx, cue.head)
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

/** "Graham: Trump’s rhetoric is hateful": a headline naming its source before a colon. */
function contentOfHeadline(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { end } = sentenceBounds(ctx, cue.head)
  const stop = contentEnd(ctx, cue.tokenEnd, end)
  return stop - cue.tokenEnd >= MIN_CONTENT_TOKENS ? [{ tokenStart: cue.tokenEnd, tokenEnd: stop }] : null
}

/** "asked whether the talks would resume": the embedded question, up to the comma of a fronted clause. */
function contentOfQuestion(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  if (ctx.tokens.lemma[cue.head] !== 'ask') return null
  const { first, end } = sentenceBounds(ctx, cue.head)
  let start = cue.clusterEnd
  while (
    start < end &&
    start < cue.clusterEnd + 4 &&
    !ctx.lang.speech.QUESTION_OPENERS.has(normAt(ctx, start))
  )
    start++
  if (start >= end || !ctx.lang.speech.QUESTION_OPENERS.has(normAt(ctx, start))) return null
  let stop = contentEnd(ctx, start, end)
  if (cue.head === first || (cue.head === first + 1 && ctx.tokens.pos[first] !== PUNCT)) {
    // "Asked whether …, Ryan said": the question ends at the comma before the main clause
    for (let j = stop - 1; j > start; j--) {
      if (isComma(ctx, j)) {
        stop = j
        break
      }
    }
  }
  return isClause(ctx, start + 1, stop) ? [{ tokenStart: start, tokenEnd: stop }] : null
}

/** "she criticized the ruling as unfair": the object of a speech act, up to the end of the sentence. */
function contentOfStance(ctx: TokenContext, index: MentionIndex, cue: Cue): TokenRange[] | null {
  if (!hasSubject(cue) && cue.side !== 'inherited') return null
  const { end } = sentenceBounds(ctx, cue.head)
  let start = cue.clusterEnd
  if (ctx.lang.grammar.COMPLEMENTISERS.has(normAt(ctx, start))) start++
  let stop = contentEnd(ctx, start, end)
  // "Lind, who often defends the plan, said …": inside an aside the object ends at the aside's comma
  if (isInAside(ctx, cue)) stop = Math.min(stop, nextComma(ctx, start, stop))
  // "rebel groups backed by Ankara": a passive participle, its object is not what was said
  if (start >= stop || ctx.tokens.pos[start] === PUNCT || normAt(ctx, start) === 'by') return null
  // "supported Sanders", "backing her": a one-word object must name someone
  if (stop - start < 2 && index.startingAt[start]! < 0) return null
  return [{ tokenStart: start, tokenEnd: stop }]
}

function isInAside(ctx: TokenContext, cue: Cue): boolean {
  for (let j = cue.clusterStart; j < cue.head; j++)
    if (ctx.lang.grammar.RELATIVE_PRONOUNS.has(normAt(ctx, j))) return true
  return false
}

function nextComma(ctx: TokenContext, from: number, stop: number): number {
  for (let j = from; j < stop; j++) if (isComma(ctx, j)) return j
  return stop
}

type ContentFinder = (ctx: TokenContext, index: MentionIndex, cue: Cue) => TokenRange[] | null

const clauseAfter: ContentFinder = (ctx, index, cue) => {
  const after = contentAfter(ctx, index, cue)
  return after ? [endAtClauseBreak(ctx, cue, after)] : null
}

/**
 * Reported content after its cue ends where the sentence turns to another clause: at a semicolon, at ", but …"
 * and the like, and, when the cue sits in a fronted clause ("While Ramos said that …, he appears …"), at the
 * comma that closes it.
 */
function endAtClauseBreak(ctx: TokenContext, cue: Cue, range: TokenRange): TokenRange {
  const { first } = sentenceBounds(ctx, cue.head)
  // a fronted clause ("While Ramos said that …, he …") or a relative one ("Trump, who said that …, issued …")
  const endsAtComma =
    (cue.clusterStart > first &&
      ctx.lang.speech.FRONTED_SUBORDINATORS.has(normAt(ctx, cue.clusterStart - 1))) ||
    isInAside(ctx, cue)
  for (let j = range.tokenStart + MIN_CONTENT_TOKENS; j < range.tokenEnd; j++) {
    const w = normAt(ctx, j)
    const breaks =
      w === ';' ||
      (isComma(ctx, j) && (endsAtComma || ctx.lang.speech.CONTRAST_LINKS.has(normAt(ctx, j + 1))))
    if (breaks && isClause(ctx, range.tokenStart, j)) return { tokenStart: range.tokenStart, tokenEnd: j }
  }
  return range
}

/**
 * "Trump’s claim that CONTENT", "his call for CONTENT", "her pledge to CONTENT": what follows the noun's opener,
 * a clause after "that" (to the clause break), a noun phrase or an infinitive otherwise (to the next comma or
 * the verb of the sentence the noun phrase is subject of: "His call for a recount was ignored").
 */
function contentOfNounCue(ctx: TokenContext, cue: Cue): TokenRange[] | null {
  const { end } = sentenceBounds(ctx, cue.head)
  const opener = cue.tokenEnd
  const stop = contentEnd(ctx, opener + 1, end)
  if (ctx.lang.grammar.COMPLEMENTISERS.has(normAt(ctx, opener))) {
    // a noun phrase holds one clause: "Contrary to his claim that A, B" ends at the comma
    const from = opener + 1
    for (let j = from + MIN_CONTENT_TOKENS; j < stop; j++) {
      if ((isComma(ctx, j) || normAt(ctx, j) === ';') && isClause(ctx, from, j))
        return [{ tokenStart: from, tokenEnd: j }]
    }
    return isClause(ctx, from, stop) ? [{ tokenStart: from, tokenEnd: stop }] : null
  }
  const isInfinitive = normAt(ctx, opener) === 'to'
  const start = isInfinitive ? opener : opener + 1
  // "her pledge to cut fares won votes": the infinitive's own verb, then the sentence's verb ends the content
  let verbs = isInfinitive ? -1 : 0
  let last = start + 1
  while (last < stop) {
    const pos = ctx.tokens.pos[last]
    if (pos === VERB) verbs++
    if (isComma(ctx, last) || pos === AUX || verbs > 0) break
    last++
  }
  return last - start >= 2 ? [{ tokenStart: start, tokenEnd: last }] : null
}

/** How each class of cue finds what was said; every class must have an entry. */
const CONTENT_FINDERS = {
  speech: (ctx, index, cue) =>
    contentAround(ctx, cue) ??
    clauseAfter(ctx, index, cue) ??
    (ctx.lang.speech.OBJECT_SPEECH_VERBS.has(ctx.tokens.lemma[cue.head] ?? '')
      ? contentOfStance(ctx, index, cue)
      : null),
  belief: clauseAfter,
  intent: clauseAfter,
  stance: (ctx, index, cue) => contentOfStance(ctx, index, cue),
  direct: (ctx, _index, cue) => contentOfQuestion(ctx, cue),
  'source-first': (ctx, _index, cue) => contentOfSourceFirst(ctx, cue),
  headline: (ctx, _index, cue) => contentOfHeadline(ctx, cue),
  noun: (ctx, _index, cue) => contentOfNounCue(ctx, cue),
} satisfies Record<CueClass, ContentFinder>

/**
 * The content of reported speech introduced by a cue, as token ranges inside the cue's sentence, or null
 * when the cue does not govern a reported clause.
 */
export function reportedContent(ctx: TokenContext, index: MentionIndex, cue: Cue): TokenRange[] | null {
  return CONTENT_FINDERS[cue.cueClass](ctx, index, cue)
}
