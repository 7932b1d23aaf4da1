import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { createExtractor, type Extractor, type ExtractResult } from '../extract.js'
import { type IngestDocument, type IngestItem, isIsoDate, readInputs } from '../ingest/index.js'
import type { ErrorRecord, ParleyRecord } from '../record/record.js'
import { formatDiagnostic, isSingleDocument, UsageError, writeErr, writeOut } from './io.js'

export const EXTRACT_USAGE = `usage: parley extract <input…> [--date YYYY-MM-DD] [--format json|jsonl] [--no-text]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --date D         publication date (YYYY-MM-DD) used to resolve relative dates; overrides the article's metadata
  --format F       json (default): one record, or an array for several documents; jsonl: one record per line
  --no-text        leave document.text out of the records`

export interface ExtractOptions {
  readonly inputs: readonly string[]
  readonly date: string | null
  readonly format: 'json' | 'jsonl'
  readonly includeText: boolean
}

export function parseExtractArgs(args: readonly string[]): ExtractOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      format: { type: 'string', default: 'json' },
      'no-text': { type: 'boolean', default: false },
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
  return { inputs: positionals, date: values.date ?? null, format, includeText: !values['no-text'] }
}

export interface ProcessedItem {
  readonly item: IngestItem
  readonly result: ExtractResult | null
  readonly record: ParleyRecord | ErrorRecord
}

/** Reads the inputs and extracts each document, yielding records in input order. */
export async function* extractInputs(
  inputs: readonly string[],
  options: { date: string | null; includeText: boolean },
): AsyncGenerator<ProcessedItem> {
  const extractor = createExtractor()
  for await (const item of readInputs(inputs, { date: options.date })) {
    if (item.kind === 'error') {
      const message = item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; ')
      yield { item, result: null, record: { document: { id: item.id }, error: message } }
      continue
    }
    const result = extractor.extract(
      { text: item.text, meta: item.meta },
      { includeText: options.includeText },
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

export async function runExtractCommand(args: readonly string[]): Promise<number> {
  const options = parseExtractArgs(args)
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
