import type { TimeValue } from './time-value.js';
import { type TokenWindow } from './token-window.js';
export type { TokenWindow } from './token-window.js';
/** A time expression found at a token range. */
export interface TimexMatch {
    readonly tokenStart: number;
    readonly tokenEnd: number;
    readonly value: TimeValue;
    readonly opener: 'since' | 'until' | null;
}
/** Words that can begin a time expression; anything else is skipped with one Set lookup. */
export declare const START_WORDS: ReadonlySet<string>;
/** True when a token could begin a time expression (a start word or a token starting with a digit). */
export declare function canStart(lower: string): boolean;
/** The time expression starting at token i (with "since"/"until" before it), or null. */
export declare function matchAt(w: TokenWindow, i: number): TimexMatch | null;
