import type { Sentence } from '../../doc/layers.js'
import { posCode, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import type { TimeValue } from './time-value.js'

/** The tokens of one sentence, as the grammar reads them. */
export interface TokenWindow {
  /** The document's language: the time vocabulary the grammar reads. */
  readonly lang: Lang
  readonly text: string
  /** The `norm` column: lower case, typography folded. */
  readonly norm: readonly string[]
  readonly start: Int32Array
  readonly end: Int32Array
  readonly pos: Uint8Array
  /** Token range of the sentence, [first, last). */
  readonly first: number
  readonly last: number
}

/** The window over one sentence of a token table. */
export function sentenceWindow(
  lang: Lang,
  text: string,
  tokens: Pick<TokenTable, 'norm' | 'start' | 'end' | 'pos'>,
  sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>,
): TokenWindow {
  const { norm, start, end, pos } = tokens
  return { lang, text, norm, start, end, pos, first: sentence.tokenStart, last: sentence.tokenEnd }
}

/** A core expression: where it ends (exclusive token index) and what it says. */
export interface Core {
  readonly end: number
  readonly value: TimeValue
  /** Set when the expression itself opens a range: "five months since …". */
  readonly opener?: 'since'
}

export const NOUN = posCode('NOUN')

/** Token shapes: a day of the month ("4th"), a year, a span of years ("2014-16"), a decade ("1990s"). */
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/
export const YEAR = /^(1[89]\d\d|20\d\d)$/
export const YEAR_SPAN = /^(1[89]\d\d|20\d\d)-(\d\d|\d{4})$/
export const DECADE = /^(1[89]\d0|20\d0)s$/

/** The normalised token i, or '' outside the sentence. */
export function at(w: TokenWindow, i: number): string {
  return i >= w.first && i < w.last ? w.norm[i]! : ''
}

export function isCapitalised(w: TokenWindow, i: number): boolean {
  const c = w.text.charCodeAt(w.start[i]!)
  return c >= 65 && c <= 90
}

export function dayNumber(w: TokenWindow, i: number): number | null {
  const m = DAY_NUMBER.exec(at(w, i))
  if (!m) return null
  const n = Number(m[1])
  return n >= 1 && n <= 31 ? n : null
}

export function yearNumber(w: TokenWindow, i: number): number | null {
  return YEAR.test(at(w, i)) ? Number(at(w, i)) : null
}

/** A count before a unit: "two", "a", "3". */
export function countAt(w: TokenWindow, i: number): number | null {
  const lower = at(w, i)
  const word = w.lang.time.NUMBER_WORDS.get(lower)
  if (word !== undefined) return word
  if (!/^\d{1,3}$/.test(lower)) return null
  return Number(lower)
}
