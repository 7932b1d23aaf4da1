export type Cell = string | number;
export type Align = 'left' | 'right';
export interface TableOptions {
    /** Alignment per column; numbers default to right, text to left. */
    readonly align?: readonly Align[];
}
/** Renders rows as plain, space-aligned text with a rule under the header. */
export declare function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[], options?: TableOptions): string;
/** A ratio as a fixed three-decimal string. */
export declare const fmt3: (value: number) => string;
/** A ratio as a percentage with one decimal. */
export declare const pct: (value: number) => string;
