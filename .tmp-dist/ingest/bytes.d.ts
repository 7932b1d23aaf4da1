/** Byte-level checks made before any text is decoded. */
export type ByteProblem = 'binary' | 'utf16' | null;
/** Binary when the first 8 KB hold a NUL byte or many control characters; UTF-16 is told apart by its BOM. */
export declare function sniffBytes(bytes: Uint8Array): ByteProblem;
export declare function hasUtf8Bom(bytes: Uint8Array): boolean;
/**
 * Length of the longest prefix of `bytes` that does not end inside a multi-byte UTF-8 sequence, so that a head
 * read from a larger file can be decoded strictly.
 */
export declare function completeUtf8Length(bytes: Uint8Array): number;
/** Strict UTF-8 decoding (the BOM, if any, is dropped); null when the bytes are not valid UTF-8. */
export declare function decodeUtf8(bytes: Uint8Array): string | null;
/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid (for error messages). */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
