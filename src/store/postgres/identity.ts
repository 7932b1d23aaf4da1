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
import type { Sql } from './sql.js'
import { rejoinEvents } from './write-events.js'

type Pk = { readonly pk: number }

/** The actor key a user's rule gives this actor (identity.ts, step 1), or undefined. */
export async function ruledKey(sql: Sql, a: RecordActor, key: string): Promise<string | undefined> {
  const row = await sql.one<{ into_key: string }>(IDENTITY_SQL.ruledKey, key, personNameKey(a.name))
  return row?.into_key
}

/** The stored person an actor of a new record is (identity.ts, steps 3 and 4), or undefined for a new row. */
export async function findPerson(sql: Sql, a: RecordActor, kbId: string | null): Promise<number | undefined> {
  const name = personNameKey(a.name)
  if (a.kind !== 'person' || a.anonymous) return undefined
  const byName = kbId
    ? await sql.one<Pk>(IDENTITY_SQL.byKnownPersonName, name, kbId)
    : await sql.one<Pk>(IDENTITY_SQL.byPersonName, name)
  if (byName || kbId || name.includes(' ')) return byName?.pk
  return dominantBearer(await bearers(sql, name)) ?? undefined
}

async function bearers(sql: Sql, surname: string): Promise<Bearer[]> {
  const rows = await sql.all<{ pk: number; mentions: string | number }>(IDENTITY_SQL.bearers, surname)
  return rows.map((r) => ({ pk: r.pk, mentions: Number(r.mentions) }))
}

/** After a document: a row kept for a surname alone merges into the full name that now dominates it. */
export async function absorbLoneSurnames(sql: Sql, personPks: Iterable<number>): Promise<void> {
  for (const pk of personPks) {
    const row = await sql.one<IdentityRow>(IDENTITY_SQL.actor, pk)
    if (!row?.nameKey.includes(' ')) continue
    const surname = surnameKey(row.nameKey)
    const lone = await sql.one<Pk>(IDENTITY_SQL.loneSurname, surname)
    if (!lone) continue
    if (dominantBearer(await bearers(sql, surname)) === pk) await mergeActorRows(sql, lone.pk, pk)
  }
}

/** A user's merge: the rows merge and the rule is kept for later articles (identity.ts, step 1). */
export async function mergeWithRule(sql: Sql, from: number, into: number): Promise<MergeOutcome | null> {
  const source = await sql.one<IdentityRow>(IDENTITY_SQL.actor, from)
  const outcome = await mergeActorRows(sql, from, into)
  if (!source || !outcome) return null
  await sql.run(IDENTITY_SQL.retargetRules, outcome.intoKey, outcome.fromKey)
  const name = source.kind === 'person' ? personNameKey(source.name) : null
  await sql.run(IDENTITY_SQL.addRule, outcome.fromKey, name, outcome.intoKey, new Date().toISOString())
  return outcome
}

/** A user's split, first half: the rule is kept; the articles to store again are returned (store/split.ts). */
export async function planSplit(sql: Sql, id: number, name: string): Promise<SplitPlan | null> {
  const source = await sql.one<IdentityRow>(IDENTITY_SQL.actor, id)
  if (!source) return null
  const moved = splitLinks(await sql.all<SplitLink>(IDENTITY_SQL.links, id), name)
  if (!moved) return null
  const intoKey = splitKey(source.key, personNameKey(name))
  await sql.run(
    IDENTITY_SQL.addRule,
    `split-of:${source.key}`,
    personNameKey(name),
    intoKey,
    new Date().toISOString(),
  )
  return { from: id, intoKey, links: moved }
}

export async function actorRules(sql: Sql): Promise<ActorRule[]> {
  const rows = await sql.all<{
    [K in keyof ActorRule]: K extends 'intoId' ? number | string | null : ActorRule[K]
  }>(IDENTITY_SQL.rules)
  return rows.map((r) => ({ ...r, intoId: r.intoId === null ? null : Number(r.intoId) }))
}

/** Moves everything stored of actor `from` to actor `into` (links, quotes, event parties) and deletes `from`. */
export async function mergeActorRows(sql: Sql, from: number, into: number): Promise<MergeOutcome | null> {
  const source = await sql.one<IdentityRow>(IDENTITY_SQL.actor, from)
  const target = await sql.one<IdentityRow>(IDENTITY_SQL.actor, into)
  if (!source || !target || from === into) return null
  const events = (await sql.all<{ event: number }>(IDENTITY_SQL.touchedEvents, from)).map((r) => r.event)
  await sql.run(IDENTITY_SQL.copyParties, into, from)
  await sql.run(IDENTITY_SQL.dropParties, from)
  for (const event of events) {
    const kind = await sql.one<{ type: PloverType; family: StatusFamily }>(IDENTITY_SQL.eventType, event)
    if (!kind) continue
    const parties = await sql.all<{ role: string; actor: number }>(IDENTITY_SQL.eventParties, event)
    const keys = eventKeysOf(kind.type, kind.family, parties)
    await sql.run(IDENTITY_SQL.setPartyKey, keys.partyKey, event)
    await sql.run(IDENTITY_SQL.setMatchKey, keys.matchKey, event)
  }
  const documents = await sql.run(IDENTITY_SQL.moveLinks, into, from)
  await sql.run(IDENTITY_SQL.moveQuotes, into, from)
  await sql.run(IDENTITY_SQL.inherit, source.country, source.sector, source.role, source.kbId, into)
  await sql.run(IDENTITY_SQL.dropActor, from)
  await rejoinEvents(sql, events)
  return {
    from: source.pk,
    into: target.pk,
    fromKey: source.key,
    intoKey: target.key,
    documents,
    events: events.length,
  }
}
