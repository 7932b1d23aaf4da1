import { loadCountries } from './countries.js';
import { keyWords } from './normalize-key.js';
import { loadOrganizations } from './organizations.js';
import { loadGazetteer, loadPlaceHomonyms, loadRegions } from './places.js';
/** Longest phrase, in space-separated words of its normalised key, that the knowledge base indexes. */
export const MAX_PHRASE_WORDS = 8;
const TYPE_ORDER = { country: 0, seat: 1, organization: 2, place: 3 };
const NO_HITS = Object.freeze([]);
function identity(hit) {
    switch (hit.type) {
        case 'country':
            return `c:${hit.code}:${hit.form}`;
        case 'seat':
            return `s:${hit.code}:${hit.label}`;
        case 'organization':
            return `o:${hit.id}`;
        case 'place':
            return `p:${hit.name}:${hit.country}`;
    }
}
export function buildPhraseIndex(user = []) {
    const started = performance.now();
    const countries = loadCountries(user.flatMap((u) => (u.countries ? [u.countries] : [])));
    const curated = new Map();
    const homonyms = loadPlaceHomonyms();
    const add = (forms) => {
        for (const { key, hit: plain } of forms) {
            const homonym = plain.homonym === undefined && (plain.type === 'seat' || plain.type === 'place')
                ? homonyms.get(key)
                : undefined;
            const hit = homonym ? { ...plain, homonym } : plain;
            if (keyWords(key) > MAX_PHRASE_WORDS)
                continue;
            const list = curated.get(key);
            if (!list)
                curated.set(key, [hit]);
            else if (!list.some((h) => identity(h) === identity(hit)))
                list.push(hit);
        }
    };
    add(countries.forms);
    add(loadOrganizations(user.flatMap((u) => u.organizations ?? [])));
    add(loadRegions(user.flatMap((u) => u.places ?? [])));
    for (const list of curated.values()) {
        list.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
        Object.freeze(list);
    }
    const gazetteer = loadGazetteer(homonyms);
    const merged = new Map();
    const lookup = (key) => {
        const known = curated.get(key);
        const cities = gazetteer.cities(key, known ?? NO_HITS);
        if (cities.length === 0)
            return known ?? NO_HITS;
        if (!known)
            return cities;
        const cached = merged.get(key);
        if (cached)
            return cached;
        const all = Object.freeze([...known, ...cities]);
        merged.set(key, all);
        return all;
    };
    return {
        lookup,
        countries,
        stats: { keys: curated.size, cities: gazetteer.size, loadMs: performance.now() - started },
    };
}
//# sourceMappingURL=phrase-index.js.map