import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createExtractor, type Extractor } from '../extract.js'
import { isIsoDate, readInputs } from '../ingest/index.js'
import type { Knowledge } from '../knowledge/index.js'
import { openStore, resolveDbPath } from '../store/open-store.js'
import { putOptionsFor } from '../store/put-options.js'
import { BULK_GROUP_COMMIT } from '../store/sqlite/sqlite-store.js'
import type { PutOutcome, Store } from '../store/store.js'
import { formatDiagnostic, UsageError, writeErr } from './io.js'
import { DB_OPTION_HELP } from './store-args.js'

export const INGEST_USAGE = `usage: parley ingest <input…> [--db PATH] [--date YYYY-MM-DD] [--force]

  Extracts each article and stores its record (documents, actors, quotes, events); the same events reported
  by several articles become one stored event with all its mentions.
  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
${DB_OPTION_HELP}
  --date D         publication date (YYYY-MM-DD); overrides the articles' metadata
  --force          re-extract and store articles already stored unchanged (after a Parley upgrade)

  Articles already stored with the same content are skipped, so an interrupted ingest is completed by
  running it again. Progress goes to stderr when it is a terminal; a summary at the end.`

export interface IngestCommandOptions {
  readonly inputs: readonly string[]
  readonly db: string
  readonly date: string | null
  readonly force: boolean
}

export function parseIngestArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): IngestCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean', default: false } },
  })
  if (positionals.length === 0) throw new UsageError('no input given')
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(`--date must be a valid YYYY-MM-DD date, not "${values.date}"`)
  }
  for (const input of positionals) {
    if (input !== '-' && !existsSync(input)) throw new UsageError(`no such file or directory: ${input}`)
  }
  return {
    inputs: positionals,
    db: resolveDbPath(values.db ?? null, env),
    date: values.date ?? null,
    force: values.force,
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
  /** The knowledge base for the default extractor (from `--kb`; default: the shipped data). */
  readonly knowledge: Knowledge
  readonly err: (line: string) => void
  /** Whether to draw progress (default: stderr is a terminal). */
  readonly progress: boolean
  readonly extractor: Extractor
  readonly openStore: (path: string) => Store
}

const PROGRESS_INTERVAL_MS = 250

/** A one-line progress display rewritten in place: documents, rate, errors. */
function progressLine(enabled: boolean) {
  const started = performance.now()
  let shown = 0
  return {
    update(tally: IngestTally, force = false) {
      if (!enabled) return
      const now = performance.now()
      if (!force && now - shown < PROGRESS_INTERVAL_MS) return
      shown = now
      const rate = tally.documents / Math.max((now - started) / 1000, 1e-3)
      process.stderr.write(
        `\r\x1b[Kparley ingest: ${tally.documents} document(s), ${rate.toFixed(1)}/s, ${tally.errors} error(s)`,
      )
    },
    clear() {
      if (enabled) process.stderr.write('\r\x1b[K')
    },
    seconds: () => (performance.now() - started) / 1000,
  }
}

/** `parley ingest`: extracts and stores articles; a bad article becomes an error line and the rest proceeds. */
export async function runIngestCommand(
  args: readonly string[],
  deps: Partial<IngestCommandDeps> = {},
): Promise<number> {
  const options = parseIngestArgs(args)
  const err = deps.err ?? writeErr
  const store = (deps.openStore ?? ((path: string) => openStore(path, { groupCommit: BULK_GROUP_COMMIT })))(
    options.db,
  )
  let extractor = deps.extractor
  const tally: IngestTally = { documents: 0, inserted: 0, replaced: 0, unchanged: 0, errors: 0 }
  const progress = progressLine(deps.progress ?? process.stderr.isTTY === true)
  const fail = (line: string) => {
    progress.clear()
    err(line)
    tally.errors++
  }
  // The first Ctrl-C stops after the current article and commits what is stored; a second one quits at once.
  let interrupted = false
  const onInterrupt = () => {
    interrupted = true
  }
  process.once('SIGINT', onInterrupt)
  try {
    for await (const item of readInputs(options.inputs, { date: options.date })) {
      if (interrupted) break
      tally.documents++
      if (item.kind === 'error') {
        fail(item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; '))
        continue
      }
      for (const d of item.diagnostics) {
        progress.clear()
        err(formatDiagnostic(item.input, d))
      }
      const put = putOptionsFor(item)
      if (!options.force && (await store.hasDocument(item.meta.id, put.contentHash))) {
        tally.unchanged++
        progress.update(tally)
        continue
      }
      extractor ??= createExtractor(deps.knowledge ? { knowledge: deps.knowledge } : {})
      const result = extractor.extract({ text: item.text, meta: item.meta }, { includeText: true })
      if (!result.ok) {
        const fatal = result.diagnostics.filter((d) => d.severity === 'fatal')
        fail(fatal.map((d) => formatDiagnostic(item.input, d)).join('; '))
        continue
      }
      try {
        const outcome: PutOutcome = await store.putDocument(result.record, {
          ...putOptionsFor(item, result.doc),
          replace: options.force,
        })
        tally[outcome]++
      } catch (error) {
        fail(`${item.input}: store/failed ${error instanceof Error ? error.message : String(error)}`)
      }
      progress.update(tally)
    }
    progress.clear()
    if (interrupted) err('parley ingest: interrupted; run the same command again to complete the ingest')
    const stats = await store.stats()
    const seconds = progress.seconds()
    err(
      `parley ingest: ${tally.documents} document(s) in ${seconds.toFixed(1)}s (${(tally.documents / Math.max(seconds, 1e-3)).toFixed(1)}/s): ` +
        `${tally.inserted} new, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.errors} error(s)`,
    )
    err(
      `parley ingest: ${options.db} holds ${stats.documents} document(s), ${stats.actors} actor(s), ` +
        `${stats.quotes} quotation(s), ${stats.events} event(s) from ${stats.eventMentions} mention(s)`,
    )
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    await store.close()
  }
  if (interrupted) return 130
  return tally.documents > 0 && tally.errors === tally.documents ? 1 : 0
}
