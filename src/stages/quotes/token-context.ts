import type { Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'

/** The tokens and sentences a cue finder needs, with small accessors. */
export interface TokenContext {
  /** The document's language: every word list the quotes stage reads. */
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
}

/** The normalised token i (`norm`: “ and ” read ", "n’t" reads "not"), for word and punctuation lookups. */
export const normAt = (ctx: TokenContext, i: number) => ctx.tokens.norm[i] ?? ''
/** The token i as typed (lower case), for tests that need the direction of a quote mark. */
export const markAt = (ctx: TokenContext, i: number) => ctx.tokens.lower[i] ?? ''
export const isComma = (ctx: TokenContext, i: number) => normAt(ctx, i) === ','
export const isCloser = (ctx: TokenContext, i: number) => {
  const w = markAt(ctx, i)
  return ctx.lang.grammar.DOUBLE_CLOSERS.has(w) || ctx.lang.grammar.SINGLE_CLOSERS.has(w)
}

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
  const w = markAt(ctx, last)
  if (w === '.' && isAbbreviation(ctx, last - 1)) return false
  if (ctx.lang.grammar.SENTENCE_TERMINALS.has(w)) return true
  return (
    (ctx.lang.grammar.DOUBLE_CLOSERS.has(w) || ctx.lang.grammar.SINGLE_CLOSERS.has(w)) &&
    ctx.lang.grammar.SENTENCE_TERMINALS.has(normAt(ctx, last - 1))
  )
}

interface JoinedSentences {
  /** Per sentence: first token and end token of the joined sentence holding it. */
  readonly first: Int32Array
  readonly end: Int32Array
}

/** Joined sentences per sentence layer, computed once in one pass (a WeakMap keeps Docs free of caches). */
const JOINED = new WeakMap<readonly Sentence[], JoinedSentences>()

function joinSentences(ctx: TokenContext): JoinedSentences {
  const { sentences } = ctx
  const cached = JOINED.get(sentences)
  if (cached) return cached
  const first = new Int32Array(sentences.length)
  const end = new Int32Array(sentences.length)
  let groupStart = 0
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!
    const next = sentences[k + 1]
    const continues =
      next !== undefined && next.paragraph === sentence.paragraph && !endsSentence(ctx, sentence.tokenEnd - 1)
    if (continues) continue
    for (let g = groupStart; g <= k; g++) {
      first[g] = sentences[groupStart]!.tokenStart
      end[g] = sentence.tokenEnd
    }
    groupStart = k + 1
  }
  const joined = { first, end }
  JOINED.set(sentences, joined)
  return joined
}

/**
 * The sentence holding token i, joined to its neighbours in the same paragraph where the tagger split it
 * without final punctuation ("Rep. Jo Ames (D-Md.) | said").
 */
export function sentenceBounds(ctx: TokenContext, i: number): { first: number; end: number } {
  const s = ctx.tokens.sentence[i]
  if (s === undefined || s >= ctx.sentences.length) return { first: 0, end: ctx.tokens.length }
  const joined = joinSentences(ctx)
  return { first: joined.first[s]!, end: joined.end[s]! }
}
