import model from 'wink-eng-lite-web-model'
import winkNLP, { type ItsFunction } from 'wink-nlp'

/** The raw per-token output of one wink-nlp pass, before alignment to character offsets. */
export interface WinkAnalysis {
  readonly values: readonly string[]
  readonly spaces: readonly string[]
  readonly pos: readonly string[]
  readonly lemmas: readonly string[]
  readonly negation: readonly boolean[]
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

/** One wink-nlp pass over the text: tokens, spaces, POS, lemmas, negation and sentence boundaries. */
export function analyse(text: string): WinkAnalysis {
  const nlp = wink()
  const its = nlp.its
  const doc = nlp.readDoc(text)
  const tokens = doc.tokens()
  return {
    values: tokens.out(its.value),
    spaces: tokens.out(its.precedingSpaces),
    pos: tokens.out(its.pos),
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>),
    negation: tokens.out(its.negationFlag) as unknown as boolean[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  }
}
