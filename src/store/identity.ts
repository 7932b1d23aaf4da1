/**
 * One identity per person across documents, shared by both stores (each runs these statements its own way:
 * SQLite synchronously, PostgreSQL over a connection).
 *
 * A person's stored row is found, in order:
 * 1. by a user's rule (`parley actors merge` or `split`): an actor key or person name that stands for another
 *    actor key (the row of that key, made when missing; no name lookup then);
 * 2. by the actor key (a knowledge-base id, else name, kind and country: see keys.ts `actorKey`);
 * 3. by the person's name folded of titles, initials and suffixes ("Sen. Ted Cruz", "John R. Kasich",
 *    "Donald J. Trump" → "ted cruz", "john kasich", "donald trump"), whatever country or sector an article gave:
 *    those are attributes of a document's mention, kept in `document_actors`, not parts of the identity;
 * 4. for a surname alone ("Cruz" in an article that never gives his first name), by the one person of that
 *    surname who dominates the store (see `dominantBearer`).
 * When a full name becomes the dominant bearer of a surname, a row stored for the surname alone merges into
 * it, so the result does not depend on which article came first.
 */
import type { PloverType } from '../doc/layers.js'
import type { ParleyRecord } from '../record/record.js'
import { matchKey, partyKey, type StatusFamily } from './dedup.js'
import { nameKey } from './keys.js'

/** Titles and honorifics that may stand in a stored person's name ("Senator Bernie Sanders"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'gen',
  'general',
  'col',
  'adm',
  'admiral',
  'prof',
  'professor',
  'rev',
  'reverend',
  'sheikh',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
])

/** Suffixes after a surname ("Martin Luther King Jr.", "George H. W. Bush III"). */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** A bearer must hold this many times the mentions of the next person of the surname to take it alone. */
const DOMINANCE = 3

/**
 * A person's name as an identity: `nameKey` without leading titles, single-letter initials and suffixes; the
 * possessive is gone already ("Trump's" never reaches the store: mentions end before it).
 */
export function personNameKey(name: string): string {
  const words = nameKey(name).split(' ')
  let start = 0
  while (start < words.length - 1 && TITLE_WORDS.has(words[start]!)) start++
  let end = words.length
  while (end > start + 1 && SUFFIX_WORDS.has(words[end - 1]!)) end--
  const kept = words.slice(start, end)
  const folded = kept.filter((w, i) => i === 0 || i === kept.length - 1 || w.length > 1)
  return folded.join(' ')
}

export interface Bearer {
  readonly pk: number
  readonly mentions: number
}

/**
 * The person a surname alone stands for: the most mentioned full-name bearer in the store when it has at
 * least `DOMINANCE` times the mentions of the next one; null when none does (two Clintons of equal standing).
 * `bearers` come most mentioned first.
 */
export function dominantBearer(bearers: readonly Bearer[]): number | null {
  const [first, second] = bearers
  if (!first || first.mentions === 0) return null
  if (second && first.mentions < DOMINANCE * second.mentions) return null
  return first.pk
}

/** The statements of identity resolution and merging, with `?` placeholders, valid in SQLite and PostgreSQL. */
export const IDENTITY_SQL = {
  /** The actor key a user's rule sends this key or person name to (the newest rule wins). */
  ruledKey: `SELECT into_key FROM actor_rules
    WHERE from_key = ? OR (from_name IS NOT NULL AND from_name = ?) ORDER BY created_at DESC LIMIT 1`,
  /** An actor's document links, with the name each article gave. */
  links: `SELECT d.id AS "documentId", da.local_id AS "localId", da.name FROM document_actors da
    JOIN documents d ON d.pk = da.doc WHERE da.actor = ? ORDER BY d.pk`,
  /** A person by folded name, a knowledge-base row first. */
  byPersonName: `SELECT pk FROM actors WHERE kind = 'person' AND anonymous = 0 AND name_key = ?
    ORDER BY (kb_id IS NULL), pk LIMIT 1`,
  /** The same for a person the knowledge base knows: never another known person ("George W." and "George H. W. Bush"). */
  byKnownPersonName: `SELECT pk FROM actors WHERE kind = 'person' AND anonymous = 0 AND name_key = ?
    AND (kb_id IS NULL OR kb_id = ?) ORDER BY (kb_id IS NULL), pk LIMIT 1`,
  /** The two most mentioned full-name bearers of a surname. */
  bearers: `SELECT a.pk, coalesce(c.mentions, 0) AS mentions FROM actors a
    LEFT JOIN actor_counts c ON c.actor = a.pk
    WHERE a.kind = 'person' AND a.anonymous = 0 AND a.surname_key = ? AND a.name_key <> a.surname_key
    ORDER BY mentions DESC, a.pk LIMIT 2`,
  /** A row stored for a surname alone (not one a user's rule made). */
  loneSurname: `SELECT pk FROM actors WHERE kind = 'person' AND anonymous = 0 AND kb_id IS NULL
    AND name_key = ? AND surname_key = name_key AND key NOT IN (SELECT into_key FROM actor_rules)`,
  actor:
    'SELECT pk, key, name, name_key AS "nameKey", kind, country, sector, role, kb_id AS "kbId" FROM actors WHERE pk = ?',
  touchedEvents: 'SELECT DISTINCT event FROM event_parties WHERE actor = ?',
  copyParties: `INSERT INTO event_parties (event, role, actor)
    SELECT event, role, ? FROM event_parties WHERE actor = ? ON CONFLICT DO NOTHING`,
  dropParties: 'DELETE FROM event_parties WHERE actor = ?',
  eventType: 'SELECT type, family FROM events WHERE pk = ?',
  eventParties: 'SELECT role, actor FROM event_parties WHERE event = ?',
  setPartyKey: 'UPDATE events SET party_key = ? WHERE pk = ?',
  setMatchKey: 'UPDATE event_mentions SET match_key = ? WHERE event = ?',
  moveLinks: 'UPDATE document_actors SET actor = ? WHERE actor = ?',
  moveQuotes: 'UPDATE quotes SET speaker = ? WHERE speaker = ?',
  /** A person found under another key, or merged into, learns what it did not know yet. */
  inherit: `UPDATE actors SET country = coalesce(country, ?), sector = coalesce(sector, ?), role = coalesce(role, ?),
    kb_id = coalesce(kb_id, ?) WHERE pk = ?`,
  dropActor: 'DELETE FROM actors WHERE pk = ?',
  /** Rules that led to the merged actor lead to the one it merged into. */
  retargetRules: 'UPDATE actor_rules SET into_key = ? WHERE into_key = ?',
  addRule: 'INSERT INTO actor_rules (from_key, from_name, into_key, created_at) VALUES (?, ?, ?, ?)',
  rules: `SELECT r.from_key AS "fromKey", r.from_name AS "fromName", r.into_key AS "intoKey", r.created_at AS "createdAt",
      a.pk AS "intoId", a.name AS "intoName"
    FROM actor_rules r LEFT JOIN actors a ON a.key = r.into_key ORDER BY r.created_at, r.from_key`,
} as const

/** The key a split gives the links of `actorKey` named `name`: a new actor of its own. */
export function splitKey(actorKey: string, name: string): string {
  return `split:${actorKey}:${name}`
}

/** An actor's document link as a split reads it. */
export interface SplitLink {
  readonly documentId: string
  readonly localId: string
  readonly name: string
}

/** What a split decided before its articles are stored again (see `restoreSplitDocuments`). */
export interface SplitPlan {
  readonly from: number
  readonly intoKey: string
  /** The articles whose actor named so moves, with that actor's local id. */
  readonly links: readonly { readonly documentId: string; readonly localId: string }[]
}

/** The links of an actor that a split by `name` moves: none, or all of them, is no split. */
export function splitLinks<T extends { readonly name: string }>(
  links: readonly T[],
  name: string,
): T[] | null {
  const folded = personNameKey(name)
  const moved = links.filter((l) => personNameKey(l.name) === folded)
  return moved.length === 0 || moved.length === links.length ? null : moved
}

/** The stored rows of a record's named people (what `absorbLoneSurnames` looks at after a document). */
export function namedPeople(record: ParleyRecord, actorPks: ReadonlyMap<string, number>): number[] {
  return record.actors.flatMap((a) => {
    const pk = actorPks.get(a.id)
    return a.kind === 'person' && !a.anonymous && pk !== undefined ? [pk] : []
  })
}

/**
 * An event's party key and its reports' match key after its parties changed (an actor merge), from its type,
 * status family and `event_parties` rows.
 */
export function eventKeysOf(
  type: PloverType,
  family: StatusFamily,
  parties: readonly { readonly role: string; readonly actor: number }[],
): { readonly partyKey: string; readonly matchKey: string } {
  const actor = parties.filter((p) => p.role === 'actor').map((p) => p.actor)
  const recipient = parties.filter((p) => p.role === 'recipient').map((p) => p.actor)
  const key = partyKey(type, actor, recipient)
  return { partyKey: key, matchKey: matchKey(type, family, key) }
}

/** Whether a stored actor learns anything from an article's actor: rows are rewritten only then. */
export function learnsFrom(
  row: Pick<IdentityRow, 'country' | 'sector' | 'role' | 'kbId'>,
  a: { readonly country: string | null; readonly sector: string | null; readonly role: string | null },
  kbId: string | null,
): boolean {
  return (
    (row.country === null && a.country !== null) ||
    (row.sector === null && a.sector !== null) ||
    (row.role === null && a.role !== null) ||
    (row.kbId === null && kbId !== null)
  )
}

/** A stored actor as the merge reads it. */
export interface IdentityRow {
  readonly pk: number
  readonly key: string
  readonly name: string
  readonly nameKey: string
  readonly kind: string
  readonly country: string | null
  readonly sector: string | null
  readonly role: string | null
  readonly kbId: string | null
}
