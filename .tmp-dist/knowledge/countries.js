import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readJson, readYaml } from './data-files.js';
import { normalizeKey } from './normalize-key.js';
const NON_LATIN = /[^\u0020-\u024f\u1e00-\u1eff’]/;
const CODE_LIKE = /^[A-Z.]{2,5}$/;
/** Package spellings worth matching: at least 3 characters, Latin script, not a bare code ("USA", "RSA"). */
function usableSpelling(s) {
    return s.length >= 3 && !CODE_LIKE.test(s) && !NON_LATIN.test(s) && !s.includes(',');
}
/**
 * The plural people-noun of a demonym, or null when English has no regular one: "Russian" → "Russians",
 * "Chinese" → "Chinese", "Frenchman" → "Frenchmen"; "French", "Swiss", "Kyrgyz" → null (the overlay lists
 * "the French", "Swiss" where they are used as plurals).
 */
export function pluralDemonym(demonym) {
    if (demonym.endsWith('ese'))
        return demonym;
    if (demonym.endsWith('man'))
        return `${demonym.slice(0, -3)}men`;
    if (/(sh|ch|s|x|z)$/.test(demonym))
        return null;
    return `${demonym}s`;
}
function loadPackage() {
    const require = createRequire(import.meta.url);
    return readJson(pathToFileURL(require.resolve('world-countries/dist/countries.json')));
}
function splitDemonym(d) {
    return d
        .split(/, | or /)
        .map((x) => x.trim())
        .filter((x) => x.length > 0);
}
/** Merges overlays: lists are concatenated, single values from later overlays win. */
export function mergeOverlays(base, extra) {
    if (extra.length === 0)
        return base;
    const countries = { ...base.countries };
    const list = (a, b) => a || b ? [...(a ?? []), ...(b ?? [])] : undefined;
    for (const more of extra) {
        for (const [code, add] of Object.entries(more)) {
            const old = countries[code] ?? {};
            const seats = { ...old.seats };
            for (const [sector, labels] of Object.entries(add.seats ?? {})) {
                seats[sector] = [...(seats[sector] ?? []), ...labels];
            }
            const merged = { ...old, ...add, seats };
            for (const field of ['aliases', 'acronyms', 'drop', 'demonyms', 'plurals']) {
                const combined = list(old[field], add[field]);
                if (combined)
                    merged[field] = combined;
            }
            countries[code] = merged;
        }
    }
    return { ...base, countries };
}
export function loadCountries(extra = []) {
    const overlay = mergeOverlays(readYaml(new URL('./data/countries-overlay.yaml', import.meta.url)), extra);
    const ordered = [...loadPackage()].sort((a, b) => Number(isSovereign(b, overlay)) - Number(isSovereign(a, overlay)) || b.area - a.area);
    const byCode = new Map();
    const forms = [];
    // Which country first claimed a key, so territories do not share a sovereign's demonym ("French").
    const claimed = new Map();
    for (const c of ordered) {
        const extra = overlay.countries[c.cca3] ?? {};
        const code = extra.code ?? c.cca3;
        const name = extra.name ?? c.name.common;
        const sovereign = isSovereign(c, overlay);
        const packageDemonyms = splitDemonym(c.demonyms?.eng?.m ?? '');
        const [lat = 0, lon = 0] = c.latlng;
        byCode.set(code, { code, name, demonym: packageDemonyms[0] ?? extra.demonyms?.[0] ?? null, lat, lon });
        const seen = new Set();
        const add = (text, form, options = {}) => {
            const key = normalizeKey(text);
            if (key.length === 0 || seen.has(`${key}|${form}`))
                return;
            const owner = claimed.get(key);
            if (owner !== undefined && owner !== code && !sovereign)
                return;
            seen.add(`${key}|${form}`);
            if (owner === undefined)
                claimed.set(key, code);
            const homonym = form === 'name' && text === name ? extra.homonym : undefined;
            const hit = {
                type: 'country',
                code,
                name,
                form,
                ...(options.caseSensitive ? { caseSensitive: text } : {}),
                ...(homonym ? { homonym } : {}),
            };
            forms.push({ key, hit });
        };
        const dropped = new Set((extra.drop ?? []).map(normalizeKey));
        add(name, 'name');
        for (const text of [c.name.common, c.name.official, ...c.altSpellings]) {
            if (usableSpelling(text) && !dropped.has(normalizeKey(text)))
                add(text, 'name');
        }
        for (const text of extra.aliases ?? [])
            add(text, 'name');
        for (const text of extra.acronyms ?? [])
            add(text, 'name', { caseSensitive: true });
        const demonyms = [...packageDemonyms, ...(extra.demonyms ?? [])];
        for (const d of demonyms)
            add(d, 'demonym');
        for (const p of extra.plurals ?? [])
            add(p, 'demonym-plural');
        for (const d of demonyms) {
            const plural = pluralDemonym(d);
            if (plural !== null && !dropped.has(normalizeKey(plural)))
                add(plural, 'demonym-plural');
        }
        if (!sovereign)
            continue;
        const seats = new Set();
        const addSeat = (label, sector) => {
            const key = normalizeKey(label);
            if (seats.has(key) || key === normalizeKey(name))
                return;
            seats.add(key);
            forms.push({ key, hit: { type: 'seat', code, name, sector, label } });
        };
        for (const [sector, labels] of Object.entries(extra.seats ?? {})) {
            for (const label of labels)
                addSeat(label, sector);
        }
        if (extra.capitalSeat !== false)
            for (const capital of c.capital)
                addSeat(capital, 'GOV');
    }
    return { byCode, forms };
}
function isSovereign(c, overlay) {
    return c.independent === true || overlay.countries[c.cca3]?.seats !== undefined;
}
//# sourceMappingURL=countries.js.map