import { existsSync } from 'node:fs';
import { isIsoDate } from '../ingest/index.js';
import { isOutputFormat } from '../query/format.js';
import { openStore, resolveDbPath } from '../store/open-store.js';
import { UsageError } from './io.js';
/** Shared by the commands that read the store: `--db`, `--format`, dates and paging. */
export const DB_OPTION_HELP = '  --db PATH        the database (default: $PARLEY_DB, else ./parley.db)';
/** Opens an existing database for reading; a missing file is a usage error, not a new empty database. */
export function openStoreForReading(db) {
    const path = resolveDbPath(db ?? null);
    if (path !== ':memory:' && !existsSync(path)) {
        throw new UsageError(`no database at ${path} (run "parley ingest" first, or give --db)`);
    }
    return openStore(path, { readonly: path !== ':memory:' });
}
export function outputFormat(value, allowed = ['table', 'json', 'csv']) {
    const format = value ?? 'table';
    if (!isOutputFormat(format) || !allowed.includes(format)) {
        throw new UsageError(`--format must be ${allowed.join(', ')}, not "${format}"`);
    }
    return format;
}
export function dateOption(name, value) {
    if (value !== undefined && !isIsoDate(value))
        throw new UsageError(`--${name} must be a valid YYYY-MM-DD date, not "${value}"`);
    return value;
}
export function countOption(name, value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new UsageError(`--${name} must be a whole number, not "${value}"`);
    return n;
}
//# sourceMappingURL=store-args.js.map