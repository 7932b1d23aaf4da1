import { readJson } from '../data-files.js'
import { normalizeKey } from '../normalize-key.js'
import { type CuratedInput, curatedEntities, defaultCurated } from './curated.js'
import { answerFor } from './dated-answer.js'
import { isInternationalCode } from './sectors.js'
import {
  decodeSectors,
  displayName,
  type EntityKind,
  type EntityRow,
  kindOfCode,
  phoenixId,
  type WorldDataFile,
} from './world-data.js'
import type {
  AgentAnswer,
  LookupOptions,
  RoleSource,
  WorldAnswer,
  WorldEntity,
  WorldRole,
} from './world-types.js'

/**
 * The world knowledge base: people with dated roles, organisations, agencies and armed groups from the
 * Phoenix dictionaries, merged with Parley's curated office-holders and organisations, and the Phoenix agent
 * nouns. Answers are in PLOVER terms (see sectors.ts); lookups are Map lookups by normalised name.
 *
 * Merge (by normalised name, at load time, so the compiled data never goes stale against the YAML):
 * - a Phoenix person one of whose full names (two words or more) is a curated person's name or alias, with a
 *   country in common, is that person: the curated id and name, the curated terms, and the Phoenix roles only
 *   where no curated term overlaps them (earlier careers, other posts); the Phoenix names are added;
 * - a Phoenix organisation sharing a name with a curated one, with no conflicting country, is that
 *   organisation: curated id, country and sector (a Phoenix UNO/EUR may refine a curated IGO); names added;
 * - curated entities Phoenix does not know are in the index too, so one lookup sees everything.
 */

export type { CuratedInput, CuratedOrganization, CuratedPerson, CuratedTerm } from './curated.js'
export type {
  AgentAnswer,
  LookupOptions,
  RoleSource,
  WorldAnswer,
  WorldDefault,
  WorldEntity,
  WorldRole,
} from './world-types.js'

export interface WorldStats {
  readonly entities: number
  readonly people: number
  readonly organizations: number
  readonly armedGroups: number
  readonly keys: number
  readonly surnames: number
  readonly agents: number
  readonly curatedMerges: { readonly people: number; readonly bodies: number }
  readonly loadMs: number
}

export interface WorldKnowledge {
  /** Every entity known under a normalised name, answered for the date; curated entities first. */
  lookup(key: string, options?: LookupOptions): readonly WorldAnswer[]
  /**
   * The one answer for a name, or undefined: the only candidate; else the only one in office on the date;
   * else, when all candidates agree on country and sector, the first marked `ambiguous` (its country and
   * sector hold, its identity does not).
   */
  resolve(key: string, options?: LookupOptions): WorldAnswer | undefined
  /** People whose surname (the last word of their name) this is, answered for the date. */
  lookupSurname(key: string, options?: LookupOptions): readonly WorldAnswer[]
  /** `resolve` for a surname alone: the one bearer, or the only one in office on the date. */
  resolveSurname(key: string, options?: LookupOptions): WorldAnswer | undefined
  /** The answer for an entity id on a date (a Phoenix id of a curated person leads to the curated entry). */
  answer(id: string, options?: LookupOptions): WorldAnswer | undefined
  entity(id: string): WorldEntity | undefined
  /** The sector a generic noun phrase implies ("riot police" → COP), matching its longest known ending. */
  agent(key: string): AgentAnswer | undefined
  stats(): WorldStats
  readonly horizons: Readonly<Record<RoleSource, string>>
}

export interface WorldOptions {
  /** The compiled Phoenix data; default: src/knowledge/data/phoenix-world.json. */
  readonly data?: WorldDataFile
  /** The curated people and organisations; default: office-holders.yaml and organizations.yaml. */
  readonly curated?: CuratedInput
}

const DATA_URL = new URL('../data/phoenix-world.json', import.meta.url)

const nullable = (text: string): string | null => (text === '' ? null : text)

/** A compiled row as an entity (done when a lookup first reaches it). */
function phoenixEntity(row: EntityRow): WorldEntity {
  const [keys, kind, roles, defaults, acronyms = [], id] = row
  return {
    id: id ?? phoenixId(keys[0] ?? ''),
    kind: kindOfCode(kind),
    name: displayName(keys[0] ?? ''),
    keys,
    acronyms,
    roles: roles.map(([country, sectors, start, end]) => ({
      country: nullable(country),
      sectors: decodeSectors(sectors),
      start: nullable(start),
      end: nullable(end),
      title: null,
      source: 'phoenix' as const,
    })),
    defaults: defaults.map(([country, sectors]) => ({
      country: nullable(country),
      sectors: decodeSectors(sectors),
    })),
    sources: ['phoenix'],
  }
}

/** ISO countries of an entity's codes (international names say nothing about identity). */
function isoCountries(roles: readonly { readonly country: string | null }[]): Set<string> {
  const set = new Set<string>()
  for (const r of roles)
    if (r.country !== null && r.country !== '' && !isInternationalCode(r.country)) set.add(r.country)
  return set
}

const rowCountries = (row: EntityRow): Set<string> =>
  isoCountries([...row[2], ...row[3]].map(([country]) => ({ country })))
const entityCountries = (e: WorldEntity): Set<string> => isoCountries([...e.roles, ...e.defaults])

const compatible = (a: Set<string>, b: Set<string>): boolean =>
  a.size === 0 || b.size === 0 || [...a].some((c) => b.has(c))

/** The parts of a role outside every one of `terms`' periods ("" and "\uffff" stand for unbounded). */
function outside(role: WorldRole, terms: readonly WorldRole[]): WorldRole[] {
  let pieces: [string, string][] = [[role.start ?? '', role.end ?? '\uffff']]
  for (const t of terms) {
    const [ts, te] = [t.start ?? '', t.end ?? '\uffff']
    pieces = pieces.flatMap(([s, e]): [string, string][] => {
      if (te <= s || e <= ts) return [[s, e]]
      const kept: [string, string][] = []
      if (s < ts) kept.push([s, ts])
      if (te < e) kept.push([te, e])
      return kept
    })
  }
  return pieces.map(([s, e]) => ({ ...role, start: s === '' ? null : s, end: e === '\uffff' ? null : e }))
}

/** A curated person with the Phoenix person's names, and the Phoenix roles where no curated term speaks. */
function mergePerson(curated: WorldEntity, phoenix: WorldEntity): WorldEntity {
  const terms = curated.roles.filter((r) => r.source === 'curated')
  return {
    ...curated,
    keys: [...new Set([...curated.keys, ...phoenix.keys])],
    roles: [...curated.roles, ...phoenix.roles.flatMap((r) => outside(r, terms))],
    sources: ['curated', 'phoenix'],
  }
}

/** `surface` as an acronym is compared: whitespace collapsed, a leading "the " dropped, case kept. */
const bareSurface = (surface: string) => surface.replace(/\s+/g, ' ').trim().replace(/^the /i, '')

/** Index values: entity numbers, one or several (most names have one owner). */
type Owners = number | number[]

function addOwner(index: Map<string, Owners>, key: string, owner: number): void {
  const before = index.get(key)
  if (before === undefined) index.set(key, owner)
  else if (typeof before === 'number') {
    if (before !== owner) index.set(key, [before, owner])
  } else if (!before.includes(owner)) before.push(owner)
}

const ownersOf = (owners: Owners | undefined): readonly number[] =>
  owners === undefined ? [] : typeof owners === 'number' ? [owners] : owners

/** Particles that do not stand alone for a person ("al", "van", "de"); a surname needs 4 letters or more. */
const NOT_SURNAME = /^(?:al|el|bin|ibn|abu|van|von|der|de|da|du|di|la|le|jr\.?|sr\.?|ii|iii)$/

export function loadWorldKnowledge(options: WorldOptions = {}): WorldKnowledge {
  const started = performance.now()
  const data = options.data ?? readJson<WorldDataFile>(DATA_URL)
  const curated = options.curated ?? defaultCurated()
  const { people: curatedPeople, bodies: curatedBodies } = curatedEntities(curated)

  // Entities 0 … C-1 are curated, then one per compiled row, materialised on first use.
  const fixed: WorldEntity[] = [...curatedPeople, ...curatedBodies]
  const rows = data.entities
  const materialised = new Map<number, WorldEntity>()
  const entityAt = (n: number): WorldEntity | undefined => {
    if (n < fixed.length) return fixed[n]
    let entity = materialised.get(n)
    if (entity === undefined) {
      const row = rows[n - fixed.length]
      if (row === undefined) return undefined
      entity = phoenixEntity(row)
      materialised.set(n, entity)
    }
    return entity
  }

  const byKey = new Map<string, Owners>()
  const surnames = new Map<string, Owners>()
  const acronymSurface = new Map<string, string>()
  const addKeys = (n: number, keys: readonly string[], acronyms: readonly string[]) => {
    for (const a of acronyms) acronymSurface.set(`${n}|${normalizeKey(a)}`, a)
    for (const k of keys) addOwner(byKey, k, n)
    for (const a of acronyms) addOwner(byKey, normalizeKey(a), n)
  }
  fixed.forEach((e, n) => {
    addKeys(n, e.keys, e.acronyms)
  })
  curated.people.forEach((person, n) => {
    const surname = person.surname
    if (surname !== undefined) addOwner(surnames, normalizeKey(surname), n)
  })

  const curatedPersonByKey = new Map<string, number>()
  curatedPeople.forEach((p, n) => {
    for (const k of p.keys) if (k.includes(' ')) curatedPersonByKey.set(k, n)
  })
  const curatedBodyByKey = new Map<string, number>()
  curatedBodies.forEach((b, i) => {
    for (const k of [...b.keys, ...b.acronyms.map(normalizeKey)])
      curatedBodyByKey.set(k, curatedPeople.length + i)
  })
  const merges = { people: 0, bodies: 0 }
  /** Compiled rows merged into a curated person: their Phoenix id leads to the curated entity. */
  const mergedInto = new Map<number, number>()

  rows.forEach((row, i) => {
    const n = fixed.length + i
    const [keys, kind] = row
    const person = kind === 'p'
    let target: number | undefined
    let shared: string[] = []
    if (person) {
      for (const key of keys) {
        const candidate = key.includes(' ') ? curatedPersonByKey.get(key) : undefined
        const entity = candidate === undefined ? undefined : fixed[candidate]
        if (entity !== undefined && compatible(rowCountries(row), entityCountries(entity))) {
          target = candidate
          break
        }
      }
    } else {
      shared = keys.filter((k) => curatedBodyByKey.has(k))
      const candidate = shared[0] === undefined ? undefined : curatedBodyByKey.get(shared[0])
      const entity = candidate === undefined ? undefined : fixed[candidate]
      if (entity !== undefined && compatible(rowCountries(row), entityCountries(entity))) target = candidate
      else shared = []
    }
    if (target === undefined) {
      addKeys(n, keys, row[4] ?? [])
      if (person) {
        const last = (keys[0] ?? '').split(' ').at(-1) ?? ''
        if (last.length >= 4 && !NOT_SURNAME.test(last) && last !== keys[0]) addOwner(surnames, last, n)
      }
      return
    }
    const current = fixed[target]
    const phoenix = entityAt(n)
    if (current === undefined || phoenix === undefined) return
    if (person) {
      fixed[target] = mergePerson(current, phoenix)
      mergedInto.set(n, target)
      addKeys(target, keys, [])
      merges.people++
      return
    }
    // Organisations: the curated entry takes the names it shares (and a Phoenix UNO/EUR may refine its IGO);
    // the Phoenix entry keeps its other names, since Phoenix often files several bodies under one code.
    merges.bodies++
    const mine = current.defaults[0]
    const theirs = phoenix.defaults[0]?.country
    if (mine?.country === 'IGO' && (theirs === 'UNO' || theirs === 'EUR'))
      fixed[target] = {
        ...current,
        defaults: [{ ...mine, country: theirs }],
        sources: ['curated', 'phoenix'],
      }
    const rest = keys.filter((k) => !shared.includes(k))
    if (rest.length > 0)
      addKeys(
        n,
        rest,
        (row[4] ?? []).filter((a) => !shared.includes(normalizeKey(a))),
      )
  })

  const agents = new Map(data.agents.map(([key, country, sectors]) => [key, { country, sectors }]))
  const horizons: Record<RoleSource, string> = { curated: curated.asOf, phoenix: data.horizon }
  const loadMs = performance.now() - started

  const entitiesOf = (
    owners: Owners | undefined,
    key: string,
    surface: string | undefined,
  ): WorldEntity[] => {
    const bare = surface === undefined ? undefined : bareSurface(surface)
    const found: WorldEntity[] = []
    for (const n of ownersOf(owners)) {
      const acronym = acronymSurface.get(`${n}|${key}`)
      if (acronym !== undefined && bare !== undefined && acronym !== bare) continue
      const entity = entityAt(n)
      if (entity !== undefined) found.push(entity)
    }
    return found
  }
  const answers = (entities: readonly WorldEntity[], o: LookupOptions) =>
    entities.map((e) => answerFor(e, o.date ?? null, horizons))
  const pick = (found: readonly WorldAnswer[]): WorldAnswer | undefined => {
    if (found.length <= 1) return found[0]
    const inOffice = found.filter((a) => a.inOffice)
    if (inOffice.length === 1) return inOffice[0]
    const [first] = found
    if (first === undefined || !found.every((a) => a.country === first.country && a.sector === first.sector))
      return undefined
    return { ...first, ambiguous: true }
  }
  let ids: Map<string, number> | undefined
  const entityById = (id: string): WorldEntity | undefined => {
    if (ids === undefined) {
      ids = new Map(fixed.map((e, n) => [e.id, n]))
      rows.forEach((row, i) => {
        const n = fixed.length + i
        ids?.set(row[5] ?? phoenixId(row[0][0] ?? ''), mergedInto.get(n) ?? n)
      })
    }
    const n = ids.get(id)
    return n === undefined ? undefined : entityAt(n)
  }
  const count = (kind: EntityKind) =>
    fixed.filter((e) => e.kind === kind).length +
    rows.filter((r) => kindOfCode(r[1]) === kind).length -
    (kind === 'person' ? merges.people : 0)

  return {
    horizons,
    lookup: (key, o = {}) => answers(entitiesOf(byKey.get(key), key, o.surface), o),
    resolve: (key, o = {}) => pick(answers(entitiesOf(byKey.get(key), key, o.surface), o)),
    lookupSurname: (key, o = {}) => answers(entitiesOf(surnames.get(key), key, undefined), o),
    resolveSurname: (key, o = {}) => pick(answers(entitiesOf(surnames.get(key), key, undefined), o)),
    answer(id, o = {}) {
      const entity = entityById(id)
      return entity === undefined ? undefined : answerFor(entity, o.date ?? null, horizons)
    },
    entity: (id) => entityById(id),
    agent(key) {
      let rest = key
      for (;;) {
        const hit = agents.get(rest)
        if (hit !== undefined) {
          const sectors = decodeSectors(hit.sectors)
          return {
            key: rest,
            country: nullable(hit.country),
            sector: sectors[0] ?? null,
            otherSectors: sectors.slice(1),
          }
        }
        const space = rest.indexOf(' ')
        if (space < 0) return undefined
        rest = rest.slice(space + 1)
      }
    },
    stats: () => ({
      entities: fixed.length + rows.length - merges.people,
      people: count('person'),
      organizations: count('organization'),
      armedGroups: count('armed-group'),
      keys: byKey.size,
      surnames: surnames.size,
      agents: agents.size,
      curatedMerges: merges,
      loadMs,
    }),
  }
}
