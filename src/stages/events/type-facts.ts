/** Facts about PLOVER types and modes the events stage combines triggers by (language-independent). */
import type { PloverType } from '../../doc/layers.js'

export {
  CONFLICTUAL_TYPES,
  COOPERATIVE_TYPES,
  RECIPIENT_TYPES,
  SPEECH_ACT_TYPES,
  SYMMETRIC_TYPES,
  TERRITORIAL_TYPES,
} from '../../doc/plover-facts.js'

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

/** THREATEN modes by the kind of action threatened. */
export const THREAT_MODES: Readonly<Partial<Record<PloverType, string>>> = {
  ASSAULT: 'violence',
  MOBILIZE: 'violence',
  SANCTION: 'relations',
  PROTEST: 'restrict',
}
