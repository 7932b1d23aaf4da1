import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { locator } from '../doc/location.js'
import { createExtractor, type Extractor, type ExtractResult } from '../extract.js'
import { type IngestDocument, type IngestItem, isIsoDate, readInputs } from '../ingest/index.js'
import type { Knowledge } from '../knowledge/index.js'
import type { TraceEntry } from '../pipeline/stage.js'
import type { ErrorRecord, ParleyRecord } from '../record/record.js'
import { type CommandEnv, formatDiagnostic, UsageError, writeErr, writeOut } from './io.js'

export const EXTRACT_USAGE = `usage: parley extract <input…> [--date YYYY-MM-DD] [--format json|jsonl] [--no-text] [--explain]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --date D         publication date (YYYY-MM-DD) used to resolve relative dates; overrides the article's metadata
  --format F       json (default): one record, or an array for several documents; jsonl: one record per line
  --no-text        leave document.text out of the records
  --explain        print the rules' decisions to stderr, one per line: input:line:col rule note
                   (line:col within the article's text; triggers, status and the word that decided it,
                   parties and their slots, dropped events and why, each quotation's speaker)`

export interface ExtractOptions {
  readonly inputs: readonly string[]
  readonly date: string | null
  readonly format: 'json' | 'jsonl'
  readonly includeText: boolean
  readonly explain: boolean
}

export function parseExtractArgs(args: readonly string[]): ExtractOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      format: { type: 'string', default: 'json' },
      'no-text': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  })
  if (positionals.length === 0) throw new UsageError('no input given')
  const format = values.format
  if (format !== 'json' && format !== 'jsonl')
    throw new UsageError(`--format must be json or jsonl, not "${format}"`)
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(`--date must be a valid YYYY-MM-DD date, not "${values.date}"`)
  }
  for (const input of positionals) {
    if (input !== '-' && !existsSync(input)) throw new UsageError(`no such file or directory: ${input}`)
  }
  return {
    inputs: positionals,
    date: values.date ?? null,
    format,
    includeText: !values['no-text'],
    explain: values.explain,
  }
}

/** A single .txt/.html input is a single document; anything else is a batch. */
function isSingleDocument(inputs: readonly string[]): boolean {
  return inputs.length === 1 && /\.(txt|html?)$/i.test(inputs[0]!)
}

export interface ProcessedItem {
  readonly item: IngestItem
  readonly result: ExtractResult | null
  readonly record: ParleyRecord | ErrorRecord
}

/** `--explain`: each traced decision as one stderr line, `input:line:col rule note`. */
function explainTo(input: string, text: string): (entry: TraceEntry) => void {
  const at = locator(text)
  return (entry) => {
    const { line, column } = at(entry.span.start)
    writeErr(`${input}:${line}:${column} ${entry.rule} ${entry.note}`)
  }
}

/** Reads the inputs and extracts each document, yielding records in input order. */
export async function* extractInputs(
  inputs: readonly string[],
  options: {
    date: string | null
    includeText: boolean
    knowledge?: Knowledge | undefined
    explain?: boolean
  },
): AsyncGenerator<ProcessedItem> {
  const extractor = createExtractor(options.knowledge ? { knowledge: options.knowledge } : {})
  for await (const item of readInputs(inputs, { date: options.date })) {
    if (item.kind === 'error') {
      const message = item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; ')
      yield { item, result: null, record: { document: { id: item.id }, error: message } }
      continue
    }
    const trace = options.explain ? explainTo(item.input, item.text) : undefined
    const result = extractor.extract(
      { text: item.text, meta: item.meta },
      { includeText: options.includeText, ...(trace ? { trace } : {}) },
    )
    if (!result.ok) {
      const fatal = result.diagnostics.filter((d) => d.severity === 'fatal')
      const message = fatal.map((d) => formatDiagnostic(item.input, d)).join('; ')
      yield { item, result, record: { document: { id: item.meta.id }, error: message } }
      continue
    }
    yield { item, result, record: result.record }
  }
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
  const options = { ...parseExtractArgs(args), knowledge: env.knowledge }
  const single = isSingleDocument(options.inputs)
  let count = 0
  let failures = 0
  if (options.format === 'json' && !single) await writeOut('[')
  for await (const { item, record } of extractInputs(options.inputs, options)) {
    for (const d of item.diagnostics) if (d.severity !== 'fatal') writeErr(formatDiagnostic(item.input, d))
    if ('error' in record) {
      failures++
      writeErr(record.error)
      if (single) return 1
    }
    const json = options.format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record)
    if (options.format === 'jsonl') await writeOut(`${json}\n`)
    else await writeOut(single ? `${json}\n` : `${count > 0 ? ',' : ''}\n${json}`)
    count++
  }
  if (options.format === 'json' && !single) await writeOut('\n]\n')
  if (!single && count > 0) writeErr(`parley: ${count} document(s), ${failures} error(s)`)
  return count > 0 && failures === count ? 1 : 0
}
