import { type Extractor } from '../extract.js';
import type { ParleyRecord, RecordQuote } from '../record/record.js';
export declare const QUOTES_USAGE = "usage: parley quotes <input\u2026> [--speaker NAME] [--format table|json] [--date YYYY-MM-DD]\n\n  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin\n  --speaker NAME   only quotations whose speaker's name or mention contains every word of NAME\n  --format F       table (default): speaker, cue and quotation, one block per document; json: an array\n  --date D         publication date (YYYY-MM-DD) for the articles";
export declare const QUOTE_FORMATS: readonly ["table", "json"];
export type QuoteFormat = (typeof QUOTE_FORMATS)[number];
export interface QuotesCommandOptions {
    readonly inputs: readonly string[];
    readonly speaker: string | null;
    readonly format: QuoteFormat;
    readonly date: string | null;
}
/** What the command writes to; defaults to the process's stdout and stderr. */
export interface QuotesCommandDeps {
    readonly out: (chunk: string) => Promise<void> | void;
    readonly err: (line: string) => void;
    readonly extractor: Extractor;
    /** Width of the table layout in characters. */
    readonly width: number;
}
export declare function parseQuotesArgs(args: readonly string[]): QuotesCommandOptions;
/** The default pipeline, with the quotations stage added when the default stages do not run it yet. */
export declare function quotesExtractor(): Extractor;
/** One quotation as listed: who, by which cue, what. */
export interface QuoteListing {
    readonly document: string;
    readonly id: string;
    readonly kind: RecordQuote['kind'];
    readonly speaker: string | null;
    readonly speakerActor: string | null;
    readonly speakerMention: string | null;
    readonly cue: string | null;
    readonly text: string;
    readonly spans: RecordQuote['spans'];
}
export declare function listQuotes(record: ParleyRecord): QuoteListing[];
/** Every word of the wanted name appears in the speaker's name or in the mention the quotation used. */
export declare function speakerMatches(listing: QuoteListing, wanted: string): boolean;
/** A block per document: speaker and cue in columns, the quotation wrapped beside them. */
export declare function formatQuoteTable(document: string, listings: readonly QuoteListing[], width: number): string;
/** `parley quotes`: lists who said what in the given articles. */
export declare function runQuotesCommand(args: readonly string[], deps?: Partial<QuotesCommandDeps>): Promise<number>;
