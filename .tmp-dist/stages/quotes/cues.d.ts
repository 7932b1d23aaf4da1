import { type CueVerbClass } from '../../lang/en/speech-verbs.js';
import type { MentionIndex } from './mention-index.js';
import { type SpeakerSide } from './speakers.js';
import { type TokenContext } from './token-context.js';
export type CueClass = CueVerbClass | 'source-first' | 'headline';
/** A speech cue found in the text, with the mention that names its speaker when one is next to it. */
export interface Cue {
    /** The head token: the verb, or the first word of a source-first phrase ("according"). */
    readonly head: number;
    /** The cue's tokens: verb plus fixed tail ("told reporters"), or the whole phrase ("according to"). */
    readonly tokenStart: number;
    readonly tokenEnd: number;
    readonly cueClass: CueClass;
    /** Index into MentionIndex.mentions, or -1. */
    readonly speaker: number;
    /** Where the speaker stands: before the verb, after it (inverted, or after "according to"), or inherited. */
    readonly side: SpeakerSide;
    /** First token of the subject-and-cue cluster ("Tom Shannon, a former official, said"). */
    readonly clusterStart: number;
    /** Token after the cluster (cue, tail and an inverted speaker). */
    readonly clusterEnd: number;
}
/**
 * Finds speech cues in one pass over the tokens, skipping tokens inside quotations (`isQuoted`), and the
 * mention that names each cue's speaker. A participle cue after a comma ("…, adding that") inherits the
 * speaker of the cue before it in the sentence.
 */
export declare function findCues(ctx: TokenContext, index: MentionIndex, isQuoted: (token: number) => boolean): Cue[];
