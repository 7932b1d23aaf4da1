import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { CountryOverlay } from './countries.js'
import { readJson } from './data-files.js'
import type { OfficeHolderEntry } from './office-holders.js'
import type { OrganizationEntry } from './organizations.js'
import type { RegionEntry } from './places.js'

/**
 * A user's own knowledge file (`--kb my-actors.yaml`): the shapes of the shipped files, any part optional.
 *
 * ```yaml
 * version: 1
 * organizations:
 *   - { id: acme-institute, name: Acme Institute, kind: ngo, sector: EDU, country: USA, aliases: [Acme] }
 * places:
 *   - { name: Camp Bondsteel, kind: landmark, country: XKX, lat: 42.36, lon: 21.25 }
 * countries:
 *   GBR: { seats: { GOV: [King Charles Street] } }
 * ```
 * User entries come before the shipped ones of the same name.
 */
export interface UserKnowledge {
  readonly version: number
  readonly organizations?: readonly OrganizationEntry[]
  readonly places?: readonly RegionEntry[]
  readonly countries?: Readonly<Record<string, CountryOverlay>>
  /** Dated office-holders, in the shape of data/office-holders.yaml's `people`. */
  readonly people?: readonly OfficeHolderEntry[]
}

type Validator = ((data: unknown) => boolean) & {
  errors?: readonly { instancePath: string; message?: string }[] | null
}
let validator: Validator | undefined

/** The user-file schema, assembled from the shipped files' schemas so the two cannot drift apart. */
function userSchema(): object {
  interface Schema {
    properties: Record<string, object>
    definitions?: Record<string, object>
  }
  const read = (name: string) => readJson<Schema>(new URL(`./schema/${name}.schema.json`, import.meta.url))
  const organizations = read('organizations')
  const regions = read('regions')
  const countries = read('countries-overlay')
  const holders = read('office-holders')
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    definitions: { ...organizations.definitions, ...countries.definitions, ...holders.definitions },
    properties: {
      version: { type: 'integer', minimum: 1 },
      organizations: organizations.properties.organizations!,
      places: regions.properties.places!,
      countries: countries.properties.countries!,
      people: holders.properties.people!,
    },
  }
}

/** Checks parsed data against the user-file schema; returns readable errors (empty when valid). */
export function validateUserKnowledge(data: unknown, source: string): string[] {
  if (!validator) {
    // ajv is loaded only when a user file is given, so plain runs do not pay for it.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv')
    validator = new Ajv({ allErrors: true }).compile(userSchema()) as Validator
  }
  if (validator(data)) return []
  return (validator.errors ?? []).map(
    (e) => `${source}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  )
}

/** Reads a YAML or JSON user file; returns the data or the reasons it cannot be used. */
export function readUserKnowledge(path: string): { data: UserKnowledge } | { errors: string[] } {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return { errors: [`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`] }
  }
  let data: unknown
  try {
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml')
    data = parse(text)
  } catch (error) {
    return { errors: [`${path}: not valid YAML or JSON (${(error as Error).message.split('\n')[0]})`] }
  }
  const errors = validateUserKnowledge(data, path)
  return errors.length > 0 ? { errors } : { data: data as UserKnowledge }
}
