export declare const SERVE_USAGE = "usage: parley serve [--db PATH] [--port 8080] [--host 127.0.0.1] [--token TOKEN]\n\n  --db PATH        the database (default: PARLEY_DB, else ./parley.db)\n  --port N         port to listen on (default 8080; 0 picks a free one)\n  --host H         address to listen on (default 127.0.0.1, this machine only)\n  --token TOKEN    enable POST /api/documents for \"Authorization: Bearer TOKEN\" (or set PARLEY_TOKEN);\n                   without a token the API is read-only\n\nServes the dashboard at / and the JSON API under /api/ (health, actors, events, quotes, contacts, documents).";
export interface ServeOptions {
    readonly db: string;
    readonly port: number;
    readonly host: string;
    readonly token: string | null;
}
export declare function parseServeArgs(args: readonly string[], env?: NodeJS.ProcessEnv): ServeOptions;
/** Starts the server and resolves with the exit code once it is stopped (Ctrl-C, SIGTERM). */
export declare function runServeCommand(args: readonly string[]): Promise<number>;
