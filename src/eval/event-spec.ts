import { EVENT_STATUSES, type EventStatus } from '../doc/layers.js'
import type { ParleyRecord, RecordActor, RecordEvent } from '../record/record.js'
import { isObject, stringArray } from './jsonl.js'
import { partyMatches } from './seed.js'

/**
 * An event as an evaluation set describes it: one of some types, one of some statuses, and parties named by
 * ISO alpha-3 code or by a word of their name. Used by the status and news sets.
 */
export interface EventSpec {
  readonly types: readonly string[]
  /** Accepted statuses; `any` accepts every status. */
  readonly statuses: readonly EventStatus[] | 'any'
  readonly actor: string | null
  readonly recipient: string | null
  /** Matches only an event whose actor is also its recipient (a speaker meeting himself). */
  readonly self: boolean
}

export class EvalSetError extends Error {
  override readonly name = 'EvalSetError'
}

const asList = (value: unknown): string[] => (typeof value === 'string' ? [value] : stringArray(value))

/** Reads `{type, status, actor, recipient, self}`; `defaultStatus` when no status is given. */
export function parseEventSpec(value: unknown, where: string, defaultStatus: EventStatus | 'any'): EventSpec {
  if (!isObject(value)) throw new EvalSetError(`${where}: an event must be an object`)
  const types = asList(value.type)
  if (types.length === 0) throw new EvalSetError(`${where}: an event needs a type`)
  let statuses: EventSpec['statuses']
  if (value.status === undefined) statuses = defaultStatus === 'any' ? 'any' : [defaultStatus]
  else if (value.status === 'any') statuses = 'any'
  else {
    const list = asList(value.status)
    const bad = list.find((s) => !(EVENT_STATUSES as readonly string[]).includes(s))
    if (list.length === 0 || bad !== undefined)
      throw new EvalSetError(`${where}: unknown status "${bad ?? String(value.status)}"`)
    statuses = list as EventStatus[]
  }
  const party = (v: unknown, name: string): string | null => {
    if (v === undefined || v === null) return null
    if (typeof v !== 'string') throw new EvalSetError(`${where}: ${name} must be a code or a name`)
    return v
  }
  return {
    types,
    statuses,
    actor: party(value.actor, 'actor'),
    recipient: party(value.recipient, 'recipient'),
    self: value.self === true,
  }
}

/** Event types whose parties act together: the actor/recipient split is not the text's. */
const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['CONSULT'])

function has(party: string, ids: readonly string[], actors: ReadonlyMap<string, RecordActor>): boolean {
  return ids.some((id) => {
    const actor = actors.get(id)
    return actor !== undefined && partyMatches(party, actor)
  })
}

/**
 * Do the event's parties fit the spec's? For meetings the parties may stand on either side, or all among the
 * actors with no recipient (PLOVER's reading of "X and Y met"), as long as they are two different actors.
 */
export function partiesFit(
  spec: EventSpec,
  event: RecordEvent,
  actors: ReadonlyMap<string, RecordActor>,
): boolean {
  const fits = (a: readonly string[], r: readonly string[]) =>
    (spec.actor === null || has(spec.actor, a, actors)) &&
    (spec.recipient === null || has(spec.recipient, r, actors))
  if (fits(event.actor, event.recipient)) return true
  if (!SYMMETRIC_TYPES.has(event.type)) return false
  const all = [...event.actor, ...event.recipient]
  const matching = (party: string | null) =>
    party === null ? all : all.filter((id) => has(party, [id], actors))
  const first = matching(spec.actor)
  const second = matching(spec.recipient)
  return first.some((a) => second.some((b) => b !== a || spec.actor === null || spec.recipient === null))
}

/** The actors standing on both sides of the event (by id, or by name: "Zarif" meeting "Mohammad Javad Zarif"). */
export function isSelfDyad(event: RecordEvent, actors: ReadonlyMap<string, RecordActor>): boolean {
  const name = (id: string) => actors.get(id)?.name.toLowerCase() ?? id
  const sources = new Set(event.actor.map(name))
  return (
    event.actor.some((id) => event.recipient.includes(id)) ||
    event.recipient.some((id) => sources.has(name(id)))
  )
}

export function typeAndStatusFit(spec: EventSpec, event: RecordEvent): boolean {
  return spec.types.includes(event.type) && (spec.statuses === 'any' || spec.statuses.includes(event.status))
}

/** Does the predicted event fit the spec (type, status, parties, self-dyad)? */
export function eventFits(
  spec: EventSpec,
  event: RecordEvent,
  actors: ReadonlyMap<string, RecordActor>,
): boolean {
  if (!typeAndStatusFit(spec, event)) return false
  if (spec.self && !isSelfDyad(event, actors)) return false
  return partiesFit(spec, event, actors)
}

/**
 * An event a later stage marks as background ("the occupied West Bank": not a new event of the sentence)
 * when the record carries such a flag; no event is marked today.
 */
export function isBackground(event: RecordEvent): boolean {
  return (event as RecordEvent & { readonly background?: unknown }).background === true
}

/** "CONSULT/negated Putin→Biden" for listings. */
export function describeEvent(event: RecordEvent, actors: ReadonlyMap<string, RecordActor>): string {
  const names = (ids: readonly string[]) =>
    ids.map((id) => {
      const a = actors.get(id)
      return a ? `${a.name}${a.country ? ` (${a.country})` : ''}` : id
    })
  const side = (ids: readonly string[]) => names(ids).join('+') || '?'
  return `${event.type}/${event.status} ${side(event.actor)}→${side(event.recipient)} “${event.trigger.text}”`
}

export function describeSpec(spec: EventSpec): string {
  const statuses = spec.statuses === 'any' ? 'any' : spec.statuses.join('|')
  const parties = spec.self ? ' self' : ` ${spec.actor ?? '?'}→${spec.recipient ?? '?'}`
  return `${spec.types.join('|')}/${statuses}${parties}`
}

/** A record's actors by id (none for a missing record). */
export function actorsById(record: ParleyRecord | undefined): Map<string, RecordActor> {
  return new Map((record?.actors ?? []).map((a) => [a.id, a]))
}
