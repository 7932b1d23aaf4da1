import { readYaml } from './data-files.js'
import { normalizeKey } from './normalize-key.js'

/**
 * Dated office-holders: heads of state and government, foreign and defence ministers, national security
 * advisers and military chiefs, resolved against an article's date ("Kerry" in 2014 is the US Secretary of
 * State; in 2025 a former official). Data: data/office-holders.yaml (schema/office-holders.schema.json).
 *
 * A term covers [start, end): on the day a term ends its successor is the holder.
 */

/** One term as written in the data file. */
export interface OfficeTermEntry {
  /** ISO alpha-3; null for an international organisation's office (then `organization` is set). */
  readonly country: string | null
  /** Organisation id from organizations.yaml ("eu", "un", "nato") for its officials. */
  readonly organization?: string
  /** Office class shared with src/lang/en/roles.yaml ("foreign-minister"). */
  readonly office: string
  /** Further office classes the same term fills ("head-of-government" for a US president). */
  readonly also?: readonly string[]
  readonly role: string
  readonly sector: string
  /** YYYY-MM-DD. */
  readonly start: string
  /** YYYY-MM-DD, the first day out of office; null while in office as of the file's `as_of`. */
  readonly end: string | null
  /** Set when a date is only known to the month (or year): the day is then the 1st. */
  readonly approx?: boolean
  readonly acting?: boolean
}

export interface OfficeHolderEntry {
  readonly id: string
  readonly name: string
  readonly aliases?: readonly string[]
  /** The name news uses alone on later mentions ("Lavrov", "Xi", "Lula"). */
  readonly surname: string
  readonly terms: readonly OfficeTermEntry[]
}

/** Shape of data/office-holders.yaml. */
export interface OfficeHoldersFile {
  readonly version: number
  /** The day the data was last checked: an `end: null` term is known to run at least until then. */
  readonly as_of: string
  readonly people: readonly OfficeHolderEntry[]
}

export interface OfficeHolding {
  readonly personId: string
  readonly name: string
  /** ISO alpha-3, or the organisation id ("eu", "un", "nato") for an international official. */
  readonly country: string
  readonly office: string
  readonly role: string
  readonly sector: string
  readonly start: string
  readonly end: string | null
  /** In office on the date (with no date: still in office as of the data's `as_of`). */
  readonly current: boolean
  /** Held the office before the date, and not on it. Neither flag: the term begins after the date. */
  readonly former: boolean
}

interface Term extends OfficeTermEntry {
  readonly person: OfficeHolderEntry
  /** `country`, or the organisation id for an international office. */
  readonly holderOf: string
}

interface Index {
  readonly asOf: string
  /** Full names and aliases → people. */
  readonly names: ReadonlyMap<string, readonly OfficeHolderEntry[]>
  /** Surnames → people. */
  readonly surnames: ReadonlyMap<string, readonly OfficeHolderEntry[]>
  /** `${country}|${office}` → terms sorted by start. */
  readonly offices: ReadonlyMap<string, readonly Term[]>
  /** Person id → terms, sorted by start. */
  readonly terms: ReadonlyMap<string, readonly Term[]>
}

const DATA_URL = new URL('./data/office-holders.yaml', import.meta.url)

/**
 * Offices in order of precedence: when one person holds several on a day, the first listed is reported.
 * The first ones (up to `PRINCIPAL_OFFICES`) are the principal offices, which also settle ambiguous
 * surnames: on a date, "Wang" is the foreign minister rather than a spokesperson of the same name.
 */
const OFFICE_RANK = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  'national-security-adviser',
  'military-chief',
  'igo-head',
  'commission-president',
  'council-president',
  'party-leader',
  'heir',
  'vice-president',
  'army-chief',
]
const PRINCIPAL_OFFICES = 9
const rank = (office: string) => {
  const i = OFFICE_RANK.indexOf(office)
  return i < 0 ? OFFICE_RANK.length : i
}

/** Builds the lookup index from a parsed file. */
function buildOfficeIndex(file: OfficeHoldersFile): Index {
  const names = new Map<string, OfficeHolderEntry[]>()
  const surnames = new Map<string, OfficeHolderEntry[]>()
  const offices = new Map<string, Term[]>()
  const terms = new Map<string, Term[]>()
  const add = (map: Map<string, OfficeHolderEntry[]>, key: string, person: OfficeHolderEntry) => {
    const list = map.get(key)
    if (!list) map.set(key, [person])
    else if (!list.includes(person)) list.push(person)
  }
  for (const person of file.people) {
    for (const name of [person.name, ...(person.aliases ?? [])])
      for (const key of keyVariants(name)) add(names, key, person)
    for (const key of keyVariants(person.surname)) add(surnames, key, person)
    const own: Term[] = []
    for (const entry of person.terms) {
      const holder = entry.country ?? entry.organization ?? ''
      const term: Term = { ...entry, person, holderOf: holder }
      own.push(term)
      for (const office of [entry.office, ...(entry.also ?? [])]) {
        const key = `${holder}|${office}`
        const list = offices.get(key)
        if (list) list.push(term)
        else offices.set(key, [term])
      }
    }
    terms.set(person.id, own.sort(byStart))
  }
  for (const list of offices.values()) list.sort(byStart)
  return { asOf: file.as_of, names, surnames, offices, terms }
}

/** Letters `normalizeKey` keeps that English text often writes plainly ("Yıldırım" as "Yildirim"). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae' }
const FOLDABLE = /[ıøłđßæ]/g
const HAS_FOLDABLE = /[ıøłđßæ]/

/** The keys a name is indexed under: its normalised form, with hyphens as spaces ("Kim Jong-un" is also
 * "kim jong un"), and with letters that have no decomposition made plain. */
function keyVariants(name: string): Set<string> {
  const key = normalizeKey(name)
  const keys = new Set([key])
  for (const k of [...keys]) if (k.includes('-')) keys.add(k.replace(/-/g, ' '))
  for (const k of [...keys])
    if (HAS_FOLDABLE.test(k)) keys.add(k.replace(FOLDABLE, (c) => PLAIN_LETTERS[c] ?? c))
  return keys
}

const byStart = (a: { start: string }, b: { start: string }) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : 0

let shippedFile: OfficeHoldersFile | undefined
/** The shipped data file, parsed once per process and shared (read-only) by every index. */
const shipped = (): OfficeHoldersFile => {
  shippedFile ??= readYaml<OfficeHoldersFile>(DATA_URL)
  return shippedFile
}

const covers = (term: OfficeTermEntry, date: string) =>
  term.start <= date && (term.end === null || date < term.end)

function holding(term: Term, date: string | null, office = term.office): OfficeHolding {
  const current = date === null ? term.end === null : covers(term, date)
  const former = !current && (date === null || (term.end !== null && term.end <= date))
  return {
    personId: term.person.id,
    name: term.person.name,
    country: term.holderOf,
    office,
    role: term.role,
    sector: term.sector,
    start: term.start,
    end: term.end,
    current,
    former,
  }
}

/**
 * The term of a person that best describes them on `date`: the highest-ranked term in office on the date;
 * else the latest term that ended before it (former); else the first term, which begins after it. With no
 * date: the highest-ranked term still in office, else the latest term.
 */
function termOn(terms: readonly Term[], date: string | null): Term | undefined {
  const inOffice = terms.filter((t) => (date === null ? t.end === null : covers(t, date)))
  if (inOffice.length > 0) return inOffice.reduce((a, b) => (rank(b.office) < rank(a.office) ? b : a))
  if (date === null) return terms.at(-1)
  const past = terms.filter((t) => t.end !== null && t.end <= date)
  return past.at(-1) ?? terms[0]
}

/**
 * How plausible a person is as the referent on a date: 3 in a principal office on it, 2 in another
 * office, 1 formerly in office, 0 not yet.
 */
function plausibility(terms: readonly Term[], date: string): number {
  let best = 0
  for (const t of terms) {
    if (covers(t, date)) best = Math.max(best, rank(t.office) < PRINCIPAL_OFFICES ? 3 : 2)
    else if (t.end !== null && t.end <= date) best = Math.max(best, 1)
  }
  return best
}

/** Cheap test before `plainName`: callers try many single words that are no one's name. */
const mayHaveInitials = (key: string) =>
  key.includes(' ') && (key.includes('.') || key.endsWith(' jr') || key.endsWith(' sr'))

/** Middle initials and a generational suffix dropped: "mark a. milley" → "mark milley". */
function plainName(key: string): string {
  const words = key.replace(/,? (jr|sr)\.?$/, '').split(' ')
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^[a-z]\.$/.test(w)).join(' ')
}

function lookupIn(idx: Index, nameKey: string, date: string | null): OfficeHolding | undefined {
  const people =
    idx.names.get(nameKey) ??
    idx.surnames.get(nameKey) ??
    (mayHaveInitials(nameKey) ? idx.names.get(plainName(nameKey)) : undefined)
  if (!people) return undefined
  let person: OfficeHolderEntry | undefined
  if (people.length === 1) person = people[0]
  else if (date !== null) {
    const scored = people.map((p) => ({ p, score: plausibility(idx.terms.get(p.id) ?? [], date) }))
    const best = Math.max(...scored.map((s) => s.score))
    const top = scored.filter((s) => s.score === best)
    if (best > 0 && top.length === 1) person = top[0]?.p
  }
  if (!person) return undefined
  const term = termOn(idx.terms.get(person.id) ?? [], date)
  return term ? holding(term, date) : undefined
}

function holderIn(idx: Index, country: string, office: string, date: string): OfficeHolding | undefined {
  const terms = idx.offices.get(`${country}|${office}`)
  if (!terms) return undefined
  // Binary search for the last term starting on or before the date, then walk back over overlaps.
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((terms[mid]?.start ?? '') <= date) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
    const term = terms[i]
    if (term && covers(term, date)) return holding(term, date, office)
  }
  return undefined
}

/** Dated office-holders: the shipped ones and a user's, looked up by name or by office. */
export interface OfficeHolders {
  /**
   * The office-holder named by `nameKey` (a `normalizeKey`ed full name, alias or surname), described as of
   * `date` (YYYY-MM-DD; null: as of the data's `as_of`, preferring the latest term).
   *
   * Ambiguity rule: full names and aliases win over surnames. When several people share the key, a date
   * picks the only one in a principal office (head of state or government, foreign or defence minister,
   * national security adviser, military chief, head of an IGO) on it, else the only one in any listed
   * office on it, else the only one who held office before it. With no date, or when the date leaves
   * more than one (or none) plausible, the answer is undefined ("Clinton", "Kim" in 2021).
   */
  lookup(nameKey: string, date: string | null): OfficeHolding | undefined
  /**
   * Who held `office` for `country` (ISO alpha-3, or an organisation id such as "eu") on `date`:
   * "his Russian counterpart" of a foreign minister in 2022 is holderOf('RUS', 'foreign-minister', …).
   * When terms overlap (an acting holder), the one that started last wins.
   */
  holderOf(country: string, office: string, date: string): OfficeHolding | undefined
  /** The day the office-holder data was last checked (YYYY-MM-DD). */
  readonly asOf: string
  /** Sizes of the loaded data, for diagnostics. */
  stats(): { people: number; terms: number; nameKeys: number }
}

/**
 * The office-holders of the shipped data with a user's (entries shaped like office-holders.yaml's `people`,
 * already checked against its schema) before them; a user entry with a shipped id replaces the shipped person.
 */
export function createOfficeHolders(userPeople: readonly OfficeHolderEntry[] = []): OfficeHolders {
  const file = shipped()
  const replaced = new Set(userPeople.map((p) => p.id))
  const people = [...userPeople, ...file.people.filter((p) => !replaced.has(p.id))]
  const idx = buildOfficeIndex(userPeople.length > 0 ? { ...file, people } : file)
  return {
    lookup: (nameKey, date) => lookupIn(idx, nameKey, date),
    holderOf: (country, office, date) => holderIn(idx, country, office, date),
    asOf: idx.asOf,
    stats() {
      let terms = 0
      for (const list of idx.terms.values()) terms += list.length
      return { people: idx.terms.size, terms, nameKeys: idx.names.size + idx.surnames.size }
    },
  }
}
