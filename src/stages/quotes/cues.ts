import { posCode } from '../../doc/token-table.js'
import type { CueVerbClass } from '../../lang/words.js'
import { cueParticles, cueVerbClass, mayStartSourceFirst } from './lexicon.js'
import type { MentionIndex } from './mention-index.js'
import { sourcePhraseAt } from './sources.js'
import { clauseSubject, findSpeaker, type SpeakerSide, sharedSubjectLink } from './speakers.js'
import { markAt, normAt, sentenceBounds, type TokenContext } from './token-context.js'

const VERB = posCode('VERB')
const PROPN = posCode('PROPN')
const NOUN = posCode('NOUN')
const PRON = posCode('PRON')

export type CueClass = CueVerbClass | 'source-first' | 'headline'

/** A speech cue found in the text, with the mention that names its speaker when one is next to it. */
export interface Cue {
  /** The head token: the verb, or the first word of a source-first phrase ("according"). */
  readonly head: number
  /** The cue's tokens: verb plus fixed tail ("told reporters"), or the whole phrase ("according to"). */
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly cueClass: CueClass
  /** Index into MentionIndex.mentions, or -1. */
  readonly speaker: number
  /** Where the speaker stands: before the verb, after it (inverted, or after "according to"), or inherited. */
  readonly side: SpeakerSide
  /** First token of the subject-and-cue cluster ("Tom Shannon, a former official, said"). */
  readonly clusterStart: number
  /** Token after the cluster (cue, tail and an inverted speaker). */
  readonly clusterEnd: number
}

function matchesAt(ctx: TokenContext, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (normAt(ctx, at + k) !== words[k]) return false
  return true
}

/** Length of the longest fixed cue tail at `at` ("reporters", "in a statement"), 0 when none. */
function tailLength(ctx: TokenContext, at: number, limit: number): number {
  let best = 0
  for (const tail of ctx.lang.speech.CUE_TAILS) {
    if (tail.length > best && at + tail.length <= limit && matchesAt(ctx, at, tail)) best = tail.length
  }
  return best
}

/** The cue class of the verb at token i, or null when it is not a cue verb here. */
function verbClassAt(ctx: TokenContext, index: MentionIndex, i: number): CueVerbClass | null {
  const cls = cueVerbClass(ctx.lang, ctx.tokens.lemma[i] ?? '')
  if (!cls || isNamePart(ctx, i)) return null
  const pos = ctx.tokens.pos[i]
  if (pos === VERB || ctx.lang.speech.ALWAYS_VERB_FORMS.has(normAt(ctx, i))) return cls
  return isMistaggedVerb(ctx, index, i) ? cls : null
}

/**
 * "Clinton hopes to win", "he claims that …": a cue word the tagger read as a noun, between a speaker mention
 * and what a verb takes (a complementiser, "to" or a pronoun).
 */
function isMistaggedVerb(ctx: TokenContext, index: MentionIndex, i: number): boolean {
  if (ctx.tokens.pos[i] !== NOUN || i === 0 || !normAt(ctx, i).endsWith('s')) return false
  if (index.endingAt[i - 1]! < 0) return false
  const next = normAt(ctx, i + 1)
  return next === 'to' || next === 'that' || ctx.tokens.pos[i + 1] === PRON
}

/** "spokeswoman Hope Hicks said": a capitalised cue word inside a sentence, before a name, is part of it. */
function isNamePart(ctx: TokenContext, i: number): boolean {
  const initial = ctx.text[ctx.tokens.start[i]!] ?? ''
  if (initial === initial.toLowerCase() || sentenceBounds(ctx, i).first === i) return false
  return ctx.tokens.pos[i + 1] === PROPN
}

/** The longest source before a headline's colon, in tokens: "Former AG Mukasey at RNC: …". */
const HEADLINE_SOURCE_REACH = 6
const HEADLINE_SOURCE_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'ADP', 'PART', 'CCONJ'].map(posCode))

/**
 * "Graham: Trump’s rhetoric …", "Poll: Clinton leads …": a short source before a colon that opens its paragraph.
 * Returns the source's first token and its mention (-1 when no mention covers it), or null.
 */
function headlineSource(
  ctx: TokenContext,
  index: MentionIndex,
  i: number,
): { start: number; speaker: number } | null {
  if (normAt(ctx, i) !== ':' || i === 0) return null
  const { first } = sentenceBounds(ctx, i)
  const sentence = ctx.sentences[ctx.tokens.sentence[first]!]
  if (!sentence || sentence.tokenStart !== first) return null
  const previous = ctx.sentences[ctx.tokens.sentence[first]! - 1]
  if (previous && previous.paragraph === sentence.paragraph) return null
  const named = index.endingAt[i - 1]!
  if (named >= 0 && index.mentions[named]!.tokenStart === first) return { start: first, speaker: named }
  if (i - first > HEADLINE_SOURCE_REACH || ctx.lang.speech.HEADLINE_LABELS.has(normAt(ctx, first)))
    return null
  const initial = ctx.text[ctx.tokens.start[first]!] ?? ''
  if (initial === initial.toLowerCase()) return null
  for (let j = first; j < i; j++) if (!HEADLINE_SOURCE_POS.has(ctx.tokens.pos[j]!)) return null
  const inside = index.startingAt[first]!
  return { start: first, speaker: inside >= 0 && index.mentions[inside]!.tokenEnd <= i ? inside : -1 }
}

/** How far the comma closing "In a … poll …," may come after "In". */
const SURVEY_PHRASE_REACH = 12

/** "In a new CNN poll, …" opening its sentence: the comma closing the phrase, or -1. */
function surveySourceEnd(ctx: TokenContext, i: number): number {
  if (sentenceBounds(ctx, i).first !== i) return -1
  let hasSurvey = false
  for (let j = i + 1; j < ctx.tokens.length && j <= i + SURVEY_PHRASE_REACH; j++) {
    const w = normAt(ctx, j)
    if (w === ',') return hasSurvey ? j : -1
    if (w === '.' || w === ';' || w === ':') return -1
    if (ctx.lang.speech.SURVEY_NOUNS.has(ctx.tokens.lemma[j] ?? '')) hasSurvey = true
  }
  return -1
}

/** "quoted Jo Ames as saying", "cited officials as telling": the mention quoted by the participle at i, or -1. */
function quotedAsSpeaking(ctx: TokenContext, index: MentionIndex, i: number): number {
  if (!ctx.lang.speech.AS_LINKS.has(normAt(ctx, i - 1))) return -1
  const named = index.endingAt[i - 2] ?? -1
  if (named < 0) return -1
  const verb = index.mentions[named]!.tokenStart - 1
  return ctx.lang.speech.QUOTING_VERBS.has(ctx.tokens.lemma[verb] ?? '') ? named : -1
}

/** "called for", "talked about": the verb at i takes its cue particle right after it. */
function phrasalParticleAt(ctx: TokenContext, i: number): boolean {
  if (ctx.tokens.pos[i] !== VERB) return false
  const particles = cueParticles(ctx.lang, ctx.tokens.lemma[i] ?? '')
  return particles?.includes(normAt(ctx, i + 1)) ?? false
}

/**
 * Finds speech cues in one pass over the tokens, skipping tokens inside quotations (`isQuoted`), and the
 * mention that names each cue's speaker. A participle cue after a comma ("…, adding that") inherits the
 * speaker of the cue before it in the sentence.
 */
export function findCues(
  ctx: TokenContext,
  index: MentionIndex,
  isQuoted: (token: number) => boolean,
): Cue[] {
  const cues: Cue[] = []
  const n = ctx.tokens.length
  for (let i = 0; i < n; i++) {
    if (isQuoted(i)) continue
    const phrase = mayStartSourceFirst(ctx.lang, normAt(ctx, i))
      ? ctx.lang.speech.SOURCE_FIRST_PHRASES.find((p) => matchesAt(ctx, i, p))
      : undefined
    if (phrase) {
      const after = i + phrase.length
      // "according to the NAACP", "according to a statement from the ministry", "according to court filings"
      const source = after < n ? sourcePhraseAt(ctx, index, after) : { speaker: -1, end: after }
      const speaker = source.speaker
      const clusterEnd = Math.max(after, source.end)
      cues.push({
        head: i,
        tokenStart: i,
        tokenEnd: after,
        cueClass: 'source-first',
        speaker,
        side: speaker >= 0 ? 'right' : 'none',
        clusterStart: i,
        clusterEnd,
      })
      i = after - 1
      continue
    }
    const survey = normAt(ctx, i) === 'in' ? surveySourceEnd(ctx, i) : -1
    if (survey > 0) {
      // "In a CNN poll released Monday, 50 percent chose Clinton": the survey is the source
      const inside = index.startingAt[i + 1]! >= 0 ? index.startingAt[i + 1]! : index.startingAt[i + 2]!
      const speaker = inside >= 0 && index.mentions[inside]!.tokenEnd <= survey ? inside : -1
      cues.push({
        head: i,
        tokenStart: i,
        tokenEnd: i + 1,
        cueClass: 'source-first',
        speaker,
        side: speaker >= 0 ? 'right' : 'none',
        clusterStart: i,
        clusterEnd: survey,
      })
      i = survey - 1
      continue
    }
    if (
      ctx.lang.speech.ATTRIBUTION_DASHES.has(normAt(ctx, i)) &&
      i > 0 &&
      ctx.lang.grammar.DOUBLE_CLOSERS.has(markAt(ctx, i - 1))
    ) {
      const speaker = i + 1 < n ? index.startingAt[i + 1]! : -1
      if (speaker >= 0) {
        const clusterEnd = index.mentions[speaker]!.tokenEnd
        cues.push({
          head: i,
          tokenStart: i,
          tokenEnd: i + 1,
          cueClass: 'direct',
          speaker,
          side: 'right',
          clusterStart: i,
          clusterEnd,
        })
      }
      continue
    }
    const headline = headlineSource(ctx, index, i)
    if (headline) {
      cues.push({
        head: i,
        tokenStart: i,
        tokenEnd: i + 1,
        cueClass: 'headline',
        speaker: headline.speaker,
        side: headline.speaker >= 0 ? 'left' : 'unresolved',
        clusterStart: headline.start,
        clusterEnd: i + 1,
      })
      continue
    }
    const particle = phrasalParticleAt(ctx, i)
    const cls = particle ? 'speech' : verbClassAt(ctx, index, i)
    if (!cls) continue
    const { end } = sentenceBounds(ctx, i)
    const tokenEnd = particle ? i + 2 : i + 1 + tailLength(ctx, i + 1, end)
    let found = findSpeaker(ctx, index, i, tokenEnd)
    const isParticiple = normAt(ctx, i).endsWith('ing')
    if (isParticiple && found.side === 'left' && index.mentions[found.speaker]!.type === 'nominal') {
      // "the council issued a statement saying …": the one who issued the statement
      const issuer = clauseSubject(ctx, index, index.mentions[found.speaker]!.tokenStart - 1)
      if (issuer >= 0) found = { speaker: issuer, side: 'inherited', clusterStart: i }
    }
    const quoted = isParticiple ? quotedAsSpeaking(ctx, index, i) : -1
    // "the paper quoted Jo Ames as telling aides …": the one quoted, not the one quoting
    if (quoted >= 0)
      found = { speaker: quoted, side: 'left', clusterStart: index.mentions[quoted]!.tokenStart }
    const joint = found.speaker < 0 && found.side !== 'unresolved' ? sharedSubjectLink(ctx, i) : -1
    if (joint >= 0) {
      // "she said … but said …", "he looked up and said, …", "Trump took a risk, telling the crowd …":
      // the speaker of a cue earlier in the sentence, else the subject of the clause before
      const previous = cues[cues.length - 1]
      const sameSentence =
        previous && sentenceBounds(ctx, previous.head).first === sentenceBounds(ctx, i).first
      const subject =
        sameSentence && previous.speaker >= 0 ? previous.speaker : clauseSubject(ctx, index, joint - 1)
      if (subject >= 0) found = { speaker: subject, side: 'inherited', clusterStart: i }
    }
    if (found.speaker < 0 && found.side !== 'unresolved' && normAt(ctx, i - 1) === 'to') {
      // "went on Twitter to applaud …", "declined to say whether …": the subject of the clause governing "to"
      const subject = clauseSubject(ctx, index, i - 2)
      if (subject >= 0) found = { speaker: subject, side: 'inherited', clusterStart: i }
    }
    const clusterEnd = found.side === 'right' ? index.mentions[found.speaker]!.tokenEnd : tokenEnd
    cues.push({ head: i, tokenStart: i, tokenEnd, cueClass: cls, ...found, clusterEnd })
  }
  return cues
}
