import type { ExtractPool } from '../parallel/extract-pool.js'
import { putOptionsFor } from '../store/put-options.js'
import type { Store } from '../store/store.js'
import type { IngestItemFn, IngestResult } from './ingest-route.js'

export interface StoreIngestOptions {
  /** The extraction pool (worker threads), started on the first article. */
  readonly pool: () => ExtractPool
  /**
   * The database file behind `store`: the workers then store each record through their own connection, so
   * neither extraction nor the write of a large record runs on the event loop. Null (an in-memory store, or
   * another backend): records come back to this thread and are written through `store`.
   */
  readonly dbPath: string | null
}

/**
 * Stores each posted article as `parley ingest` does: an article already stored with the same content is
 * skipped; otherwise it is extracted (in a worker thread) with the default pipeline and its record stored.
 */
export function createStoreIngest(store: Store, options: StoreIngestOptions): IngestItemFn {
  return async (item) => {
    if (item.kind === 'error') {
      return { id: item.id, outcome: 'error', errors: item.diagnostics.map((d) => `${d.code} ${d.message}`) }
    }
    const warnings = item.diagnostics.map((d) => `${d.code} ${d.message}`)
    const id = item.meta.id
    if (await store.hasDocument(id, putOptionsFor(item).contentHash)) {
      return { id, outcome: 'unchanged', events: null, quotes: null, warnings }
    }
    const failed = (
      diagnostics: readonly { severity: string; code: string; message: string }[],
    ): IngestResult => ({
      id,
      outcome: 'error',
      errors: diagnostics.filter((d) => d.severity === 'fatal').map((d) => `${d.code} ${d.message}`),
    })
    if (options.dbPath !== null) {
      const stored = await options.pool().store({ text: item.text, meta: item.meta, db: options.dbPath })
      if (!stored.ok || stored.outcome === null) return failed(stored.diagnostics)
      return { id, outcome: stored.outcome, events: stored.events, quotes: stored.quotes, warnings }
    }
    const extracted = await options.pool().extract({ text: item.text, meta: item.meta, includeText: true })
    if (!extracted.ok) return failed(extracted.diagnostics)
    const outcome = await store.putDocument(extracted.record, extracted.put)
    return {
      id,
      outcome,
      events: extracted.record.events.length,
      quotes: extracted.record.quotes.length,
      warnings,
    }
  }
}
