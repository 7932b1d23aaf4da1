import type { Cue } from './cues.js';
import type { MentionIndex } from './mention-index.js';
import { type TokenContext } from './token-context.js';
/** A half-open token range. */
export interface TokenRange {
    readonly tokenStart: number;
    readonly tokenEnd: number;
}
/**
 * The content of reported speech introduced by a cue, as token ranges inside the cue's sentence, or null
 * when the cue does not govern a reported clause.
 */
export declare function reportedContent(ctx: TokenContext, index: MentionIndex, cue: Cue): TokenRange[] | null;
