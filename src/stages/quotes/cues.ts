import type { Sentence } from '../../doc/layers.js'
import { posCode, type TokenTable } from '../../doc/token-table.js'
import {
  ALWAYS_VERB_FORMS,
  ATTRIBUTION_DASHES,
  CUE_TAILS,
  type CueVerbClass,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  RELATIVE_PRONOUNS,
  SINGLE_CLOSERS,
  SOURCE_FIRST_PHRASES,
  SUBJECT_VERB_GAP_WORDS,
} from '../../lang/en/speech-verbs.js'
import { cueParticles, cueVerbClass, mayStartSourceFirst } from './lexicon.js'
import type { MentionIndex } from './mention-index.js'

const VERB = posCode('VERB')
const AUX = posCode('AUX')
const ADV = posCode('ADV')
const DET = posCode('DET')
const ADJ = posCode('ADJ')
const NUM = posCode('NUM')
const PROPN = posCode('PROPN')
const NOUN = posCode('NOUN')
const NOUN_PHRASE_POS = new Set([DET, ADJ, NUM, NOUN, PROPN])

/** Title words allowed between an inverted cue and the speaker's mention ("said the Rev. …"). */
const INVERTED_LEAD_WORDS = 5

/** Words of a title before a name: "said the Rev. …", "said former European Council President …". */
function isTitleWord(ctx: TokenContext, j: number): boolean {
  const pos = ctx.tokens.pos[j]
  if (pos === DET || pos === PROPN || lowerAt(ctx, j) === '.') return true
  const initial = ctx.text[ctx.tokens.start[j]!] ?? ''
  return (pos === NOUN || pos === ADJ) && (initial !== initial.toLowerCase() || lowerAt(ctx, j) === 'former')
}
const COORDINATORS = new Set(['and', 'but'])
/** Words before a gerund that keep the main clause's subject: "… while chanting", "… before asking her". */
const GERUND_LINKS = new Set(['while', 'before', 'after', 'by', 'when', 'upon', 'in'])
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never'])
/** Adverbs that open a clause of their own: the noun before them is not the verb's subject. */
const WH_ADVERBS = new Set(['where', 'when', 'why', 'how', 'whereby'])
/** Longest bracketed aside skipped between a subject and its verb, in tokens. */
const PARENTHESIS_REACH = 10

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
  readonly side: 'left' | 'right' | 'inherited' | 'unresolved' | 'none'
  /** First token of the subject-and-cue cluster ("Tom Shannon, a former official, said"). */
  readonly clusterStart: number
  /** Token after the cluster (cue, tail and an inverted speaker). */
  readonly clusterEnd: number
}

/** The tokens and sentences a cue finder needs, with small accessors. */
export interface TokenContext {
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
}

const lowerAt = (ctx: TokenContext, i: number) => ctx.tokens.lower[i] ?? ''
const isComma = (ctx: TokenContext, i: number) => lowerAt(ctx, i) === ','
const isCloser = (ctx: TokenContext, i: number) => {
  const w = lowerAt(ctx, i)
  return DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w)
}

const TERMINALS = new Set(['.', '!', '?', '…'])

/** A short capitalised word glued to the full stop after it: "Rev.", "Gov.", "Md.". */
function isAbbreviation(ctx: TokenContext, i: number): boolean {
  if (i < 0) return false
  const start = ctx.tokens.start[i]!
  const end = ctx.tokens.end[i]!
  const initial = ctx.text[start] ?? ''
  return end === ctx.tokens.start[i + 1] && end - start <= 3 && initial !== initial.toLowerCase()
}

/** The sentence ends with real final punctuation (possibly inside a closing quote mark). */
function endsSentence(ctx: TokenContext, last: number): boolean {
  const w = lowerAt(ctx, last)
  if (w === '.' && isAbbreviation(ctx, last - 1)) return false
  if (TERMINALS.has(w)) return true
  return (DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w)) && TERMINALS.has(lowerAt(ctx, last - 1))
}

/**
 * The sentence holding token i, joined to its neighbours in the same paragraph where the tagger split it
 * without final punctuation ("Rep. Jo Ames (D-Md.) | said").
 */
export function sentenceBounds(ctx: TokenContext, i: number): { first: number; end: number } {
  const { sentences, tokens } = ctx
  let s = tokens.sentence[i]!
  let e = s
  const paragraph = sentences[s]?.paragraph
  while (
    s > 0 &&
    sentences[s - 1]!.paragraph === paragraph &&
    !endsSentence(ctx, sentences[s - 1]!.tokenEnd - 1)
  )
    s--
  while (
    e + 1 < sentences.length &&
    sentences[e + 1]!.paragraph === paragraph &&
    !endsSentence(ctx, sentences[e]!.tokenEnd - 1)
  ) {
    e++
  }
  const first = sentences[s]
  const last = sentences[e]
  return first && last ? { first: first.tokenStart, end: last.tokenEnd } : { first: 0, end: tokens.length }
}

function matchesAt(ctx: TokenContext, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lowerAt(ctx, at + k) !== words[k]) return false
  return true
}

/** Length of the longest fixed cue tail at `at` ("reporters", "in a statement"), 0 when none. */
function tailLength(ctx: TokenContext, at: number, limit: number): number {
  let best = 0
  for (const tail of CUE_TAILS) {
    if (tail.length > best && at + tail.length <= limit && matchesAt(ctx, at, tail)) best = tail.length
  }
  return best
}

/** The cue class of the verb at token i, or null when it is not a cue verb here. */
function verbClassAt(ctx: TokenContext, i: number): CueVerbClass | null {
  const cls = cueVerbClass(ctx.tokens.lemma[i] ?? '')
  if (!cls) return null
  const pos = ctx.tokens.pos[i]
  if (pos === VERB || ALWAYS_VERB_FORMS.has(lowerAt(ctx, i))) return cls
  return null
}

/** "Graham: Trump’s rhetoric …": a colon right after a name that opens its paragraph; the name's index or -1. */
function headlineSource(ctx: TokenContext, index: MentionIndex, i: number): number {
  if (lowerAt(ctx, i) !== ':' || i === 0) return -1
  const named = index.endingAt[i - 1]!
  if (named < 0) return -1
  const start = index.mentions[named]!.tokenStart
  const sentence = ctx.sentences[ctx.tokens.sentence[start]!]
  if (!sentence || sentence.tokenStart !== start) return -1
  const previous = ctx.sentences[ctx.tokens.sentence[start]! - 1]
  return !previous || previous.paragraph !== sentence.paragraph ? named : -1
}

/** "called for", "talked about": the verb at i takes its cue particle right after it. */
function phrasalParticleAt(ctx: TokenContext, i: number): boolean {
  if (ctx.tokens.pos[i] !== VERB) return false
  const particles = cueParticles(ctx.tokens.lemma[i] ?? '')
  return particles?.includes(lowerAt(ctx, i + 1)) ?? false
}

/** Skips adverbs and auxiliaries between a subject and its verb, leftwards; returns the first other token. */
function skipGapLeft(ctx: TokenContext, from: number, first: number): number {
  let j = from
  while (j >= first) {
    const pos = ctx.tokens.pos[j]
    const w = lowerAt(ctx, j)
    if (w === ')') {
      // "Rep. Jo Ames (D-Md.) said": a bracketed party tag or aside between subject and verb
      let k = j - 1
      while (k >= first && k >= j - PARENTHESIS_REACH && lowerAt(ctx, k) !== '(') k--
      if (k < first || lowerAt(ctx, k) !== '(') break
      j = k - 1
    } else if (SUBJECT_VERB_GAP_WORDS.has(w) || NEGATIONS.has(w) || (pos === ADV && !WH_ADVERBS.has(w))) j--
    else if (pos === AUX && ctx.tokens.lemma[j] !== 'be') j--
    else break
  }
  return j
}

/** "Tom Shannon, a former official, said": the name before an appositive or relative clause ending at `comma`. */
function appositiveSubject(ctx: TokenContext, index: MentionIndex, comma: number, first: number): number {
  for (let k = comma - 1; k > first && k >= comma - 25; k--) {
    const w = lowerAt(ctx, k)
    if (DOUBLE_CLOSERS.has(w) || DOUBLE_OPENERS.has(w) || w === '.' || w === ':' || w === ';') return -1
    if (!isComma(ctx, k)) continue
    const named = index.endingAt[k - 1]!
    if (named < 0) return -1
    const next = k + 1
    const opensAppositive =
      RELATIVE_PRONOUNS.has(lowerAt(ctx, next)) ||
      index.startingAt[next]! >= 0 ||
      ctx.tokens.pos[next] === DET ||
      ctx.tokens.pos[next] === ADJ ||
      ctx.tokens.pos[next] === NUM
    return opensAppositive ? named : -1
  }
  return -1
}

export interface SpeakerFound {
  readonly speaker: number
  readonly side: Cue['side']
  readonly clusterStart: number
}

/**
 * The verb at i shares the subject of the clause before it ("… and repeatedly said", "…, telling the crowd"):
 * the index of the linking word (coordinator or comma), or -1.
 */
function sharedSubjectLink(ctx: TokenContext, i: number): number {
  const link = skipGapLeft(ctx, i - 1, 0)
  if (link < 0) return -1
  if (COORDINATORS.has(lowerAt(ctx, link))) return link
  const isGerund = lowerAt(ctx, i).endsWith('ing')
  return isGerund && (isComma(ctx, link) || GERUND_LINKS.has(lowerAt(ctx, link))) ? link : -1
}

/** The nearest mention before `from` in its sentence that is directly followed by a verb: a clause subject. */
export function clauseSubject(ctx: TokenContext, index: MentionIndex, from: number): number {
  if (from < 0) return -1
  const { first } = sentenceBounds(ctx, from)
  for (let k = from; k >= first; k--) {
    const m = index.endingAt[k]!
    if (m < 0) continue
    const next = skipGapRight(ctx, k + 1, from + 1)
    const pos = ctx.tokens.pos[next]
    if (next <= from && (pos === VERB || pos === AUX)) return m
  }
  return -1
}

function skipGapRight(ctx: TokenContext, from: number, end: number): number {
  let j = from
  while (j < end && (SUBJECT_VERB_GAP_WORDS.has(lowerAt(ctx, j)) || ctx.tokens.pos[j] === ADV)) j++
  return j
}

/** The mention naming the speaker of the verb at `verb`: its subject, or the inverted subject after it. */
export function findSpeaker(
  ctx: TokenContext,
  index: MentionIndex,
  verb: number,
  afterCue: number,
): SpeakerFound {
  const { first, end } = sentenceBounds(ctx, verb)
  const left = skipGapLeft(ctx, verb - 1, first)
  if (left >= first && ctx.tokens.lemma[left] === 'be')
    return { speaker: -1, side: 'none', clusterStart: verb }
  const subject = left >= first ? index.endingAt[left]! : -1
  if (subject >= 0) {
    return { speaker: subject, side: 'left', clusterStart: index.mentions[subject]!.tokenStart }
  }
  // "Blinken, who …, said": a relative pronoun standing for the name before it
  if (left > first && RELATIVE_PRONOUNS.has(lowerAt(ctx, left))) {
    const named = index.endingAt[isComma(ctx, left - 1) ? left - 2 : left - 1]
    if (named !== undefined && named >= 0) {
      return { speaker: named, side: 'left', clusterStart: index.mentions[named]!.tokenStart }
    }
  }
  const invertible = left < first || isComma(ctx, left) || isCloser(ctx, left)
  if (invertible && left >= first && isComma(ctx, left)) {
    const named = appositiveSubject(ctx, index, left, first)
    if (named >= 0) return { speaker: named, side: 'left', clusterStart: index.mentions[named]!.tokenStart }
  }
  if (invertible) {
    // "said Tom Shannon", "said the Rev. Peter Wherry": a title word or two may come before the mention
    const limit = Math.min(ctx.tokens.length, Math.max(end, afterCue + INVERTED_LEAD_WORDS + 1))
    for (let j = afterCue; j < limit && j <= afterCue + INVERTED_LEAD_WORDS; j++) {
      const inverted = index.startingAt[j]!
      if (inverted >= 0) return { speaker: inverted, side: 'right', clusterStart: verb }
      if (!isTitleWord(ctx, j)) break
    }
  }
  return unresolvedSubject(ctx, left, first) ?? { speaker: -1, side: 'none', clusterStart: verb }
}

/**
 * A noun phrase before the verb that the mentions layer did not cover ("The study found …"): the cue has a
 * subject but no speaker mention. The cluster starts where the noun phrase does.
 */
function unresolvedSubject(ctx: TokenContext, left: number, first: number): SpeakerFound | null {
  if (left < first) return null
  const pos = ctx.tokens.pos[left]
  if (pos !== NOUN && pos !== PROPN) return null
  let start = left
  while (start - 1 >= first && NOUN_PHRASE_POS.has(ctx.tokens.pos[start - 1]!)) start--
  return { speaker: -1, side: 'unresolved', clusterStart: start }
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
    const phrase = mayStartSourceFirst(lowerAt(ctx, i))
      ? SOURCE_FIRST_PHRASES.find((p) => matchesAt(ctx, i, p))
      : undefined
    if (phrase) {
      const after = i + phrase.length
      const speaker = after < n ? index.startingAt[after]! : -1
      const clusterEnd = speaker >= 0 ? index.mentions[speaker]!.tokenEnd : after
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
    if (ATTRIBUTION_DASHES.has(lowerAt(ctx, i)) && i > 0 && DOUBLE_CLOSERS.has(lowerAt(ctx, i - 1))) {
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
    if (headline >= 0) {
      const m = index.mentions[headline]!
      cues.push({
        head: i,
        tokenStart: i,
        tokenEnd: i + 1,
        cueClass: 'headline',
        speaker: headline,
        side: 'left',
        clusterStart: m.tokenStart,
        clusterEnd: i + 1,
      })
      continue
    }
    const particle = phrasalParticleAt(ctx, i)
    const cls = particle ? 'speech' : verbClassAt(ctx, i)
    if (!cls) continue
    const { end } = sentenceBounds(ctx, i)
    const tokenEnd = particle ? i + 2 : i + 1 + tailLength(ctx, i + 1, end)
    let found = findSpeaker(ctx, index, i, tokenEnd)
    const isParticiple = lowerAt(ctx, i).endsWith('ing')
    if (isParticiple && found.side === 'left' && index.mentions[found.speaker]!.type === 'nominal') {
      // "the council issued a statement saying …": the one who issued the statement
      const issuer = clauseSubject(ctx, index, index.mentions[found.speaker]!.tokenStart - 1)
      if (issuer >= 0) found = { speaker: issuer, side: 'inherited', clusterStart: i }
    }
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
    const clusterEnd = found.side === 'right' ? index.mentions[found.speaker]!.tokenEnd : tokenEnd
    cues.push({ head: i, tokenStart: i, tokenEnd, cueClass: cls, ...found, clusterEnd })
  }
  return cues
}
