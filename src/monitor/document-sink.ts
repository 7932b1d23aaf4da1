import { createExtractor, type Extractor } from '../extract.js'
import type { IngestDocument } from '../ingest/types.js'
import { putOptionsFor } from '../store/put-options.js'
import type { PutOutcome, Store } from '../store/store.js'

/** What became of one document handed to a sink. */
export type SinkResult =
  | { readonly id: string; readonly outcome: PutOutcome | 'queued' }
  | { readonly id: string; readonly outcome: 'error'; readonly error: string }

/**
 * Where `parley watch` hands the documents of a poll: the seam between fetching and storing. The default
 * (`storeSink`) extracts and stores in this process, as `parley ingest` does; a PostgreSQL deployment with
 * workers passes a sink that enqueues the documents instead and answers `queued`.
 */
export type DocumentSink = (documents: readonly IngestDocument[]) => Promise<readonly SinkResult[]>

/**
 * Extracts each document with the default pipeline (built on first use) and stores its record with the same
 * call and options as `parley ingest`; a document already stored with the same content is not extracted again.
 */
export function storeSink(store: Store, extractor?: Extractor): DocumentSink {
  let pipeline = extractor
  return async (documents) => {
    const results: SinkResult[] = []
    for (const document of documents) {
      const id = document.meta.id
      try {
        if (await store.hasDocument(id, putOptionsFor(document).contentHash)) {
          results.push({ id, outcome: 'unchanged' })
          continue
        }
        pipeline ??= createExtractor()
        const result = pipeline.extract({ text: document.text, meta: document.meta }, { includeText: true })
        if (!result.ok) {
          const fatal = result.diagnostics.filter((d) => d.severity === 'fatal')
          results.push({ id, outcome: 'error', error: fatal.map((d) => `${d.code} ${d.message}`).join('; ') })
          continue
        }
        results.push({
          id,
          outcome: await store.putDocument(result.record, putOptionsFor(document, result.doc)),
        })
      } catch (error) {
        results.push({
          id,
          outcome: 'error',
          error: `store/failed ${error instanceof Error ? error.message : String(error)}`,
        })
      }
    }
    return results
  }
}
