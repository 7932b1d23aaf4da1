import type Database from 'better-sqlite3';
export type Row = Record<string, unknown>;
/** Prepared statements by SQL text, prepared once per connection (filters build a bounded set of texts). */
export interface Statements {
    readonly db: Database.Database;
    get(sql: string): Database.Statement;
}
export declare function statements(db: Database.Database): Statements;
/** `?, ?, ?` for an IN list of n values. */
export declare function placeholders(n: number): string;
