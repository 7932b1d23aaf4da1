import { type JsonlContent } from './jsonl.js';
import type { Range } from './spans.js';
/** A span group of a PolNeAR attribution: character ranges into the article text and their text. */
export interface GoldSpans {
    readonly spans: readonly Range[];
    readonly text: string;
}
export interface PolnearAttribution {
    readonly id: string;
    readonly source: GoldSpans | null;
    readonly cue: GoldSpans | null;
    readonly content: GoldSpans | null;
    /** The content carries quote marks. */
    readonly quoted: boolean;
    readonly sourceIsPronoun: boolean;
}
/** One gold line of PolNeAR: an article as annotated by one annotator. */
export interface PolnearGold {
    readonly id: string;
    readonly annotator: string;
    readonly text: string;
    readonly attributions: readonly PolnearAttribution[];
}
/** One PLOVER gold-standard sentence with its single event. */
export interface PloverGold {
    readonly id: string;
    readonly text: string;
    readonly event: string;
    readonly mode: string | null;
    readonly source: readonly string[];
    readonly target: readonly string[];
}
export declare class GoldFormatError extends Error {
    readonly name = "GoldFormatError";
}
/** Reads PolNeAR gold lines; throws GoldFormatError on a line that is not a gold article. */
export declare function parsePolnearGold(content: JsonlContent, file?: string): PolnearGold[];
/** Reads PLOVER gold lines; throws GoldFormatError on a line without an event. */
export declare function parsePloverGold(content: JsonlContent, file?: string): PloverGold[];
