import type { NormExceptions } from './norm.js'
import type { EventWords, GrammarWords, NameWords, SpeechWords, TimeWords } from './words.js'

/** One tokenizer pass over a text, before alignment to character offsets. */
export interface TokenizerOutput {
  readonly values: readonly string[]
  /** The blanks before each token. */
  readonly spaces: readonly string[]
  /** Universal POS tags. */
  readonly pos: readonly string[]
  readonly lemmas: readonly string[]
  /** Inclusive [first, last] token indices per sentence. */
  readonly sentences: readonly (readonly [number, number])[]
}

/** Tokens, parts of speech, lemmas and sentences for one language. */
export interface Tokenizer {
  /** What it is, for diagnostics ("wink-nlp/wink-eng-lite-web-model"). */
  readonly name: string
  analyse(text: string): TokenizerOutput
}

/**
 * Everything the stages know about a language, passed to them in the `StageContext` (`ctx.lang`): its tokenizer,
 * its norm exceptions and its vocabulary by topic. English is `english` (`src/lang/en/index.ts`); another
 * language is a folder beside it that builds the same object.
 */
export interface Lang {
  /** ISO 639-1 code: "en". */
  readonly code: string
  readonly tokenizer: Tokenizer
  readonly norms: NormExceptions
  readonly grammar: GrammarWords
  readonly events: EventWords
  readonly speech: SpeechWords
  readonly names: NameWords
  readonly time: TimeWords
}

/**
 * A structure derived from a language's tables (an index, a lookup map), built on first use and kept for as long
 * as the Lang lives: `const heads = perLang((lang) => buildHeads(lang.names))`, then `heads(ctx.lang)`.
 */
export function perLang<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new WeakMap<Lang, T>()
  return (lang) => {
    let value = cache.get(lang)
    if (value === undefined) {
      value = build(lang)
      cache.set(lang, value)
    }
    return value
  }
}
