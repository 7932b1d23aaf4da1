/**
 * Stored (de-duplicated) events as PLOVER JSON records, one per line, in the shape of `toPloverRecords()`
 * (src/record/plover.ts, the per-article converter) so both exports read alike: `id`, `date`/`enddate`,
 * `actor`/`recipient` entity objects, `event`, `mode`, `quad_code`, `event_loc`, `event_text`, `text_info`,
 * `text`. Fields the manual allows a provider to add: `has_event`, `cite_info` (the first report),
 * `coder`, entities' `identifier_id`/`identifier_text` (the stored actor), `status`, `mentions` (how many
 * reports) and `sources` (their document ids).
 */

import { quadOf } from '../doc/plover-facts.js'
import { PLOVER_CODER, type PloverCiteInfo, type PloverEntity, type PloverRecord } from '../record/plover.js'
import type { ActorRef, StoredActor, StoredEvent } from '../store/store.js'

export { PLOVER_CODER }

export interface StoredPloverEntity extends PloverEntity {
  readonly identifier_id: string
  readonly identifier_text: string
}

export interface StoredPloverRecord extends PloverRecord {
  readonly actor: readonly StoredPloverEntity[]
  readonly recipient: readonly StoredPloverEntity[]
  readonly has_event: true
  readonly cite_info: PloverCiteInfo | null
  readonly coder: string
  readonly mentions: number
  readonly sources: readonly string[]
}

/** Sector and office of the stored actors, by id (ActorRef carries neither). */
export type ActorDetails = ReadonlyMap<number, Pick<StoredActor, 'sector' | 'role'>>

function entity(actor: ActorRef, details: ActorDetails): StoredPloverEntity {
  const known = details.get(actor.id)
  const sector = known?.sector ?? null
  return {
    code: actor.country ?? (sector === 'IGO' ? 'IGO' : null),
    sector,
    entity_text: actor.name,
    office: known?.role ?? null,
    identifier_id: `parley:actor:${actor.id}`,
    identifier_text: actor.name,
  }
}

export function toStoredPloverRecord(e: StoredEvent, details: ActorDetails = new Map()): StoredPloverRecord {
  const first = e.mentions[0]
  const range = e.date ?? e.sortDate
  return {
    id: `parley-${e.id}`,
    has_event: true,
    date: range?.start ?? null,
    enddate: range && range.end !== range.start ? range.end : null,
    actor: e.actor.map((a) => entity(a, details)),
    recipient: e.recipient.map((a) => entity(a, details)),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    quad_code: quadOf(e.type),
    event_loc: e.place
      ? {
          extracted_place: e.place.name,
          resolved_place: e.place.name,
          lat: e.place.lat,
          lon: e.place.lon,
          country_code: e.place.country,
        }
      : null,
    event_text: [...new Set(e.mentions.map((m) => m.trigger.text))],
    text_info: first ? { start: first.sentence.start, end: first.sentence.end } : { start: 0, end: 0 },
    ...(first ? { text: first.sentence.text } : {}),
    status: e.status,
    cameo: e.cameo,
    quote: first?.quote ?? null,
    cite_info: first
      ? {
          citation: first.document.id,
          url: first.document.url,
          title: first.document.title,
          language: first.document.language,
          publication: first.document.source,
        }
      : null,
    coder: PLOVER_CODER,
    mentions: e.mentionCount,
    sources: [...new Set(e.mentions.map((m) => m.document.id))],
  }
}
