import Database from 'better-sqlite3';
import type { Store } from '../store.js';
export interface SqliteStoreOptions {
    /** Open an existing database without writing to it (no migrations; `putDocument` fails). */
    readonly readonly?: boolean;
}
export interface SqliteStore extends Store {
    /** The underlying connection, for benchmarks and maintenance. */
    readonly db: Database.Database;
    /** The schema version the database is at. */
    readonly schemaVersion: number;
}
/**
 * Opens (creating when needed) a SQLite store: `:memory:` or a file. Files use WAL journaling, so readers never
 * block the writer and a killed process loses at most the transaction it was in. Foreign keys are enforced.
 */
export declare function openSqliteStore(path: string, options?: SqliteStoreOptions): SqliteStore;
