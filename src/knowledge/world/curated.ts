import { readYaml } from '../data-files.js'
import { normalizeKey } from '../normalize-key.js'
import { isPloverSector, type PloverSector, toPloverCountrySector } from './sectors.js'
import type { WorldEntity, WorldRole } from './world-types.js'

/**
 * Parley's curated people and organisations (office-holders.yaml, organizations.yaml) as world entities in
 * PLOVER terms. The shapes below are the parts of those files read here.
 */

export interface CuratedTerm {
  /** ISO alpha-3, or null for an international office (then `organization` is set). */
  readonly country: string | null
  /** "un", "eu", "nato", … */
  readonly organization?: string
  readonly role: string
  /** GOV, MIL, or IGO for international officials. */
  readonly sector: string
  /** YYYY-MM-DD, inclusive. */
  readonly start: string
  /** YYYY-MM-DD, exclusive; null while in office as of the file's date. */
  readonly end: string | null
}

export interface CuratedPerson {
  readonly id: string
  readonly name: string
  readonly aliases?: readonly string[]
  readonly surname: string
  readonly terms: readonly CuratedTerm[]
}

export interface CuratedOrganization {
  readonly id: string
  readonly name: string
  readonly kind: string
  /** Record vocabulary: IGO, NGO, GOV, MED (media), … */
  readonly sector: string | null
  readonly country?: string | null
  readonly aliases?: readonly string[]
  readonly acronyms?: readonly string[]
}

export interface CuratedInput {
  /** The day the office-holders were last checked: open terms hold at least until then. */
  readonly asOf: string
  readonly people: readonly CuratedPerson[]
  readonly organizations: readonly CuratedOrganization[]
}

/** The shipped curated data: data/office-holders.yaml and data/organizations.yaml. */
export function defaultCurated(): CuratedInput {
  const people = readYaml<{ as_of: string; people: CuratedInput['people'] }>(
    new URL('../data/office-holders.yaml', import.meta.url),
  )
  const orgs = readYaml<{ organizations: CuratedInput['organizations'] }>(
    new URL('../data/organizations.yaml', import.meta.url),
  )
  return { asOf: people.as_of, people: people.people, organizations: orgs.organizations }
}

/** PLOVER's name for an international organisation's officials: the UN and the EU apart, IGO. */
function organizationCountry(organization: string | undefined): string | null {
  if (organization === undefined) return null
  if (organization === 'un' || organization.startsWith('un-')) return 'UNO'
  if (organization === 'eu' || organization.startsWith('eu-')) return 'EUR'
  return 'IGO'
}

/** A record-vocabulary sector as PLOVER sectors: MED → JRN, HLH → MED; IGO and NGO are no sector. */
function ploverSectors(sector: string | null): PloverSector[] {
  const converted = toPloverCountrySector(null, sector).sector
  return converted !== null && isPloverSector(converted) ? [converted] : []
}

const keysOf = (names: readonly string[]): string[] => [
  ...new Set(names.map(normalizeKey).filter((k) => k !== '')),
]

export function curatedEntities(input: CuratedInput): { people: WorldEntity[]; bodies: WorldEntity[] } {
  const people = input.people.map((p): WorldEntity => {
    const roles = p.terms.map(
      (t): WorldRole => ({
        country: t.country ?? organizationCountry(t.organization),
        sectors: ploverSectors(t.sector),
        start: t.start,
        end: t.end,
        title: t.role,
        source: 'curated',
      }),
    )
    return {
      id: p.id,
      kind: 'person',
      name: p.name,
      keys: keysOf([p.name, ...(p.aliases ?? [])]),
      acronyms: [],
      roles,
      defaults: [],
      sources: ['curated'],
    }
  })
  const bodies = input.organizations.map((o): WorldEntity => {
    const plover = toPloverCountrySector(o.country ?? null, o.sector)
    const country =
      plover.country === 'IGO' && (o.id === 'un' || o.id.startsWith('un-'))
        ? 'UNO'
        : plover.country === 'IGO' && (o.id === 'eu' || o.id.startsWith('european-'))
          ? 'EUR'
          : plover.country
    return {
      id: o.id,
      kind: o.kind === 'armed-group' ? 'armed-group' : 'organization',
      name: o.name,
      keys: keysOf([o.name, ...(o.aliases ?? [])]),
      acronyms: o.acronyms ?? [],
      roles: [],
      defaults: [
        { country, sectors: plover.sector !== null && isPloverSector(plover.sector) ? [plover.sector] : [] },
      ],
      sources: ['curated'],
    }
  })
  return { people, bodies }
}
