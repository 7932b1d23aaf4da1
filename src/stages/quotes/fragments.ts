import { posCode } from '../../doc/token-table.js'
import type { Cue } from './cues.js'
import { cueVerbClass } from './lexicon.js'
import type { MentionIndex } from './mention-index.js'
import type { QuotedSegment } from './quote-marks.js'
import type { TokenRange } from './reported-content.js'
import { clauseSubject, findSpeaker, type SpeakerFound, sharedSubjectLink } from './speakers.js'
import { sentenceBounds, type TokenContext } from './token-context.js'

const VERB = posCode('VERB')
const PUNCT = posCode('PUNCT')
const ADV = posCode('ADV')

/** How far before a quoted fragment its attributing verb may stand, in tokens. */
const FRAGMENT_REACH = 25

export interface FragmentAttribution {
  readonly cue: Cue
  readonly content: TokenRange
}

/** What follows the attributing verb (the complementiser left out) up to the end of the fragment's sentence. */
function complement(ctx: TokenContext, seg: QuotedSegment, from: number): TokenRange {
  const { tokens } = ctx
  const { end: sentenceEnd } = sentenceBounds(ctx, seg.openFirst)
  let start = from
  if (ctx.lang.grammar.COMPLEMENTISERS.has(tokens.norm[start] ?? '')) start++
  let end = Math.max(sentenceEnd, seg.tokenEnd)
  while (end > start + 1 && tokens.pos[end - 1] === PUNCT) end--
  return { tokenStart: start, tokenEnd: end }
}

/** The verb's own subject, else the subject it shares with the clause before ("…, calling him “a …”"). */
function subjectOf(ctx: TokenContext, index: MentionIndex, verb: number): SpeakerFound {
  const found = findSpeaker(ctx, index, verb, verb + 1)
  if (found.speaker >= 0 || found.side === 'unresolved') return found
  const link = sharedSubjectLink(ctx, verb)
  const subject = link >= 0 ? clauseSubject(ctx, index, link - 1) : -1
  return subject >= 0 ? { speaker: subject, side: 'inherited', clusterStart: verb } : found
}

/** The verb at k is passive, "be" before it (an adverb between) and its agent after "by". */
export function isPassiveWithAgent(ctx: TokenContext, k: number): boolean {
  if (ctx.tokens.norm[k + 1] !== 'by') return false
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    if (ctx.tokens.lemma[j] === 'be') return true
    if (ctx.tokens.pos[j] !== ADV) return false
  }
  return false
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
  cueAt: (token: number) => Cue | null,
): FragmentAttribution | null {
  const { tokens, sentences } = ctx
  const sentence = sentences[tokens.sentence[seg.openFirst]!]
  if (!sentence) return null
  const first = sentence.tokenStart
  let nearest: FragmentAttribution | null = null
  for (let k = seg.openFirst - 1; k >= first && k >= seg.openFirst - FRAGMENT_REACH; k--) {
    if (isQuoted(k) || tokens.pos[k] !== VERB) continue
    const lemma = tokens.lemma[k] ?? ''
    const cls = cueVerbClass(ctx.lang, lemma)
    if (!ctx.lang.speech.FRAGMENT_VERBS.has(lemma) && cls === undefined) continue
    // "the pipeline, which is widely supported by Republicans, “wouldn't go 10 feet”": a passive verb with its
    // agent attributes nothing; the verb further left does
    if (isPassiveWithAgent(ctx, k)) continue
    const known = cueAt(k)
    if (known && (known.speaker >= 0 || known.side === 'unresolved')) {
      const found = { cue: known, content: complement(ctx, seg, known.clusterEnd) }
      // a speech verb further left reports the clause that holds the nearer verb: "Trump said she called it “…”"
      if (known.cueClass === 'speech' || known.cueClass === 'belief') return found
      nearest ??= found
      continue
    }
    if (nearest) continue
    const found = subjectOf(ctx, index, k)
    if (found.speaker < 0) continue
    const clusterEnd = found.side === 'right' ? index.mentions[found.speaker]!.tokenEnd : k + 1
    nearest = {
      cue: { head: k, tokenStart: k, tokenEnd: k + 1, cueClass: 'speech', ...found, clusterEnd },
      content: complement(ctx, seg, k + 1),
    }
  }
  return nearest
}
