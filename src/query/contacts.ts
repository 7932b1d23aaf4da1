import { CONTACT_TYPES, toneOf } from '../doc/plover-facts.js'
import type { Store, StoredEvent } from '../store/store.js'
import type { NameResolution } from './queries.js'
import { type ResolvedParty, resolveActors } from './resolve-actors.js'

/** Types that are a contact between the parties when they happened (from the one table of PLOVER type facts). */
export { CONTACT_TYPES }

/** Actors listed per party in a result (a country stands for hundreds; all of them are queried). */
export const MAX_LISTED_ACTORS = 50

/** Most events a contacts timeline lists. */
export const MAX_TIMELINE_EVENTS = 5000
export const TIMELINE_MENTIONS = 10

export interface ContactsOptions extends NameResolution {
  readonly since?: string
  readonly until?: string
}

/** The analyst's answer: when they last engaged, and what was refused or said not to have happened. */
export interface ContactsSummary {
  /** The most recent asserted contact between the two: a meeting, call, visit or talks (CONSULT). */
  readonly lastContact: StoredEvent | null
  /** The most recent other asserted cooperation (an agreement, aid, support, joint work, a concession). */
  readonly lastCooperation: StoredEvent | null
  /** The most recent asserted conflict other than a refusal (an accusation, a threat, sanctions, force). */
  readonly lastConflict: StoredEvent | null
  /** Stated refusals between them (asserted REJECT), most recent first. */
  readonly refusals: readonly StoredEvent[]
  /** Stated absence of contact (negated contact: "no meeting or call since January"), most recent first. */
  readonly absences: readonly StoredEvent[]
  readonly counts: { readonly events: number; readonly mentions: number }
}

/** A party as the result shows it: the first actors it stands for, and how many there are. */
export interface ContactParty extends ResolvedParty {
  readonly actorCount: number
}

export interface ContactsResult {
  readonly a: ContactParty
  readonly b: ContactParty
  readonly summary: ContactsSummary
  /** Every event between the two, oldest first, each with its mentions (provenance). */
  readonly events: readonly StoredEvent[]
}

/** Later first: by the end of the event's date, then its start, then the latest stored. */
function compareRecentFirst(x: StoredEvent, y: StoredEvent): number {
  const [xe, ye] = [x.sortDate?.end ?? '', y.sortDate?.end ?? '']
  if (xe !== ye) return xe < ye ? 1 : -1
  const [xs, ys] = [x.sortDate?.start ?? '', y.sortDate?.start ?? '']
  if (xs !== ys) return xs < ys ? 1 : -1
  return y.id - x.id
}

export function summariseContacts(events: readonly StoredEvent[]): ContactsSummary {
  const recent = [...events].sort(compareRecentFirst)
  return {
    lastContact: recent.find((e) => e.status === 'asserted' && CONTACT_TYPES.has(e.type)) ?? null,
    lastCooperation:
      recent.find(
        (e) => e.status === 'asserted' && !CONTACT_TYPES.has(e.type) && toneOf(e.type) === 'cooperation',
      ) ?? null,
    lastConflict:
      recent.find((e) => e.status === 'asserted' && e.type !== 'REJECT' && toneOf(e.type) === 'conflict') ??
      null,
    refusals: recent.filter((e) => e.status === 'asserted' && e.type === 'REJECT'),
    absences: recent.filter((e) => e.status === 'negated' && CONTACT_TYPES.has(e.type)),
    counts: { events: events.length, mentions: events.reduce((n, e) => n + e.mentionCount, 0) },
  }
}

/** The timeline between two actors (people or countries, by name, code or id) with its summary. */
export async function contacts(
  store: Store,
  a: string,
  b: string,
  options: ContactsOptions = {},
): Promise<ContactsResult> {
  const [first, second] = await Promise.all([
    resolveActors(store, a, options.knowledge),
    resolveActors(store, b, options.knowledge),
  ])
  const events =
    first.actors.length === 0 || second.actors.length === 0
      ? []
      : await store.findEvents({
          ...(options.since ? { since: options.since } : {}),
          ...(options.until ? { until: options.until } : {}),
          between: [first.actors.map((x) => x.id), second.actors.map((x) => x.id)],
          order: 'asc',
          limit: MAX_TIMELINE_EVENTS,
          mentionLimit: TIMELINE_MENTIONS,
        })
  const listed = (p: ResolvedParty): ContactParty => ({
    ...p,
    actors: p.actors.slice(0, MAX_LISTED_ACTORS),
    actorCount: p.actors.length,
  })
  return { a: listed(first), b: listed(second), summary: summariseContacts(events), events }
}
