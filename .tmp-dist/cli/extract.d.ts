import { type ExtractResult } from '../extract.js';
import { type IngestItem } from '../ingest/index.js';
import type { ErrorRecord, ParleyRecord } from '../record/record.js';
export declare const EXTRACT_USAGE = "usage: parley extract <input\u2026> [--date YYYY-MM-DD] [--format json|jsonl] [--no-text]\n\n  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin\n  --date D         publication date (YYYY-MM-DD) used to resolve relative dates; overrides the article's metadata\n  --format F       json (default): one record, or an array for several documents; jsonl: one record per line\n  --no-text        leave document.text out of the records";
export interface ExtractOptions {
    readonly inputs: readonly string[];
    readonly date: string | null;
    readonly format: 'json' | 'jsonl';
    readonly includeText: boolean;
}
export declare function parseExtractArgs(args: readonly string[]): ExtractOptions;
export interface ProcessedItem {
    readonly item: IngestItem;
    readonly result: ExtractResult | null;
    readonly record: ParleyRecord | ErrorRecord;
}
/** Reads the inputs and extracts each document, yielding records in input order. */
export declare function extractInputs(inputs: readonly string[], options: {
    date: string | null;
    includeText: boolean;
}): AsyncGenerator<ProcessedItem>;
export declare function runExtractCommand(args: readonly string[]): Promise<number>;
