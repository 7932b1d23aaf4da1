import { readdirSync, readFileSync } from 'node:fs';
const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/;
let cached;
/** The migrations shipped beside this module (`migrations/NNN-name.sql`), in version order. */
export function loadMigrations() {
    cached ??= readdirSync(MIGRATIONS_DIR)
        .flatMap((name) => {
        const match = MIGRATION_FILE.exec(name);
        if (!match)
            return [];
        return [{ version: Number(match[1]), name, sql: readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8') }];
    })
        .sort((a, b) => a.version - b.version);
    return cached;
}
/** Thrown when the database was written by a newer Parley than this one. */
export class SchemaVersionError extends Error {
    name = 'SchemaVersionError';
}
/**
 * Brings the schema up to date: each pending migration runs in one transaction with its `schema_version` row,
 * so a crash leaves the database at the previous version. Returns the version reached.
 */
export function migrate(db, migrations = loadMigrations()) {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = db.prepare('SELECT max(version) AS v FROM schema_version').get().v ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
        throw new SchemaVersionError(`database schema version ${current} is newer than this Parley supports (${latest})`);
    }
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
        if (m.version <= current)
            continue;
        db.transaction(() => {
            db.exec(m.sql);
            record.run(m.version, m.name, new Date().toISOString());
        }).immediate();
    }
    return Math.max(current, latest);
}
//# sourceMappingURL=migrate.js.map