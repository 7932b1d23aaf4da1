import type { MentionIndex } from './mention-index.js';
import { type TokenContext } from './token-context.js';
/** Where a cue's speaker stands: before the verb, after it (inverted, or after "according to"), taken from the
 * clause before ("inherited"), a noun phrase with no mention ("unresolved"), or nowhere. */
export type SpeakerSide = 'left' | 'right' | 'inherited' | 'unresolved' | 'none';
export interface SpeakerFound {
    readonly speaker: number;
    readonly side: SpeakerSide;
    readonly clusterStart: number;
}
/**
 * The verb at i shares the subject of the clause before it ("… and repeatedly said", "…, telling the crowd"):
 * the index of the linking word (coordinator or comma), or -1.
 */
export declare function sharedSubjectLink(ctx: TokenContext, i: number): number;
/** The nearest mention before `from` in its sentence that is directly followed by a verb: a clause subject. */
export declare function clauseSubject(ctx: TokenContext, index: MentionIndex, from: number): number;
/** The mention naming the speaker of the verb at `verb`: its subject, or the inverted subject after it. */
export declare function findSpeaker(ctx: TokenContext, index: MentionIndex, verb: number, afterCue: number): SpeakerFound;
