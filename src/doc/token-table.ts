import type { Span } from './span.js'

/** Universal POS tags as produced by wink-nlp, interned as small integers. */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const
export type PosTag = (typeof POS_TAGS)[number]

const POS_INDEX: ReadonlyMap<string, number> = new Map(POS_TAGS.map((tag, i) => [tag, i]))

export function posCode(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X')!
}

/**
 * Dense token columns (one entry per token), in document order.
 * Offsets are half-open UTF-16 indices into the document text.
 */
export interface TokenTable {
  readonly length: number
  readonly start: Int32Array
  readonly end: Int32Array
  /** Index of the sentence holding the token. */
  readonly sentence: Int32Array
  /** Index into POS_TAGS. */
  readonly pos: Uint8Array
  /** Lower-cased lemma (wink-nlp, read from the text with its apostrophes folded; typography folded). */
  readonly lemma: readonly string[]
  /** Lower-cased surface form, exactly as typed ("didn’t" → "did", "n’t"). */
  readonly lower: readonly string[]
  /**
   * Normalised form, the one lexicons and grammar rules look tokens up by: typography folded (’ → ',
   * “ ” → ", — – → -, no-break space → space) and the language's norm exceptions applied ("n’t" → "not",
   * "wo" before "n't" → "will", "'ll" → "will").
   */
  readonly norm: readonly string[]
}

export function posAt(table: TokenTable, index: number): PosTag {
  return POS_TAGS[table.pos[index]!] ?? 'X'
}

/** Index of the first token whose end is > offset (the token at or after offset). */
export function tokenAtOrAfter(table: TokenTable, offset: number): number {
  let lo = 0
  let hi = table.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (table.end[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

export type Alignment = 'strict' | 'contract' | 'expand'

/**
 * Maps a character span onto a token range [tokenStart, tokenEnd).
 * strict: the span must begin and end on token boundaries; contract: tokens fully inside;
 * expand: tokens touching the span. Returns null when no token range fits.
 */
export function alignSpan(
  table: TokenTable,
  s: Span,
  mode: Alignment,
): { tokenStart: number; tokenEnd: number } | null {
  let first = tokenAtOrAfter(table, s.start)
  let last = first
  while (last < table.length && table.start[last]! < s.end) last++
  if (mode === 'contract') {
    while (first < last && table.start[first]! < s.start) first++
    while (last > first && table.end[last - 1]! > s.end) last--
  } else if (mode === 'strict') {
    if (first >= last || table.start[first] !== s.start || table.end[last - 1] !== s.end) return null
  }
  return first < last ? { tokenStart: first, tokenEnd: last } : null
}
