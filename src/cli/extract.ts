import { parseArgs } from 'node:util'
import { locator } from '../doc/location.js'
import type { Extractor } from '../extract.js'
import { type IngestDocument, type IngestItem, readInputs } from '../ingest/index.js'
import { createExtractPool, defaultWorkerCount, type ExtractPool } from '../parallel/extract-pool.js'
import type { ExtractOutput } from '../parallel/extract-task.js'
import { runAhead } from '../parallel/run-ahead.js'
import type { TraceEntry } from '../pipeline/stage.js'
import { COMMAND_FORMATS, type FormatOf } from '../query/output-formats.js'
import type { ErrorRecord, ParleyRecord } from '../record/record.js'
import { formatOption } from './format-option.js'
import { checkedInputs } from './input-args.js'
import {
  type CommandEnv,
  formatDiagnostic,
  isSingleDocument,
  workersOption,
  writeErr,
  writeOut,
} from './io.js'

export const EXTRACT_USAGE = `usage: parley extract <input…> [--date YYYY-MM-DD] [--format json|jsonl] [--no-text] [--explain] [--workers N]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --date D         publication date (YYYY-MM-DD) used to resolve relative dates; overrides the article's metadata
  --format F       json (default): one record, or an array for several documents; jsonl: one record per line
  --no-text        leave document.text out of the records
  --explain        print the rules' decisions to stderr, one per line: input:line:col rule note
                   (line:col within the article's text; triggers, status and the word that decided it,
                   parties and their slots, dropped events and why, each quotation's speaker); runs in the
                   main thread
  --workers N      extract a batch in N worker threads (default: the available cores, ${defaultWorkerCount()} here; 1: in
                   the main thread); records are printed in input order whatever N`

export interface ExtractOptions {
  readonly inputs: readonly string[]
  readonly date: string | null
  readonly format: FormatOf<'extract'>
  readonly includeText: boolean
  readonly workers: number
  readonly explain: boolean
}

export function parseExtractArgs(args: readonly string[]): ExtractOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      format: { type: 'string' },
      'no-text': { type: 'boolean', default: false },
      workers: { type: 'string' },
      explain: { type: 'boolean', default: false },
    },
  })
  const { inputs, date } = checkedInputs(positionals, values.date)
  const format = formatOption(values.format, COMMAND_FORMATS.extract)
  return {
    inputs,
    date,
    format,
    includeText: !values['no-text'],
    workers: workersOption(values.workers),
    explain: values.explain,
  }
}

export interface ProcessedItem {
  readonly item: IngestItem
  readonly record: ParleyRecord | ErrorRecord
  /** The record as JSON, as asked (pretty or one line). */
  readonly json: string
}

/** `--explain`: each traced decision as one stderr line, `input:line:col rule note`. */
function printTrace(input: string, text: string, trace: readonly TraceEntry[]): void {
  const at = locator(text)
  for (const entry of trace) {
    const { line, column } = at(entry.span.start)
    writeErr(`${input}:${line}:${column} ${entry.rule} ${entry.note}`)
  }
}

/** Extracted ahead of the output per worker: enough to keep every worker busy while records are written. */
const AHEAD_PER_WORKER = 4

/**
 * Reads the inputs and extracts each document in the pool's workers (the JSON is made there too), yielding
 * the records in input order.
 */
export async function* extractInputs(
  inputs: readonly string[],
  options: {
    readonly date: string | null
    readonly includeText: boolean
    readonly json: 'pretty' | 'line'
    readonly pool: ExtractPool
    readonly explain?: boolean
  },
): AsyncGenerator<ProcessedItem> {
  const { pool } = options
  const stringify = (value: unknown) =>
    options.json === 'pretty' ? JSON.stringify(value, null, 2) : JSON.stringify(value)
  const failed = (item: IngestItem, id: string, message: string): ProcessedItem => {
    const record: ErrorRecord = { document: { id }, error: message }
    return { item, record, json: stringify(record) }
  }
  const extractOne = async (item: IngestItem): Promise<ProcessedItem> => {
    if (item.kind === 'error') {
      return failed(item, item.id, item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; '))
    }
    let output: ExtractOutput
    try {
      output = await pool.extract({
        text: item.text,
        meta: item.meta,
        includeText: options.includeText,
        json: options.json,
        ...(options.explain ? { explain: true } : {}),
      })
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
      return failed(item, item.meta.id, `${item.input}: internal/stage-failed ${message}`)
    }
    if (!output.ok) {
      const fatal = output.diagnostics.filter((d) => d.severity === 'fatal')
      return failed(item, item.meta.id, fatal.map((d) => formatDiagnostic(item.input, d)).join('; '))
    }
    if (output.trace) printTrace(item.input, item.text, output.trace)
    return { item, record: output.record, json: output.json ?? stringify(output.record) }
  }
  yield* runAhead(readInputs(inputs, { date: options.date }), extractOne, pool.workers * AHEAD_PER_WORKER)
}

export interface ExtractionTally {
  documents: number
  failures: number
}

/**
 * Reads the inputs and extracts each document for a listing command (`quotes`, `events`): input and extraction
 * errors are written to `err` and counted in `tally`; only the documents extracted are yielded.
 */
export async function* extractedDocuments(
  inputs: readonly string[],
  options: {
    readonly date: string | null
    readonly includeText: boolean
    readonly extractor: Extractor
    readonly err: (line: string) => void
    readonly tally: ExtractionTally
  },
): AsyncGenerator<{ readonly item: IngestDocument; readonly record: ParleyRecord }> {
  const { extractor, err, tally } = options
  for await (const item of readInputs(inputs, { date: options.date })) {
    for (const d of item.diagnostics) err(formatDiagnostic(item.input, d))
    if (item.kind === 'error') {
      tally.failures++
      continue
    }
    const result = extractor.extract(
      { text: item.text, meta: item.meta },
      { includeText: options.includeText },
    )
    tally.documents++
    if (!result.ok) {
      tally.failures++
      for (const d of result.diagnostics) if (d.severity === 'fatal') err(formatDiagnostic(item.input, d))
      continue
    }
    yield { item, record: result.record }
  }
}

export async function runExtractCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const options = parseExtractArgs(args)
  const single = isSingleDocument(options.inputs)
  // one document needs no threads; --workers 1 extracts in this thread
  const threads = single || options.explain || options.workers <= 1 ? 0 : options.workers
  const pool = createExtractPool({
    workers: threads,
    knowledgeFiles: env.knowledgeFiles ?? [],
    ...(env.knowledge ? { knowledge: env.knowledge } : {}),
  })
  let count = 0
  let failures = 0
  try {
    const records = extractInputs(options.inputs, {
      date: options.date,
      includeText: options.includeText,
      json: options.format === 'json' ? 'pretty' : 'line',
      pool,
      explain: options.explain,
    })
    if (options.format === 'json' && !single) await writeOut('[')
    for await (const { item, record, json } of records) {
      for (const d of item.diagnostics) if (d.severity !== 'fatal') writeErr(formatDiagnostic(item.input, d))
      if ('error' in record) {
        failures++
        writeErr(record.error)
        if (single) return 1
      }
      if (options.format === 'jsonl') await writeOut(`${json}\n`)
      else await writeOut(single ? `${json}\n` : `${count > 0 ? ',' : ''}\n${json}`)
      count++
    }
    if (options.format === 'json' && !single) await writeOut('\n]\n')
  } finally {
    await pool.close()
  }
  if (!single && count > 0) writeErr(`parley: ${count} document(s), ${failures} error(s)`)
  return count > 0 && failures === count ? 1 : 0
}
