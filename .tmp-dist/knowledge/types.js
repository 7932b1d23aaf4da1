/** PLOVER/CAMEO-like sector codes used for actors. */
export const SECTORS = [
    'GOV',
    'MIL',
    'LEG',
    'JUD',
    'ELI',
    'IGO',
    'NGO',
    'MED',
    'PTY',
    'BUS',
    'REB',
    'OPP',
    'SPY',
    'COP',
    'REL',
    'EDU',
    'HLH',
    'CVL',
];
export const ORGANIZATION_KINDS = [
    'igo',
    'government',
    'party',
    'media',
    'ngo',
    'company',
    'armed-group',
];
export const PLACE_KINDS = ['city', 'region', 'landmark'];
//# sourceMappingURL=types.js.map