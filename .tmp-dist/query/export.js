import { formatEvents } from './format.js';
import { toPloverRecord } from './plover-export.js';
export const EXPORT_FORMATS = ['plover', 'jsonl', 'csv'];
export function isExportFormat(value) {
    return EXPORT_FORMATS.includes(value);
}
/** Mentions listed per event in exports (sources, event texts). */
const EXPORT_MENTIONS = 50;
/**
 * The whole store for downstream analysis, in chunks of text, streaming: `jsonl` one Parley record per
 * document (as `extract` prints it); `csv` one row per de-duplicated event with its first report;
 * `plover` one PLOVER JSON record per de-duplicated event.
 */
export async function* exportRecords(store, format, options = {}) {
    const batch = options.batchSize ?? 500;
    if (format === 'jsonl') {
        for (let offset = 0;; offset += batch) {
            const documents = await store.listDocuments({ limit: batch, offset });
            for (const d of documents) {
                const stored = await store.getDocument(d.id);
                if (stored)
                    yield `${JSON.stringify(stored.record)}\n`;
            }
            if (documents.length < batch)
                return;
        }
    }
    const statuses = format === 'plover' && !options.allStatuses ? { statuses: ['asserted'] } : {};
    for (let offset = 0;; offset += batch) {
        const events = await store.findEvents({
            ...statuses,
            order: 'asc',
            limit: batch,
            offset,
            mentionLimit: EXPORT_MENTIONS,
        });
        if (format === 'csv') {
            const rows = formatEvents(events, 'csv');
            // The header once, on the first batch.
            yield offset === 0 ? rows : rows.slice(rows.indexOf('\r\n') + 2);
        }
        else {
            yield events.map((e) => `${JSON.stringify(toPloverRecord(e))}\n`).join('');
        }
        if (events.length < batch)
            return;
    }
}
//# sourceMappingURL=export.js.map