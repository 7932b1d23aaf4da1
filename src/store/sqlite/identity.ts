import type { PloverType } from '../../doc/layers.js'
import type { RecordActor } from '../../record/record.js'
import type { StatusFamily } from '../dedup.js'
import {
  type Bearer,
  dominantBearer,
  eventKeysOf,
  IDENTITY_SQL,
  type IdentityRow,
  personNameKey,
  type SplitLink,
  type SplitPlan,
  splitKey,
  splitLinks,
} from '../identity.js'
import { surnameKey } from '../keys.js'
import type { ActorRule, MergeOutcome } from '../store.js'
import type { Statements } from './statements.js'
import { rejoinEvents } from './write-events.js'

/** The actor key a user's rule gives this actor (identity.ts, step 1), or undefined. */
export function ruledKey(s: Statements, a: RecordActor, key: string): string | undefined {
  return s.get(IDENTITY_SQL.ruledKey).pluck().get(key, personNameKey(a.name)) as string | undefined
}

/** The stored person an actor of a new record is (identity.ts, steps 3 and 4), or undefined for a new row. */
export function findPerson(s: Statements, a: RecordActor, kbId: string | null): number | undefined {
  const name = personNameKey(a.name)
  if (a.kind !== 'person' || a.anonymous) return undefined
  const byName = (
    kbId
      ? s.get(IDENTITY_SQL.byKnownPersonName).pluck().get(name, kbId)
      : s.get(IDENTITY_SQL.byPersonName).pluck().get(name)
  ) as number | undefined
  if (byName !== undefined || kbId || name.includes(' ')) return byName
  return dominantBearer(s.get(IDENTITY_SQL.bearers).all(name) as Bearer[]) ?? undefined
}

/** After a document: a row kept for a surname alone merges into the full name that now dominates it. */
export function absorbLoneSurnames(s: Statements, personPks: Iterable<number>): void {
  for (const pk of personPks) {
    const row = s.get(IDENTITY_SQL.actor).get(pk) as IdentityRow | undefined
    if (!row?.nameKey.includes(' ')) continue
    const surname = surnameKey(row.nameKey)
    const lone = s.get(IDENTITY_SQL.loneSurname).pluck().get(surname) as number | undefined
    if (lone === undefined) continue
    if (dominantBearer(s.get(IDENTITY_SQL.bearers).all(surname) as Bearer[]) === pk)
      mergeActorRows(s, lone, pk)
  }
}

/** A user's merge: the rows merge and the rule is kept for later articles (identity.ts, step 1). */
export function mergeWithRule(s: Statements, from: number, into: number): MergeOutcome | null {
  const source = s.get(IDENTITY_SQL.actor).get(from) as IdentityRow | undefined
  const outcome = mergeActorRows(s, from, into)
  if (!source || !outcome) return null
  s.get(IDENTITY_SQL.retargetRules).run(outcome.intoKey, outcome.fromKey)
  const name = source.kind === 'person' ? personNameKey(source.name) : null
  s.get(IDENTITY_SQL.addRule).run(outcome.fromKey, name, outcome.intoKey, new Date().toISOString())
  return outcome
}

/** A user's split, first half: the rule is kept; the articles to store again are returned (store/split.ts). */
export function planSplit(s: Statements, id: number, name: string): SplitPlan | null {
  const source = s.get(IDENTITY_SQL.actor).get(id) as IdentityRow | undefined
  if (!source) return null
  const moved = splitLinks(s.get(IDENTITY_SQL.links).all(id) as SplitLink[], name)
  if (!moved) return null
  const intoKey = splitKey(source.key, personNameKey(name))
  s.get(IDENTITY_SQL.addRule).run(
    `split-of:${source.key}`,
    personNameKey(name),
    intoKey,
    new Date().toISOString(),
  )
  return { from: id, intoKey, links: moved }
}

export function actorRules(s: Statements): ActorRule[] {
  return s.get(IDENTITY_SQL.rules).all() as ActorRule[]
}

/** Moves everything stored of actor `from` to actor `into` (links, quotes, event parties) and deletes `from`. */
export function mergeActorRows(s: Statements, from: number, into: number): MergeOutcome | null {
  const source = s.get(IDENTITY_SQL.actor).get(from) as IdentityRow | undefined
  const target = s.get(IDENTITY_SQL.actor).get(into) as IdentityRow | undefined
  if (!source || !target || from === into) return null
  const events = s.get(IDENTITY_SQL.touchedEvents).pluck().all(from) as number[]
  s.get(IDENTITY_SQL.copyParties).run(into, from)
  s.get(IDENTITY_SQL.dropParties).run(from)
  for (const event of events) {
    const { type, family } = s.get(IDENTITY_SQL.eventType).get(event) as {
      type: PloverType
      family: StatusFamily
    }
    const parties = s.get(IDENTITY_SQL.eventParties).all(event) as { role: string; actor: number }[]
    const keys = eventKeysOf(type, family, parties)
    s.get(IDENTITY_SQL.setPartyKey).run(keys.partyKey, event)
    s.get(IDENTITY_SQL.setMatchKey).run(keys.matchKey, event)
  }
  const documents = s.get(IDENTITY_SQL.moveLinks).run(into, from).changes
  s.get(IDENTITY_SQL.moveQuotes).run(into, from)
  s.get(IDENTITY_SQL.inherit).run(source.country, source.sector, source.role, source.kbId, into)
  s.get(IDENTITY_SQL.dropActor).run(from)
  rejoinEvents(s, events)
  return {
    from: source.pk,
    into: target.pk,
    fromKey: source.key,
    intoKey: target.key,
    documents,
    events: events.length,
  }
}
