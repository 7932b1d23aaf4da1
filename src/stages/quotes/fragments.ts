import { posCode } from '../../doc/token-table.js'
import { COMPLEMENTISERS, CUE_VERBS, FRAGMENT_VERBS } from '../../lang/en/speech-verbs.js'
import { type Cue, findSpeaker, type TokenContext } from './cues.js'
import type { MentionIndex } from './mention-index.js'
import type { QuotedSegment } from './quote-marks.js'
import type { TokenRange } from './reported-content.js'

const VERB = posCode('VERB')
const PUNCT = posCode('PUNCT')

/** How far before a quoted fragment its attributing verb may stand, in tokens. */
const FRAGMENT_REACH = 25

export interface FragmentAttribution {
  readonly cue: Cue
  readonly content: TokenRange
}

/**
 * A quoted fragment inside a clause ("Obama called the holiday “a celebration …”") is attributed to the subject
 * of the nearest verb before it that can attribute words: a speech verb or a verb of naming and judging. The
 * content is the verb's complement up to the end of the sentence. Returns null for fragments with no such verb
 * or no subject mention (scare quotes, titles, nicknames).
 */
export function attributeFragment(
  ctx: TokenContext,
  index: MentionIndex,
  seg: QuotedSegment,
  isQuoted: (token: number) => boolean,
): FragmentAttribution | null {
  const { tokens, sentences } = ctx
  const sentence = sentences[tokens.sentence[seg.openFirst]!]
  if (!sentence) return null
  const first = sentence.tokenStart
  for (let k = seg.openFirst - 1; k >= first && k >= seg.openFirst - FRAGMENT_REACH; k--) {
    if (isQuoted(k) || tokens.pos[k] !== VERB) continue
    const lemma = tokens.lemma[k] ?? ''
    if (!FRAGMENT_VERBS.has(lemma) && CUE_VERBS[lemma] === undefined) continue
    const found = findSpeaker(ctx, index, k, k + 1)
    if (found.speaker < 0) continue
    let start = k + 1
    if (COMPLEMENTISERS.has(tokens.lower[start] ?? '')) start++
    let end = Math.max(sentence.tokenEnd, seg.tokenEnd)
    while (end > seg.tokenEnd && tokens.pos[end - 1] === PUNCT) end--
    if (end <= start) return null
    const clusterEnd = found.side === 'right' ? index.mentions[found.speaker]!.tokenEnd : k + 1
    return {
      cue: { head: k, tokenStart: k, tokenEnd: k + 1, cueClass: 'speech', ...found, clusterEnd },
      content: { tokenStart: start, tokenEnd: end },
    }
  }
  return null
}
