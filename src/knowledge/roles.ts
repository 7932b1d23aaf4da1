import { readYaml } from './data-files.js'
import { keyWords, normalizeKey } from './normalize-key.js'
import type { Sector } from './types.js'

export interface RoleInfo {
  /** Canonical title: "Foreign Minister", "Deputy Foreign Minister". */
  readonly role: string
  readonly sector: Sector
  /** Coarse office class shared by equivalent titles: "foreign-minister" for Secretary of State too. */
  readonly office: string
  /** Set when a modifier said the holder no longer holds the office ("former", "ex-"). */
  readonly former?: true
  /** Set when the title comes from an open family ("culture minister") rather than a listed form. */
  readonly generic?: true
}

/** Shape of src/lang/en/roles.yaml (schema: schema/roles.schema.json). */
export interface RolesFile {
  readonly version: number
  readonly modifiers: Readonly<Record<string, { readonly former?: boolean; readonly prefix?: string }>>
  readonly generic: readonly {
    readonly suffix?: string
    readonly prefix?: string
    readonly sector: Sector
    readonly office: string
  }[]
  readonly roles: readonly {
    readonly role: string
    readonly sector: Sector
    readonly office: string
    readonly forms: readonly string[]
  }[]
}

/** Longest role phrase, in words, worth passing to lookupRole (modifiers included). */
export const ROLE_MAX_WORDS = 8
/** Generic families ("… minister") apply to phrases of at most this many words. */
const GENERIC_MAX_WORDS = 4

export interface RoleTable {
  lookup(key: string): RoleInfo | undefined
  readonly forms: ReadonlyMap<string, RoleInfo>
  /** First words a listed role phrase (or a modifier) can start with. */
  readonly starters: ReadonlySet<string>
  /** Last words of open families ("minister" in "culture minister"): the only way other words start a role. */
  readonly genericEnds: ReadonlySet<string>
}

const titleCase = (key: string) =>
  key.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase())

/** Words that never start a portfolio in a generic title ("his minister", "russia's minister"). */
const NOT_PORTFOLIO = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'whose',
  'new',
  'same',
])

/**
 * `isCountryWord` tells whether a word names a country or nationality: a generic title never absorbs
 * one ("Russian Foreign Minister" is a demonym followed by a role, not a role of its own).
 */
export function loadRoles(isCountryWord: (key: string) => boolean = () => false): RoleTable {
  const file = readYaml<RolesFile>(new URL('../lang/en/roles.yaml', import.meta.url))
  const forms = new Map<string, RoleInfo>()
  for (const r of file.roles) {
    const info: RoleInfo = { role: r.role, sector: r.sector, office: r.office }
    for (const form of r.forms) {
      const key = normalizeKey(form)
      if (!forms.has(key)) forms.set(key, info)
    }
  }
  // Modifiers longest first, so "principal deputy" wins over "deputy" (no "principal" modifier exists).
  const modifiers = Object.entries(file.modifiers).sort((a, b) => b[0].length - a[0].length)

  const generic = (key: string): RoleInfo | undefined => {
    if (keyWords(key) > GENERIC_MAX_WORDS || key.includes("'")) return undefined
    const words = key.split(' ')
    if (NOT_PORTFOLIO.has(words[0]!) || words.some(isCountryWord)) return undefined
    for (const g of file.generic) {
      const matches =
        (g.suffix !== undefined && key.endsWith(` ${g.suffix}`)) ||
        (g.prefix !== undefined && key.startsWith(`${g.prefix} `))
      if (matches)
        return {
          role: titleCase(key).replace(/ (Of|For|The|And) /g, (m) => m.toLowerCase()),
          sector: g.sector,
          office: g.office,
          generic: true,
        }
    }
    return undefined
  }

  // Words a role phrase can start with, and last words of generic families: anything else is rejected
  // before any string is cut, since callers try many spans per sentence.
  const starters = new Set<string>(modifiers.map(([word]) => word.replace(/-$/, '').split(' ')[0]!))
  for (const key of forms.keys()) starters.add(key.split(' ')[0]!)
  for (const g of file.generic) if (g.prefix) starters.add(g.prefix.split(' ')[0]!)
  const genericEnds = new Set(file.generic.flatMap((g) => (g.suffix ? [g.suffix.split(' ').at(-1)!] : [])))
  const cannotBeRole = (key: string): boolean => {
    const space = key.indexOf(' ')
    const first = space < 0 ? key : key.slice(0, space)
    if (starters.has(first)) return false
    const dash = first.indexOf('-')
    if (dash > 0 && starters.has(first.slice(0, dash))) return false
    return !genericEnds.has(key.slice(key.lastIndexOf(' ') + 1))
  }

  const lookup = (key: string): RoleInfo | undefined => {
    if (cannotBeRole(key)) return undefined
    const exact = forms.get(key)
    if (exact) return exact
    for (const [word, effect] of modifiers) {
      const rest = stripModifier(key, word)
      if (rest === null) continue
      const inner = lookup(rest)
      if (!inner) return undefined
      return {
        role: effect.prefix ? `${effect.prefix} ${inner.role}` : inner.role,
        sector: inner.sector,
        office: effect.prefix
          ? `${effect.prefix.toLowerCase().replace(/ /g, '-')}-${inner.office}`
          : inner.office,
        ...(effect.former || inner.former ? { former: true as const } : {}),
        ...(inner.generic ? { generic: true as const } : {}),
      }
    }
    return generic(key)
  }
  return { lookup, forms, starters, genericEnds }
}

/** `key` without a leading modifier ("former ", "ex-", "ex "), or null when it does not start with it. */
function stripModifier(key: string, word: string): string | null {
  if (word.endsWith('-'))
    return key.startsWith(word) && key.length > word.length ? key.slice(word.length) : null
  return key.startsWith(`${word} `) ? key.slice(word.length + 1) : null
}
