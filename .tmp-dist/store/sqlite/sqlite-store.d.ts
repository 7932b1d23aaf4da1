import Database from 'better-sqlite3';
import type { Store } from '../store.js';
export interface SqliteStoreOptions {
    /** Open an existing database without writing to it (no migrations; `putDocument` fails). */
    readonly readonly?: boolean;
    /**
     * Bulk loading: documents are committed in groups (each still atomic, in its own savepoint) once this many
     * are pending or this much time has passed, and on `flush()`/`close()`. A killed process loses at most the
     * pending group, never part of a document; re-running the ingest stores it again. Default: off (every
     * document commits on its own).
     */
    readonly groupCommit?: GroupCommit;
}
export interface GroupCommit {
    readonly documents: number;
    readonly milliseconds: number;
}
/** What `parley ingest` uses: at most 32 documents or half a second of work pending. */
export declare const BULK_GROUP_COMMIT: GroupCommit;
export interface SqliteStore extends Store {
    /** The underlying connection, for benchmarks and maintenance. */
    readonly db: Database.Database;
    /** The schema version the database is at. */
    readonly schemaVersion: number;
    /** Commits the pending group of documents (group commit only). */
    flush(): void;
}
/**
 * Opens (creating when needed) a SQLite store: `:memory:` or a file. Files use WAL journaling, so readers never
 * block the writer and a killed process loses at most the transaction it was in. Foreign keys are enforced.
 */
export declare function openSqliteStore(path: string, options?: SqliteStoreOptions): SqliteStore;
