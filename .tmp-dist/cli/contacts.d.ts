import { type OutputFormat } from '../query/format.js';
export declare const CONTACTS_USAGE = "usage: parley contacts A B [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--db PATH] [--format table|json|csv]\n\n  The engagement between two actors, from the stored record: the last asserted contact, stated refusals and\n  stated absence of contact, then every event between them with its sources.\n  A, B             a person (full name or surname), a country (name or ISO code, e.g. RUS: the country\n                   and its people, groups and state bodies), or a stored actor id\n  --since/--until  only events dated within these bounds (inclusive)\n  --db PATH        the database (default: $PARLEY_DB, else ./parley.db)\n  --format F       table (default); json: {a, b, summary, events}; csv: one row per event";
export interface ContactsCommandOptions {
    readonly a: string;
    readonly b: string;
    readonly since?: string;
    readonly until?: string;
    readonly db?: string;
    readonly format: OutputFormat;
}
export declare function parseContactsArgs(args: readonly string[]): ContactsCommandOptions;
/** `parley contacts A B`: exit 1 when either name matches no stored actor. */
export declare function runContactsCommand(args: readonly string[]): Promise<number>;
