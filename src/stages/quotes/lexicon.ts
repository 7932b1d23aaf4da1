import {
  CUE_VERBS,
  type CueVerbClass,
  PHRASAL_CUES,
  SOURCE_FIRST_PHRASES,
} from '../../lang/en/speech-verbs.js'

/** Lookups over the speech-cue tables, built once per process (Maps: no prototype keys, fast on any lemma). */
const VERB_CLASSES: ReadonlyMap<string, CueVerbClass> = new Map(Object.entries(CUE_VERBS))
const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(PHRASAL_CUES))
const SOURCE_FIRST_STARTS: ReadonlySet<string> = new Set(SOURCE_FIRST_PHRASES.map((p) => p[0]!))

export function cueVerbClass(lemma: string): CueVerbClass | undefined {
  return VERB_CLASSES.get(lemma)
}

export function cueParticles(lemma: string): readonly string[] | undefined {
  return PARTICLES.get(lemma)
}

/** Whether a source-first phrase ("according to") can start with this word. */
export function mayStartSourceFirst(word: string): boolean {
  return SOURCE_FIRST_STARTS.has(word)
}
