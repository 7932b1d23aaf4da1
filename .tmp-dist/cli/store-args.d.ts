import { type OutputFormat } from '../query/format.js';
import type { Store } from '../store/store.js';
/** Shared by the commands that read the store: `--db`, `--format`, dates and paging. */
export declare const DB_OPTION_HELP = "  --db PATH        the database (default: $PARLEY_DB, else ./parley.db)";
/** Opens an existing database for reading; a missing file is a usage error, not a new empty database. */
export declare function openStoreForReading(db: string | undefined): Store;
export declare function outputFormat(value: string | undefined, allowed?: readonly OutputFormat[]): OutputFormat;
export declare function dateOption(name: string, value: string | undefined): string | undefined;
export declare function countOption(name: string, value: string | undefined): number | undefined;
