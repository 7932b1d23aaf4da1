import { isPloverConformant } from '../record/plover.js'
import type { EventFilter, Store, StoredEvent } from '../store/store.js'
import { formatEvents } from './format.js'
import { COMMAND_FORMATS, type FormatOf, isOffered } from './output-formats.js'
import { type ActorDetails, toStoredPloverRecord } from './plover-export.js'

export const EXPORT_FORMATS = COMMAND_FORMATS.export
export type ExportFormat = FormatOf<'export'>

export function isExportFormat(value: string): value is ExportFormat {
  return isOffered(value, EXPORT_FORMATS)
}

export interface ExportOptions {
  /** PLOVER: export negated, hypothetical and future events too (with their `status`); default asserted only. */
  readonly allStatuses?: boolean
  /** Rows read from the store per query. */
  readonly batchSize?: number
  /** CSV and PLOVER: only the events this filter matches (its page and order ignored); default all. */
  readonly filter?: EventFilter
}

/** Mentions listed per event in exports (sources, event texts). */
const EXPORT_MENTIONS = 50

/**
 * The whole store for downstream analysis, in chunks of text, streaming: `jsonl` one Parley record per
 * document (as `extract` prints it); `csv` one row per de-duplicated event with its first report;
 * `plover` one PLOVER JSON record per de-duplicated event.
 */
export async function* exportRecords(
  store: Store,
  format: ExportFormat,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const batch = options.batchSize ?? 500
  if (format === 'jsonl') {
    for (let offset = 0; ; offset += batch) {
      const documents = await store.listDocuments({ limit: batch, offset })
      for (const d of documents) {
        const stored = await store.getDocument(d.id)
        if (stored) yield `${JSON.stringify(stored.record)}\n`
      }
      if (documents.length < batch) return
    }
  }
  const { limit: _limit, offset: _offset, order: _order, ...filter } = options.filter ?? {}
  // PLOVER consumers read every record as an event that happened: asserted only, unless asked otherwise
  const assertedOnly = format === 'plover' && !options.allStatuses && filter.statuses === undefined
  const statuses = assertedOnly ? { statuses: ['asserted' as const] } : {}
  const allStatuses = options.allStatuses === true || filter.statuses !== undefined
  for (let offset = 0; ; offset += batch) {
    const events = await store.findEvents({
      ...filter,
      ...statuses,
      order: 'asc',
      limit: batch,
      offset,
      mentionLimit: EXPORT_MENTIONS,
    })
    if (format === 'csv') {
      const rows = formatEvents(events, 'csv')
      // The header once, on the first batch.
      yield offset === 0 ? rows : rows.slice(rows.indexOf('\r\n') + 2)
    } else {
      const details = await actorDetails(store, events)
      const conformant = events.filter((e) => isPloverConformant(e, allStatuses))
      yield conformant.map((e) => `${JSON.stringify(toStoredPloverRecord(e, details))}\n`).join('')
    }
    if (events.length < batch) return
  }
}

/** Sector and office of every party of these events, in one store query. */
async function actorDetails(store: Store, events: readonly StoredEvent[]): Promise<ActorDetails> {
  const ids = [...new Set(events.flatMap((e) => [...e.actor, ...e.recipient].map((a) => a.id)))]
  if (ids.length === 0) return new Map()
  const actors = await store.findActors({ ids, limit: ids.length })
  return new Map(actors.map((a) => [a.id, a]))
}
