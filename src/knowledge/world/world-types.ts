import type { PloverSector } from './sectors.js'
import type { EntityKind } from './world-data.js'

/** The world knowledge base's entities and answers, in PLOVER terms (see sectors.ts). */

export type RoleSource = 'curated' | 'phoenix'

export interface WorldRole {
  /** ISO alpha-3, a PLOVER international name (IGO, UNO, EUR, NGO, IMG, MNC, ISM), or null. */
  readonly country: string | null
  readonly sectors: readonly PloverSector[]
  /** YYYY-MM-DD, inclusive; null: unbounded. */
  readonly start: string | null
  /** YYYY-MM-DD, exclusive; null: open (known to hold until the source's horizon). */
  readonly end: string | null
  /** The office's title, when the source gives one (curated terms). */
  readonly title: string | null
  readonly source: RoleSource
}

export interface WorldDefault {
  readonly country: string | null
  readonly sectors: readonly PloverSector[]
}

export interface WorldEntity {
  /** Curated id ("sergey-lavrov", "un") or "phx:" + the normalised primary name ("phx:yoweri-museveni"). */
  readonly id: string
  readonly kind: EntityKind
  readonly name: string
  readonly keys: readonly string[]
  /** Forms valid only written exactly so ("DEA", "WHO"). */
  readonly acronyms: readonly string[]
  readonly roles: readonly WorldRole[]
  /** Undated codes: what holds when no dated role does. */
  readonly defaults: readonly WorldDefault[]
  readonly sources: readonly RoleSource[]
}

export interface AgentAnswer {
  /** The form that matched: the whole phrase or its last words ("police" for "shanghai riot police"). */
  readonly key: string
  /** A PLOVER international name for organisation nouns ("IGO"), else null: the noun implies no country. */
  readonly country: string | null
  readonly sector: PloverSector | null
  readonly otherSectors: readonly PloverSector[]
}

export interface LookupOptions {
  /** The article's date, YYYY-MM-DD; null or absent: as of the data's horizon. */
  readonly date?: string | null
  /** The text as written: forms valid only in capitals ("DEA") are dropped unless written so. */
  readonly surface?: string
}

export interface WorldAnswer {
  readonly id: string
  readonly kind: EntityKind
  readonly name: string
  /** ISO alpha-3, a PLOVER international name (IGO, UNO, EUR, NGO, IMG, MNC, ISM), or null. */
  readonly country: string | null
  /** The primary PLOVER sector on the date; ELI for a former office-holder; null when none is known. */
  readonly sector: PloverSector | null
  readonly otherSectors: readonly PloverSector[]
  /** The office's title on the date, or the last one held for a former holder (curated data gives titles). */
  readonly role: string | null
  /** Held a non-ELI role before the date and none on it. */
  readonly former: boolean
  /** A person holding a non-ELI role on the date. */
  readonly inOffice: boolean
  /** The answer rests on an open-ended term taken past its source's horizon (Phoenix: early 2014). */
  readonly beyondData: boolean
  /** Set by `resolve` when several entities share the name and agree only on country and sector. */
  readonly ambiguous: boolean
  /** Which data decided: the role's source, or the entity's first source. */
  readonly source: RoleSource
}
