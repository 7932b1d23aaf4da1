import type { DiagnosticCode } from '../diagnostics/codes.js';
export type TextRead = {
    readonly ok: true;
    readonly text: string;
    readonly wasCut: boolean;
    readonly totalBytes: number;
} | {
    readonly ok: false;
    readonly code: DiagnosticCode;
    readonly reason: string;
};
/**
 * Decodes the bytes read from an input: refuses binary data and invalid UTF-8, drops a BOM. When the input was
 * longer than `head`, the partial character at the end is dropped first.
 */
export declare function decodeText(head: Uint8Array, wasCut: boolean, totalBytes: number): TextRead;
/** Reads at most `headBytes` from the start of a file (a 50 MB file costs only its head), then decodes it. */
export declare function readTextFile(path: string, headBytes: number, maxFileBytes: number): Promise<TextRead>;
/** The first `length` bytes of a file (fewer if it is shorter). */
export declare function readHead(path: string, length: number): Promise<Uint8Array>;
