import type { TimeValue } from './time-value.js';
/** The tokens of one sentence, as the grammar reads them. */
export interface TokenWindow {
    readonly text: string;
    readonly lower: readonly string[];
    readonly start: Int32Array;
    readonly end: Int32Array;
    readonly pos: Uint8Array;
    /** Token range of the sentence, [first, last). */
    readonly first: number;
    readonly last: number;
}
/** A core expression: where it ends (exclusive token index) and what it says. */
export interface Core {
    readonly end: number;
    readonly value: TimeValue;
    /** Set when the expression itself opens a range: "five months since …". */
    readonly opener?: 'since';
}
export declare const NOUN: number;
export declare const YEAR: RegExp;
export declare const YEAR_SPAN: RegExp;
export declare const DECADE: RegExp;
/** The lower-cased token i, or '' outside the sentence. */
export declare function at(w: TokenWindow, i: number): string;
export declare function isCapitalised(w: TokenWindow, i: number): boolean;
export declare function dayNumber(w: TokenWindow, i: number): number | null;
export declare function yearNumber(w: TokenWindow, i: number): number | null;
/** A count before a unit: "two", "a", "3". */
export declare function countAt(w: TokenWindow, i: number): number | null;
