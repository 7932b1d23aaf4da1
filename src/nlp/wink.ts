import winkNLP, { type ItsFunction } from 'wink-nlp'
import type { Tokenizer, TokenizerOutput } from '../lang/lang.js'

type WinkModel = Parameters<typeof winkNLP>[0]
type Nlp = ReturnType<typeof winkNLP>
type WinkAnalysis = TokenizerOutput

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
function analyse(nlp: Nlp, text: string): WinkAnalysis {
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

const instances = new WeakMap<object, Nlp>()

/**
 * A tokenizer over a wink-nlp language model. The model is loaded on first use (~100 ms) and shared by every
 * tokenizer made from it in the process.
 */
export function winkTokenizer(name: string, model: WinkModel): Tokenizer {
  const nlp = () => {
    let instance = instances.get(model)
    if (!instance) {
      instance = winkNLP(model)
      instances.set(model, instance)
    }
    return instance
  }
  return { name, analyse: (text) => analyse(nlp(), text) }
}
