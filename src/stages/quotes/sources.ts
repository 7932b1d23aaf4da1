import { posCode } from '../../doc/token-table.js'
import type { MentionIndex } from './mention-index.js'
import { isComma, normAt, sentenceBounds, type TokenContext } from './token-context.js'

const VERB = posCode('VERB')
const AUX = posCode('AUX')
const PUNCT = posCode('PUNCT')
const SCONJ = posCode('SCONJ')
const DET = posCode('DET')

/** Longest source phrase after "according to", in tokens ("a statement from the Roper Center for …"). */
const SOURCE_PHRASE_REACH = 14

/** The lemma of a mention's last word names a document or an outlet ("the filing", "FBI notes", "a statement"). */
export function isDocumentMention(ctx: TokenContext, index: MentionIndex, m: number): boolean {
  const mention = index.mentions[m]
  if (!mention) return false
  const last = mention.tokenEnd - 1
  const names = ctx.lang.names
  return (
    names.SPEAKING_DOCUMENTS.has(ctx.tokens.lemma[last] ?? '') ||
    names.SPEAKING_DOCUMENTS.has(normAt(ctx, last))
  )
}

/**
 * "a statement from the Pentagon", "a report by the agency", "court filings of the firm": the mention that owns
 * the document named by mention `m` (after an owner preposition and an optional determiner), or -1.
 */
export function ownerAfter(ctx: TokenContext, index: MentionIndex, m: number): number {
  if (!isDocumentMention(ctx, index, m)) return -1
  let j = index.mentions[m]!.tokenEnd
  if (!ctx.lang.speech.OWNER_PREPOSITIONS.has(normAt(ctx, j))) return -1
  j++
  if (ctx.tokens.pos[j] === DET && index.startingAt[j]! < 0) j++
  const owner = index.startingAt[j]!
  return owner === m ? -1 : owner
}

/** The speaker a document mention stands for: its owner when the text names one, else the document itself. */
export function speakerBehind(ctx: TokenContext, index: MentionIndex, m: number): number {
  const owner = ownerAfter(ctx, index, m)
  return owner >= 0 ? owner : m
}

function continuesPhrase(ctx: TokenContext, at: number): boolean {
  const w = normAt(ctx, at)
  const { speech } = ctx.lang
  return (
    speech.PHRASE_PREPOSITIONS.has(w) || speech.OWNER_PREPOSITIONS.has(w) || speech.POSSESSIVE_MARKS.has(w)
  )
}

export interface SourcePhrase {
  /** The mention naming the source, or -1 when no mention covers the phrase. */
  readonly speaker: number
  /** Token after the phrase: the comma, the sentence end, or the first word of a clause. */
  readonly end: number
}

/**
 * The source phrase after "according to" (from token `from`): it runs to the comma, the end of the sentence or a
 * verb, whichever comes first. Its speaker is the first mention inside it, or the owner of a document it names
 * ("according to a statement from the ministry"): the phrase "the NAACP" holds the mention "NAACP".
 */
export function sourcePhraseAt(ctx: TokenContext, index: MentionIndex, from: number): SourcePhrase {
  const { end } = sentenceBounds(ctx, from)
  const limit = Math.min(end, from + SOURCE_PHRASE_REACH)
  let stop = from
  let speaker = -1
  while (stop < limit) {
    const m = index.startingAt[stop]!
    if (m >= 0 && index.mentions[m]!.tokenEnd <= end) {
      if (speaker < 0) speaker = speakerBehind(ctx, index, m)
      stop = index.mentions[m]!.tokenEnd
      // a name ends the phrase unless a preposition or a possessive carries it on ("the head of X", "X's study")
      if (!continuesPhrase(ctx, stop)) break
      continue
    }
    const pos = ctx.tokens.pos[stop]
    // "according to court documents": a modifier the tagger read as a verb, right before the mention it modifies
    const isModifier = pos === VERB && speaker < 0 && index.startingAt[stop + 1]! >= 0
    if (isComma(ctx, stop) || (pos === VERB && !isModifier) || pos === AUX || pos === SCONJ) break
    if (ctx.lang.grammar.RELATIVE_PRONOUNS.has(normAt(ctx, stop))) break
    if (pos === PUNCT && !ctx.lang.speech.WORD_INTERNAL_MARKS.has(normAt(ctx, stop))) break
    if (ctx.lang.grammar.COMPLEMENTISERS.has(normAt(ctx, stop))) break
    stop++
  }
  if (speaker >= 0 && index.mentions[speaker]!.tokenEnd > stop) stop = index.mentions[speaker]!.tokenEnd
  return { speaker, end: stop }
}
