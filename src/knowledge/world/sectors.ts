/**
 * PLOVER's actor vocabulary (PLOVER manual, "Country Names and Sector Codes") and its correspondence with the
 * CAMEO codes of the Phoenix dictionaries and with the sector codes Parley's records use today.
 *
 * Three vocabularies meet here:
 * - PLOVER sectors (below), where MED is health and JRN journalism;
 * - CAMEO segments in Phoenix codes ("UGAGOV", "USAGOVMIL", "IGOUNOHLHWHO"), where MED is media and HLH health;
 * - record sectors (src/knowledge/types.ts SECTORS), CAMEO-like: MED media, HLH health, IGO and NGO as sectors.
 * The world knowledge base answers in PLOVER terms; `toRecordCountrySector` gives the record's form.
 */

/** Every PLOVER sector code, frequent ones first, as the manual lists them. */
export const PLOVER_SECTORS = [
  'COP',
  'GOV',
  'JUD',
  'LEG',
  'MIL',
  'PRM',
  'PTY',
  'REB',
  'SPY',
  'UAF',
  'UNK',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'JRN',
  'LAB',
  'MED',
  'REF',
  'OPP',
  'PRE',
  'REL',
  'SOC',
] as const
export type PloverSector = (typeof PLOVER_SECTORS)[number]

const PLOVER_SECTOR_SET: ReadonlySet<string> = new Set(PLOVER_SECTORS)
export const isPloverSector = (code: string): code is PloverSector => PLOVER_SECTOR_SET.has(code)

/**
 * PLOVER's international non-state "country" names: the UN and the EU apart, other intergovernmental bodies,
 * NGOs, international social movements, transnational militarised groups and multinational companies.
 */
export const INTERNATIONAL_CODES = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'] as const
export type InternationalCode = (typeof INTERNATIONAL_CODES)[number]

const INTERNATIONAL_SET: ReadonlySet<string> = new Set(INTERNATIONAL_CODES)
export const isInternationalCode = (code: string): code is InternationalCode => INTERNATIONAL_SET.has(code)

/** The IGO family: the UN and the EU are intergovernmental bodies too. */
export const isIgoCode = (code: string): boolean => code === 'IGO' || code === 'UNO' || code === 'EUR'

/**
 * CAMEO sector segments and the PLOVER sector each stands for. CAMEO's INS (insurgents) and SEP
 * (separatists) fold into REB, as PLOVER's note 3 says; UNR (unrecognised) is PLOVER's PRE.
 */
export const CAMEO_SECTORS: Readonly<Record<string, PloverSector>> = {
  GOV: 'GOV',
  MIL: 'MIL',
  LEG: 'LEG',
  JUD: 'JUD',
  COP: 'COP',
  SPY: 'SPY',
  PTY: 'PTY',
  REB: 'REB',
  INS: 'REB',
  SEP: 'REB',
  UAF: 'UAF',
  OPP: 'OPP',
  ELI: 'ELI',
  AGR: 'AGR',
  BUS: 'BUS',
  CRM: 'CRM',
  CVL: 'CVL',
  PPL: 'CVL',
  EDU: 'EDU',
  LAB: 'LAB',
  MED: 'JRN',
  HLH: 'MED',
  REF: 'REF',
  REL: 'REL',
  UNR: 'PRE',
  NGM: 'SOC',
}

/**
 * CAMEO issue segments (human rights, environment, development): a minister of the environment is GOV with
 * ENV after it; on their own ("human rights activists") they name civil society, PLOVER's SOC.
 */
export const CAMEO_ISSUES: ReadonlySet<string> = new Set(['HRI', 'ENV', 'DEV'])

/** CAMEO religion segments: on their own they make an actor religious (REL); after a sector, a detail. */
export const CAMEO_RELIGIONS: ReadonlySet<string> = new Set([
  'CHR',
  'CTH',
  'PRO',
  'ORT',
  'MAR',
  'JEW',
  'MUS',
  'SHI',
  'SUN',
  'ALE',
  'DRZ',
  'ITH',
  'BUD',
  'HIN',
  'JAN',
  'SIK',
  'TAO',
  'ZRO',
])

/** CAMEO modifiers that carry no sector: radical, moderate, occupied, autonomous. */
export const CAMEO_MODIFIERS: ReadonlySet<string> = new Set(['RAD', 'MOD', 'OCC', 'AUT'])

/** CAMEO region codes: an actor coded with one has no single country. */
export const CAMEO_REGIONS: ReadonlySet<string> = new Set([
  'AFR',
  'ARB',
  'ASA',
  'BLK',
  'BAL',
  'CAS',
  'CAU',
  'CEU',
  'CFR',
  'CRB',
  'CSA',
  'EAF',
  'EEU',
  'EIN',
  'EUR',
  'LAM',
  'MDE',
  'MDT',
  'MEA',
  'NAF',
  'NMR',
  'PGS',
  'SAF',
  'SAM',
  'SAS',
  'SCN',
  'SEA',
  'SEU',
  'WAF',
  'WEU',
  'WST',
  'INT',
])

/** CAMEO country codes that are not ISO alpha-3, mapped to the code Parley uses (XKX for Kosovo). */
export const CAMEO_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  TMP: 'TLS',
  KSV: 'XKX',
  KOS: 'XKX',
  IMY: 'IMN',
}

/**
 * States that no longer exist, mapped to the successor state Parley's country list has (it lists today's
 * states only): the Soviet Union to Russia, East Germany to Germany, Yugoslavia and its rump to Serbia,
 * Czechoslovakia to the Czech Republic. A mapped code is counted in the import report.
 */
export const HISTORICAL_STATES: Readonly<Record<string, string>> = {
  USR: 'RUS',
  SUN: 'RUS',
  DDR: 'DEU',
  YUG: 'SRB',
  SCG: 'SRB',
  FRY: 'SRB',
  CSK: 'CZE',
}

/** International codes of the CAMEO scheme that open a code, and the PLOVER name each becomes. */
const INTERNATIONAL_OPENERS: Readonly<Record<string, InternationalCode>> = {
  IGO: 'IGO',
  NGO: 'NGO',
  MNC: 'MNC',
  IMG: 'IMG',
  ISM: 'ISM',
}

/** The PLOVER name an opening international segment stands for, refined by the organisation that follows. */
export function internationalCode(opener: string, next: string | undefined): InternationalCode | undefined {
  const code = INTERNATIONAL_OPENERS[opener]
  if (code !== 'IGO') return code
  if (next === 'UNO') return 'UNO'
  if (next === 'EUR' || next === 'EEC') return 'EUR'
  return 'IGO'
}

/**
 * A record's (country, sector) pair in PLOVER terms: MED (media) → JRN, HLH (health) → MED, and the record's
 * IGO and NGO sectors become PLOVER's international country names when the actor has no country.
 */
export function toPloverCountrySector(
  country: string | null,
  sector: string | null,
): { country: string | null; sector: string | null } {
  if (sector === 'IGO' || sector === 'NGO') return { country: country ?? sector, sector: null }
  if (sector === 'MED') return { country, sector: 'JRN' }
  if (sector === 'HLH') return { country, sector: 'MED' }
  return { country, sector }
}

/**
 * The record's form of a PLOVER (country, sector) pair, the inverse of `toPloverCountrySector`: international
 * names become the record's IGO/NGO sector with no country (the other ones keep no country and their sector).
 */
export function toRecordCountrySector(
  country: string | null,
  sector: PloverSector | null,
): { country: string | null; sector: string | null } {
  if (country !== null && isIgoCode(country)) return { country: null, sector: sector ?? 'IGO' }
  if (country === 'NGO') return { country: null, sector: sector ?? 'NGO' }
  const international = country !== null && isInternationalCode(country)
  const recordCountry = international ? null : country
  if (sector === 'JRN') return { country: recordCountry, sector: 'MED' }
  if (sector === 'MED') return { country: recordCountry, sector: 'HLH' }
  return { country: recordCountry, sector }
}
