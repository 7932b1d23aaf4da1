export interface ByteLine {
    /** 1-based line number. */
    readonly line: number;
    /** The line without its line break, or null when it was longer than the limit (and was skipped unread). */
    readonly bytes: Uint8Array | null;
}
/**
 * Splits a byte stream into lines without holding more than one line in memory; a line longer than
 * `maxLineBytes` is skipped (reported as null) without being buffered. Bytes, not strings, so that each line's
 * UTF-8 can be checked on its own.
 */
export declare function byteLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<ByteLine>;
