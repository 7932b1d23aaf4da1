import { createExtractor, type Extractor } from '../extract.js'
import { contentHash } from '../store/keys.js'
import type { Store } from '../store/store.js'
import type { IngestItemFn } from './ingest-route.js'

/** Extracts each posted article with the default pipeline (built on first use) and stores its record. */
export function createStoreIngest(store: Store): IngestItemFn {
  let extractor: Extractor | null = null
  return async (item) => {
    if (item.kind === 'error') {
      return { id: item.id, outcome: 'error', errors: item.diagnostics.map((d) => `${d.code} ${d.message}`) }
    }
    extractor ??= createExtractor()
    const result = extractor.extract({ text: item.text, meta: item.meta }, { includeText: true })
    if (!result.ok) {
      const errors = result.diagnostics
        .filter((d) => d.severity === 'fatal')
        .map((d) => `${d.code} ${d.message}`)
      return { id: item.meta.id, outcome: 'error', errors }
    }
    const outcome = await store.putDocument(result.record, { contentHash: contentHash(item.text, item.meta) })
    return {
      id: item.meta.id,
      outcome,
      events: result.record.events.length,
      quotes: result.record.quotes.length,
      warnings: item.diagnostics.map((d) => `${d.code} ${d.message}`),
    }
  }
}
