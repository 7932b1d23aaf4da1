import type { PloverSector } from './sectors.js'

/**
 * Agent nouns whose sector PLOVER's own sector table states ("CVL: civilians, protesters, activists"; "UAF:
 * unknown gunmen"; "PRM: paramilitary organizations"), where the Phoenix agents file, coded for CAMEO, says
 * otherwise (protesters OPP, unidentified gunmen REB, paramilitaries MIL). These win over the file.
 */
export const PLOVER_NOUNS: Readonly<Record<string, PloverSector>> = {
  protester: 'CVL',
  protesters: 'CVL',
  protestor: 'CVL',
  protestors: 'CVL',
  demonstrator: 'CVL',
  demonstrators: 'CVL',
  activist: 'CVL',
  activists: 'CVL',
  civilian: 'CVL',
  civilians: 'CVL',
  'unidentified gunman': 'UAF',
  'unidentified gunmen': 'UAF',
  'unknown gunman': 'UAF',
  'unknown gunmen': 'UAF',
  paramilitary: 'PRM',
  paramilitaries: 'PRM',
  'paramilitary force': 'PRM',
  'paramilitary forces': 'PRM',
  'paramilitary unit': 'PRM',
  'paramilitary units': 'PRM',
  'paramilitary organization': 'PRM',
  'paramilitary organizations': 'PRM',
  'paramilitary organisation': 'PRM',
  'paramilitary organisations': 'PRM',
}

const MINISTRY = /\bminist(?:er|ers|ry|ries)\b/

/**
 * PLOVER sectors of an agent noun: PLOVER's own word when it has one; a ministry or minister is the
 * executive (GOV) first, whatever else the code adds ("defense ministry": CAMEO MIL, PLOVER GOV then MIL).
 * Returns the sectors and whether they differ from the file's.
 */
export function ploverAgentSectors(
  key: string,
  sectors: readonly PloverSector[],
): { sectors: readonly PloverSector[]; rule: 'plover-noun' | 'ministry-gov' | null } {
  const noun = PLOVER_NOUNS[key]
  if (noun !== undefined)
    return noun === sectors[0] && sectors.length === 1
      ? { sectors, rule: null }
      : { sectors: [noun], rule: 'plover-noun' }
  if (MINISTRY.test(key) && sectors[0] !== 'GOV')
    return { sectors: ['GOV', ...sectors.filter((s) => s !== 'GOV')], rule: 'ministry-gov' }
  return { sectors, rule: null }
}
