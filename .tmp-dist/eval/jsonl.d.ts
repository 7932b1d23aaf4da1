export interface JsonlLine {
    /** 1-based line number in the file. */
    readonly line: number;
    readonly value: unknown;
}
export interface JsonlProblem {
    readonly line: number;
    readonly message: string;
}
export interface JsonlContent {
    readonly lines: readonly JsonlLine[];
    readonly problems: readonly JsonlProblem[];
}
/** Parses JSONL text: blank lines are skipped, malformed lines are reported, not thrown. */
export declare function parseJsonl(text: string): JsonlContent;
export declare function readJsonl(path: string): JsonlContent;
export type JsonObject = {
    readonly [key: string]: unknown;
};
export declare function isObject(value: unknown): value is JsonObject;
export declare function stringOr<T>(value: unknown, fallback: T): string | T;
export declare function stringArray(value: unknown): string[];
