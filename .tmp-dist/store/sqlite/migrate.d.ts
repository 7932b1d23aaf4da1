import type Database from 'better-sqlite3';
export interface Migration {
    readonly version: number;
    readonly name: string;
    readonly sql: string;
}
/** The migrations shipped beside this module (`migrations/NNN-name.sql`), in version order. */
export declare function loadMigrations(): readonly Migration[];
/** Thrown when the database was written by a newer Parley than this one. */
export declare class SchemaVersionError extends Error {
    readonly name = "SchemaVersionError";
}
/**
 * Brings the schema up to date: each pending migration runs in one transaction with its `schema_version` row,
 * so a crash leaves the database at the previous version. Returns the version reached.
 */
export declare function migrate(db: Database.Database, migrations?: readonly Migration[]): number;
