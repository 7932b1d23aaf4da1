import type { Diagnostic } from './diagnostics/diagnostic.js'
import { createExtractor, type Extractor } from './extract.js'
import { readInputs } from './ingest/read-inputs.js'
import type { IngestOptions } from './ingest/types.js'
import { putOptionsFor } from './store/put-options.js'
import type { PutOutcome, Store } from './store/store.js'

export interface IngestIntoStoreOptions extends IngestOptions {
  /** The extractor (default: one with the shipped knowledge). */
  readonly extractor?: Extractor
  /** Re-extract and store articles already stored unchanged. */
  readonly force?: boolean
}

/** What `ingest` did: counts by outcome, and one error per input that could not be stored. */
export interface IngestSummary {
  readonly documents: number
  readonly inserted: number
  readonly replaced: number
  readonly unchanged: number
  readonly errors: readonly { readonly input: string; readonly diagnostics: readonly Diagnostic[] }[]
}

/**
 * The library's storing call, what `parley ingest` does in one thread: reads every input (files, directories,
 * JSONL, `-`), extracts each article and stores its record; an article already stored with the same content is
 * skipped (unless `force`), a bad one becomes an error entry and the rest proceeds.
 */
export async function ingest(
  store: Store,
  inputs: readonly string[],
  options: IngestIntoStoreOptions = {},
): Promise<IngestSummary> {
  const extractor = options.extractor ?? createExtractor()
  const tally = { documents: 0, inserted: 0, replaced: 0, unchanged: 0 }
  const errors: { input: string; diagnostics: readonly Diagnostic[] }[] = []
  for await (const item of readInputs(inputs, options)) {
    tally.documents++
    if (item.kind === 'error') {
      errors.push({ input: item.input, diagnostics: item.diagnostics })
      continue
    }
    const input = { text: item.text, meta: item.meta }
    if (!options.force && (await store.hasDocument(item.meta.id, putOptionsFor(input).contentHash))) {
      tally.unchanged++
      continue
    }
    const result = extractor.extract(input, { includeText: true })
    if (!result.ok) {
      errors.push({
        input: item.input,
        diagnostics: result.diagnostics.filter((d) => d.severity === 'fatal'),
      })
      continue
    }
    const outcome: PutOutcome = await store.putDocument(result.record, {
      ...putOptionsFor(input, result.doc),
      replace: options.force === true,
    })
    tally[outcome]++
  }
  return { ...tally, errors }
}
