import type { Actor, ActorId, Mention, MentionId } from '../../doc/layers.js';
/** Token-indexed lookups over the mentions that can be speakers, built once per document. */
export interface MentionIndex {
    readonly mentions: readonly Mention[];
    /** Index into `mentions` of the speaker-capable mention ending at (last token) this token, or -1. */
    readonly endingAt: Int32Array;
    /** Index into `mentions` of the speaker-capable mention starting at this token, or -1. */
    readonly startingAt: Int32Array;
    actorOf(mention: MentionId): ActorId | null;
}
export declare function buildMentionIndex(tokenCount: number, mentions: readonly Mention[], actors: readonly Actor[]): MentionIndex;
