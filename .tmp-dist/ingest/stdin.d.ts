import type { IngestItem, ResolvedOptions } from './types.js';
export declare const STDIN_INPUT = "-";
export declare const STDIN_ID = "stdin";
/** Reads `-`: sniffs JSONL, HTML or plain text from the first bytes, then streams (JSONL) or reads up to the cap. */
export declare function readStdin(options: ResolvedOptions): AsyncGenerator<IngestItem>;
