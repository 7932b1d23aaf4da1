import { readJson, readYaml } from './data-files.js';
import { normalizeKey } from './normalize-key.js';
/** Homonymous cities returned for one name, largest first. */
const MAX_CITIES_PER_NAME = 3;
/**
 * When the phrase already names a country, a seat or a curated place, a gazetteer city in another country
 * must be at least this big to be listed too ("Bali" the island, not the town in India; "Paris" the
 * capital, not Paris, Texas).
 */
const FOREIGN_HOMONYM_MIN_POPULATION = 1_000_000;
const NO_PLACES = Object.freeze([]);
/** Index forms of the shipped regions and landmarks; `extra` entries (a user's file) come first. */
export function loadRegions(extra = []) {
    const file = readYaml(new URL('./data/regions.yaml', import.meta.url));
    const forms = [];
    for (const entry of [...extra, ...file.places]) {
        const hit = {
            type: 'place',
            name: entry.name,
            country: entry.country,
            lat: entry.lat,
            lon: entry.lon,
            kind: entry.kind,
            population: entry.population ?? 0,
        };
        const seen = new Set();
        for (const text of [entry.name, ...(entry.aliases ?? [])]) {
            const key = normalizeKey(text);
            if (seen.has(key))
                continue;
            seen.add(key);
            const homonym = text === entry.name ? entry.homonym : undefined;
            forms.push({ key, hit: homonym ? { ...hit, homonym } : hit });
        }
    }
    return forms;
}
function anchorCountry(hit) {
    if (hit.type === 'country' || hit.type === 'seat')
        return hit.code;
    return hit.country;
}
/** Keys of seats and places that are also common words or people's names ("march", "austin"). */
export function loadPlaceHomonyms() {
    const file = readYaml(new URL('./data/place-homonyms.yaml', import.meta.url));
    const map = new Map();
    for (const key of file['common-word'].split(/\s+/))
        if (key)
            map.set(key, 'common-word');
    for (const key of file.person.split(/\s+/))
        if (key)
            map.set(key, 'person');
    return map;
}
export function loadGazetteer(homonyms = new Map()) {
    const { rows } = readJson(new URL('./data/gazetteer.json', import.meta.url));
    const byKey = new Map();
    let maxWords = 1;
    for (let i = 0; i < rows.length; i++) {
        const key = normalizeKey(rows[i][0]);
        const list = byKey.get(key);
        if (list)
            list.push(i);
        else {
            byKey.set(key, [i]);
            maxWords = Math.max(maxWords, key.split(' ').length);
        }
    }
    const cache = new Map();
    const toHit = (row, homonym) => ({
        type: 'place',
        name: row[0],
        country: row[1],
        lat: row[2],
        lon: row[3],
        kind: 'city',
        population: row[4],
        ...(homonym ? { homonym } : {}),
    });
    return {
        size: rows.length,
        maxWords,
        cities(key, known) {
            const indices = byKey.get(key);
            if (indices === undefined)
                return NO_PLACES;
            const cached = cache.get(key);
            if (cached)
                return cached;
            // Rows are sorted by population; a capital moves to the front ("a country's own capital").
            const ordered = [...indices].sort((a, b) => Number(rows[b][5] === 'C') - Number(rows[a][5] === 'C'));
            const anchors = new Set(known.map(anchorCountry));
            const curatedCities = new Set(known.map((h) => (h.type === 'place' && h.kind === 'city' ? h.country : undefined)));
            const hits = [];
            for (const i of ordered) {
                const row = rows[i];
                if (curatedCities.has(row[1]))
                    continue;
                if (known.length > 0 && !anchors.has(row[1]) && row[4] < FOREIGN_HOMONYM_MIN_POPULATION)
                    continue;
                hits.push(toHit(row, homonyms.get(key)));
                if (hits.length === MAX_CITIES_PER_NAME)
                    break;
            }
            const frozen = Object.freeze(hits);
            cache.set(key, frozen);
            return frozen;
        },
    };
}
//# sourceMappingURL=places.js.map