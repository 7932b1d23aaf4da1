import { POS_TAGS, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'

const pos = (name: (typeof POS_TAGS)[number]) => POS_TAGS.indexOf(name)

/** Parts of speech that never belong inside a name, even when capitalised ("The", "In", "But", "I"). */
const NON_NAME_POS: ReadonlySet<number> = new Set(
  (['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'PUNCT', 'SPACE', 'SYM', 'INTJ'] as const).map(
    pos,
  ),
)
const UPPER = /^\p{Lu}/u
const INITIAL = /^\p{Lu}\.$/u

export const POS = {
  NOUN: pos('NOUN'),
  PROPN: pos('PROPN'),
  ADJ: pos('ADJ'),
  ADV: pos('ADV'),
  VERB: pos('VERB'),
  AUX: pos('AUX'),
  NUM: pos('NUM'),
  PRON: pos('PRON'),
  DET: pos('DET'),
  PUNCT: pos('PUNCT'),
  ADP: pos('ADP'),
  PART: pos('PART'),
} as const

/** The token's text starts with an upper-case letter. */
export function isCapitalised(text: string, tokens: TokenTable, i: number): boolean {
  const c = text.charCodeAt(tokens.start[i]!)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return UPPER.test(text[tokens.start[i]!]!)
}

/** A capitalised token that can be part of a name: not a sentence-initial function word. */
export function isNameToken(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  i: number,
  sentenceStart: number,
): boolean {
  if (!isCapitalised(text, tokens, i)) return false
  const p = tokens.pos[i]!
  if (NON_NAME_POS.has(p)) return INITIAL.test(text.slice(tokens.start[i]!, tokens.end[i]!))
  // a sentence-initial verb or adverb ("Comment", "Meanwhile") is not a name, unless it speaks ("Lynch said")
  if (
    i === sentenceStart &&
    (p === POS.VERB || p === POS.ADV) &&
    !lang.names.SPEAKER_LEMMAS.has(tokens.lemma[i + 1] ?? '')
  ) {
    return false
  }
  // "Former Peruvian President Alan García": a sentence's capital makes no name of a former marker
  return !lang.names.CALENDAR_WORDS.has(tokens.norm[i]!) && !lang.names.FORMER_MARKERS.has(tokens.norm[i]!)
}

/** Token i is a hyphen glued to the words on both sides ("Secretary-General", "Kassym-Jomart"). */
export function isGluedHyphen(text: string, tokens: TokenTable, i: number): boolean {
  return (
    i > 0 &&
    i + 1 < tokens.length &&
    text.slice(tokens.start[i]!, tokens.end[i]!) === '-' &&
    tokens.start[i] === tokens.end[i - 1] &&
    tokens.start[i + 1] === tokens.end[i]
  )
}

/** The text from the start of token `from` to the end of token `to - 1`. */
export function rangeText(text: string, tokens: TokenTable, from: number, to: number): string {
  return text.slice(tokens.start[from]!, tokens.end[to - 1]!)
}
