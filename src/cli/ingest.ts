import { parseArgs } from 'node:util'
import { type NearDuplicate, NearDuplicateIndex } from '../fingerprint/near-duplicates.js'
import { countInputDocuments } from '../ingest/count-inputs.js'
import { type IngestDocument, type IngestItem, readInputs } from '../ingest/index.js'
import type { Knowledge } from '../knowledge/index.js'
import { createExtractPool, defaultWorkerCount, type ExtractPool } from '../parallel/extract-pool.js'
import type { ExtractOutput } from '../parallel/extract-task.js'
import { runAhead } from '../parallel/run-ahead.js'
import { openStore, resolveDbPath } from '../store/open-store.js'
import { putOptionsFor } from '../store/put-options.js'
import { BULK_GROUP_COMMIT } from '../store/sqlite/sqlite-store.js'
import type { PutOutcome, Store } from '../store/store.js'
import { checkedInputs } from './input-args.js'
import { formatDiagnostic, isSingleDocument, workersOption, writeErr } from './io.js'
import { DB_OPTION_HELP } from './store-args.js'

export const INGEST_USAGE = `usage: parley ingest <input…> [--db PATH] [--date YYYY-MM-DD] [--force] [--workers N]

  Extracts each article and stores its record (documents, actors, quotes, events); the same events reported
  by several articles become one stored event with all its mentions.
  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
${DB_OPTION_HELP}
  --date D         publication date (YYYY-MM-DD); overrides the articles' metadata
  --force          re-extract and store articles already stored unchanged (after a Parley upgrade)
  --workers N      extract in N worker threads (default: the available cores, ${defaultWorkerCount()} here; 1 extracts
                   in the main thread); one writer stores the records in input order, so the record is the
                   same whatever N

  Near-duplicate articles among the inputs (the same story with small edits, e.g. a syndicated copy) are named
  in the summary; their shared sentences and quotations are stored once. Articles already stored with the same
  content are skipped, whatever path they are given by (the same file
  from another directory is one document), so an interrupted ingest is completed by running it again. Progress goes to stderr when it is a terminal; a summary at the end.`

export interface IngestCommandOptions {
  readonly inputs: readonly string[]
  readonly db: string
  readonly date: string | null
  readonly force: boolean
  readonly workers: number
}

export function parseIngestArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): IngestCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  })
  const { inputs, date } = checkedInputs(positionals, values.date)
  const workers = workersOption(values.workers)
  return {
    inputs,
    db: resolveDbPath(values.db ?? null, env),
    date,
    force: values.force,
    workers,
  }
}

export interface IngestTally {
  documents: number
  inserted: number
  replaced: number
  unchanged: number
  errors: number
}

export interface IngestCommandDeps {
  readonly err: (line: string) => void
  /** Whether to draw progress (default: stderr is a terminal). */
  readonly progress: boolean
  /** Extracts the articles (default: a pool of --workers threads, closed at the end; a given one is left open). */
  readonly pool: ExtractPool
  readonly openStore: (path: string) => Store
  /** The knowledge base for the default pool (from `--kb`; default: the shipped data), and its files. */
  readonly knowledge: Knowledge
  readonly knowledgeFiles: readonly string[]
}

const PROGRESS_INTERVAL_MS = 250
const NEAR_DUPLICATES_SHOWN = 5

/**
 * The progress line's text: documents done (of the total when it is known, with the share and the time left at
 * the rate so far), rate and errors: "parley ingest: 412/840 document(s) (49 %), 27.8/s, 15 s left, 0 error(s)".
 */
export function progressText(tally: IngestTally, total: number | null, seconds: number): string {
  const rate = tally.documents / Math.max(seconds, 1e-3)
  const errors = `${tally.errors} error(s)`
  if (total === null || total < tally.documents) {
    return `parley ingest: ${tally.documents} document(s), ${rate.toFixed(1)}/s, ${errors}`
  }
  const share = Math.floor((100 * tally.documents) / Math.max(total, 1))
  const left = rate > 0 ? `, ${formatDuration((total - tally.documents) / rate)} left` : ''
  return `parley ingest: ${tally.documents}/${total} document(s) (${share} %), ${rate.toFixed(1)}/s${left}, ${errors}`
}

function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds)
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`
}

/** A one-line progress display rewritten in place: documents (of the total, once counted), rate, errors. */
function progressLine(enabled: boolean, inputs: readonly string[]) {
  const started = performance.now()
  let shown = 0
  let total: number | null = null
  if (enabled)
    countInputDocuments(inputs)
      .then((n) => {
        total = n
      })
      .catch(() => {})
  return {
    update(tally: IngestTally, force = false) {
      if (!enabled) return
      const now = performance.now()
      if (!force && now - shown < PROGRESS_INTERVAL_MS) return
      shown = now
      process.stderr.write(`\r\x1b[K${progressText(tally, total, (now - started) / 1000)}`)
    },
    clear() {
      if (enabled) process.stderr.write('\r\x1b[K')
    },
    seconds: () => (performance.now() - started) / 1000,
  }
}

/** One input item on its way to the store: read, checked against the store, extracted (perhaps in a worker). */
type Step =
  | { readonly kind: 'failed'; readonly item: IngestItem; readonly message: string }
  | { readonly kind: 'unchanged'; readonly item: IngestDocument }
  | { readonly kind: 'extracted'; readonly item: IngestDocument; readonly output: ExtractOutput }

/** Items extracted ahead of the writer per worker: enough to keep every worker busy while the writer writes. */
const AHEAD_PER_WORKER = 4

/**
 * `parley ingest`: extracts and stores articles; a bad article becomes an error line and the rest proceeds.
 * Extraction runs ahead in the pool's workers; the one writer takes the items in input order, so the stored
 * record (de-duplication included) is the one a single thread would store.
 */
export async function runIngestCommand(
  args: readonly string[],
  deps: Partial<IngestCommandDeps> = {},
): Promise<number> {
  const options = parseIngestArgs(args)
  const err = deps.err ?? writeErr
  const single = isSingleDocument(options.inputs)
  const store = (deps.openStore ?? ((path: string) => openStore(path, { groupCommit: BULK_GROUP_COMMIT })))(
    options.db,
  )
  // one document needs no threads; --workers 1 extracts in this thread
  const threads = single || options.workers <= 1 ? 0 : options.workers
  const pool =
    deps.pool ??
    createExtractPool({
      workers: threads,
      knowledgeFiles: deps.knowledgeFiles ?? [],
      ...(deps.knowledge ? { knowledge: deps.knowledge } : {}),
    })
  const tally: IngestTally = { documents: 0, inserted: 0, replaced: 0, unchanged: 0, errors: 0 }
  const nearIndex = new NearDuplicateIndex()
  const near: NearDuplicate[] = []
  const progress = progressLine(deps.progress ?? process.stderr.isTTY === true, options.inputs)
  const fail = (line: string) => {
    progress.clear()
    err(line)
    tally.errors++
  }

  const prepare = async (item: IngestItem): Promise<Step> => {
    if (item.kind === 'error') {
      return {
        kind: 'failed',
        item,
        message: item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; '),
      }
    }
    if (!options.force && (await store.hasDocument(item.meta.id, putOptionsFor(item).contentHash))) {
      return { kind: 'unchanged', item }
    }
    try {
      const output = await pool.extract({ text: item.text, meta: item.meta, includeText: true })
      return { kind: 'extracted', item, output }
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      return { kind: 'failed', item, message: `${item.input}: internal/stage-failed ${message}` }
    }
  }

  const write = async (step: Step) => {
    tally.documents++
    if (step.kind === 'failed') {
      fail(step.message)
      return
    }
    const { item } = step
    const similar = nearIndex.add(item.meta.id, item.text)
    if (similar) near.push(similar)
    for (const d of item.diagnostics) {
      progress.clear()
      err(formatDiagnostic(item.input, d))
    }
    if (step.kind === 'unchanged') {
      tally.unchanged++
    } else if (!step.output.ok) {
      const fatal = step.output.diagnostics.filter((d) => d.severity === 'fatal')
      fail(fatal.map((d) => formatDiagnostic(item.input, d)).join('; '))
    } else {
      try {
        const outcome: PutOutcome = await store.putDocument(step.output.record, {
          ...step.output.put,
          replace: options.force,
        })
        tally[outcome]++
      } catch (error) {
        fail(`${item.input}: store/failed ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    progress.update(tally)
  }

  // The first Ctrl-C stops after the article being stored (and waits for those being extracted); a second quits.
  let interrupted = false
  const onInterrupt = () => {
    interrupted = true
  }
  process.once('SIGINT', onInterrupt)
  const items = readInputs(options.inputs, { date: options.date })
  try {
    for await (const step of runAhead(items, prepare, pool.workers * AHEAD_PER_WORKER)) {
      await write(step)
      if (interrupted) break
    }
    progress.clear()
    if (interrupted) err('parley ingest: interrupted; run the same command again to complete the ingest')
    // a single input that failed has said why in one line; a summary would only repeat it
    if (!(single && tally.errors > 0))
      await summarise(store, options.db, tally, progress.seconds(), err, near)
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    if (!deps.pool) await pool.close()
    await store.close()
  }
  if (interrupted) return 130
  return tally.documents > 0 && tally.errors === tally.documents ? 1 : 0
}

async function summarise(
  store: Store,
  db: string,
  tally: IngestTally,
  seconds: number,
  err: (line: string) => void,
  near: readonly NearDuplicate[],
): Promise<void> {
  const stats = await store.stats()
  if (near.length > 0) {
    const shown = near.slice(0, NEAR_DUPLICATES_SHOWN).map((n) => `${n.id} ≈ ${n.of}`)
    const more = near.length > shown.length ? `, and ${near.length - shown.length} more` : ''
    err(
      `parley ingest: ${near.length} near-duplicate article(s) (the same story with small edits): ${shown.join(', ')}${more}`,
    )
  }
  err(
    `parley ingest: ${tally.documents} document(s) in ${seconds.toFixed(1)}s (${(tally.documents / Math.max(seconds, 1e-3)).toFixed(1)}/s): ` +
      `${tally.inserted} new, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.errors} error(s)`,
  )
  err(
    `parley ingest: ${db} holds ${stats.documents} document(s), ${stats.actors} actor(s), ` +
      `${stats.quotes} quotation(s), ${stats.events} event(s) from ${stats.eventMentions} mention(s)`,
  )
}
