import type { PloverType } from '../doc/layers.js'
import { type QuadCode, quadOf, RECIPIENT_REQUIRED } from '../doc/plover-facts.js'
import type { ParleyRecord, RecordActor, RecordEvent } from './record.js'

/** An entity object of a PLOVER record (manual, "Information object for entities"). */
export interface PloverEntity {
  readonly code: string | null
  readonly sector: string | null
  readonly entity_text: string
  readonly office: string | null
}

/** The event location object (manual, "Location object"). */
export interface PloverLocation {
  readonly extracted_place: string
  readonly resolved_place: string
  readonly lat: number | null
  readonly lon: number | null
  readonly country_code: string | null
}

/** An entity of a record coded from one article: `identifier_id` names the actor within the article. */
export interface ArticlePloverEntity extends PloverEntity {
  readonly identifier_id: string
  readonly identifier_text: string
}

/** Where the record was coded from (manual, "citeInfo object"). */
export interface PloverCiteInfo {
  readonly citation: string
  readonly url: string | null
  readonly title: string | null
  readonly language: string | null
  readonly publication: string | null
}

/** The coder field of every PLOVER record Parley writes. */
export const PLOVER_CODER = 'parley 0.1.0'

/** Event types the manual codes only with a recipient ("Requires recipient: Yes"). */
export { RECIPIENT_REQUIRED }

/**
 * Can the event be written as a PLOVER record? The manual requires an actor, and a recipient for the types in
 * `RECIPIENT_REQUIRED`; PLOVER has no status field, so a consumer that ignores Parley's `status` would count
 * negated, hypothetical and future events as real: they are written only when asked for (`allStatuses`).
 */
export function isPloverConformant(
  e: {
    readonly type: PloverType
    readonly status: string
    readonly actor: readonly unknown[]
    readonly recipient: readonly unknown[]
  },
  allStatuses = false,
): boolean {
  if (!allStatuses && e.status !== 'asserted') return false
  if (e.actor.length === 0) return false
  return e.recipient.length > 0 || !RECIPIENT_REQUIRED.has(e.type)
}

/**
 * One PLOVER JSON record (manual, "PLOVER JSON"), with Parley's own fields `status`, `cameo` and `quote`
 * added as the manual allows for fields it does not define.
 */
export interface PloverRecord {
  readonly id: string
  readonly date: string | null
  readonly enddate: string | null
  readonly actor: readonly PloverEntity[]
  readonly recipient: readonly PloverEntity[]
  readonly event: readonly PloverType[]
  readonly mode: readonly string[]
  readonly quad_code: QuadCode
  readonly event_loc: PloverLocation | null
  readonly event_text: readonly string[]
  readonly text_info: { readonly start: number; readonly end: number }
  readonly text?: string
  readonly status: RecordEvent['status']
  readonly cameo: string | null
  readonly quote: string | null
}

function entityOf(documentId: string, actor: RecordActor): ArticlePloverEntity {
  const code = actor.country ?? (actor.sector === 'IGO' ? 'IGO' : null)
  return {
    code,
    sector: actor.sector,
    entity_text: actor.name,
    office: actor.role,
    identifier_id: `parley:${documentId}:${actor.id}`,
    identifier_text: actor.name,
  }
}

/** A PLOVER record coded from one article, with the provider fields the manual allows. */
export interface ArticlePloverRecord extends PloverRecord {
  readonly actor: readonly ArticlePloverEntity[]
  readonly recipient: readonly ArticlePloverEntity[]
  readonly has_event: true
  readonly cite_info: PloverCiteInfo
  readonly coder: string
}

export interface PloverOptions {
  /** Also write negated, hypothetical and future events (each carries its `status`); default: asserted only. */
  readonly allStatuses?: boolean
}

/**
 * The events of a Parley record as PLOVER records, in record order: the conformant ones (`isPloverConformant`:
 * an actor, a recipient where the type needs one, asserted unless `allStatuses`). Pure: the same record always
 * gives the same output. The sentence text is included only when the record carries the document text. An event
 * that is not asserted is dated only by its own time expression, never by the publication date.
 */
export function toPloverRecords(record: ParleyRecord, options: PloverOptions = {}): ArticlePloverRecord[] {
  const actors = new Map(record.actors.map((a) => [a.id, a]))
  const documentId = record.document.id
  const entities = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const actor = actors.get(id)
      return actor ? [entityOf(documentId, actor)] : []
    })
  const documentText = record.document.text
  const cite: PloverCiteInfo = {
    citation: documentId,
    url: record.document.url,
    title: record.document.title,
    language: record.document.language,
    publication: record.document.source,
  }
  const conformant = record.events.filter((e) => isPloverConformant(e, options.allStatuses))
  return conformant.map((e) => {
    const location = e.location
    const ownDate = e.date?.start ?? null
    const base: ArticlePloverRecord = {
      id: `${documentId}-${e.id}`,
      has_event: true,
      date: e.status === 'asserted' ? (ownDate ?? record.document.date) : ownDate,
      enddate: e.date && e.date.end !== e.date.start ? e.date.end : null,
      actor: entities(e.actor),
      recipient: entities(e.recipient),
      event: [e.type],
      mode: e.mode ? [e.mode] : [],
      quad_code: quadOf(e.type),
      event_loc: location
        ? {
            extracted_place: location.name,
            resolved_place: location.name,
            lat: location.lat,
            lon: location.lon,
            country_code: location.country,
          }
        : null,
      event_text: [e.trigger.text],
      text_info: { start: e.sentence.start, end: e.sentence.end },
      status: e.status,
      cameo: e.cameo,
      quote: e.quote,
      cite_info: cite,
      coder: PLOVER_CODER,
    }
    return documentText === undefined
      ? base
      : { ...base, text: documentText.slice(e.sentence.start, e.sentence.end) }
  })
}
