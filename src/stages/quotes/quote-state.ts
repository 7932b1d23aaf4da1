import type { QuoteKind } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { posCode } from '../../doc/token-table.js'
import type { Cue } from './cues.js'
import type { MentionIndex } from './mention-index.js'
import type { QuotedSegment } from './quote-marks.js'
import type { TokenContext } from './token-context.js'

const SPACE = posCode('SPACE')

/** How a quoted segment was used: as (part of) a direct quotation, or as a fragment of reported speech. */
export const DIRECT = 1
export const FRAGMENT = 2

/** A quotation being assembled: token-level facts kept until ids are given out. */
export interface Draft {
  kind: QuoteKind
  readonly spans: Span[]
  cue: Cue | null
  /** Index into the mention list, or -1. */
  speaker: number
  /** Sentence index of the first and the last material (span or cue) of the quotation, for continuations. */
  readonly firstSentence: number
  lastSentence: number
  readonly paragraph: number
}

/** What the passes over one document share: its tokens, marks, cues, and what each pass has used. */
export interface QuoteState extends TokenContext {
  readonly index: MentionIndex
  readonly segments: readonly QuotedSegment[]
  /** Cues found in the text; passes may add synthetic ones (a colon before a quotation). */
  readonly cues: Cue[]
  /** Segment index holding each token (marks included), or -1. */
  readonly quotedBy: Int32Array
  /** Cue index covering each token, or -1. */
  readonly cueAt: Int32Array
  readonly usedCue: Set<number>
  /** 0, DIRECT or FRAGMENT per segment. */
  readonly usedSegment: Uint8Array
  readonly drafts: Draft[]
}

export const sentenceOf = (s: QuoteState, i: number): number => s.tokens.sentence[i]!
export const paragraphOf = (s: QuoteState, i: number): number =>
  s.sentences[s.tokens.sentence[i]!]?.paragraph ?? 0

/** A quote mark other than an opening double mark (those may also open a new quotation). */
export const isMark = (s: TokenContext, w: string): boolean => {
  const { DOUBLE_OPENERS, DOUBLE_CLOSERS, SINGLE_CLOSERS } = s.lang.grammar
  return DOUBLE_OPENERS.has(w) || DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w)
}

/** The token before i, line breaks and other blanks skipped; -1 at the start. */
export function tokenBefore(s: QuoteState, i: number): number {
  let j = i - 1
  while (j >= 0 && s.tokens.pos[j] === SPACE) j--
  return j
}

export function tokenSpan(s: QuoteState, tokenStart: number, tokenEnd: number): Span {
  return { start: s.tokens.start[tokenStart]!, end: s.tokens.end[tokenEnd - 1]! }
}

/** Adds a cue found while pairing quotations with their lead-in, and returns its index. */
export function addCue(s: QuoteState, cue: Cue): number {
  s.cues.push(cue)
  const k = s.cues.length - 1
  for (let t = cue.tokenStart; t < cue.tokenEnd; t++) s.cueAt[t] = k
  return k
}
