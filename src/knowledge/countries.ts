import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { readJson, readYaml } from './data-files.js'
import { normalizeKey } from './normalize-key.js'
import type { CountryHit, CountryInfo, KbHit, SeatSector } from './types.js'

/** The fields Parley reads from the `world-countries` package (ODbL-1.0). */
interface PackageCountry {
  readonly name: { readonly common: string; readonly official: string }
  readonly cca3: string
  readonly independent: boolean | null
  readonly altSpellings: readonly string[]
  readonly capital: readonly string[]
  readonly latlng: readonly number[]
  readonly area: number
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } }
}

/** One entry of countries-overlay.yaml (schema: schema/countries-overlay.schema.json). */
export interface CountryOverlay {
  readonly code?: string
  readonly name?: string
  readonly aliases?: readonly string[]
  readonly acronyms?: readonly string[]
  readonly drop?: readonly string[]
  readonly demonyms?: readonly string[]
  readonly plurals?: readonly string[]
  readonly homonym?: 'person' | 'common-word' | 'place'
  readonly capitalSeat?: boolean
  readonly seats?: Partial<Record<SeatSector, readonly string[]>>
}

export interface CountriesOverlayFile {
  readonly version: number
  readonly countries: Readonly<Record<string, CountryOverlay>>
}

/** A phrase to index, with the hit it yields. */
export interface IndexedForm {
  readonly key: string
  readonly hit: KbHit
}

export interface CountryTable {
  readonly byCode: ReadonlyMap<string, CountryInfo>
  /** Forms in priority order: sovereign countries first, larger first, names before demonyms. */
  readonly forms: readonly IndexedForm[]
}

const NON_LATIN = /[^\u0020-\u024f\u1e00-\u1eff’]/
const CODE_LIKE = /^[A-Z.]{2,5}$/

/** Package spellings worth matching: at least 3 characters, Latin script, not a bare code ("USA", "RSA"). */
function usableSpelling(s: string): boolean {
  return s.length >= 3 && !CODE_LIKE.test(s) && !NON_LATIN.test(s) && !s.includes(',')
}

/**
 * The plural people-noun of a demonym, or null when English has no regular one: "Russian" → "Russians",
 * "Chinese" → "Chinese", "Frenchman" → "Frenchmen"; "French", "Swiss", "Kyrgyz" → null (the overlay lists
 * "the French", "Swiss" where they are used as plurals).
 */
export function pluralDemonym(demonym: string): string | null {
  if (demonym.endsWith('ese')) return demonym
  if (demonym.endsWith('man')) return `${demonym.slice(0, -3)}men`
  if (/(sh|ch|s|x|z)$/.test(demonym)) return null
  return `${demonym}s`
}

function loadPackage(): readonly PackageCountry[] {
  const require = createRequire(import.meta.url)
  return readJson<PackageCountry[]>(pathToFileURL(require.resolve('world-countries/dist/countries.json')))
}

function splitDemonym(d: string): string[] {
  return d
    .split(/, | or /)
    .map((x) => x.trim())
    .filter((x) => x.length > 0)
}

/** Merges overlays: lists are concatenated, single values from later overlays win. */
export function mergeOverlays(
  base: CountriesOverlayFile,
  extra: readonly Readonly<Record<string, CountryOverlay>>[],
): CountriesOverlayFile {
  if (extra.length === 0) return base
  const countries: Record<string, CountryOverlay> = { ...base.countries }
  const list = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    a || b ? [...(a ?? []), ...(b ?? [])] : undefined
  for (const more of extra) {
    for (const [code, add] of Object.entries(more)) {
      const old = countries[code] ?? {}
      const seats: Partial<Record<SeatSector, readonly string[]>> = { ...old.seats }
      for (const [sector, labels] of Object.entries(add.seats ?? {}) as [SeatSector, readonly string[]][]) {
        seats[sector] = [...(seats[sector] ?? []), ...labels]
      }
      const merged: Record<string, unknown> = { ...old, ...add, seats }
      for (const field of ['aliases', 'acronyms', 'drop', 'demonyms', 'plurals'] as const) {
        const combined = list(old[field], add[field])
        if (combined) merged[field] = combined
      }
      countries[code] = merged as CountryOverlay
    }
  }
  return { ...base, countries }
}

export function loadCountries(extra: readonly Readonly<Record<string, CountryOverlay>>[] = []): CountryTable {
  const overlay = mergeOverlays(
    readYaml<CountriesOverlayFile>(new URL('./data/countries-overlay.yaml', import.meta.url)),
    extra,
  )
  const ordered = [...loadPackage()].sort(
    (a, b) => Number(isSovereign(b, overlay)) - Number(isSovereign(a, overlay)) || b.area - a.area,
  )
  const byCode = new Map<string, CountryInfo>()
  const forms: IndexedForm[] = []
  // Which country first claimed a key, so territories do not share a sovereign's demonym ("French").
  const claimed = new Map<string, string>()

  for (const c of ordered) {
    const extra = overlay.countries[c.cca3] ?? {}
    const code = extra.code ?? c.cca3
    const name = extra.name ?? c.name.common
    const sovereign = isSovereign(c, overlay)
    const packageDemonyms = splitDemonym(c.demonyms?.eng?.m ?? '')
    const [lat = 0, lon = 0] = c.latlng
    byCode.set(code, { code, name, demonym: packageDemonyms[0] ?? extra.demonyms?.[0] ?? null, lat, lon })

    const seen = new Set<string>()
    const add = (text: string, form: CountryHit['form'], options: { caseSensitive?: boolean } = {}) => {
      const key = normalizeKey(text)
      if (key.length === 0 || seen.has(`${key}|${form}`)) return
      const owner = claimed.get(key)
      if (owner !== undefined && owner !== code && !sovereign) return
      seen.add(`${key}|${form}`)
      if (owner === undefined) claimed.set(key, code)
      const homonym = form === 'name' && text === name ? extra.homonym : undefined
      const hit: CountryHit = {
        type: 'country',
        code,
        name,
        form,
        ...(options.caseSensitive ? { caseSensitive: text } : {}),
        ...(homonym ? { homonym } : {}),
      }
      forms.push({ key, hit })
    }

    const dropped = new Set((extra.drop ?? []).map(normalizeKey))
    add(name, 'name')
    for (const text of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (usableSpelling(text) && !dropped.has(normalizeKey(text))) add(text, 'name')
    }
    for (const text of extra.aliases ?? []) add(text, 'name')
    for (const text of extra.acronyms ?? []) add(text, 'name', { caseSensitive: true })
    const demonyms = [...packageDemonyms, ...(extra.demonyms ?? [])]
    for (const d of demonyms) add(d, 'demonym')
    for (const p of extra.plurals ?? []) add(p, 'demonym-plural')
    for (const d of demonyms) {
      const plural = pluralDemonym(d)
      if (plural !== null && !dropped.has(normalizeKey(plural))) add(plural, 'demonym-plural')
    }

    if (!sovereign) continue
    const seats = new Set<string>()
    const addSeat = (label: string, sector: SeatSector) => {
      const key = normalizeKey(label)
      if (seats.has(key) || key === normalizeKey(name)) return
      seats.add(key)
      forms.push({ key, hit: { type: 'seat', code, name, sector, label } })
    }
    for (const [sector, labels] of Object.entries(extra.seats ?? {}) as [SeatSector, readonly string[]][]) {
      for (const label of labels) addSeat(label, sector)
    }
    if (extra.capitalSeat !== false) for (const capital of c.capital) addSeat(capital, 'GOV')
  }
  return { byCode, forms }
}

function isSovereign(c: PackageCountry, overlay: CountriesOverlayFile): boolean {
  return c.independent === true || overlay.countries[c.cca3]?.seats !== undefined
}
