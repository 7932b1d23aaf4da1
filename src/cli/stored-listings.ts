import { parseArgs } from 'node:util'
import {
  EVENT_STATUSES,
  type EventStatus,
  PLOVER_TYPES,
  type PloverType,
  QUOTE_KINDS,
  type QuoteKind,
} from '../doc/layers.js'
import { formatEvents, formatQuotes } from '../query/format.js'
import {
  noActorMatches,
  queryEvents,
  queryQuotes,
  totalOfEvents,
  totalOfQuotes,
  unmatchedNames,
} from '../query/queries.js'
import { type CommandEnv, UsageError, writeErr, writeOut } from './io.js'
import { countOption, DB_OPTION_HELP, dateOption, openStoreForReading, outputFormat } from './store-args.js'

/** Flags of `parley events`/`parley quotes` that take a value (everything else is an input path). */
const VALUE_FLAGS = new Set(
  [
    'actor',
    'recipient',
    'involving',
    'type',
    'status',
    'since',
    'until',
    'place',
    'format',
    'date',
    'db',
    'speaker',
    'search',
    'limit',
    'offset',
    'order',
    'kind',
  ].map((f) => `--${f}`),
)

/** With no input path, `parley events` and `parley quotes` read the stored record instead of articles. */
export function hasInputs(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (VALUE_FLAGS.has(arg)) i++
    else if (arg === '-' || !arg.startsWith('--')) return true
  }
  return false
}

export const STORED_EVENTS_USAGE = `usage: parley events [--db PATH] [--actor A] [--recipient B] [--involving A] [--type T] [--status S] [--since D] [--until D]
                     [--place P] [--order desc|asc] [--limit N] [--offset N] [--format table|json|csv]

  With no input, lists the stored (de-duplicated) events, the latest first, each with its number of reports.
  --actor/--recipient  a person, country (name or ISO code) or stored actor id, as source / as recipient
  --involving A    an actor on either side (source or recipient)
  --type T         a PLOVER type; --status S: asserted, negated, hypothetical or future
  --since/--until  dates (YYYY-MM-DD, inclusive); --place P: a place name or country code
  --order          desc (newest first, the default) or asc (oldest first)
${DB_OPTION_HELP}`

export const STORED_QUOTES_USAGE = `usage: parley quotes [--db PATH] [--speaker NAME] [--search TEXT] [--since D] [--until D] [--kind K] [--limit N] [--offset N] [--format table|json|csv]

  With no input, lists the stored quotations, the newest articles first.
  --speaker NAME   a person (full name or surname), a country or a stored actor id
  --search TEXT    words the quotation contains (full-text search)
  --since/--until  the articles' publication dates (YYYY-MM-DD, inclusive)
  --kind K         direct, indirect or mixed
${DB_OPTION_HELP}`

/**
 * The line a paged table ends with on stderr when it does not show everything: "parley: 1-100 of 132 events
 * (--offset 100 for the next page)"; null when the page holds all there is.
 */
export function shownOfTotal(what: string, offset: number, shown: number, total: number): string | null {
  if (total === 0 || (offset === 0 && shown === total)) return null
  if (shown === 0) return `parley: none of ${total} ${what} from offset ${offset}`
  const last = offset + shown
  const next = last < total ? ` (--offset ${last} for the next page)` : ''
  return `parley: ${offset + 1}-${last} of ${total} ${what}${next}`
}

function orderOption(value: string | undefined): 'asc' | 'desc' | undefined {
  if (value === undefined) return undefined
  const order = value.toLowerCase()
  if (order !== 'asc' && order !== 'desc') throw new UsageError(`--order must be asc or desc, not "${value}"`)
  return order
}

function kindOption(value: string | undefined): QuoteKind | undefined {
  if (value === undefined) return undefined
  const kind = value.toLowerCase()
  if (!(QUOTE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`--kind must be one of ${QUOTE_KINDS.join(', ')}`)
  return kind as QuoteKind
}

const isType = (v: string): v is PloverType => (PLOVER_TYPES as readonly string[]).includes(v)
const isStatus = (v: string): v is EventStatus => (EVENT_STATUSES as readonly string[]).includes(v)

export async function runStoredEventsCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: Object.fromEntries([...VALUE_FLAGS].map((f) => [f.slice(2), { type: 'string' as const }])),
  })
  for (const flag of ['speaker', 'search', 'date', 'kind'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to stored events`)
  }
  const type = values.type?.toUpperCase()
  if (type !== undefined && !isType(type))
    throw new UsageError(`--type must be one of ${PLOVER_TYPES.join(', ')}`)
  const status = values.status?.toLowerCase()
  if (status !== undefined && !isStatus(status)) {
    throw new UsageError(`--status must be one of ${EVENT_STATUSES.join(', ')}`)
  }
  const format = outputFormat(values.format)
  const store = openStoreForReading(values.db)
  try {
    const filters = {
      ...(env.knowledge ? { knowledge: env.knowledge } : {}),
      ...(values.actor ? { actor: values.actor } : {}),
      ...(values.recipient ? { recipient: values.recipient } : {}),
      ...(values.involving ? { involving: values.involving } : {}),
      ...(type ? { type } : {}),
      ...(status ? { status } : {}),
      ...(dateOption('since', values.since) ? { since: values.since! } : {}),
      ...(dateOption('until', values.until) ? { until: values.until! } : {}),
      ...(values.place ? { place: values.place } : {}),
      ...(orderOption(values.order) ? { order: orderOption(values.order)! } : {}),
      limit: countOption('limit', values.limit) ?? 100,
      offset: countOption('offset', values.offset) ?? 0,
    }
    const events = await queryEvents(store, filters)
    if (events.length === 0)
      for (const name of await unmatchedNames(store, filters))
        writeErr(`parley events: ${noActorMatches(name)}`)
    await writeOut(formatEvents(events, format))
    if (format === 'table') {
      const line = shownOfTotal('events', filters.offset, events.length, await totalOfEvents(store, filters))
      if (line) writeErr(line)
    }
    return 0
  } finally {
    await store.close()
  }
}

export async function runStoredQuotesCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      speaker: { type: 'string' },
      search: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      kind: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      format: { type: 'string' },
    },
  })
  const format = outputFormat(values.format)
  const store = openStoreForReading(values.db)
  try {
    const filters = {
      ...(env.knowledge ? { knowledge: env.knowledge } : {}),
      ...(values.speaker ? { speaker: values.speaker } : {}),
      ...(values.search ? { search: values.search } : {}),
      ...(dateOption('since', values.since) ? { since: values.since! } : {}),
      ...(dateOption('until', values.until) ? { until: values.until! } : {}),
      ...(kindOption(values.kind) ? { kind: kindOption(values.kind)! } : {}),
      limit: countOption('limit', values.limit) ?? 100,
      offset: countOption('offset', values.offset) ?? 0,
    }
    const quotes = await queryQuotes(store, filters)
    if (quotes.length === 0)
      for (const name of await unmatchedNames(store, filters))
        writeErr(`parley quotes: ${noActorMatches(name)}`)
    await writeOut(formatQuotes(quotes, format))
    if (format === 'table') {
      const line = shownOfTotal(
        'quotations',
        filters.offset,
        quotes.length,
        await totalOfQuotes(store, filters),
      )
      if (line) writeErr(line)
    }
    return 0
  } finally {
    await store.close()
  }
}
