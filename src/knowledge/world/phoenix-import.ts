import { normalizeKey } from '../normalize-key.js'
import { type CodeNote, type DecodedCode, decodeActorCode } from './cameo-code.js'
import { ploverAgentSectors } from './plover-nouns.js'
import { isInternationalCode } from './sectors.js'
import {
  type ActorEntry,
  type Problem,
  parseActorDictionary,
  parseAgentDictionary,
  phraseOf,
} from './tabari.js'
import {
  type AgentRow,
  type DefaultRow,
  type EntityKind,
  type EntityRow,
  encodeSectors,
  KIND_CODES,
  phoenixId,
  type RoleRow,
  WORLD_DATA_FORMAT,
  type WorldDataFile,
} from './world-data.js'

/**
 * From Phoenix (TABARI-format) dictionaries to the compiled world data: codes decoded and validated, names
 * normalised, entries classified (person, organisation, armed group; country-name blocks are left to the
 * curated country list and the gazetteer), duplicates merged, and every refusal counted by reason.
 *
 * Conventions:
 * - a person is an entry with a dated role or from CountryInfo/IGOrulers; an entry of the armed-groups file,
 *   or one whose primary sector is REB or UAF, is an armed group; anything else an organisation;
 * - a role "D1-D2" (TABARI: both days included) becomes [D1, D2 + 1 day); "<D" ends before D, ">D" starts on D;
 * - entries with the same primary name and a country in common are one entity; homonyms in other countries
 *   get the country in their id ("phx:ali-hassan-som");
 * - a name that is a country's name or demonym (as Parley's country list knows them) is not kept as a name.
 */

export type SourceFile = 'countries' | 'international' | 'armed-groups'

export type DropReason =
  | Problem['reason']
  | 'malformed-code'
  | 'unknown-country'
  | 'unknown-segment'
  | 'null-code'
  | 'entry-without-valid-code'
  | 'country-name-block'
  | 'name-is-country'
  | 'empty-name'
  | 'unreadable-name'
  | 'agent-without-sector'
  | 'agent-form-conflict'

export interface ImportReport {
  readonly files: { readonly name: string; readonly entries: number }[]
  readonly dropped: Partial<Record<DropReason, number>>
  readonly examples: Partial<Record<DropReason, string[]>>
  readonly notes: Partial<Record<CodeNote, number>>
  /** Agent forms whose sectors PLOVER's definitions changed (see plover-nouns.ts). */
  readonly adjusted: Partial<Record<'plover-noun' | 'ministry-gov', number>>
  readonly kept: {
    readonly people: number
    readonly organizations: number
    readonly armedGroups: number
    readonly mergedDuplicates: number
    readonly homonyms: number
    readonly keys: number
    readonly sharedKeys: number
    readonly agentForms: number
  }
}

export interface ImportOptions {
  /** ISO alpha-3 codes Parley knows (XKX for Kosovo). */
  readonly isCountry: (code: string) => boolean
  /** Whether a normalised phrase is a country's name or demonym. */
  readonly isCountryName: (key: string) => boolean
  /** The day the dictionaries were made (YYYY-MM-DD). */
  readonly horizon: string
  readonly source: string
}

interface Draft {
  kind: EntityKind
  key: string
  keys: string[]
  roles: RoleRow[]
  defaults: DefaultRow[]
  acronyms: string[]
  countries: Set<string>
}

const EXAMPLES_PER_REASON = 4
const ACRONYM = /^[A-Z][A-Z.&-]{1,5}$/

/** "1986-01-26" → "1986-01-27". */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Names of one entry line split where two were run together ("A_+B"), parentheticals dropped. */
function namesOf(raw: string): string[] {
  return raw
    .split('+')
    .map((n) => phraseOf(n.replace(/\([^)]*\)/g, ' ')))
    .filter((n) => n !== '')
}

export function createPhoenixImporter(options: ImportOptions) {
  const dropped: Partial<Record<DropReason, number>> = {}
  const examples: Partial<Record<DropReason, string[]>> = {}
  const notes: Partial<Record<CodeNote, number>> = {}
  const adjusted: Partial<Record<'plover-noun' | 'ministry-gov', number>> = {}
  const files: { name: string; entries: number }[] = []
  const drafts = new Map<string, Draft[]>()
  const agents = new Map<string, AgentRow>()
  let mergedDuplicates = 0

  const drop = (reason: DropReason, example: string) => {
    dropped[reason] = (dropped[reason] ?? 0) + 1
    const list = examples[reason] ?? []
    if (list.length < EXAMPLES_PER_REASON) list.push(example)
    examples[reason] = list
  }

  const decode = (code: string, where: string, isCountry = options.isCountry): DecodedCode | undefined => {
    const decoded = decodeActorCode(code, isCountry)
    if ('problem' in decoded) {
      drop(decoded.problem, `${where} [${code}]`)
      return undefined
    }
    for (const note of decoded.notes) notes[note] = (notes[note] ?? 0) + 1
    return decoded
  }

  const classify = (
    entry: ActorEntry,
    file: SourceFile,
    decoded: readonly DecodedCode[],
  ): EntityKind | null => {
    const personLike =
      /CountryInfo|IGOrulers/.test(entry.comment) || entry.codes.some((c) => c.restriction.kind !== 'default')
    const bareCountry = decoded.every(
      (d) => d.sectors.length === 0 && d.country !== null && !isInternationalCode(d.country),
    )
    const countryBlock = bareCountry || options.isCountryName(normalizeKey(entry.names[0] ?? ''))
    if (file !== 'armed-groups' && !/CountryInfo|IGOrulers/.test(entry.comment) && countryBlock) return null
    if (file === 'armed-groups') return 'armed-group'
    if (personLike) return 'person'
    const primary = decoded[0]?.sectors[0]
    return primary === 'REB' || primary === 'UAF' ? 'armed-group' : 'organization'
  }

  const addEntry = (entry: ActorEntry, file: SourceFile, name: string) => {
    const where = `${name}:${entry.line} ${entry.names[0] ?? ''}`
    const roles: RoleRow[] = []
    const defaults: DefaultRow[] = []
    const decodedAll: DecodedCode[] = []
    for (const raw of entry.codes) {
      const decoded = decode(raw.code, `${name}:${raw.line}`)
      if (decoded === undefined) continue
      decodedAll.push(decoded)
      const country = decoded.country ?? ''
      const sectors = encodeSectors(decoded.sectors)
      const r = raw.restriction
      if (r.kind === 'default') defaults.push([country, sectors])
      else if (r.kind === 'from') roles.push([country, sectors, r.date, ''])
      else if (r.kind === 'before') roles.push([country, sectors, '', r.date])
      else roles.push([country, sectors, r.start, nextDay(r.end)])
    }
    if (decodedAll.length === 0) {
      drop('entry-without-valid-code', where)
      return
    }
    const kind = classify(entry, file, decodedAll)
    if (kind === null) {
      drop('country-name-block', where)
      return
    }
    const names = entry.names.flatMap(namesOf)
    const keys: string[] = []
    const acronyms: string[] = []
    for (const n of names) {
      if (n.includes('\uFFFD')) {
        drop('unreadable-name', where)
        continue
      }
      const key = normalizeKey(n)
      if (key === '') {
        drop('empty-name', where)
        continue
      }
      if (options.isCountryName(key)) {
        drop('name-is-country', `${where} (${n})`)
        continue
      }
      if (keys.includes(key)) continue
      keys.push(key)
      if (kind !== 'person' && !n.includes(' ') && ACRONYM.test(n) && !acronyms.includes(n)) acronyms.push(n)
    }
    if (keys[0] === undefined) {
      drop('empty-name', where)
      return
    }
    const countries = new Set(decodedAll.flatMap((d) => (d.country === null ? [] : [d.country])))
    const draft: Draft = {
      kind,
      key: keys[0],
      keys,
      roles,
      defaults,
      acronyms,
      countries,
    }
    const same = drafts.get(draft.key) ?? []
    const twin = same.find(
      (d) =>
        d.kind === kind &&
        (countries.size === 0 || d.countries.size === 0 || [...countries].some((c) => d.countries.has(c))),
    )
    if (twin === undefined) {
      same.push(draft)
      drafts.set(draft.key, same)
      return
    }
    mergedDuplicates++
    for (const k of keys) if (!twin.keys.includes(k)) twin.keys.push(k)
    for (const a of acronyms) if (!twin.acronyms.includes(a)) twin.acronyms.push(a)
    for (const c of countries) twin.countries.add(c)
    const has = (rows: readonly (readonly string[])[], row: readonly string[]) =>
      rows.some((r) => r.join('|') === row.join('|'))
    for (const r of roles) if (!has(twin.roles, r)) twin.roles.push(r)
    for (const d of defaults) if (!has(twin.defaults, d)) twin.defaults.push(d)
  }

  return {
    addActors(text: string, file: SourceFile, name: string): void {
      const parsed = parseActorDictionary(text)
      files.push({ name, entries: parsed.entries.length })
      for (const p of parsed.problems) drop(p.reason, `${name}:${p.line} ${p.text}`)
      for (const entry of parsed.entries) addEntry(entry, file, name)
    },

    addAgents(text: string, name: string): void {
      const parsed = parseAgentDictionary(text)
      files.push({ name, entries: parsed.entries.length })
      for (const p of parsed.problems) drop(p.reason, `${name}:${p.line} ${p.text}`)
      for (const entry of parsed.entries) {
        const where = `${name}:${entry.line} ${entry.forms[0] ?? ''}`
        // Agent codes carry no country: "MUS" is Muslim here, not Mauritius.
        const decoded = decode(entry.code, where, () => false)
        if (decoded === undefined) continue
        const country =
          decoded.country !== null && isInternationalCode(decoded.country) ? decoded.country : ''
        if (decoded.sectors.length === 0 && country === '') {
          drop('agent-without-sector', `${where} [${entry.code}]`)
          continue
        }
        for (const form of entry.forms) {
          const key = normalizeKey(form)
          const plover = ploverAgentSectors(key, decoded.sectors)
          if (plover.rule !== null) adjusted[plover.rule] = (adjusted[plover.rule] ?? 0) + 1
          const row: AgentRow = [key, country, encodeSectors(plover.sectors)]
          const before = agents.get(key)
          if (before === undefined) agents.set(key, row)
          else if (before[1] !== row[1] || before[2] !== row[2])
            drop('agent-form-conflict', `${where} (${form})`)
        }
      }
    },

    finish(): { data: WorldDataFile; report: ImportReport } {
      const rows: EntityRow[] = []
      let homonyms = 0
      const usedIds = new Set<string>()
      for (const [key, list] of drafts) {
        homonyms += list.length - 1
        for (const d of list) {
          const country = [...d.countries][0]
          const id =
            list.length > 1 && country ? `${phoenixId(key)}-${country.toLowerCase()}` : phoenixId(key)
          let unique = id
          for (let n = 2; usedIds.has(unique); n++) unique = `${id}-${n}`
          usedIds.add(unique)
          const kind = KIND_CODES[d.kind]
          if (unique !== phoenixId(key)) rows.push([d.keys, kind, d.roles, d.defaults, d.acronyms, unique])
          else if (d.acronyms.length > 0) rows.push([d.keys, kind, d.roles, d.defaults, d.acronyms])
          else rows.push([d.keys, kind, d.roles, d.defaults])
        }
      }
      const primary = (row: EntityRow) => row[0][0] ?? ''
      rows.sort((a, b) => (primary(a) < primary(b) ? -1 : primary(a) > primary(b) ? 1 : 0))
      const owners = new Map<string, number>()
      for (const row of rows) for (const k of row[0]) owners.set(k, (owners.get(k) ?? 0) + 1)
      const agentRows = [...agents.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      const count = (kind: EntityKind) => rows.filter((r) => r[1] === KIND_CODES[kind]).length
      return {
        data: {
          format: WORLD_DATA_FORMAT,
          generatedBy: 'scripts/import-phoenix.ts',
          source: options.source,
          horizon: options.horizon,
          entities: rows,
          agents: agentRows,
        },
        report: {
          files,
          dropped,
          examples,
          notes,
          adjusted,
          kept: {
            people: count('person'),
            organizations: count('organization'),
            armedGroups: count('armed-group'),
            mergedDuplicates,
            homonyms,
            keys: owners.size,
            sharedKeys: [...owners.values()].filter((n) => n > 1).length,
            agentForms: agentRows.length,
          },
        },
      }
    },
  }
}
