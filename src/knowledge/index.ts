/**
 * The actor knowledge base and gazetteer: countries (names, aliases, demonyms, seats of government),
 * organisations, regions and landmarks, cities, and English role titles. Data is loaded lazily, once per
 * process, on the first call.
 *
 * Typical use by the mention stage: build the phrase from a run of tokens, `normalizeKey` it, then
 * `lookupPhrase(key, surface)`; hits come in priority order (country, seat, organisation, place; curated
 * places before gazetteer cities; bigger and capital cities first).
 */
import { addOfficeHolders } from './office-holders.js'
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js'
import { loadRoles, type RoleInfo, type RoleTable } from './roles.js'
import type { CountryInfo, KbHit } from './types.js'
import { readUserKnowledge, type UserKnowledge, validateUserKnowledge } from './user-knowledge.js'

export { normalizeKey } from './normalize-key.js'
export {
  addOfficeHolders,
  holderOf,
  lookupOfficeHolder,
  type OfficeHolderEntry,
  type OfficeHolding,
  officeHoldersAsOf,
  officeOfRole,
} from './office-holders.js'
export { MAX_PHRASE_WORDS } from './phrase-index.js'
export { ROLE_MAX_WORDS, type RoleInfo } from './roles.js'
export type {
  CountryHit,
  CountryInfo,
  KbHit,
  OrganizationHit,
  OrganizationKind,
  PlaceHit,
  PlaceKind,
  SeatHit,
  SeatSector,
  Sector,
} from './types.js'
export type { UserKnowledge } from './user-knowledge.js'

let phrases: PhraseIndex | undefined
let roles: RoleTable | undefined
const userKnowledge: UserKnowledge[] = []

const phraseIndex = () => {
  phrases ??= buildPhraseIndex(userKnowledge)
  return phrases
}

const isCountryWord = (word: string) =>
  phraseIndex()
    .lookup(word)
    .some((h) => h.type === 'country' || h.type === 'seat')

/** `surface` as an acronym is compared: whitespace collapsed, a leading "the " dropped, case kept. */
function bareSurface(surface: string): string {
  return surface.replace(/\s+/g, ' ').trim().replace(/^the /i, '')
}

/**
 * Everything the knowledge base knows under a normalised key, most likely first; empty when nothing.
 * Given the `surface` text, forms valid only in capitals ("US", "WHO", "IS") are dropped unless the
 * surface is written exactly so; without it they are returned with their `caseSensitive` field set.
 */
export function lookupPhrase(key: string, surface?: string): readonly KbHit[] {
  const hits = phraseIndex().lookup(key)
  if (surface === undefined || !hits.some((h) => h.caseSensitive !== undefined)) return hits
  const bare = bareSurface(surface)
  return hits.filter((h) => h.caseSensitive === undefined || h.caseSensitive === bare)
}

/** A country by ISO alpha-3 code ("RUS"; Kosovo is "XKX"), with its canonical name and demonym. */
export function countryByCode(code: string): CountryInfo | undefined {
  return phraseIndex().countries.byCode.get(code.toUpperCase())
}

/**
 * The role named by a lower-case phrase ("foreign minister", "former defense secretary", "gen."),
 * normalised with `normalizeKey`. Modifiers are handled here: "former"/"ex-" set `former`, "deputy"
 * prefixes the title, "acting"/"then-" are dropped.
 */
export function lookupRole(key: string): RoleInfo | undefined {
  roles ??= loadRoles(isCountryWord)
  return roles.lookup(key)
}

/**
 * Cheap tests on single lower-case words, so a caller scanning tokens tries role phrases only where one can
 * be: a role starts with a starter word, or ends with a generic family's last word ("culture minister").
 */
export function isRoleStarter(word: string): boolean {
  roles ??= loadRoles(isCountryWord)
  const dash = word.indexOf('-')
  return roles.starters.has(word) || (dash > 0 && roles.starters.has(word.slice(0, dash)))
}

export function isGenericRoleEnd(word: string): boolean {
  roles ??= loadRoles(isCountryWord)
  return roles.genericEnds.has(word)
}

/**
 * Adds a user's knowledge (organisations, places, country aliases and seats; see UserKnowledge) to the
 * shipped data, for this process. Returns the validation errors, or an empty list once added.
 */
export function addKnowledge(data: unknown, source = 'knowledge'): readonly string[] {
  const errors = validateUserKnowledge(data, source)
  if (errors.length > 0) return errors
  useKnowledge(data as UserKnowledge)
  return []
}

function useKnowledge(data: UserKnowledge): void {
  userKnowledge.push(data)
  if (data.people) addOfficeHolders(data.people)
  phrases = undefined
}

/** `addKnowledge` from a YAML or JSON file (the CLI's `--kb PATH`); returns errors naming the file. */
export function addKnowledgeFile(path: string): readonly string[] {
  const read = readUserKnowledge(path)
  if ('errors' in read) return read.errors
  useKnowledge(read.data)
  return []
}

/** Loads everything now and reports sizes and the load time (for benchmarks and diagnostics). */
export function knowledgeStats(): { keys: number; cities: number; roles: number; loadMs: number } {
  const started = performance.now()
  const wasLoaded = phrases !== undefined && roles !== undefined
  const index = phraseIndex()
  roles ??= loadRoles(isCountryWord)
  return {
    keys: index.stats.keys,
    cities: index.stats.cities,
    roles: roles.forms.size,
    loadMs: wasLoaded ? index.stats.loadMs : performance.now() - started,
  }
}
