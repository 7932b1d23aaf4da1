import { createExtractor } from '../extract.js';
import { putOptionsFor } from '../store/put-options.js';
/**
 * Stores each posted article as `parley ingest` does: an article already stored with the same content is
 * skipped; otherwise it is extracted with the default pipeline (built on first use) and its record stored.
 */
export function createStoreIngest(store) {
    let extractor = null;
    return async (item) => {
        if (item.kind === 'error') {
            return { id: item.id, outcome: 'error', errors: item.diagnostics.map((d) => `${d.code} ${d.message}`) };
        }
        const warnings = item.diagnostics.map((d) => `${d.code} ${d.message}`);
        const put = putOptionsFor(item);
        if (await store.hasDocument(item.meta.id, put.contentHash)) {
            return { id: item.meta.id, outcome: 'unchanged', events: null, quotes: null, warnings };
        }
        extractor ??= createExtractor();
        const result = extractor.extract({ text: item.text, meta: item.meta }, { includeText: true });
        if (!result.ok) {
            const errors = result.diagnostics
                .filter((d) => d.severity === 'fatal')
                .map((d) => `${d.code} ${d.message}`);
            return { id: item.meta.id, outcome: 'error', errors };
        }
        const outcome = await store.putDocument(result.record, putOptionsFor(item, result.doc));
        return {
            id: item.meta.id,
            outcome,
            events: result.record.events.length,
            quotes: result.record.quotes.length,
            warnings,
        };
    };
}
//# sourceMappingURL=store-ingest.js.map