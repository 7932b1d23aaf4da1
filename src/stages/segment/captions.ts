import type { Sentence } from '../../doc/layers.js'
import { posCode } from '../../doc/token-table.js'

/** The token columns the caption split reads. */
export interface CaptionTokens {
  readonly text: string
  readonly start: ArrayLike<number>
  readonly end: ArrayLike<number>
  readonly pos: Uint8Array
  readonly lower: readonly string[]
}

const SPACE = posCode('SPACE')
const PUNCT = posCode('PUNCT')
/** Words that open a sentence but never continue a caption in capitals: "Some", "The", "He", "They". */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([posCode('DET'), posCode('PRON')])

function nextWord(t: CaptionTokens, i: number, last: number): number {
  let k = i
  while (k <= last && t.pos[k] === SPACE) k++
  return k
}

function previousWord(t: CaptionTokens, i: number, first: number): number {
  let k = i
  while (k >= first && t.pos[k] === SPACE) k--
  return k
}

const isUpperInitial = (text: string, at: number) => {
  const c = text[at] ?? ''
  return c !== c.toLowerCase()
}

/**
 * A page caption pasted into running text ("…state television showed.WATCH: Crowd gathers at Mehrabad as
 * Rouhani returns from New York Some Iranian lawmakers said …") opens with a label and a colon and has no
 * closing stop, so the sentence splitter runs it into the next sentence. The caption ends before the first
 * capitalised determiner or pronoun not after punctuation ("Some", "The", "They"): there the sentence starts.
 * Returns the caption and the sentence as two sentences, or the sentence unchanged.
 */
/** The index of the colon after the label the sentence opens with ("WATCH:", "Related:"), or -1. */
function labelColon(sentence: Sentence, tokens: CaptionTokens, labels: ReadonlySet<string>): number {
  const first = nextWord(tokens, sentence.tokenStart, sentence.tokenEnd - 1)
  const last = sentence.tokenEnd - 1
  if (first > last || !labels.has(tokens.lower[first]!)) return -1
  const colon = nextWord(tokens, first + 1, last)
  return tokens.lower[colon] === ':' ? colon : -1
}

/**
 * The sentence is page furniture: a label and a colon open it ("WATCH: Crowd gathers…", "Related: Iran's new
 * president promises…"): a link to another story or a video, not the article's own account.
 */
export function isLabelledLink(
  sentence: Sentence,
  tokens: CaptionTokens,
  labels: ReadonlySet<string>,
): boolean {
  return labelColon(sentence, tokens, labels) >= 0
}

export function splitCaption(
  sentence: Sentence,
  tokens: CaptionTokens,
  labels: ReadonlySet<string>,
): readonly Sentence[] {
  const colon = labelColon(sentence, tokens, labels)
  if (colon < 0) return [sentence]
  const last = sentence.tokenEnd - 1
  for (let k = colon + 2; k <= last; k++) {
    if (!SENTENCE_OPENERS.has(tokens.pos[k]!) || tokens.lower[k] === 'i') continue
    if (!isUpperInitial(tokens.text, tokens.start[k]!)) continue
    const before = previousWord(tokens, k - 1, colon + 1)
    if (before <= colon || tokens.pos[before] === PUNCT || tokens.start[k]! === tokens.end[before]!) continue
    return [
      { ...sentence, end: tokens.end[before]!, tokenEnd: before + 1 },
      { ...sentence, start: tokens.start[k]!, tokenStart: k },
    ]
  }
  return [sentence]
}
