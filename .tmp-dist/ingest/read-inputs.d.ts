import type { IngestItem, IngestOptions, ResolvedOptions } from './types.js';
export declare const DEFAULT_MAX_CHARS = 2000000;
export declare const DEFAULT_MAX_FILE_BYTES: number;
/**
 * Reads every input (a file, a directory, or `-` for stdin) and yields one item per document or failure, in
 * input order and streaming. Never throws because of an input's content; invalid options are programmer errors.
 */
export declare function readInputs(inputs: readonly string[], options?: IngestOptions): AsyncGenerator<IngestItem>;
export declare function resolveOptions(options: IngestOptions): ResolvedOptions;
/** An input's id: its path relative to the working directory, with `/` separators. */
export declare function displayId(path: string): string;
