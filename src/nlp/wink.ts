import model from 'wink-eng-lite-web-model'
import winkNLP, { type ItsFunction } from 'wink-nlp'

/** The raw per-token output of one wink-nlp pass, before alignment to character offsets. */
export interface WinkAnalysis {
  readonly values: readonly string[]
  readonly spaces: readonly string[]
  readonly pos: readonly string[]
  readonly lemmas: readonly string[]
  /** Inclusive [first, last] token indices per sentence, as wink-nlp reports them. */
  readonly sentences: readonly (readonly [number, number])[]
}

type Nlp = ReturnType<typeof winkNLP>
let shared: Nlp | null = null

/** The process-wide wink-nlp instance (loading the model takes ~100 ms, so it is done once). */
export function wink(): Nlp {
  shared ??= winkNLP(model)
  return shared
}

const POSSESSIVE = /^(.+?)([’']s)$/i

/**
 * wink-nlp caches tokens it has seen: after reading "Trump’s." once, it keeps "Trump’s" whole in every later
 * document. Splitting the possessive ending here makes tokenization independent of what the process read before.
 */
function splitPossessives(a: WinkAnalysis): WinkAnalysis {
  if (!a.values.some((v) => v.length > 2 && POSSESSIVE.test(v))) return a
  const values: string[] = []
  const spaces: string[] = []
  const pos: string[] = []
  const lemmas: string[] = []
  const newIndex: number[] = []
  a.values.forEach((value, i) => {
    newIndex.push(values.length)
    const m = value.length > 2 ? POSSESSIVE.exec(value) : null
    values.push(m ? m[1]! : value)
    spaces.push(a.spaces[i]!)
    pos.push(a.pos[i]!)
    lemmas.push(m ? m[1]!.toLowerCase() : a.lemmas[i]!)
    if (m) {
      values.push(m[2]!)
      spaces.push('')
      pos.push('PART')
      lemmas.push(m[2]!.toLowerCase())
    }
  })
  newIndex.push(values.length)
  const sentences = a.sentences.map(([first, last]) => [newIndex[first]!, newIndex[last + 1]! - 1] as const)
  return { values, spaces, pos, lemmas, sentences }
}

/** One wink-nlp pass over the text: tokens, spaces, POS, lemmas and sentence boundaries. */
export function analyse(text: string): WinkAnalysis {
  const nlp = wink()
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const tokens = doc.tokens()
  return splitPossessives({
    values: tokens.out(its.value),
    spaces: tokens.out(its.precedingSpaces),
    pos: tokens.out(its.pos),
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>),
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  })
}
