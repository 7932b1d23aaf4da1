import { isObject } from './jsonl.js';
/** A record with no annotations, standing for a document that could not be processed. */
export function emptyRecord(id) {
    return {
        document: { id, title: null, date: null, url: null, source: null, language: null },
        actors: [],
        places: [],
        quotes: [],
        events: [],
    };
}
const arrayOrEmpty = (value) => (Array.isArray(value) ? value : []);
/**
 * Reads predicted records (one per line). Error records `{document:{id}, error}` count as empty predictions;
 * lines without `document.id` are reported as problems. Layers missing from a record are read as empty.
 */
export function parsePredictions(content) {
    const records = new Map();
    const errors = new Set();
    const problems = [...content.problems];
    for (const { line, value } of content.lines) {
        const document = isObject(value) ? value.document : undefined;
        if (!isObject(value) || !isObject(document) || typeof document.id !== 'string') {
            problems.push({ line, message: 'not a Parley record (no document.id)' });
            continue;
        }
        const id = document.id;
        if ('error' in value) {
            errors.add(id);
            records.set(id, emptyRecord(id));
            continue;
        }
        const base = value;
        records.set(id, {
            ...base,
            actors: arrayOrEmpty(value.actors),
            places: arrayOrEmpty(value.places),
            quotes: arrayOrEmpty(value.quotes),
            events: arrayOrEmpty(value.events),
        });
    }
    return { records, errors, problems };
}
//# sourceMappingURL=predictions.js.map