/** Half-open character ranges as the gold files and records store them. */
export interface Range {
    readonly start: number;
    readonly end: number;
}
/** Sorts and merges ranges so that overlaps are counted once. */
export declare function mergeRanges(ranges: readonly Range[]): Range[];
/** Total characters covered by the ranges (overlaps counted once). */
export declare function coveredLength(ranges: readonly Range[]): number;
/** Characters shared by two sets of ranges (each merged first). */
export declare function intersectionLength(a: readonly Range[], b: readonly Range[]): number;
/** Fraction of `gold`'s characters covered by `pred` (0 when gold is empty). */
export declare function coverage(gold: readonly Range[], pred: readonly Range[]): number;
export declare function overlaps(a: Range, b: Range): boolean;
