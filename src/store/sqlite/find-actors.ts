import type { ActorKind } from '../../doc/layers.js'
import { nameKey } from '../keys.js'
import type { ActorFilter, PlaceFilter, StoredActor, StoredPlace } from '../store.js'
import { DEFAULT_LIMIT, type ListDialect, SQLITE_LISTS } from './find-events.js'
import type { Statements } from './statements.js'

const COUNTRY_CODE = /^[A-Za-z]{3}$/

export interface ActorRow {
  readonly pk: number
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
  readonly sector: string | null
  readonly role: string | null
  readonly kb_id: string | null
  readonly anonymous: number
  readonly documents: number
  readonly mentions: number
}

/**
 * The WHERE clause of an actor filter (actors a), in either backend's list dialect: anonymous actors only when
 * asked by id; a search is text, never a pattern (`%` and `_` match themselves), and a search of punctuation
 * only (nothing left once normalised) matches names holding it as written.
 */
export function actorWhere(
  filter: ActorFilter,
  lists: ListDialect = SQLITE_LISTS,
): { readonly where: string; readonly params: unknown[] } {
  const conditions: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql)
    params.push(...values)
  }
  if (filter.ids) add(lists.in('a.pk', 'integer'), lists.list(filter.ids))
  else add('a.anonymous = 0')
  const search = filter.search?.trim() ?? ''
  if (search !== '') {
    const code = COUNTRY_CODE.test(search) ? search.toUpperCase() : null
    const key = nameKey(search)
    if (key !== '')
      add(`(a.name_key LIKE '%' || ? || '%' ESCAPE '\\' OR a.country = ?)`, escapeLike(key), code)
    else add(`a.name LIKE '%' || ? || '%' ESCAPE '\\'`, escapeLike(search))
  }
  if (filter.nameKeys) add(lists.in('a.name_key', 'text'), lists.list(filter.nameKeys))
  if (filter.surnameKeys) add(lists.in('a.surname_key', 'text'), lists.list(filter.surnameKeys))
  for (const word of filter.wordKeys ?? [])
    add(`(' ' || a.name_key || ' ') LIKE '% ' || ? || ' %' ESCAPE '\\'`, escapeLike(word))
  if (filter.countries) add(lists.in('a.country', 'text'), lists.list(filter.countries))
  if (filter.kinds) add(lists.in('a.kind', 'text'), lists.list(filter.kinds))
  return { where: `WHERE ${conditions.join(' AND ')}`, params }
}

/** Actors matching every given condition, the most mentioned first. */
export function findActors(s: Statements, filter: ActorFilter): StoredActor[] {
  const { where, params } = actorWhere(filter)
  // actor_counts is kept by triggers (migration 010): no counting per query
  const rows = s
    .get(
      `SELECT a.pk, a.name, a.kind, a.country, a.sector, a.role, a.kb_id, a.anonymous,
         coalesce(c.documents, 0) AS documents, coalesce(c.mentions, 0) AS mentions
       FROM actors a LEFT JOIN actor_counts c ON c.actor = a.pk ${where}
       ORDER BY mentions DESC, a.name, a.pk LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as ActorRow[]
  return rows.map(storedActor)
}

/** How many actors a filter matches, whatever page is asked for. */
export function totalActors(s: Statements, filter: ActorFilter): number {
  const { where, params } = actorWhere(filter)
  return s
    .get(`SELECT count(*) FROM actors a ${where}`)
    .pluck()
    .get(...params) as number
}

export function storedActor(a: ActorRow): StoredActor {
  return {
    id: a.pk,
    name: a.name,
    kind: a.kind,
    country: a.country,
    sector: a.sector,
    role: a.role,
    kbId: a.kb_id,
    anonymous: a.anonymous === 1,
    documents: a.documents,
    mentions: a.mentions,
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

export function findPlaces(s: Statements, filter: PlaceFilter): StoredPlace[] {
  const search = filter.search?.trim()
  const where = search ? 'WHERE p.name_key = ? OR p.country = ?' : ''
  const params = search ? [nameKey(search), search.toUpperCase()] : []
  return s
    .get(
      `SELECT pk AS id, name, country, lat, lon FROM places p ${where} ORDER BY p.name, p.pk LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as StoredPlace[]
}
