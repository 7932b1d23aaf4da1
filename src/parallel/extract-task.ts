import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { createExtractor, type ExtractInput, type Extractor } from '../extract.js'
import type { Knowledge } from '../knowledge/index.js'
import type { TraceEntry } from '../pipeline/stage.js'
import type { ParleyRecord } from '../record/record.js'
import { openStore } from '../store/open-store.js'
import { putOptionsFor } from '../store/put-options.js'
import type { PutOptions, PutOutcome, Store } from '../store/store.js'

/** One article to extract, as it crosses to a worker thread (plain data). */
export interface ExtractTask {
  readonly text: string
  readonly meta: ExtractInput['meta']
  /** Include document.text in the record. */
  readonly includeText: boolean
  /** Also return the record as JSON (pretty with 2 spaces, or on one line), made where the record is. */
  readonly json?: 'pretty' | 'line'
  /** Collect the rules' decisions (`parley extract --explain`). */
  readonly explain?: boolean
}

/** What extracting one article gives, in plain data: the record, how to store it, and the diagnostics. */
export interface ExtractOutput {
  readonly ok: boolean
  readonly record: ParleyRecord
  readonly diagnostics: readonly Diagnostic[]
  /** The options to store the record with (content hash, knowledge-base ids of its actors). */
  readonly put: PutOptions
  /** The record as JSON, when the task asked for it. */
  readonly json: string | null
  /** The rules' decisions, when the task asked for them. */
  readonly trace: readonly TraceEntry[] | null
}

/** One article to extract and store where it is extracted: the record never crosses back. */
export interface StoreTask {
  readonly text: string
  readonly meta: ExtractInput['meta']
  /** The database file to store into (opened once per thread, beside any other connection to it). */
  readonly db: string
  readonly replace?: boolean
}

export interface StoreOutput {
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
  /** Null when extraction failed and nothing was stored. */
  readonly outcome: PutOutcome | null
  readonly events: number
  readonly quotes: number
}

/** What a thread needs to run tasks: its extractor and its store connections, both made on first use. */
export interface TaskContext {
  extractor(): Extractor
  store(path: string): Store
  close(): Promise<void>
}

/** `knowledge`: the knowledge base to extract with (default: the shipped data). */
export function createTaskContext(knowledge?: Knowledge): TaskContext {
  let extractor: Extractor | null = null
  const stores = new Map<string, Store>()
  return {
    extractor() {
      extractor ??= createExtractor(knowledge ? { knowledge } : {})
      return extractor
    },
    store(path) {
      let store = stores.get(path)
      if (!store) {
        store = openStore(path)
        stores.set(path, store)
      }
      return store
    },
    async close() {
      await Promise.all([...stores.values()].map((s) => s.close()))
      stores.clear()
    },
  }
}

/** Runs one extraction task: the same code in the worker threads and in the calling thread. */
export function runExtractTask(context: TaskContext, task: ExtractTask): ExtractOutput {
  const input = { text: task.text, meta: task.meta }
  const trace: TraceEntry[] | null = task.explain ? [] : null
  const result = context
    .extractor()
    .extract(input, { includeText: task.includeText, ...(trace ? { trace: (e) => trace.push(e) } : {}) })
  const json =
    task.json === undefined
      ? null
      : task.json === 'pretty'
        ? JSON.stringify(result.record, null, 2)
        : JSON.stringify(result.record)
  return {
    ok: result.ok,
    record: result.record,
    diagnostics: result.diagnostics,
    put: putOptionsFor(input, result.doc),
    json,
    trace,
  }
}

/** Extracts one article and stores its record through the thread's own connection. */
export async function runStoreTask(context: TaskContext, task: StoreTask): Promise<StoreOutput> {
  const extracted = runExtractTask(context, { text: task.text, meta: task.meta, includeText: true })
  if (!extracted.ok) {
    return { ok: false, diagnostics: extracted.diagnostics, outcome: null, events: 0, quotes: 0 }
  }
  const outcome = await context
    .store(task.db)
    .putDocument(extracted.record, { ...extracted.put, replace: task.replace ?? false })
  return {
    ok: true,
    diagnostics: extracted.diagnostics,
    outcome,
    events: extracted.record.events.length,
    quotes: extracted.record.quotes.length,
  }
}
