import { readYaml } from './data-files.js';
import { normalizeKey } from './normalize-key.js';
import { loadRoles } from './roles.js';
const DATA_URL = new URL('./data/office-holders.yaml', import.meta.url);
/**
 * Offices in order of precedence: when one person holds several on a day, the first listed is reported.
 * The first ones (up to `PRINCIPAL_OFFICES`) are the principal offices, which also settle ambiguous
 * surnames: on a date, "Wang" is the foreign minister rather than a spokesperson of the same name.
 */
const OFFICE_RANK = [
    'head-of-state',
    'head-of-government',
    'foreign-minister',
    'defence-minister',
    'national-security-adviser',
    'military-chief',
    'igo-head',
    'commission-president',
    'council-president',
    'party-leader',
    'heir',
    'vice-president',
    'army-chief',
];
const PRINCIPAL_OFFICES = 9;
const rank = (office) => {
    const i = OFFICE_RANK.indexOf(office);
    return i < 0 ? OFFICE_RANK.length : i;
};
let index;
let roles;
/** Builds the lookup index from a parsed file. */
function buildOfficeIndex(file) {
    const names = new Map();
    const surnames = new Map();
    const offices = new Map();
    const terms = new Map();
    const add = (map, key, person) => {
        const list = map.get(key);
        if (!list)
            map.set(key, [person]);
        else if (!list.includes(person))
            list.push(person);
    };
    for (const person of file.people) {
        for (const name of [person.name, ...(person.aliases ?? [])])
            for (const key of keyVariants(name))
                add(names, key, person);
        for (const key of keyVariants(person.surname))
            add(surnames, key, person);
        const own = [];
        for (const entry of person.terms) {
            const holder = entry.country ?? entry.organization ?? '';
            const term = { ...entry, person, holderOf: holder };
            own.push(term);
            for (const office of [entry.office, ...(entry.also ?? [])]) {
                const key = `${holder}|${office}`;
                const list = offices.get(key);
                if (list)
                    list.push(term);
                else
                    offices.set(key, [term]);
            }
        }
        terms.set(person.id, own.sort(byStart));
    }
    for (const list of offices.values())
        list.sort(byStart);
    return { asOf: file.as_of, names, surnames, offices, terms };
}
/** Letters `normalizeKey` keeps that English text often writes plainly ("Yıldırım" as "Yildirim"). */
const PLAIN_LETTERS = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae' };
const FOLDABLE = /[ıøłđßæ]/g;
const HAS_FOLDABLE = /[ıøłđßæ]/;
/** The keys a name is indexed under: its normalised form, with hyphens as spaces ("Kim Jong-un" is also
 * "kim jong un"), and with letters that have no decomposition made plain. */
function keyVariants(name) {
    const key = normalizeKey(name);
    const keys = new Set([key]);
    for (const k of [...keys])
        if (k.includes('-'))
            keys.add(k.replace(/-/g, ' '));
    for (const k of [...keys])
        if (HAS_FOLDABLE.test(k))
            keys.add(k.replace(FOLDABLE, (c) => PLAIN_LETTERS[c] ?? c));
    return keys;
}
const byStart = (a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
let userPeople = [];
function officeIndex() {
    if (index === undefined) {
        const file = readYaml(DATA_URL);
        const replaced = new Set(userPeople.map((p) => p.id));
        const people = [...userPeople, ...file.people.filter((p) => !replaced.has(p.id))];
        index = buildOfficeIndex(userPeople.length > 0 ? { ...file, people } : file);
    }
    return index;
}
/**
 * Adds a user's office-holders (entries shaped like office-holders.yaml's `people`, checked by the caller
 * against its schema) for this process; an entry with a shipped id replaces the shipped person.
 */
export function addOfficeHolders(people) {
    userPeople = [...userPeople, ...people];
    index = undefined;
}
const covers = (term, date) => term.start <= date && (term.end === null || date < term.end);
function holding(term, date, office = term.office) {
    const current = date === null ? term.end === null : covers(term, date);
    const former = !current && (date === null || (term.end !== null && term.end <= date));
    return {
        personId: term.person.id,
        name: term.person.name,
        country: term.holderOf,
        office,
        role: term.role,
        sector: term.sector,
        start: term.start,
        end: term.end,
        current,
        former,
    };
}
/**
 * The term of a person that best describes them on `date`: the highest-ranked term in office on the date;
 * else the latest term that ended before it (former); else the first term, which begins after it. With no
 * date: the highest-ranked term still in office, else the latest term.
 */
function termOn(terms, date) {
    const inOffice = terms.filter((t) => (date === null ? t.end === null : covers(t, date)));
    if (inOffice.length > 0)
        return inOffice.reduce((a, b) => (rank(b.office) < rank(a.office) ? b : a));
    if (date === null)
        return terms.at(-1);
    const past = terms.filter((t) => t.end !== null && t.end <= date);
    return past.at(-1) ?? terms[0];
}
/**
 * How plausible a person is as the referent on a date: 3 in a principal office on it, 2 in another
 * office, 1 formerly in office, 0 not yet.
 */
function plausibility(terms, date) {
    let best = 0;
    for (const t of terms) {
        if (covers(t, date))
            best = Math.max(best, rank(t.office) < PRINCIPAL_OFFICES ? 3 : 2);
        else if (t.end !== null && t.end <= date)
            best = Math.max(best, 1);
    }
    return best;
}
/** Cheap test before `plainName`: callers try many single words that are no one's name. */
const mayHaveInitials = (key) => key.includes(' ') && (key.includes('.') || key.endsWith(' jr') || key.endsWith(' sr'));
/** Middle initials and a generational suffix dropped: "mark a. milley" → "mark milley". */
function plainName(key) {
    const words = key.replace(/,? (jr|sr)\.?$/, '').split(' ');
    return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^[a-z]\.$/.test(w)).join(' ');
}
/**
 * The office-holder named by `nameKey` (a `normalizeKey`ed full name, alias or surname), described as of
 * `date` (YYYY-MM-DD; null: as of the data's `as_of`, preferring the latest term).
 *
 * Ambiguity rule: full names and aliases win over surnames. When several people share the key, a date
 * picks the only one in a principal office (head of state or government, foreign or defence minister,
 * national security adviser, military chief, head of an IGO) on it, else the only one in any listed
 * office on it, else the only one who held office before it. With no date, or when the date leaves
 * more than one (or none) plausible, the answer is undefined ("Clinton", "Kim" in 2021).
 */
export function lookupOfficeHolder(nameKey, date) {
    const idx = officeIndex();
    const people = idx.names.get(nameKey) ??
        idx.surnames.get(nameKey) ??
        (mayHaveInitials(nameKey) ? idx.names.get(plainName(nameKey)) : undefined);
    if (!people)
        return undefined;
    let person;
    if (people.length === 1)
        person = people[0];
    else if (date !== null) {
        const scored = people.map((p) => ({ p, score: plausibility(idx.terms.get(p.id) ?? [], date) }));
        const best = Math.max(...scored.map((s) => s.score));
        const top = scored.filter((s) => s.score === best);
        if (best > 0 && top.length === 1)
            person = top[0]?.p;
    }
    if (!person)
        return undefined;
    const term = termOn(idx.terms.get(person.id) ?? [], date);
    return term ? holding(term, date) : undefined;
}
/**
 * Who held `office` for `country` (ISO alpha-3, or an organisation id such as "eu") on `date`:
 * "his Russian counterpart" of a foreign minister in 2022 is holderOf('RUS', 'foreign-minister', …).
 * When terms overlap (an acting holder), the one that started last wins.
 */
export function holderOf(country, office, date) {
    const terms = officeIndex().offices.get(`${country}|${office}`);
    if (!terms)
        return undefined;
    // Binary search for the last term starting on or before the date, then walk back over overlaps.
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((terms[mid]?.start ?? '') <= date)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
        const term = terms[i];
        if (term && covers(term, date))
            return holding(term, date, office);
    }
    return undefined;
}
/** The office class of a role title, via src/lang/en/roles.yaml: "Secretary of State" → "foreign-minister". */
export function officeOfRole(role) {
    roles ??= loadRoles();
    return roles.lookup(normalizeKey(role))?.office;
}
/** The day the office-holder data was last checked (YYYY-MM-DD). */
export function officeHoldersAsOf() {
    return officeIndex().asOf;
}
/** Sizes of the loaded data, for diagnostics. */
export function officeHolderStats() {
    const idx = officeIndex();
    let terms = 0;
    for (const list of idx.terms.values())
        terms += list.length;
    return { people: idx.terms.size, terms, nameKeys: idx.names.size + idx.surnames.size };
}
//# sourceMappingURL=office-holders.js.map