import { type Extractor } from '../extract.js';
import type { Store } from '../store/store.js';
export declare const INGEST_USAGE = "usage: parley ingest <input\u2026> [--db PATH] [--date YYYY-MM-DD] [--force]\n\n  Extracts each article and stores its record (documents, actors, quotes, events); the same events reported\n  by several articles become one stored event with all its mentions.\n  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin\n  --db PATH        the database (default: $PARLEY_DB, else ./parley.db)\n  --date D         publication date (YYYY-MM-DD); overrides the articles' metadata\n  --force          re-extract and store articles already stored unchanged (after a Parley upgrade)\n\n  Articles already stored with the same content are skipped, so an interrupted ingest is completed by\n  running it again. Progress goes to stderr when it is a terminal; a summary at the end.";
export interface IngestCommandOptions {
    readonly inputs: readonly string[];
    readonly db: string;
    readonly date: string | null;
    readonly force: boolean;
}
export declare function parseIngestArgs(args: readonly string[], env?: NodeJS.ProcessEnv): IngestCommandOptions;
export interface IngestTally {
    documents: number;
    inserted: number;
    replaced: number;
    unchanged: number;
    errors: number;
}
export interface IngestCommandDeps {
    readonly err: (line: string) => void;
    /** Whether to draw progress (default: stderr is a terminal). */
    readonly progress: boolean;
    readonly extractor: Extractor;
    readonly openStore: (path: string) => Store;
}
/** `parley ingest`: extracts and stores articles; a bad article becomes an error line and the rest proceeds. */
export declare function runIngestCommand(args: readonly string[], deps?: Partial<IngestCommandDeps>): Promise<number>;
