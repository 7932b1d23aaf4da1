import { parseArgs } from 'node:util'
import { createExtractor, type Extractor } from '../extract.js'
import type { Knowledge } from '../knowledge/index.js'
import { cell } from '../query/format.js'
import { COMMAND_FORMATS, type FormatOf } from '../query/output-formats.js'
import type { ParleyRecord, RecordQuote } from '../record/record.js'
import { type ExtractionTally, extractedDocuments } from './extract.js'
import { formatOption } from './format-option.js'
import { checkedInputs } from './input-args.js'
import { writeErr, writeOut } from './io.js'

export const QUOTES_USAGE = `usage: parley quotes <input…> [--speaker NAME] [--format table|json] [--date YYYY-MM-DD]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --speaker NAME   only quotations whose speaker's name or mention contains every word of NAME
  --format F       table (default): speaker, cue and quotation, one block per document; json: an array
  --date D         publication date (YYYY-MM-DD) for the articles`

export const QUOTE_FORMATS = COMMAND_FORMATS.articleQuotes
export type QuoteFormat = FormatOf<'articleQuotes'>

export interface QuotesCommandOptions {
  readonly inputs: readonly string[]
  readonly speaker: string | null
  readonly format: QuoteFormat
  readonly date: string | null
}

/** What the command writes to; defaults to the process's stdout and stderr. */
export interface QuotesCommandDeps {
  /** The knowledge base for the default extractor (from `--kb`; default: the shipped data). */
  readonly knowledge: Knowledge
  readonly out: (chunk: string) => Promise<void> | void
  readonly err: (line: string) => void
  readonly extractor: Extractor
  /** Width of the table layout in characters. */
  readonly width: number
}

export function parseQuotesArgs(args: readonly string[]): QuotesCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      speaker: { type: 'string' },
      format: { type: 'string' },
      date: { type: 'string' },
    },
  })
  const { inputs, date } = checkedInputs(positionals, values.date)
  const format = formatOption(values.format, QUOTE_FORMATS)
  return { inputs, speaker: values.speaker ?? null, format, date }
}

/** One quotation as listed: who, by which cue, what. */
export interface QuoteListing {
  readonly document: string
  readonly id: string
  readonly kind: RecordQuote['kind']
  readonly speaker: string | null
  readonly speakerActor: string | null
  readonly speakerMention: string | null
  readonly cue: string | null
  readonly text: string
  readonly spans: RecordQuote['spans']
}

export function listQuotes(record: ParleyRecord): QuoteListing[] {
  const names = new Map(record.actors.map((a) => [a.id, a.name]))
  return record.quotes.map((q) => {
    const actorName = q.speaker.actor ? (names.get(q.speaker.actor) ?? null) : null
    const mention = q.speaker.mention?.text ?? null
    return {
      document: record.document.id,
      id: q.id,
      kind: q.kind,
      speaker: actorName ?? mention,
      speakerActor: q.speaker.actor,
      speakerMention: mention,
      cue: q.cue?.text ?? null,
      text: q.text,
      spans: q.spans,
    }
  })
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Every word of the wanted name appears in the speaker's name or in the mention the quotation used. */
export function speakerMatches(listing: QuoteListing, wanted: string): boolean {
  const have = new Set([...words(listing.speaker ?? ''), ...words(listing.speakerMention ?? '')])
  const want = words(wanted)
  return want.length > 0 && want.every((w) => have.has(w))
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

const SPEAKER_WIDTH = 26
const CUE_WIDTH = 18

/** A block per document: speaker and cue in columns, the quotation wrapped beside them. */
export function formatQuoteTable(document: string, listings: readonly QuoteListing[], width: number): string {
  const out = [`${document} — ${listings.length} quotation${listings.length === 1 ? '' : 's'}`]
  const indent = 2 + SPEAKER_WIDTH + 1 + CUE_WIDTH + 1
  const textWidth = Math.max(30, width - indent)
  for (const q of listings) {
    const speaker = q.speaker ?? '(no speaker)'
    const shown = q.kind === 'indirect' ? q.text : `“${q.text}”`
    const lines = wrap(q.kind === 'mixed' ? `${shown} (mixed)` : shown, textWidth)
    out.push(`  ${cell(speaker, SPEAKER_WIDTH)} ${cell(q.cue ?? '—', CUE_WIDTH)} ${lines[0] ?? ''}`)
    for (const more of lines.slice(1)) out.push(`${' '.repeat(indent)}${more}`)
  }
  return `${out.join('\n')}\n`
}

/** `parley quotes`: lists who said what in the given articles. */
export async function runQuotesCommand(
  args: readonly string[],
  deps: Partial<QuotesCommandDeps> = {},
): Promise<number> {
  const options = parseQuotesArgs(args)
  const out = deps.out ?? writeOut
  const err = deps.err ?? writeErr
  const extractor = deps.extractor ?? createExtractor(deps.knowledge ? { knowledge: deps.knowledge } : {})
  const width = deps.width ?? Math.max(80, process.stdout.columns ?? 100)
  const tally: ExtractionTally = { documents: 0, failures: 0 }
  let listed = 0
  if (options.format === 'json') await out('[')
  const documents = extractedDocuments(options.inputs, {
    date: options.date,
    includeText: false,
    extractor,
    err,
    tally,
  })
  for await (const { item, record } of documents) {
    const all = listQuotes(record)
    const wanted = options.speaker
    const shown = wanted === null ? all : all.filter((q) => speakerMatches(q, wanted))
    if (options.format === 'json') {
      for (const q of shown) {
        await out(`${listed > 0 ? ',' : ''}\n${JSON.stringify(q)}`)
        listed++
      }
    } else if (shown.length > 0 || wanted === null) {
      await out(`${tally.documents > 1 ? '\n' : ''}${formatQuoteTable(item.meta.id, shown, width)}`)
      listed += shown.length
    }
  }
  if (options.format === 'json') await out('\n]\n')
  if (tally.documents + tally.failures > 1)
    err(`parley: ${tally.documents} document(s), ${listed} quotation(s), ${tally.failures} error(s)`)
  return tally.documents === 0 && tally.failures > 0 ? 1 : 0
}
