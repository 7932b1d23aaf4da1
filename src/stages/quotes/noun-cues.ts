import { posCode } from '../../doc/token-table.js'
import type { Cue } from './cues.js'
import { addCue, type QuoteState } from './quote-state.js'
import { reportedContent } from './reported-content.js'
import { pushReported } from './reported-speech.js'
import { normAt } from './token-context.js'

const NOUN = posCode('NOUN')
const ADJ = posCode('ADJ')
const VERB = posCode('VERB')

/** Modifiers allowed between the possessor and the noun of saying: "Trump's repeated public claim that …". */
const MODIFIER_REACH = 2

/** The mention that owns the noun phrase ending before `noun`: "Trump’s (repeated) claim", "his call", or -1. */
function possessorBefore(s: QuoteState, noun: number): number {
  let j = noun - 1
  while (j > 0 && noun - 1 - j < MODIFIER_REACH && s.tokens.pos[j] === ADJ) j--
  if (j < 0) return -1
  const w = normAt(s, j)
  if (s.lang.speech.POSSESSIVE_MARKS.has(w)) return j > 0 ? s.index.endingAt[j - 1]! : -1
  const pronoun = s.index.endingAt[j]!
  const isPossessive = s.lang.names.NOMINAL_DETERMINERS[w] === 'possessive'
  return pronoun >= 0 && isPossessive && s.index.mentions[pronoun]!.type === 'pronoun' ? pronoun : -1
}

/** A noun of saying at i, with its possessor and the word after it that opens what was said, or null. */
function nounCueAt(s: QuoteState, i: number): Cue | null {
  if (s.tokens.pos[i] !== NOUN && s.tokens.pos[i] !== VERB) return null
  const openers = s.lang.speech.NOUN_CUES[s.tokens.lemma[i] ?? '']
  if (!openers?.includes(normAt(s, i + 1))) return null
  const speaker = possessorBefore(s, i)
  if (speaker < 0) return null
  const clusterStart = s.index.mentions[speaker]!.tokenStart
  return {
    head: i,
    tokenStart: i,
    tokenEnd: i + 1,
    cueClass: 'noun',
    speaker,
    side: 'left',
    clusterStart,
    clusterEnd: i + 1,
  }
}

/**
 * Reported speech introduced by a noun of saying that a possessor attributes: "Trump’s claim that there were
 * thousands of shootings", "his call for a recount", "her pledge to cut fares". Runs after the verb cues; a
 * noun cue inside another quotation's content is reported too (what was said about what was said). Tokens
 * inside quotation marks are skipped, and a noun already part of a cue is left alone.
 */
export function collectNounCues(s: QuoteState): void {
  for (let i = 1; i < s.tokens.length - 1; i++) {
    if (s.quotedBy[i]! >= 0 || s.cueAt[i]! >= 0) continue
    const cue = nounCueAt(s, i)
    if (!cue) continue
    const found = reportedContent(s, s.index, cue)
    if (!found) continue
    s.usedCue.add(addCue(s, cue))
    const isMixed = found.some((r) => {
      for (let t = r.tokenStart; t < r.tokenEnd; t++) if (s.quotedBy[t]! >= 0) return true
      return false
    })
    pushReported(s, cue, found, isMixed)
  }
}
