import winkNLP, { type ItsFunction } from 'wink-nlp'
import type { Tokenizer, TokenizerOutput } from '../lang/lang.js'

type WinkModel = Parameters<typeof winkNLP>[0]
type Nlp = ReturnType<typeof winkNLP>
type WinkAnalysis = TokenizerOutput

/** Drops the wink-nlp instances made so far; the next pass loads fresh ones (tests compare against fresh state). */
export function resetWink(): void {
  instances = new WeakMap()
}

/** The methods of wink-nlp's private lexeme cache (wink-nlp 2.x, `src/cache.js`) that Parley relies on. */
interface LexemeCache {
  lookup(text: string): number[] | null
  intrinsicSize(): number
}

function isLexemeCache(value: unknown): value is LexemeCache {
  if (typeof value !== 'object' || value === null) return false
  const cache = value as Record<string, unknown>
  return typeof cache.lookup === 'function' && typeof cache.intrinsicSize === 'function'
}

type FeatureFn = (...args: unknown[]) => unknown

const metaCers = new WeakMap<object, unknown>()

/**
 * The model's custom-entity meta model, read once: its loader stringifies its own previous result on every call,
 * so each further wink-nlp instance in a process would get a string twice as long as the last.
 */
function metaCerModel(model: WinkModel): () => unknown {
  return () => {
    if (!metaCers.has(model)) metaCers.set(model, (model.metaCER as () => unknown)())
    return metaCers.get(model)
  }
}

/**
 * wink-nlp keeps every out-of-vocabulary word it has read in a process-wide cache, and its tokenizer asks that
 * cache whether a string "is a lexeme": after reading "the nation's." once, "nation's" stays one token (tagged
 * PROPN) in every later document, so a record depended on what the process had read before. Here the
 * cache's lookups see only the model's own vocabulary, except while the cache computes the features of a word
 * it adds (where wink-nlp needs the word just added). Tokenization is then the one a fresh process gives.
 */
function createWink(model: WinkModel): Nlp {
  let cache: LexemeCache | null = null
  let inFeature = 0
  const hideLearnedWords = (found: LexemeCache) => {
    const lookup = found.lookup.bind(found)
    const intrinsic = found.intrinsicSize()
    found.lookup = (text) => {
      const hit = lookup(text)
      if (inFeature > 0 || hit === null) return hit
      return hit.length === 1 && hit[0]! >= intrinsic ? null : hit
    }
  }
  // The model's feature functions receive the cache as their third argument: the one way to reach it.
  const featureFn = (...args: unknown[]): Record<string, unknown> => {
    const features = (model.featureFn as (...a: unknown[]) => Record<string, unknown>)(...args)
    const wrapped: Record<string, unknown> = Object.create(null)
    for (const [name, fn] of Object.entries(features)) {
      if (typeof fn !== 'function') {
        wrapped[name] = fn
        continue
      }
      wrapped[name] = (...a: unknown[]) => {
        if (cache === null && isLexemeCache(a[2])) {
          cache = a[2]
          hideLearnedWords(cache)
        }
        inFeature++
        try {
          return (fn as FeatureFn)(...a)
        } finally {
          inFeature--
        }
      }
    }
    return wrapped
  }
  const nlp = winkNLP(Object.assign(Object.create(null), model, { featureFn, metaCER: metaCerModel(model) }))
  // Reading one unknown word makes the cache compute its features, which hands the cache over.
  nlp.readDoc('qzxparleyqzx')
  if (cache === null) {
    throw new Error('wink-nlp internals changed: Parley cannot make its tokenization independent of history')
  }
  return nlp
}

const POSSESSIVE = /^(.+?)([’']s)$/i

/**
 * wink-nlp keeps a possessive whole before final punctuation ("praised Trump’s.") and splits it elsewhere
 * ("Trump’s plan"). Splitting the ending here gives every possessive the same two tokens.
 */
function splitPossessives(a: WinkAnalysis): WinkAnalysis {
  if (!a.values.some((v) => v.length > 2 && POSSESSIVE.test(v))) return a
  return rewriteTokens(a, (i, out) => {
    const value = a.values[i]!
    const m = value.length > 2 ? POSSESSIVE.exec(value) : null
    if (!m) return out.keep(i)
    out.push(m[1]!, a.spaces[i]!, a.pos[i]!, m[1]!.toLowerCase())
    out.push(m[2]!, '', 'PART', m[2]!.toLowerCase())
  })
}

/** The token columns being rebuilt by a rewrite of wink-nlp's analysis. */
class TokenColumns {
  readonly values: string[] = []
  readonly spaces: string[] = []
  readonly pos: string[] = []
  readonly lemmas: string[] = []
  constructor(private readonly source: WinkAnalysis) {}

  /** Adds a token. */
  push(value: string, space: string, pos: string, lemma: string): void {
    this.values.push(value)
    this.spaces.push(space)
    this.pos.push(pos)
    this.lemmas.push(lemma)
  }

  /** Adds source token i unchanged. */
  keep(i: number): void {
    const a = this.source
    this.push(a.values[i]!, a.spaces[i]!, a.pos[i]!, a.lemmas[i]!)
  }

  /** Glues text to the last token added, whose lemma becomes the joined word's lower case. */
  extendLast(value: string): void {
    const last = this.values.length - 1
    const joined = this.values[last]! + value
    this.values[last] = joined
    this.lemmas[last] = joined.toLowerCase()
  }
}

/**
 * Rebuilds the analysis token by token: `rewrite` emits zero or more tokens for source token i (none when it
 * glued it to the previous one); sentence boundaries follow the tokens they held.
 */
function rewriteTokens(a: WinkAnalysis, rewrite: (i: number, out: TokenColumns) => void): WinkAnalysis {
  const out = new TokenColumns(a)
  const newIndex: number[] = []
  for (let i = 0; i < a.values.length; i++) {
    const before = out.values.length
    rewrite(i, out)
    newIndex.push(out.values.length > before ? before : before - 1)
  }
  newIndex.push(out.values.length)
  const sentences = a.sentences.map(([first, last]) => [newIndex[first]!, newIndex[last + 1]! - 1] as const)
  const { values, spaces, pos, lemmas } = out
  return { values, spaces, pos, lemmas, sentences }
}

/** A letter wink-nlp's English tokenizer does not keep inside a word: beyond Latin-1 ("č", "ğ", "ł"). */
const isForeignLetter = (c: string | undefined) =>
  c !== undefined && c.charCodeAt(0) > 0xff && /\p{L}/u.test(c)
const LETTER = /\p{L}/u
const INVISIBLE_END = /\p{L}\p{Cf}+$/u

/** Token i and the next are one word wink-nlp cut at a letter it does not know ("Vu" "č" "i" "ć"). */
function isCutWord(a: WinkAnalysis, i: number, sentenceStarts: ReadonlySet<number>): boolean {
  const left = a.values[i]!
  const right = a.values[i + 1]
  if (right === undefined || a.spaces[i + 1] !== '' || sentenceStarts.has(i + 1)) return false
  const first = right[0]
  if (!LETTER.test(first ?? '')) return false
  // an invisible format character (zero-width joiner, soft hyphen) glued to the left piece is no word break
  if (INVISIBLE_END.test(left)) return true
  const last = left.at(-1)
  if (!LETTER.test(last ?? '')) return false
  return isForeignLetter(last) || isForeignLetter(first)
}

/**
 * wink-nlp splits words at letters beyond Latin-1: "Vučić" comes out as "Vu" "č" "i" "ć", "Erdoğan" as
 * "Erdo" "ğ" "an". Letter pieces glued to each other across such a letter are joined again, taking the
 * first piece's part of speech (a name's PROPN). So are pieces cut after an invisible format character
 * ("Davutoğ<U+200D>" "lu").
 */
function joinCutWords(a: WinkAnalysis): WinkAnalysis {
  const sentenceStarts = new Set(a.sentences.map(([first]) => first))
  let cut = false
  for (let i = 0; i + 1 < a.values.length && !cut; i++) cut = isCutWord(a, i, sentenceStarts)
  if (!cut) return a
  return rewriteTokens(a, (i, out) => {
    if (i > 0 && isCutWord(a, i - 1, sentenceStarts)) out.extendLast(a.values[i]!)
    else out.keep(i)
  })
}

/** One wink-nlp pass over the text: tokens, spaces, POS, lemmas and sentence boundaries. */
function analyse(nlp: Nlp, text: string): WinkAnalysis {
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const tokens = doc.tokens()
  const values = tokens.out(its.value)
  // the model leaves some lemmas undefined (seen: "cannot" after a stray letter-like symbol); the word stands in
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string | undefined>)
  return splitPossessives(
    joinCutWords({
      values,
      spaces: tokens.out(its.precedingSpaces),
      pos: tokens.out(its.pos),
      lemmas: values.map((value, i) => lemmas[i] ?? value.toLowerCase()),
      sentences: doc.sentences().out(its.span) as unknown as [number, number][],
    }),
  )
}

let instances = new WeakMap<object, Nlp>()

/**
 * A tokenizer over a wink-nlp language model. The model is loaded on first use (~100 ms) and shared by every
 * tokenizer made from it in the process.
 */
export function winkTokenizer(name: string, model: WinkModel): Tokenizer {
  const nlp = () => {
    let instance = instances.get(model)
    if (!instance) {
      instance = createWink(model)
      instances.set(model, instance)
    }
    return instance
  }
  return { name, analyse: (text) => analyse(nlp(), text) }
}
