/**
 * Non-country codes used in PLOVER/CAMEO gold for actor slots, and what counts as agreeing with them.
 * Data, not logic: extend here when gold files use more codes.
 */
const SPECIAL_CODES = {
    IGO: (a) => a.kind === 'organization' || a.sector === 'IGO' || isKnownIgo(a.name),
    NGO: (a) => a.kind === 'organization' || a.sector === 'NGO',
    IMG: (a) => a.kind === 'group' || a.kind === 'organization' || a.sector === 'IMG' || a.sector === 'REB',
};
/** Nonstandard country codes seen in older CAMEO-coded gold, mapped to ISO alpha-3. */
const CODE_ALIASES = { ITL: 'ITA', VTN: 'VNM' };
/** Short names and acronyms of intergovernmental organisations (lower case), for actors typed otherwise. */
const KNOWN_IGOS = new Set([
    'un',
    'united nations',
    'nato',
    'eu',
    'european union',
    'au',
    'african union',
    'asean',
    'apec',
    'opec',
    'oas',
    'osce',
    'g7',
    'g20',
    'imf',
    'world bank',
    'wto',
    'who',
    'iaea',
    'unhcr',
    'unicef',
    'arab league',
    'ecowas',
    'security council',
    'un security council',
    'european commission',
]);
export function isKnownIgo(name) {
    const key = name
        .toLowerCase()
        .replace(/^the\s+/, '')
        .trim();
    return KNOWN_IGOS.has(key);
}
export function normaliseCode(code) {
    const upper = code.toUpperCase();
    return CODE_ALIASES[upper] ?? upper;
}
/** Whether a gold actor code (ISO alpha-3 or IGO/NGO/IMG) agrees with a predicted actor. */
export function codeAgrees(code, actor) {
    const normal = normaliseCode(code);
    const special = SPECIAL_CODES[normal];
    if (special)
        return special(actor);
    return actor.country !== null && normaliseCode(actor.country) === normal;
}
/** Whether any gold code agrees with any of the actors. */
export function anyCodeAgrees(codes, actors) {
    return codes.some((code) => actors.some((actor) => codeAgrees(code, actor)));
}
//# sourceMappingURL=actor-codes.js.map