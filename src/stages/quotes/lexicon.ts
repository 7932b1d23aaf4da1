import { type Lang, perLang } from '../../lang/lang.js'
import type { CueVerbClass } from '../../lang/words.js'

interface CueLexicon {
  readonly verbClasses: ReadonlyMap<string, CueVerbClass>
  readonly particles: ReadonlyMap<string, readonly string[]>
  readonly sourceFirstStarts: ReadonlySet<string>
}

/** Lookups over a language's speech-cue tables, built once per Lang (Maps: no prototype keys, fast on any lemma). */
const cueLexicon = perLang(
  (lang): CueLexicon => ({
    verbClasses: new Map(Object.entries(lang.speech.CUE_VERBS)),
    particles: new Map(Object.entries(lang.speech.PHRASAL_CUES)),
    sourceFirstStarts: new Set(lang.speech.SOURCE_FIRST_PHRASES.map((p) => p[0]!)),
  }),
)

export function cueVerbClass(lang: Lang, lemma: string): CueVerbClass | undefined {
  return cueLexicon(lang).verbClasses.get(lemma)
}

export function cueParticles(lang: Lang, lemma: string): readonly string[] | undefined {
  return cueLexicon(lang).particles.get(lemma)
}

/** Whether a source-first phrase ("according to") can start with this word. */
export function mayStartSourceFirst(lang: Lang, word: string): boolean {
  return cueLexicon(lang).sourceFirstStarts.has(word)
}
