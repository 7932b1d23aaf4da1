/**
 * The actor knowledge base as an instance: the shipped data (countries, organisations, regions, cities, role
 * titles, dated office-holders) and, optionally, a user's own files on top. An extractor, and the query layer,
 * are given one; nothing of it is process-wide except the shipped files, parsed once and shared read-only.
 */
import { normalizeKey } from './normalize-key.js'
import { createOfficeHolders, type OfficeHolders, type OfficeHolding } from './office-holders.js'
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js'
import { loadRoles, type RoleInfo, type RoleTable } from './roles.js'
import type { CountryInfo, KbHit } from './types.js'
import { readUserKnowledge, type UserKnowledge, validateUserKnowledge } from './user-knowledge.js'
import { type CuratedInput, defaultCurated } from './world/curated.js'
import { loadWorldKnowledge, type WorldKnowledge } from './world/world-knowledge.js'

export interface Knowledge {
  /**
   * Everything known under a normalised key (`normalizeKey`), most likely first; empty when nothing. Hits come
   * in priority order (country, seat, organisation, place; curated places before gazetteer cities; bigger and
   * capital cities first). Given the `surface` text, forms valid only in capitals ("US", "WHO", "IS") are
   * dropped unless the surface is written exactly so; without it they come with `caseSensitive` set.
   */
  lookupPhrase(key: string, surface?: string): readonly KbHit[]
  /** A country by ISO alpha-3 code ("RUS"; Kosovo is "XKX"), with its canonical name and demonym. */
  countryByCode(code: string): CountryInfo | undefined
  /**
   * The role named by a normalised phrase ("foreign minister", "former defense secretary", "gen."):
   * "former"/"ex-" set `former`, "deputy" prefixes the title, "acting"/"then-" are dropped.
   */
  lookupRole(key: string): RoleInfo | undefined
  /** Cheap test on one lower-case word: can a role phrase start with it? */
  isRoleStarter(word: string): boolean
  /** Cheap test on one lower-case word: does a generic role family end with it ("culture minister")? */
  isGenericRoleEnd(word: string): boolean
  /** The office class of a role title: "Secretary of State" → "foreign-minister". */
  officeOfRole(role: string): string | undefined
  /** The office-holder a normalised name or surname stands for on a date (see `OfficeHolders.lookup`). */
  lookupOfficeHolder(nameKey: string, date: string | null): OfficeHolding | undefined
  /** Who held an office for a country or organisation on a date (see `OfficeHolders.holderOf`). */
  holderOf(country: string, office: string, date: string): OfficeHolding | undefined
  /** The office-holders themselves, for their `asOf` date and sizes. */
  officeHolders(): OfficeHolders
  /**
   * The world knowledge base (people with dated roles, agencies, armed groups, agent nouns; see
   * world/world-knowledge.ts) over this instance's curated people, the user's before the shipped ones. Loaded
   * on first use, once per instance.
   */
  world(): WorldKnowledge
  /** Loads everything now and reports sizes and the load time (for benchmarks and diagnostics). */
  stats(): { keys: number; cities: number; roles: number; loadMs: number }
}

export interface KnowledgeOptions {
  /** A user's knowledge files (YAML or JSON, the shapes of `UserKnowledge`), in order. */
  readonly files?: readonly string[]
  /** A user's knowledge as parsed data, after the files; `source` names it in errors. */
  readonly data?: readonly { readonly source: string; readonly value: unknown }[]
}

/** A user's knowledge could not be used; `errors` name the file (or source) and the field. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError'
  constructor(readonly errors: readonly string[]) {
    super(errors.join('\n'))
  }
}

/** The curated people and organisations with the user's people first (a user entry wins a shared name). */
function withUserPeople(curated: CuratedInput, user: readonly UserKnowledge[]): CuratedInput {
  const people = user.flatMap((u) => u.people ?? [])
  return people.length === 0 ? curated : { ...curated, people: [...people, ...curated.people] }
}

/** Indexes built on first use, once per instance. */
function knowledgeOver(user: readonly UserKnowledge[]): Knowledge {
  let phrases: PhraseIndex | undefined
  let roles: RoleTable | undefined
  let holders: OfficeHolders | undefined
  let world: WorldKnowledge | undefined
  const phraseIndex = () => {
    phrases ??= buildPhraseIndex(user)
    return phrases
  }
  const isCountryWord = (word: string) =>
    phraseIndex()
      .lookup(word)
      .some((h) => h.type === 'country' || h.type === 'seat')
  const roleTable = () => {
    roles ??= loadRoles(isCountryWord)
    return roles
  }
  const officeHolders = () => {
    holders ??= createOfficeHolders(user.flatMap((u) => u.people ?? []))
    return holders
  }
  return {
    lookupPhrase(key, surface) {
      const hits = phraseIndex().lookup(key)
      if (surface === undefined || !hits.some((h) => h.caseSensitive !== undefined)) return hits
      const bare = surface.replace(/\s+/g, ' ').trim().replace(/^the /i, '')
      return hits.filter((h) => h.caseSensitive === undefined || h.caseSensitive === bare)
    },
    countryByCode: (code) => phraseIndex().countries.byCode.get(code.toUpperCase()),
    lookupRole: (key) => roleTable().lookup(key),
    isRoleStarter(word) {
      const { starters } = roleTable()
      const dash = word.indexOf('-')
      return starters.has(word) || (dash > 0 && starters.has(word.slice(0, dash)))
    },
    isGenericRoleEnd: (word) => roleTable().genericEnds.has(word),
    officeOfRole: (role) => roleTable().lookup(normalizeKey(role))?.office,
    lookupOfficeHolder: (nameKey, date) => officeHolders().lookup(nameKey, date),
    holderOf: (country, office, date) => officeHolders().holderOf(country, office, date),
    officeHolders,
    world() {
      world ??= loadWorldKnowledge({ curated: withUserPeople(defaultCurated(), user) })
      return world
    },
    stats() {
      const started = performance.now()
      const wasLoaded = phrases !== undefined && roles !== undefined
      const index = phraseIndex()
      const table = roleTable()
      return {
        keys: index.stats.keys,
        cities: index.stats.cities,
        roles: table.forms.size,
        loadMs: wasLoaded ? index.stats.loadMs : performance.now() - started,
      }
    },
  }
}

let shipped: Knowledge | undefined

/** The shipped knowledge alone: one instance per process, shared (it never changes). */
export function defaultKnowledge(): Knowledge {
  shipped ??= knowledgeOver([])
  return shipped
}

/**
 * A knowledge base: the shipped data with the user's files and data on top (user entries come before the
 * shipped ones of the same name; an office-holder with a shipped id replaces it). Files are read and validated
 * now; the indexes are built on first use. Without user knowledge this is `defaultKnowledge()`.
 * Throws a `KnowledgeError` listing every problem when a file cannot be read or does not validate.
 */
export function createKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const user: UserKnowledge[] = []
  const errors: string[] = []
  for (const path of options.files ?? []) {
    const read = readUserKnowledge(path)
    if ('errors' in read) errors.push(...read.errors)
    else user.push(read.data)
  }
  for (const { source, value } of options.data ?? []) {
    const invalid = validateUserKnowledge(value, source)
    if (invalid.length > 0) errors.push(...invalid)
    else user.push(value as UserKnowledge)
  }
  if (errors.length > 0) throw new KnowledgeError(errors)
  return user.length === 0 ? defaultKnowledge() : knowledgeOver(user)
}
