/** A half-open range of UTF-16 code units in a document's text: `text.slice(start, end)`. */
export interface Span {
    readonly start: number;
    readonly end: number;
}
/** A span together with the text it covers, as published in records. */
export interface TextSpan extends Span {
    readonly text: string;
}
export declare function span(start: number, end: number): Span;
export declare function textSpan(text: string, s: Span): TextSpan;
export declare function spanLength(s: Span): number;
export declare function spansOverlap(a: Span, b: Span): boolean;
export declare function spanContains(outer: Span, inner: Span): boolean;
export declare function compareSpans(a: Span, b: Span): number;
/** Index of the first span in a start-sorted array whose start is >= offset (binary search). */
export declare function lowerBound(spans: readonly Span[], offset: number): number;
