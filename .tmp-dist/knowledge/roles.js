import { readYaml } from './data-files.js';
import { keyWords, normalizeKey } from './normalize-key.js';
/** Longest role phrase, in words, worth passing to lookupRole (modifiers included). */
export const ROLE_MAX_WORDS = 8;
/** Generic families ("… minister") apply to phrases of at most this many words. */
const GENERIC_MAX_WORDS = 4;
const titleCase = (key) => key.replace(/(^|[\s-])([a-z])/g, (_m, sep, c) => sep + c.toUpperCase());
/** Words that never start a portfolio in a generic title ("his minister", "russia's minister"). */
const NOT_PORTFOLIO = new Set([
    'a',
    'an',
    'the',
    'his',
    'her',
    'their',
    'its',
    'our',
    'your',
    'my',
    'whose',
    'new',
    'same',
]);
/**
 * `isCountryWord` tells whether a word names a country or nationality: a generic title never absorbs
 * one ("Russian Foreign Minister" is a demonym followed by a role, not a role of its own).
 */
export function loadRoles(isCountryWord = () => false) {
    const file = readYaml(new URL('../lang/en/roles.yaml', import.meta.url));
    const forms = new Map();
    for (const r of file.roles) {
        const info = { role: r.role, sector: r.sector, office: r.office };
        for (const form of r.forms) {
            const key = normalizeKey(form);
            if (!forms.has(key))
                forms.set(key, info);
        }
    }
    // Modifiers longest first, so "principal deputy" wins over "deputy" (no "principal" modifier exists).
    const modifiers = Object.entries(file.modifiers).sort((a, b) => b[0].length - a[0].length);
    const generic = (key) => {
        if (keyWords(key) > GENERIC_MAX_WORDS || key.includes("'"))
            return undefined;
        const words = key.split(' ');
        if (NOT_PORTFOLIO.has(words[0]) || words.some(isCountryWord))
            return undefined;
        for (const g of file.generic) {
            const matches = (g.suffix !== undefined && key.endsWith(` ${g.suffix}`)) ||
                (g.prefix !== undefined && key.startsWith(`${g.prefix} `));
            if (matches)
                return {
                    role: titleCase(key).replace(/ (Of|For|The|And) /g, (m) => m.toLowerCase()),
                    sector: g.sector,
                    office: g.office,
                    generic: true,
                };
        }
        return undefined;
    };
    // Words a role phrase can start with, and last words of generic families: anything else is rejected
    // before any string is cut, since callers try many spans per sentence.
    const starters = new Set(modifiers.map(([word]) => word.replace(/-$/, '').split(' ')[0]));
    for (const key of forms.keys())
        starters.add(key.split(' ')[0]);
    for (const g of file.generic)
        if (g.prefix)
            starters.add(g.prefix.split(' ')[0]);
    const genericEnds = new Set(file.generic.flatMap((g) => (g.suffix ? [g.suffix.split(' ').at(-1)] : [])));
    const cannotBeRole = (key) => {
        const space = key.indexOf(' ');
        const first = space < 0 ? key : key.slice(0, space);
        if (starters.has(first))
            return false;
        const dash = first.indexOf('-');
        if (dash > 0 && starters.has(first.slice(0, dash)))
            return false;
        return !genericEnds.has(key.slice(key.lastIndexOf(' ') + 1));
    };
    const lookup = (key) => {
        if (cannotBeRole(key))
            return undefined;
        const exact = forms.get(key);
        if (exact)
            return exact;
        for (const [word, effect] of modifiers) {
            const rest = stripModifier(key, word);
            if (rest === null)
                continue;
            const inner = lookup(rest);
            if (!inner)
                return undefined;
            return {
                role: effect.prefix ? `${effect.prefix} ${inner.role}` : inner.role,
                sector: inner.sector,
                office: effect.prefix
                    ? `${effect.prefix.toLowerCase().replace(/ /g, '-')}-${inner.office}`
                    : inner.office,
                ...(effect.former || inner.former ? { former: true } : {}),
                ...(inner.generic ? { generic: true } : {}),
            };
        }
        return generic(key);
    };
    return { lookup, forms };
}
/** `key` without a leading modifier ("former ", "ex-", "ex "), or null when it does not start with it. */
function stripModifier(key, word) {
    if (word.endsWith('-'))
        return key.startsWith(word) && key.length > word.length ? key.slice(word.length) : null;
    return key.startsWith(`${word} `) ? key.slice(word.length + 1) : null;
}
//# sourceMappingURL=roles.js.map