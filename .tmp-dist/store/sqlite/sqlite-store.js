import Database from 'better-sqlite3';
import { findActors, findPlaces } from './find-actors.js';
import { DEFAULT_LIMIT, findEvents } from './find-events.js';
import { findQuotes } from './find-quotes.js';
import { migrate } from './migrate.js';
import { readDocument } from './read-document.js';
import { statements } from './statements.js';
import { writeDocument } from './write-document.js';
/**
 * Opens (creating when needed) a SQLite store: `:memory:` or a file. Files use WAL journaling, so readers never
 * block the writer and a killed process loses at most the transaction it was in. Foreign keys are enforced.
 */
export function openSqliteStore(path, options = {}) {
    const db = new Database(path, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
    });
    try {
        if (path !== ':memory:' && !options.readonly)
            db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        const schemaVersion = options.readonly
            ? (db.prepare('SELECT max(version) FROM schema_version').pluck().get() ?? 0)
            : migrate(db);
        return createStore(db, schemaVersion);
    }
    catch (error) {
        db.close();
        throw error;
    }
}
function createStore(db, schemaVersion) {
    const s = statements(db);
    const put = db.transaction(writeDocument);
    return {
        db,
        schemaVersion,
        async putDocument(record, options) {
            return put.immediate(s, record, options);
        },
        async hasDocument(id, contentHash) {
            const hash = s.get('SELECT hash FROM documents WHERE id = ?').pluck().get(id);
            return hash !== undefined && (contentHash === undefined || hash === contentHash);
        },
        async getDocument(id) {
            return readDocument(s, id);
        },
        async listDocuments(page = {}) {
            return s
                .get('SELECT id, title, date, url, source, language FROM documents ORDER BY pk LIMIT ? OFFSET ?')
                .all(page.limit ?? DEFAULT_LIMIT, page.offset ?? 0);
        },
        async findActors(filter = {}) {
            return findActors(s, filter);
        },
        async findPlaces(filter = {}) {
            return findPlaces(s, filter);
        },
        async findEvents(filter = {}) {
            return findEvents(s, filter);
        },
        async findQuotes(filter = {}) {
            return findQuotes(s, filter);
        },
        async stats() {
            const count = (table) => s.get(`SELECT count(*) FROM ${table}`).pluck().get();
            const stats = {
                documents: count('documents'),
                actors: count('actors'),
                places: count('places'),
                quotes: count('quotes'),
                events: count('events'),
                eventMentions: count('event_mentions'),
            };
            return stats;
        },
        async close() {
            if (db.open)
                db.close();
        },
    };
}
//# sourceMappingURL=sqlite-store.js.map