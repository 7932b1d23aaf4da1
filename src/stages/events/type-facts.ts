/** Facts about PLOVER types and modes the events stage combines triggers by (language-independent). */
import type { PloverType } from '../../doc/layers.js'

/** How the embedded event sets the mode of a refusal or request ("refused to meet" → REJECT meet). */
export const DEMAND_MODES: Readonly<Partial<Record<PloverType, string>>> = {
  CONSULT: 'meet',
  AGREE: 'meet',
  COOPERATE: 'assist',
  AID: 'assist',
  SUPPORT: 'assist',
  CONCEDE: 'yield',
  RETREAT: 'yield',
  SANCTION: 'change',
  COERCE: 'change',
}

/** CAMEO codes for a refusal or request by the mode it takes. */
export const DEMAND_CAMEO: Readonly<Record<'REQUEST' | 'REJECT', Readonly<Record<string, string>>>> = {
  REQUEST: { meet: '106', assist: '101', yield: '105', change: '104' },
  REJECT: { meet: '125', assist: '121', yield: '124', change: '123' },
}

/** Verbal cooperation or material action that, announced for the future, is a statement of intent (AGREE). */
export const COOPERATIVE_TYPES: ReadonlySet<PloverType> = new Set([
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
])

/** Coercive action that, announced for the future, is a threat (THREATEN). */
export const CONFLICTUAL_TYPES: ReadonlySet<PloverType> = new Set([
  'SANCTION',
  'COERCE',
  'ASSAULT',
  'MOBILIZE',
  'PROTEST',
])

/** Speech acts: a condition stated after them is part of what is said ("threatened sanctions if …"). */
export const SPEECH_ACT_TYPES: ReadonlySet<PloverType> = new Set([
  'THREATEN',
  'REQUEST',
  'AGREE',
  'REJECT',
  'ACCUSE',
])

/** Actions whose target, when no party is named, is the country they are carried out in ("protests in Serbia"). */
export const TERRITORIAL_TYPES: ReadonlySet<PloverType> = new Set([
  'PROTEST',
  'COERCE',
  'ASSAULT',
  'CONCEDE',
  'RETREAT',
  'MOBILIZE',
])

/** THREATEN modes by the kind of action threatened. */
export const THREAT_MODES: Readonly<Partial<Record<PloverType, string>>> = {
  ASSAULT: 'violence',
  MOBILIZE: 'violence',
  SANCTION: 'relations',
  PROTEST: 'restrict',
}

/**
 * Types whose event is between two parties: with no recipient they are not emitted ("Blinken held talks" names no
 * counterpart; "aid" given to nobody named is no dyad).
 */
export const RECIPIENT_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AID', 'COOPERATE', 'SUPPORT'])

/** Types whose parties act together: "Reagan and Gorbachev met" is a meeting of the first with the others. */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'COOPERATE'])
