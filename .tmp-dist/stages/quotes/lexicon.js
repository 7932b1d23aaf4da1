import { CUE_VERBS, PHRASAL_CUES, SOURCE_FIRST_PHRASES, } from '../../lang/en/speech-verbs.js';
/** Lookups over the speech-cue tables, built once per process (Maps: no prototype keys, fast on any lemma). */
const VERB_CLASSES = new Map(Object.entries(CUE_VERBS));
const PARTICLES = new Map(Object.entries(PHRASAL_CUES));
const SOURCE_FIRST_STARTS = new Set(SOURCE_FIRST_PHRASES.map((p) => p[0]));
export function cueVerbClass(lemma) {
    return VERB_CLASSES.get(lemma);
}
export function cueParticles(lemma) {
    return PARTICLES.get(lemma);
}
/** Whether a source-first phrase ("according to") can start with this word. */
export function mayStartSourceFirst(word) {
    return SOURCE_FIRST_STARTS.has(word);
}
//# sourceMappingURL=lexicon.js.map