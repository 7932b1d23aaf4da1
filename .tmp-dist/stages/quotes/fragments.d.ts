import type { Cue } from './cues.js';
import type { MentionIndex } from './mention-index.js';
import type { QuotedSegment } from './quote-marks.js';
import type { TokenRange } from './reported-content.js';
import { type TokenContext } from './token-context.js';
export interface FragmentAttribution {
    readonly cue: Cue;
    readonly content: TokenRange;
}
/**
 * A quoted fragment inside a clause ("Obama called the holiday “a celebration …”") is attributed to the subject
 * of the nearest verb before it that can attribute words: a speech verb or a verb of naming and judging. The
 * content is the verb's complement up to the end of the sentence. Returns null for fragments with no such verb
 * or no subject mention (scare quotes, titles, nicknames).
 */
export declare function attributeFragment(ctx: TokenContext, index: MentionIndex, seg: QuotedSegment, isQuoted: (token: number) => boolean, cueAt: (token: number) => Cue | null): FragmentAttribution | null;
