import type { IndexedForm } from './countries.js'
import { readYaml } from './data-files.js'
import { normalizeKey } from './normalize-key.js'
import type { OrganizationHit, OrganizationKind, Sector } from './types.js'

/** One entry of organizations.yaml (schema: schema/organizations.schema.json). */
export interface OrganizationEntry {
  readonly id: string
  readonly name: string
  readonly kind: OrganizationKind
  readonly sector: Sector | null
  readonly country?: string | null
  readonly aliases?: readonly string[]
  readonly acronyms?: readonly string[]
  readonly homonym?: 'person' | 'common-word' | 'place'
}

export interface OrganizationsFile {
  readonly version: number
  readonly organizations: readonly OrganizationEntry[]
}

/** Index forms of the shipped organisations; `extra` entries (a user's file) come first. */
export function loadOrganizations(extra: readonly OrganizationEntry[] = []): IndexedForm[] {
  const file = readYaml<OrganizationsFile>(new URL('./data/organizations.yaml', import.meta.url))
  const forms: IndexedForm[] = []
  for (const entry of [...extra, ...file.organizations]) {
    const base: OrganizationHit = {
      type: 'organization',
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      country: entry.country ?? null,
      sector: entry.sector,
    }
    const seen = new Set<string>()
    const add = (text: string, caseSensitive: boolean) => {
      const key = normalizeKey(text)
      if (seen.has(key)) return
      seen.add(key)
      const homonym = text === entry.name ? entry.homonym : undefined
      const hit: OrganizationHit = {
        ...base,
        ...(caseSensitive ? { caseSensitive: text } : {}),
        ...(homonym ? { homonym } : {}),
      }
      forms.push({ key, hit })
    }
    add(entry.name, false)
    for (const alias of entry.aliases ?? []) add(alias, false)
    for (const acronym of entry.acronyms ?? []) add(acronym, true)
  }
  return forms
}
