import { parseArgs } from 'node:util'
import { PLOVER_TYPES, type PloverType } from '../doc/layers.js'
import { createExtractor, type Extractor } from '../extract.js'
import type { Knowledge } from '../knowledge/index.js'
import { cell, clip } from '../query/format.js'
import { COMMAND_FORMATS, type FormatOf } from '../query/output-formats.js'
import { toPloverRecords } from '../record/plover.js'
import type { ParleyRecord, RecordEvent } from '../record/record.js'
import { type ExtractionTally, extractedDocuments } from './extract.js'
import { formatOption } from './format-option.js'
import { checkedInputs } from './input-args.js'
import { UsageError, writeErr, writeOut } from './io.js'

export const EVENTS_USAGE = `usage: parley events <input…> [--actor NAME] [--type T] [--format table|json|plover] [--all-statuses] [--date YYYY-MM-DD]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --actor NAME     only events whose source or recipient name (or country code) contains every word of NAME
  --type T         only events of this PLOVER type (AGREE, CONSULT, …, ASSAULT)
  --format F       table (default): date, type/mode, status, actor → recipient, trigger, sentence;
                   json: an array of listings; plover: one PLOVER JSON record per line, for the events
                   PLOVER can code (asserted, with an actor, and a recipient where the type needs one)
  --all-statuses   with --format plover: also negated, hypothetical and future events (each with its status)
  --date D         publication date (YYYY-MM-DD) for the articles`

export const EVENT_FORMATS = COMMAND_FORMATS.articleEvents
export type EventFormat = FormatOf<'articleEvents'>

export interface EventsCommandOptions {
  readonly inputs: readonly string[]
  readonly actor: string | null
  readonly type: PloverType | null
  readonly format: EventFormat
  /** With the plover format: also events that are not asserted. */
  readonly allStatuses: boolean
  readonly date: string | null
}

export interface EventsCommandDeps {
  /** The knowledge base for the default extractor (from `--kb`; default: the shipped data). */
  readonly knowledge: Knowledge
  readonly out: (chunk: string) => Promise<void> | void
  readonly err: (line: string) => void
  readonly extractor: Extractor
}

const isType = (value: string): value is PloverType => (PLOVER_TYPES as readonly string[]).includes(value)

export function parseEventsArgs(args: readonly string[]): EventsCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      actor: { type: 'string' },
      type: { type: 'string' },
      format: { type: 'string' },
      'all-statuses': { type: 'boolean', default: false },
      date: { type: 'string' },
    },
  })
  const { inputs, date } = checkedInputs(positionals, values.date)
  const format = formatOption(values.format, EVENT_FORMATS)
  const type = values.type?.toUpperCase() ?? null
  if (type !== null && !isType(type))
    throw new UsageError(`--type must be a PLOVER type (${PLOVER_TYPES.join(', ')})`)
  return {
    inputs,
    actor: values.actor ?? null,
    type,
    format,
    allStatuses: values['all-statuses'],
    date,
  }
}

/** One event as listed, with actor names instead of ids. */
export interface EventListing {
  readonly document: string
  readonly id: string
  readonly type: PloverType
  readonly mode: string | null
  readonly status: RecordEvent['status']
  readonly actor: readonly string[]
  readonly recipient: readonly string[]
  readonly date: RecordEvent['date']
  readonly location: string | null
  readonly trigger: string
  readonly sentence: string | null
  readonly quote: string | null
}

export function listEvents(record: ParleyRecord): EventListing[] {
  const names = new Map(record.actors.map((a) => [a.id, a.country ? `${a.name} (${a.country})` : a.name]))
  const text = record.document.text
  return record.events.map((e) => ({
    document: record.document.id,
    id: e.id,
    type: e.type,
    mode: e.mode,
    status: e.status,
    actor: e.actor.map((id) => names.get(id) ?? id),
    recipient: e.recipient.map((id) => names.get(id) ?? id),
    date: e.date,
    location: e.location?.name ?? null,
    trigger: e.trigger.text,
    sentence: text === undefined ? null : text.slice(e.sentence.start, e.sentence.end),
    quote: e.quote,
  }))
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Every word of the wanted name appears in the name of one of the event's parties. */
export function eventInvolves(listing: EventListing, wanted: string): boolean {
  const want = words(wanted)
  if (want.length === 0) return false
  return [...listing.actor, ...listing.recipient].some((party) => {
    const have = new Set(words(party))
    return want.every((w) => have.has(w))
  })
}

const EXCERPT = 90

/** One line per event: date, type/mode, status, parties, trigger; the sentence excerpt below it. */
export function formatEventTable(document: string, listings: readonly EventListing[]): string {
  const out = [`${document} — ${listings.length} event${listings.length === 1 ? '' : 's'}`]
  for (const e of listings) {
    const date = e.date
      ? e.date.start === e.date.end
        ? e.date.start
        : `${e.date.start}..${e.date.end}`
      : '—'
    const type = e.mode ? `${e.type}/${e.mode}` : e.type
    const parties = `${e.actor.join(' + ') || '?'} → ${e.recipient.join(' + ') || '?'}`
    out.push(`  ${cell(date, 22)} ${cell(type, 22)} ${cell(e.status, 12)} ${parties}  [${e.trigger}]`)
    if (e.sentence) {
      const flat = e.sentence.replace(/\s+/g, ' ')
      out.push(`      ${clip(flat, EXCERPT)}`)
    }
  }
  return `${out.join('\n')}\n`
}

/** `parley events`: lists the PLOVER events found in the given articles. */
export async function runEventsCommand(
  args: readonly string[],
  deps: Partial<EventsCommandDeps> = {},
): Promise<number> {
  const options = parseEventsArgs(args)
  const out = deps.out ?? writeOut
  const err = deps.err ?? writeErr
  const extractor = deps.extractor ?? createExtractor(deps.knowledge ? { knowledge: deps.knowledge } : {})
  const tally: ExtractionTally = { documents: 0, failures: 0 }
  let listed = 0
  if (options.format === 'json') await out('[')
  const documents = extractedDocuments(options.inputs, {
    date: options.date,
    includeText: true,
    extractor,
    err,
    tally,
  })
  for await (const { item, record: extracted } of documents) {
    const keep = new Set(
      listEvents(extracted)
        .filter((e) => options.type === null || e.type === options.type)
        .filter((e) => options.actor === null || eventInvolves(e, options.actor))
        .map((e) => e.id),
    )
    const record: ParleyRecord = { ...extracted, events: extracted.events.filter((e) => keep.has(e.id)) }
    if (options.format === 'plover') {
      const plover = toPloverRecords(record, { allStatuses: options.allStatuses })
      for (const p of plover) await out(`${JSON.stringify(p)}\n`)
    } else if (options.format === 'json') {
      for (const e of listEvents(record)) {
        await out(`${listed > 0 ? ',' : ''}\n${JSON.stringify(e)}`)
        listed++
      }
      continue
    } else {
      await out(`${tally.documents > 1 ? '\n' : ''}${formatEventTable(item.meta.id, listEvents(record))}`)
    }
    listed += record.events.length
  }
  if (options.format === 'json') await out('\n]\n')
  if (tally.documents + tally.failures > 1)
    err(`parley: ${tally.documents} document(s), ${listed} event(s), ${tally.failures} error(s)`)
  return tally.documents === 0 && tally.failures > 0 ? 1 : 0
}
