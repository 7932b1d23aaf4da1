import type { Diagnostic } from '../diagnostics/diagnostic.js';
/** Thrown for bad command lines: printed with the command's usage, exit code 2. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
/** One line per diagnostic: `input: code message` (the CLI's error format). */
export declare function formatDiagnostic(input: string, d: Diagnostic): string;
/** Writes to stdout, waiting when the pipe is full so a large batch never piles up in memory. */
export declare function writeOut(chunk: string): Promise<void>;
export declare function writeErr(line: string): void;
