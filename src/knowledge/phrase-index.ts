import { type CountryTable, type IndexedForm, loadCountries } from './countries.js'
import { keyWords } from './normalize-key.js'
import { loadOrganizations } from './organizations.js'
import { type Gazetteer, type Homonym, loadGazetteer, loadPlaceHomonyms, loadRegions } from './places.js'
import type { KbHit } from './types.js'
import type { UserKnowledge } from './user-knowledge.js'

/** Longest phrase, in space-separated words of its normalised key, that the knowledge base indexes. */
export const MAX_PHRASE_WORDS = 8

const TYPE_ORDER: Record<KbHit['type'], number> = { country: 0, seat: 1, organization: 2, place: 3 }
const NO_HITS: readonly KbHit[] = Object.freeze([])

export interface PhraseIndex {
  lookup(key: string): readonly KbHit[]
  readonly countries: CountryTable
  readonly stats: { readonly keys: number; readonly cities: number; readonly loadMs: number }
}

function identity(hit: KbHit): string {
  switch (hit.type) {
    case 'country':
      return `c:${hit.code}:${hit.form}`
    case 'seat':
      return `s:${hit.code}:${hit.label}`
    case 'organization':
      return `o:${hit.id}`
    case 'place':
      return `p:${hit.name}:${hit.country}`
  }
}

let shared: { readonly homonyms: ReadonlyMap<string, Homonym>; readonly gazetteer: Gazetteer } | undefined

/** The gazetteer of cities and the place homonyms: loaded once per process, shared by every index. */
function sharedPlaces() {
  if (!shared) {
    const homonyms = loadPlaceHomonyms()
    shared = { homonyms, gazetteer: loadGazetteer(homonyms) }
  }
  return shared
}

/** The phrase index over the shipped data with a user's entries before the shipped ones of the same name. */
export function buildPhraseIndex(user: readonly UserKnowledge[] = []): PhraseIndex {
  const started = performance.now()
  const countries = loadCountries(user.flatMap((u) => (u.countries ? [u.countries] : [])))
  const curated = new Map<string, KbHit[]>()
  const { homonyms, gazetteer } = sharedPlaces()
  const add = (forms: readonly IndexedForm[]) => {
    for (const { key, hit: plain } of forms) {
      const homonym =
        plain.homonym === undefined && (plain.type === 'seat' || plain.type === 'place')
          ? homonyms.get(key)
          : undefined
      const hit: KbHit = homonym ? { ...plain, homonym } : plain
      if (keyWords(key) > MAX_PHRASE_WORDS) continue
      const list = curated.get(key)
      if (!list) curated.set(key, [hit])
      else if (!list.some((h) => identity(h) === identity(hit))) list.push(hit)
    }
  }
  add(countries.forms)
  add(loadOrganizations(user.flatMap((u) => u.organizations ?? [])))
  add(loadRegions(user.flatMap((u) => u.places ?? [])))
  for (const list of curated.values()) {
    list.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type])
    Object.freeze(list)
  }
  const merged = new Map<string, readonly KbHit[]>()

  const lookup = (key: string): readonly KbHit[] => {
    const known = curated.get(key)
    const cities = gazetteer.cities(key, known ?? NO_HITS)
    if (cities.length === 0) return known ?? NO_HITS
    if (!known) return cities
    const cached = merged.get(key)
    if (cached) return cached
    const all = Object.freeze([...known, ...cities])
    merged.set(key, all)
    return all
  }
  return {
    lookup,
    countries,
    stats: { keys: curated.size, cities: gazetteer.size, loadMs: performance.now() - started },
  }
}
