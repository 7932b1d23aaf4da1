/**
 * Stored (de-duplicated) events as PLOVER JSON records, one per line, after the field tables of the PLOVER
 * manual: `id`, `date`/`enddate`, `actor`/`recipient` entity objects, `event`, `mode`, `quad_code`,
 * `event_loc`, `event_text`, `text_info` and `cite_info`. Parley adds named fields the manual allows:
 * `status` (only asserted events are exported unless asked), `mentions` (how many reports) and `sources`.
 */
import type { PloverType } from '../doc/layers.js'
import type { ActorRef, StoredEvent } from '../store/store.js'

export const PLOVER_CODER = 'parley 0.1.0'
export const PLOVER_CODEBOOK = 'plover-2.0'

/** The manual's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD_CODES = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
} as const satisfies Record<PloverType, 1 | 2 | 3 | 4>

export interface PloverEntity {
  readonly code: string | null
  readonly entity_text: string
  readonly identifier_id: string
  readonly identifier_text: string
}

export interface PloverRecord {
  readonly id: string
  readonly has_event: boolean
  readonly date: string | null
  readonly enddate?: string
  readonly actor: readonly PloverEntity[]
  readonly recipient: readonly PloverEntity[]
  readonly event: readonly PloverType[]
  readonly mode?: readonly string[]
  readonly quad_code: 1 | 2 | 3 | 4
  readonly event_loc?: {
    readonly extracted_place: string
    readonly resolved_place: string
    readonly lat: number | null
    readonly lon: number | null
    readonly country_code: string | null
  }
  readonly event_text: readonly string[]
  readonly text_info?: { readonly start: number; readonly end: number }
  readonly cite_info?: {
    readonly citation: string
    readonly url: string | null
    readonly title: string | null
    readonly language: string | null
    readonly publication: string | null
    readonly coder: string
    readonly codebook: string
  }
  readonly coder: string
  readonly status: StoredEvent['status']
  readonly mentions: number
  readonly sources: readonly string[]
}

function entity(actor: ActorRef): PloverEntity {
  return {
    code: actor.country,
    entity_text: actor.name,
    identifier_id: `parley:actor:${actor.id}`,
    identifier_text: actor.name,
  }
}

export function toPloverRecord(e: StoredEvent): PloverRecord {
  const first = e.mentions[0]
  const range = e.date ?? e.sortDate
  return {
    id: `parley-${e.id}`,
    has_event: true,
    date: range?.start ?? null,
    ...(range && range.end !== range.start ? { enddate: range.end } : {}),
    actor: e.actor.map(entity),
    recipient: e.recipient.map(entity),
    event: [e.type],
    ...(e.mode ? { mode: [e.mode] } : {}),
    quad_code: QUAD_CODES[e.type],
    ...(e.place
      ? {
          event_loc: {
            extracted_place: e.place.name,
            resolved_place: e.place.name,
            lat: e.place.lat,
            lon: e.place.lon,
            country_code: e.place.country,
          },
        }
      : {}),
    event_text: [...new Set(e.mentions.map((m) => m.trigger.text))],
    ...(first ? { text_info: { start: first.sentence.start, end: first.sentence.end } } : {}),
    ...(first
      ? {
          cite_info: {
            citation: first.document.id,
            url: first.document.url,
            title: first.document.title,
            language: first.document.language,
            publication: first.document.source,
            coder: PLOVER_CODER,
            codebook: PLOVER_CODEBOOK,
          },
        }
      : {}),
    coder: PLOVER_CODER,
    status: e.status,
    mentions: e.mentionCount,
    sources: [...new Set(e.mentions.map((m) => m.document.id))],
  }
}
