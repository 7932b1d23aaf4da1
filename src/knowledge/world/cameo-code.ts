import {
  CAMEO_COUNTRY_ALIASES,
  CAMEO_ISSUES,
  CAMEO_MODIFIERS,
  CAMEO_REGIONS,
  CAMEO_RELIGIONS,
  CAMEO_SECTORS,
  HISTORICAL_STATES,
  type InternationalCode,
  internationalCode,
  type PloverSector,
} from './sectors.js'

/**
 * Decoding of CAMEO actor codes as the Phoenix dictionaries write them: 3-letter segments, a country (or an
 * international opener such as IGO) first, then sectors and qualifiers: "UGAGOV", "USAGOVMIL" (a defence
 * secretary: GOV, then MIL), "GBRVGBELI" (British Virgin Islands, folded into the United Kingdom as PLOVER
 * folds dependencies), "IGOUNOHLHWHO" (the WHO: the UN, health), "~COP" (an agent: a sector, no country).
 */

/** Why a code was refused. */
export type CodeProblem = 'malformed-code' | 'unknown-country' | 'unknown-segment' | 'null-code'

/** Facts about a code that was accepted but changed on the way; counted in the import report. */
export type CodeNote = 'historical-state' | 'cameo-country' | 'region' | 'dependency'

export interface DecodedCode {
  /** ISO alpha-3, a PLOVER international name (IGO, UNO, EUR, NGO, IMG, MNC, ISM), or null (region, none). */
  readonly country: string | null
  /** PLOVER sectors, primary first; empty when the code names only a country. */
  readonly sectors: readonly PloverSector[]
  readonly notes: readonly CodeNote[]
}

export type DecodeResult = DecodedCode | { readonly problem: CodeProblem; readonly segment?: string }

const CODE_SHAPE = /^(?:[A-Z]{3})+$/

/** Sectors an international opener implies when the code names none: armed groups fight, companies trade. */
const OPENER_DEFAULT_SECTOR: Partial<Record<InternationalCode, PloverSector>> = { IMG: 'REB', MNC: 'BUS' }

const segmentsOf = (code: string): string[] => code.match(/[A-Z]{3}/g) ?? []

/**
 * Sectors from the segments after the country: sector segments map through CAMEO_SECTORS; issue segments
 * (HRI, ENV, DEV) give SOC and religion segments REL only when neither another segment nor the opener's
 * `fallback` gives a sector. With `open`,
 * unknown segments are identifiers (of organisations or groups: "IGOUNOKID", "IMGMUSALQ") and skipped;
 * otherwise they make the code unknown.
 */
function sectorsOf(
  segments: readonly string[],
  isCountry: (code: string) => boolean,
  open: boolean,
  fallback?: PloverSector,
): { sectors: PloverSector[]; notes: CodeNote[] } | { problem: CodeProblem; segment: string } {
  const sectors: PloverSector[] = []
  const notes: CodeNote[] = []
  let issue = false
  let religion = false
  for (const [i, segment] of segments.entries()) {
    const sector = CAMEO_SECTORS[segment]
    if (sector !== undefined) {
      if (!sectors.includes(sector)) sectors.push(sector)
    } else if (CAMEO_ISSUES.has(segment)) issue = true
    else if (CAMEO_RELIGIONS.has(segment)) religion = true
    else if (CAMEO_MODIFIERS.has(segment)) continue
    else if (i === 0 && isDependency(segment, isCountry)) notes.push('dependency')
    else if (!open) return { problem: 'unknown-segment', segment }
  }
  // CAMEO files a legislature under the government (GOVLEG); PLOVER gives legislatures their own sector.
  if (sectors[0] === 'GOV' && sectors[1] === 'LEG') sectors.splice(0, 2, 'LEG', 'GOV')
  if (sectors.length === 0 && fallback !== undefined) sectors.push(fallback)
  if (sectors.length === 0 && issue) sectors.push('SOC')
  if (sectors.length === 0 && religion) sectors.push('REL')
  return { sectors, notes }
}

/** A country code after the country: a dependency ("GBRVGB", "NLDANT"), folded into its state. */
const isDependency = (segment: string, isCountry: (code: string) => boolean): boolean =>
  isCountry(segment) || CAMEO_COUNTRY_ALIASES[segment] !== undefined || segment === 'ANT'

/**
 * Decodes one actor code. `isCountry` tells ISO alpha-3 codes Parley knows. An agent code ("~GOVMED") has
 * no country: pass it without its "~".
 */
export function decodeActorCode(code: string, isCountry: (code: string) => boolean): DecodeResult {
  if (code === '---') return { problem: 'null-code' }
  if (!CODE_SHAPE.test(code)) return { problem: 'malformed-code', segment: code }
  const [first = '', ...rest] = segmentsOf(code)
  const opener = internationalCode(first, rest[0])
  if (opener !== undefined) {
    const decoded = sectorsOf(rest, isCountry, true, OPENER_DEFAULT_SECTOR[opener])
    if ('problem' in decoded) return decoded
    return { country: opener, sectors: decoded.sectors, notes: [] }
  }
  const withTail = (country: string | null, note: CodeNote | null, tail: readonly string[]): DecodeResult => {
    const decoded = sectorsOf(tail, isCountry, false)
    if ('problem' in decoded) return decoded
    return {
      country,
      sectors: decoded.sectors,
      notes: note === null ? decoded.notes : [note, ...decoded.notes],
    }
  }
  if (isCountry(first)) return withTail(first, null, rest)
  const alias = CAMEO_COUNTRY_ALIASES[first]
  if (alias !== undefined) return withTail(alias, 'cameo-country', rest)
  const successor = HISTORICAL_STATES[first]
  if (successor !== undefined) return withTail(successor, 'historical-state', rest)
  if (CAMEO_REGIONS.has(first)) return withTail(null, 'region', rest)
  // A code without a country: an agent ("GOVMED"), a bare sector ("ELI") or a religion ("BUDREB").
  const countryless = [CAMEO_RELIGIONS, CAMEO_ISSUES, CAMEO_MODIFIERS].some((set) => set.has(first))
  if (CAMEO_SECTORS[first] !== undefined || countryless) return withTail(null, null, [first, ...rest])
  return { problem: 'unknown-country', segment: first }
}
