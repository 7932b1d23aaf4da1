import type { EventCounts, SpeakerCounts } from '../store/aggregates.js'
import type {
  ActorRef,
  ActorRule,
  EventMentionProvenance,
  StoredActor,
  StoredDocument,
  StoredEvent,
  StoredQuote,
} from '../store/store.js'
import type { ContactsResult } from './contacts.js'
import { COMMAND_FORMATS, type FormatOf, isOffered } from './output-formats.js'

/** The formats of stored listings. */
export const OUTPUT_FORMATS = COMMAND_FORMATS.storedListing
export type OutputFormat = FormatOf<'storedListing'>

export function isOutputFormat(value: string): value is OutputFormat {
  return isOffered(value, OUTPUT_FORMATS)
}

type Cell = string | number | null

// --- plain text and CSV primitives -------------------------------------------------------------------

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The text cut to `width` characters, an ellipsis marking the cut. */
export function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text
}

/** The text clipped to `width` and padded to it: one fixed-width cell. */
export function cell(text: string, width: number): string {
  return clip(text, width).padEnd(width)
}

/** The narrowest a clipped column becomes before columns are left out. */
const MIN_COLUMN = 6
/** Columns at most this wide (dates, types, statuses, counts) are never clipped. */
const SHORT_COLUMN = 12

/** How wide text tables may be: the terminal's width, 80 columns when output is not a terminal. */
function defaultTableWidth(): number {
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80
}

let tableWidth = defaultTableWidth()

/** Sets the width text tables fit (`--wide`: Infinity, each column at its maximum). */
export function setTableWidth(width: number): void {
  tableWidth = width
}

export interface TableLayout {
  /** Columns never clipped (ids, to be pasted into another command). */
  readonly keep?: readonly number[]
  /** Columns left out, in this order, while the table does not fit even with clipped columns. */
  readonly dropFirst?: readonly number[]
  /**
   * A kept column that moves to a line of its own under each row (indented) when the table cannot fit with it:
   * a long id stays whole and pasteable, and the other columns keep the width.
   */
  readonly ownLine?: number
}

/** Column widths over `columns` that fit `width`, shrinking the widest clippable column; null when they cannot. */
function fitWidths(
  columns: readonly number[],
  natural: (i: number) => number,
  floor: (i: number) => number,
  width: number,
): number[] | null {
  const widths = columns.map(natural)
  let total = widths.reduce((n, w) => n + w, 0) + 2 * (columns.length - 1)
  while (total > width) {
    let widest = -1
    for (let k = 0; k < columns.length; k++) {
      if (widths[k]! > floor(columns[k]!) && (widest < 0 || widths[k]! > widths[widest]!)) widest = k
    }
    if (widest < 0) return null
    widths[widest]!--
    total--
  }
  return widths
}

/**
 * Space-aligned columns, each at most its maximum width (clipped with …), a rule under the header, fitting the
 * table width: the widest clippable columns shrink first, then the `dropFirst` columns are left out; kept
 * columns (`keep`) show whole.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  maxWidths: readonly number[],
  layout: TableLayout = {},
  width = tableWidth,
): string {
  const keep = new Set(layout.keep ?? [])
  const text = rows.map((r) => r.map((c) => oneLine(String(c ?? '—'))))
  const natural = (i: number) =>
    Math.max(
      header[i]!.length,
      ...text.map((r) => (keep.has(i) ? r[i]!.length : Math.min(r[i]!.length, maxWidths[i] ?? 40))),
    )
  // short columns (dates, types, counts) never clip: only free text does
  const clippable = (i: number) => !keep.has(i) && (maxWidths[i] ?? 40) > SHORT_COLUMN
  const floor = (i: number) =>
    clippable(i) ? Math.min(natural(i), Math.max(MIN_COLUMN, header[i]!.length)) : natural(i)
  // leave the dropFirst columns out before clipping any text; clip only when all of them are out
  let columns = header.map((_, i) => i)
  let widths = fitWidths(columns, natural, natural, width)
  for (const drop of layout.dropFirst ?? []) {
    if (widths !== null) break
    columns = columns.filter((i) => i !== drop)
    widths = fitWidths(columns, natural, natural, width)
  }
  widths ??= fitWidths(columns, natural, floor, width)
  const ownLine = widths === null && layout.ownLine !== undefined ? layout.ownLine : undefined
  if (ownLine !== undefined) {
    columns = columns.filter((i) => i !== ownLine)
    widths = fitWidths(columns, natural, natural, width) ?? fitWidths(columns, natural, floor, width)
  }
  const shown = widths ?? columns.map(floor)
  const line = (cells: readonly string[]) => {
    const grid = columns
      .map((i, k) => cell(cells[i] ?? '', shown[k]!))
      .join('  ')
      .trimEnd()
    return ownLine === undefined ? grid : `${grid}\n  ${cells[ownLine] ?? ''}`
  }
  return [line(header), shown.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n')
}

/** RFC 4180: fields quoted when they hold a comma, quote or line break; quotes doubled; CRLF line ends. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (value: Cell) => {
    const text = value === null ? '' : String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

// --- events ----------------------------------------------------------------------------------------------

const names = (actors: readonly ActorRef[]) => actors.map((a) => a.name).join('; ')

export function eventDate(e: StoredEvent): string {
  const d = e.date ?? e.sortDate
  if (!d) return ''
  return d.start === d.end ? d.start : `${d.start}..${d.end}`
}

const EVENT_CSV_HEADER = [
  'event_id',
  'date_start',
  'date_end',
  'dated_by',
  'type',
  'mode',
  'status',
  'actor',
  'actor_ids',
  'recipient',
  'recipient_ids',
  'place',
  'place_country',
  'mentions',
  'doc_id',
  'doc_title',
  'doc_date',
  'sentence',
  'trigger',
  'trigger_start',
  'trigger_end',
] as const

function eventCsvRow(e: StoredEvent): Cell[] {
  const m = e.mentions[0]
  return [
    e.id,
    e.sortDate?.start ?? null,
    e.sortDate?.end ?? null,
    e.date ? 'text' : e.sortDate ? 'publication' : null,
    e.type,
    e.mode,
    e.status,
    names(e.actor),
    e.actor.map((a) => a.id).join(';'),
    names(e.recipient),
    e.recipient.map((a) => a.id).join(';'),
    e.place?.name ?? null,
    e.place?.country ?? null,
    e.mentionCount,
    m?.document.id ?? null,
    m?.document.title ?? null,
    m?.document.date ?? null,
    m ? oneLine(m.sentence.text) : null,
    m?.trigger.text ?? null,
    m?.trigger.start ?? null,
    m?.trigger.end ?? null,
  ]
}

function eventTableRow(e: StoredEvent): Cell[] {
  const m = e.mentions[0]
  return [
    e.id,
    eventDate(e),
    e.type,
    e.status,
    names(e.actor),
    names(e.recipient),
    e.place?.name ?? null,
    e.mentionCount,
    m?.document.id ?? null,
    m ? oneLine(m.sentence.text) : null,
  ]
}

const EVENT_TABLE_HEADER = [
  'id',
  'date',
  'type',
  'status',
  'actor',
  'recipient',
  'place',
  'n',
  'document',
  'sentence',
]
const EVENT_TABLE_WIDTHS = [7, 21, 9, 12, 24, 24, 16, 4, 40, 70]
/**
 * Ids and dates whole; at a narrow width the sentence goes first, then the place, the report count and the
 * document (`--wide` or `--format json` show them all).
 */
const EVENT_TABLE_LAYOUT: TableLayout = { keep: [0, 1, 8], dropFirst: [9, 6, 7, 8] }

/** `parley events --db`: one row per stored event (json: the events with all their listed mentions). */
export function formatEvents(events: readonly StoredEvent[], format: OutputFormat): string {
  if (format === 'json') return json(events)
  if (format === 'csv') return csv(EVENT_CSV_HEADER, events.map(eventCsvRow))
  if (events.length === 0) return 'no events\n'
  return `${textTable(EVENT_TABLE_HEADER, events.map(eventTableRow), EVENT_TABLE_WIDTHS, EVENT_TABLE_LAYOUT)}\n`
}

// --- quotes and actors ------------------------------------------------------------------------------------

const QUOTE_CSV_HEADER = [
  'quote_id',
  'doc_id',
  'doc_date',
  'local_id',
  'kind',
  'speaker',
  'speaker_id',
  'speaker_mention',
  'cue',
  'text',
  'spans',
  'reports',
  'report_docs',
]

/** `parley quotes --db`: who said what, where, and how many articles carry it (with which). */
export function formatQuotes(quotes: readonly StoredQuote[], format: OutputFormat): string {
  if (format === 'json') return json(quotes)
  const speaker = (q: StoredQuote) => q.speaker?.name ?? q.speakerMention?.text ?? null
  if (format === 'csv') {
    return csv(
      QUOTE_CSV_HEADER,
      quotes.map((q) => [
        q.id,
        q.document.id,
        q.document.date,
        q.localId,
        q.kind,
        q.speaker?.name ?? null,
        q.speaker?.id ?? null,
        q.speakerMention?.text ?? null,
        q.cue?.text ?? null,
        q.text,
        q.spans.map((s) => `${s.start}-${s.end}`).join(';'),
        q.reportCount,
        q.reports.map((r) => r.document.id).join(';'),
      ]),
    )
  }
  if (quotes.length === 0) return 'no quotations\n'
  const rows = quotes.map((q) => [
    q.document.date,
    q.document.id,
    speaker(q),
    q.cue?.text ?? null,
    q.text,
    q.reportCount,
  ])
  return `${textTable(['date', 'document', 'speaker', 'cue', 'quotation', 'reports'], rows, [10, 40, 24, 16, 90, 7], { keep: [1], dropFirst: [3, 5, 0], ownLine: 1 })}\n`
}

/** `parley actors`: the stored actors, most mentioned first. */
export function formatActors(actors: readonly StoredActor[], format: OutputFormat): string {
  if (format === 'json') return json(actors)
  const header = ['id', 'name', 'kind', 'country', 'sector', 'role', 'documents', 'mentions']
  const rows = actors.map((a) => [a.id, a.name, a.kind, a.country, a.sector, a.role, a.documents, a.mentions])
  if (format === 'csv') return csv(header, rows)
  if (actors.length === 0) return 'no actors\n'
  return `${textTable(header, rows, [7, 32, 12, 7, 6, 28, 9, 8], { keep: [0], dropFirst: [5, 4] })}\n`
}

/** `parley actors rules`: the kept identity rules. */
export function formatActorRules(rules: readonly ActorRule[], format: OutputFormat): string {
  if (format === 'json') return json(rules)
  const header = ['from key', 'from name', 'into id', 'into', 'since']
  const rows = rules.map((r) => [
    r.fromKey,
    r.fromName,
    r.intoId,
    r.intoName ?? r.intoKey,
    r.createdAt.slice(0, 10),
  ])
  if (format === 'csv') return csv(header, rows)
  if (rules.length === 0) return 'no actor rules\n'
  return `${textTable(header, rows, [32, 24, 7, 32, 10], { keep: [2] })}\n`
}

/** `parley speakers`: who is quoted most, and how many quotations have no speaker. */
export function formatSpeakers(counts: SpeakerCounts, format: OutputFormat): string {
  if (format === 'json') return json(counts)
  const header = ['id', 'speaker', 'kind', 'country', 'quotations', 'articles']
  const rows = counts.speakers.map((c) => [
    c.actor.id,
    c.actor.name,
    c.actor.kind,
    c.actor.country,
    c.quotes,
    c.documents,
  ])
  if (format === 'csv') return csv(header, rows)
  const share = counts.total === 0 ? 0 : Math.round((100 * counts.unattributed) / counts.total)
  const summary = `${counts.total} quotations, ${counts.unattributed} (${share} %) without a speaker`
  if (rows.length === 0) return `no speakers (${summary})\n`
  return `${textTable(header, rows, [7, 32, 12, 7, 10, 8], { keep: [0] })}\n${summary}\n`
}

/** `parley stats`: events counted by one key, largest first (months in time order). */
export function formatEventCounts(counts: EventCounts, format: OutputFormat): string {
  if (format === 'json') return json(counts)
  const dyad = counts.by === 'dyad'
  const header = dyad ? ['a', 'b', 'events'] : [counts.by, 'events']
  const rows = counts.rows.map((r) =>
    dyad && r.actors ? [actorLabel(r.actors[0]), actorLabel(r.actors[1]), r.count] : [r.key, r.count],
  )
  if (format === 'csv') return csv(header, rows)
  const summary = `${counts.total} events in all`
  if (rows.length === 0) return `no events (${summary})\n`
  return `${textTable(header, rows, dyad ? [34, 34, 7] : [16, 7])}\n${summary}\n`
}

const actorLabel = (a: ActorRef) => `${a.name}${a.country ? ` (${a.country})` : ''} #${a.id}`

// --- contacts ----------------------------------------------------------------------------------------------

function party(p: ContactsResult['a']): string {
  if (p.actorCount === 0) return `${p.query} (no stored actor)`
  if (p.country) return `${p.query} (${p.country}: ${p.actorCount} actor${p.actorCount === 1 ? '' : 's'})`
  const shown = p.actors.slice(0, 3).map((a) => `${a.name}${a.country ? ` (${a.country})` : ''}`)
  return `${shown.join(', ')}${p.actorCount > 3 ? ` and ${p.actorCount - 3} more` : ''}`
}

/**
 * The sentence of a mention with its trigger in brackets, cut to about `width` characters around the trigger
 * so the trigger always shows.
 */
export function triggerSnippet(m: EventMentionProvenance, width = 160): string {
  const { sentence, trigger } = m
  const [from, to] = [trigger.start - sentence.start, trigger.end - sentence.start]
  const marked = `${sentence.text.slice(0, from)}[${sentence.text.slice(from, to)}]${sentence.text.slice(to)}`
  const text = oneLine(marked)
  if (text.length <= width) return text
  const at = text.indexOf('[')
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width))
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`
}

function eventLine(e: StoredEvent): string {
  const m = e.mentions[0]
  const who = `${names(e.actor) || '?'} → ${names(e.recipient) || '?'}`
  const where = m ? ` [${m.document.id}${m.document.date ? `, ${m.document.date}` : ''}]` : ''
  const sentence = m ? `\n      “${triggerSnippet(m)}”` : ''
  const more = e.mentionCount > 1 ? ` (${e.mentionCount} mentions)` : ''
  return `  ${eventDate(e) || 'undated'}  ${e.type}${e.status === 'asserted' ? '' : ` (${e.status})`}  ${who}${more}${where}${sentence}`
}

function summaryRole(result: ContactsResult, e: StoredEvent): string {
  const { summary } = result
  if (summary.lastContact?.id === e.id) return 'last-contact'
  if (summary.refusals.some((r) => r.id === e.id)) return 'refusal'
  if (summary.absences.some((r) => r.id === e.id)) return 'absence'
  return ''
}

/** `parley contacts`: the answer first, then the timeline (json: `{a, b, summary, events}`). */
export function formatContacts(result: ContactsResult, format: OutputFormat): string {
  if (format === 'json') return json(result)
  if (format === 'csv') {
    return csv(
      ['summary', ...EVENT_CSV_HEADER],
      result.events.map((e) => [summaryRole(result, e), ...eventCsvRow(e)]),
    )
  }
  const { summary, events } = result
  const out = [
    `${party(result.a)} — ${party(result.b)}: ${summary.counts.events} event(s), ${summary.counts.mentions} mention(s)`,
    '',
  ]
  out.push(
    'Last asserted contact (meeting, call, visit, talks):',
    summary.lastContact ? eventLine(summary.lastContact) : '  none recorded',
  )
  out.push(
    'Last other cooperation:',
    summary.lastCooperation ? eventLine(summary.lastCooperation) : '  none recorded',
  )
  out.push('Last conflict:', summary.lastConflict ? eventLine(summary.lastConflict) : '  none recorded')
  out.push(
    'Stated refusals:',
    ...(summary.refusals.length > 0 ? summary.refusals.map(eventLine) : ['  none recorded']),
  )
  out.push(
    'Stated absence of contact:',
    ...(summary.absences.length > 0 ? summary.absences.map(eventLine) : ['  none recorded']),
  )
  if (events.length > 0) out.push('', 'Timeline (oldest first):', ...events.map(eventLine))
  return `${out.join('\n')}\n`
}

// --- one document ------------------------------------------------------------------------------------------

/** `parley show`: the article, then its actors, quotations and events with offsets and global ids. */
export function formatDocument(stored: StoredDocument, format: Exclude<OutputFormat, 'csv'>): string {
  if (format === 'json') return json(stored)
  const { document: d, actors, quotes, events } = stored.record
  const text = d.text ?? ''
  const actorName = new Map(actors.map((a) => [a.id, a.name]))
  const out = [
    `${d.id}${d.title ? ` — ${d.title}` : ''}`,
    [d.date, d.source, d.url, d.language].filter((x) => x !== null).join(' · '),
    '',
    text,
    '',
    `Actors (${actors.length}):`,
    ...actors.map(
      (a) =>
        `  ${a.id.padEnd(4)} #${stored.actorIds[a.id] ?? '?'}  ${a.name} (${[a.kind, a.country, a.sector, a.role].filter((x) => x).join(', ')})` +
        `  ${a.mentions.map((m) => `${m.start}-${m.end}`).join(' ')}`,
    ),
    '',
    `Quotations (${quotes.length}):`,
    ...quotes.map((q) => {
      const speaker =
        (q.speaker.actor && actorName.get(q.speaker.actor)) ?? q.speaker.mention?.text ?? '(no speaker)'
      const spans = q.spans.map((s) => `${s.start}-${s.end}`).join(' ')
      return `  ${q.id.padEnd(4)} ${speaker}${q.cue ? ` ${q.cue.text}` : ''}: “${clip(oneLine(q.text), 200)}”  [${spans}]`
    }),
    '',
    `Events (${events.length}):`,
    ...events.map((e) => {
      const who = (ids: readonly string[]) => ids.map((id) => actorName.get(id) ?? id).join('; ') || '?'
      const status = e.status === 'asserted' ? '' : ` (${e.status})`
      const date = e.date
        ? ` ${e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`}`
        : ''
      return (
        `  ${e.id.padEnd(4)} #${stored.eventIds[e.id] ?? '?'}  ${e.type}${status}${date}  ${who(e.actor)} → ${who(e.recipient)}` +
        `  “${e.trigger.text}” ${e.trigger.start}-${e.trigger.end}${e.quote ? ` in ${e.quote}` : ''}`
      )
    }),
  ]
  return `${out.join('\n')}\n`
}
