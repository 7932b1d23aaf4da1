import { isPloverSector, type PloverSector } from './sectors.js'

/**
 * The compiled world data (src/knowledge/data/phoenix-world.json, written by scripts/import-phoenix.ts): one
 * row per entity, as arrays rather than objects, and nothing stored that can be derived, to keep the file
 * small and quick to parse.
 *
 *   entity  [keys, kind, roles, defaults, acronyms?, id?]
 *   role    [country, sectors, start, end]     dated: start inclusive, end exclusive ("" = unbounded)
 *   default [country, sectors]                 undated: holds when no dated role does
 *   agent   [key, country, sectors]            a generic noun ("riot police") and what it implies
 *
 * `keys` are normalised names (normalizeKey), the primary name's first: the display name is derived from it
 * (`displayName`) and so is the id (`phoenixId`), unless `id` says otherwise (homonyms). `kind` is p (person),
 * o (organisation) or g (armed group). `country` is ISO alpha-3, a PLOVER international name (IGO, UNO, EUR,
 * NGO, IMG, MNC, ISM) or "" for none; `sectors` is PLOVER sector codes run together, primary first
 * ("GOVMIL"; "" for none); acronyms are forms valid only written so ("DEA").
 */

export const WORLD_DATA_FORMAT = 2

export const ENTITY_KINDS = ['person', 'organization', 'armed-group'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

export const KIND_CODES = { person: 'p', organization: 'o', 'armed-group': 'g' } as const satisfies Record<
  EntityKind,
  string
>
export type KindCode = (typeof KIND_CODES)[EntityKind]
export const kindOfCode = (code: KindCode): EntityKind =>
  code === 'p' ? 'person' : code === 'o' ? 'organization' : 'armed-group'

export type RoleRow = readonly [country: string, sectors: string, start: string, end: string]
export type DefaultRow = readonly [country: string, sectors: string]
export type EntityRow = readonly [
  keys: readonly string[],
  kind: KindCode,
  roles: readonly RoleRow[],
  defaults: readonly DefaultRow[],
  acronyms?: readonly string[],
  id?: string,
]
export type AgentRow = readonly [key: string, country: string, sectors: string]

export interface WorldDataFile {
  readonly format: number
  readonly generatedBy: string
  readonly source: string
  /** The day the source data was made: an open-ended term is known to hold until then, no later. */
  readonly horizon: string
  readonly entities: readonly EntityRow[]
  readonly agents: readonly AgentRow[]
}

/** "GOVMIL" → ["GOV", "MIL"]; unknown codes are skipped (the importer writes only known ones). */
export function decodeSectors(text: string): PloverSector[] {
  const sectors: PloverSector[] = []
  for (let i = 0; i + 3 <= text.length; i += 3) {
    const code = text.slice(i, i + 3)
    if (isPloverSector(code)) sectors.push(code)
  }
  return sectors
}

export const encodeSectors = (sectors: readonly PloverSector[]): string => sectors.join('')

/** "yoweri kaguta museveni" → "Yoweri Kaguta Museveni"; "al-baradei" → "Al-Baradei"; "u.n." → "U.N.". */
export function displayName(key: string): string {
  return key
    .split(' ')
    .map((word) =>
      /^(?:[a-z]\.)+$/.test(word)
        ? word.toUpperCase()
        : word.replace(/(^|[-'(/])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ')
}

/** A stable id from a normalised name: "phx:" and the key's words joined by "-" ("phx:yoweri-museveni"). */
export function phoenixId(key: string): string {
  const slug = key
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `phx:${slug}`
}
