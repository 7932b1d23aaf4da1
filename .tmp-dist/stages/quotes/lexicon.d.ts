import { type CueVerbClass } from '../../lang/en/speech-verbs.js';
export declare function cueVerbClass(lemma: string): CueVerbClass | undefined;
export declare function cueParticles(lemma: string): readonly string[] | undefined;
/** Whether a source-first phrase ("according to") can start with this word. */
export declare function mayStartSourceFirst(word: string): boolean;
