import type { Sentence } from '../../doc/layers.js'
import { posCode, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import type { TokenWindow } from './grammar.js'
import { sentenceWindow } from './token-window.js'

/** How far (in tokens) a tense cue may stand from the expression. */
const REACH = 8
const ADP = posCode('ADP')

function hasCue(w: TokenWindow, from: number, step: 1 | -1, skipFirstComma: boolean): boolean {
  let skip = skipFirstComma
  for (let k = 0, i = from; k < REACH && i >= w.first && i < w.last; k++, i += step) {
    const word = w.norm[i]!
    if (w.lang.time.FUTURE_CUES.has(word)) return true
    if (
      w.lang.time.FUTURE_CUES_BEFORE_TO.has(word) &&
      (w.lang.time.FUTURE_LINKS.has(w.norm[i + 1] ?? '') || k <= 1)
    )
      return true
    if (w.lang.time.CLAUSE_BREAKS.has(word)) {
      if (skip && word === ',') {
        skip = false
        continue
      }
      return false
    }
  }
  return false
}

/**
 * Whether the clause around a time expression speaks of the future: a cue ("will", "plans", "’ll", "scheduled")
 * before it in the same clause, or after it when the expression opens the clause ("On Saturday, they will meet").
 */
export function isFutureClause(w: TokenWindow, tokenStart: number, tokenEnd: number): boolean {
  if (hasCue(w, tokenStart - 1, -1, false)) return true
  let opening = tokenStart - 1
  // skip a preposition before the expression ("On Saturday, …")
  if (opening >= w.first && !w.lang.time.CLAUSE_BREAKS.has(w.norm[opening]!) && w.pos[opening] === ADP)
    opening--
  // after "said" the expression dates the saying: "said Sunday that he would …" is not about the future
  const opensClause = opening < w.first || w.lang.time.CLAUSE_PUNCTUATION.has(w.norm[opening]!)
  return opensClause && hasCue(w, tokenEnd, 1, true)
}

/**
 * The same test for any token range of a sentence (an event trigger, a time expression): true when a future cue
 * ("will", "’ll", "plans to", "scheduled for", "upcoming") stands before it in its clause, or after it when it
 * opens the clause.
 */
export function isFutureContext(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>,
  tokenStart: number,
  tokenEnd: number,
): boolean {
  return isFutureClause(sentenceWindow(lang, text, tokens, sentence), tokenStart, tokenEnd)
}
