import { parseArgs } from 'node:util'
import { EVENT_STATUSES, type EventStatus, PLOVER_TYPES, type PloverType } from '../doc/layers.js'
import { formatEventCounts, formatSpeakers } from '../query/format.js'
import { type CountRange, EVENT_COUNT_KEYS, type EventCountKey } from '../store/aggregates.js'
import { UsageError, writeOut } from './io.js'
import { countOption, DB_OPTION_HELP, dateOption, openStoreForReading, outputFormat } from './store-args.js'

export const SPEAKERS_USAGE = `usage: parley speakers [--since D] [--until D] [--limit N] [--db PATH] [--format table|json|csv]

  Who is quoted most in the stored record (each syndicated quotation once), with the number of articles, and
  how many quotations have no resolved speaker.
  --since/--until  publication dates (YYYY-MM-DD, inclusive); --limit N: most speakers (default 20)
${DB_OPTION_HELP}`

export const STATS_USAGE = `usage: parley stats [--by type|status|month|dyad] [--type T] [--status S] [--since D] [--until D]
                    [--limit N] [--db PATH] [--format table|json|csv]

  Stored (de-duplicated) events counted by PLOVER type (default), status, month of the event's date, or dyad (a
  pair of actors whichever side acted), largest first; by month, the newest months in time order.
  --type T, --status S  count only events of that type or status
  --since/--until  event dates (YYYY-MM-DD, inclusive); --limit N: most rows (default 20)
${DB_OPTION_HELP}`

const RANGE_OPTIONS = {
  since: { type: 'string' },
  until: { type: 'string' },
  limit: { type: 'string' },
  db: { type: 'string' },
  format: { type: 'string' },
} as const

function rangeOf(values: { since?: string; until?: string; limit?: string }): CountRange {
  const limit = countOption('limit', values.limit)
  return {
    ...(dateOption('since', values.since) !== undefined ? { since: values.since as string } : {}),
    ...(dateOption('until', values.until) !== undefined ? { until: values.until as string } : {}),
    ...(limit !== undefined ? { limit } : {}),
  }
}

export async function runSpeakersCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: RANGE_OPTIONS,
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  const format = outputFormat(values.format)
  const range = rangeOf(values)
  const store = openStoreForReading(values.db)
  try {
    await writeOut(formatSpeakers(await store.countSpeakers(range), format))
    return 0
  } finally {
    await store.close()
  }
}

const isKey = (v: string): v is EventCountKey => (EVENT_COUNT_KEYS as readonly string[]).includes(v)
const isType = (v: string): v is PloverType => (PLOVER_TYPES as readonly string[]).includes(v)
const isStatus = (v: string): v is EventStatus => (EVENT_STATUSES as readonly string[]).includes(v)

export async function runStatsCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...RANGE_OPTIONS,
      by: { type: 'string' },
      type: { type: 'string' },
      status: { type: 'string' },
    },
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (use --by)`)
  const by = values.by ?? 'type'
  if (!isKey(by)) throw new UsageError(`--by must be one of ${EVENT_COUNT_KEYS.join(', ')}, not "${by}"`)
  const type = values.type?.toUpperCase()
  if (type !== undefined && !isType(type))
    throw new UsageError(`--type must be one of ${PLOVER_TYPES.join(', ')}`)
  const status = values.status?.toLowerCase()
  if (status !== undefined && !isStatus(status))
    throw new UsageError(`--status must be one of ${EVENT_STATUSES.join(', ')}`)
  const format = outputFormat(values.format)
  const filter = { ...rangeOf(values), ...(type ? { type } : {}), ...(status ? { status } : {}) }
  const store = openStoreForReading(values.db)
  try {
    await writeOut(formatEventCounts(await store.countEvents(by, filter), format))
    return 0
  } finally {
    await store.close()
  }
}
