/**
 * `parley kb import`: users' own or refreshed data (a Wikidata export, a newer list of ministers) read from
 * JSONL into a user knowledge file (the `--kb` format, validated like every user file). One entity per line:
 *
 *   {"name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"], "country": "KAZ",
 *    "roles": [{"role": "President", "sector": "GOV", "start": "2019-03-20", "end": null}]}
 *   {"kind": "organization", "name": "Harbour Forum", "type": "ngo", "sector": "NGO", "country": "GRC",
 *    "aliases": ["the Forum"]}
 *
 * A person needs a name and at least one role with an ISO alpha-3 country Parley knows, a PLOVER sector and a
 * start date (end: a date or null for "still in office"). Lines that do not validate are dropped with their
 * reason, never guessed at; the rest is written.
 */
import { normalizeKey } from './normalize-key.js'
import type { OfficeHolderEntry, OfficeTermEntry } from './office-holders.js'
import { ORGANIZATION_KINDS, SECTORS } from './types.js'
import { validateUserKnowledge } from './user-knowledge.js'
import type { CuratedOrganization } from './world/curated.js'

const SECTOR_SET: ReadonlySet<string> = new Set(SECTORS)
const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(ORGANIZATION_KINDS)
const DATE = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A role of an imported person: an office-holder's term (office-holders.ts) with a country. */
export type ImportedTerm = Pick<OfficeTermEntry, 'office' | 'role' | 'sector' | 'start' | 'end'> & {
  readonly country: string
}

/** An imported person: an office-holder entry (office-holders.ts) of imported terms. */
export type ImportedPerson = Omit<OfficeHolderEntry, 'terms'> & { readonly terms: readonly ImportedTerm[] }

/** An imported organisation, as the curated ones are (world/curated.ts). */
export type ImportedOrganization = Omit<CuratedOrganization, 'acronyms'>

/** The user knowledge file an import writes. */
export interface ImportedKnowledge {
  readonly version: 1
  readonly people: readonly ImportedPerson[]
  readonly organizations: readonly ImportedOrganization[]
}

export interface DroppedLine {
  readonly line: number
  readonly reason: string
}

export interface KbImport {
  readonly knowledge: ImportedKnowledge
  readonly dropped: readonly DroppedLine[]
}

/** Tells whether Parley knows an ISO alpha-3 code. */
export type IsCountry = (code: string) => boolean

const kebab = (text: string) =>
  normalizeKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function stringList(value: unknown): string[] | null {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) return null
  return [...new Set(value.map((v: string) => v.trim()))]
}

function readTerm(value: unknown, isCountry: IsCountry): ImportedTerm | string {
  if (typeof value !== 'object' || value === null) return 'a role is not an object'
  const r = value as Record<string, unknown>
  const role = typeof r.role === 'string' ? r.role.trim() : ''
  if (role === '') return 'a role has no "role" title'
  if (typeof r.country !== 'string' || !/^[A-Z]{3}$/.test(r.country) || !isCountry(r.country))
    return `role "${role}": country ${JSON.stringify(r.country)} is not an ISO alpha-3 code Parley knows`
  if (typeof r.sector !== 'string' || !SECTOR_SET.has(r.sector))
    return `role "${role}": sector ${JSON.stringify(r.sector)} is not a PLOVER sector`
  if (typeof r.start !== 'string' || !DATE.test(r.start))
    return `role "${role}": start is not a YYYY-MM-DD date`
  const end = r.end ?? null
  if (end !== null && (typeof end !== 'string' || !DATE.test(end) || end < r.start))
    return `role "${role}": end is neither null nor a date after the start`
  const office = typeof r.office === 'string' && kebab(r.office) !== '' ? kebab(r.office) : kebab(role)
  return { country: r.country, office, role, sector: r.sector, start: r.start, end: end as string | null }
}

function readPerson(r: Record<string, unknown>, name: string, isCountry: IsCountry): ImportedPerson | string {
  if (!Array.isArray(r.roles) || r.roles.length === 0) return 'a person needs at least one role'
  const terms: ImportedTerm[] = []
  for (const value of r.roles) {
    const term = readTerm(value, isCountry)
    if (typeof term === 'string') return term
    terms.push(term)
  }
  const aliases = stringList(r.aliases)
  if (aliases === null) return '"aliases" must be a list of names'
  const words = name.split(/\s+/)
  const surname = typeof r.surname === 'string' && r.surname.trim() !== '' ? r.surname.trim() : words.at(-1)!
  return { id: kebab(name), name, surname, ...(aliases.length > 0 ? { aliases } : {}), terms }
}

function readOrganization(
  r: Record<string, unknown>,
  name: string,
  isCountry: IsCountry,
): ImportedOrganization | string {
  const kind = r.type ?? 'ngo'
  if (typeof kind !== 'string' || !ORGANIZATION_TYPES.has(kind))
    return `organisation type ${JSON.stringify(kind)} is not one of ${[...ORGANIZATION_TYPES].join(', ')}`
  const sector = r.sector ?? null
  if (sector !== null && (typeof sector !== 'string' || !SECTOR_SET.has(sector)))
    return `sector ${JSON.stringify(sector)} is not a PLOVER sector`
  const country = r.country ?? null
  if (country !== null && (typeof country !== 'string' || !isCountry(country)))
    return `country ${JSON.stringify(country)} is not an ISO alpha-3 code Parley knows`
  const aliases = stringList(r.aliases)
  if (aliases === null) return '"aliases" must be a list of names'
  return {
    id: kebab(name),
    name,
    kind,
    sector: sector as string | null,
    country: country as string | null,
    ...(aliases.length > 0 ? { aliases } : {}),
  }
}

/** Reads the JSONL text of an import; every line is kept or dropped with its reason. */
export function importKnowledge(text: string, isCountry: IsCountry): KbImport {
  const people = new Map<string, ImportedPerson>()
  const organizations = new Map<string, ImportedOrganization>()
  const dropped: DroppedLine[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      dropped.push({ line, reason: 'not JSON' })
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      dropped.push({ line, reason: 'not a JSON object' })
      return
    }
    const r = value as Record<string, unknown>
    const name = typeof r.name === 'string' ? r.name.trim() : ''
    if (name === '' || kebab(name) === '') {
      dropped.push({ line, reason: 'no "name"' })
      return
    }
    const kind = r.kind ?? 'person'
    const entry =
      kind === 'person'
        ? readPerson(r, name, isCountry)
        : kind === 'organization'
          ? readOrganization(r, name, isCountry)
          : `kind ${JSON.stringify(kind)} is neither "person" nor "organization"`
    if (typeof entry === 'string') dropped.push({ line, reason: entry })
    else if ('terms' in entry) {
      // the same person on two lines: one entry with both lines' roles
      const earlier = people.get(entry.id)
      people.set(entry.id, earlier ? { ...earlier, terms: [...earlier.terms, ...entry.terms] } : entry)
    } else organizations.set(entry.id, entry)
  })
  const knowledge: ImportedKnowledge = {
    version: 1,
    people: [...people.values()],
    organizations: [...organizations.values()],
  }
  const invalid = validateUserKnowledge(knowledge, 'import')
  if (invalid.length > 0) throw new Error(`the imported knowledge does not validate: ${invalid.join('; ')}`)
  return { knowledge, dropped }
}
