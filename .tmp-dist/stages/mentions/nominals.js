import { FORMER_MARKERS, NOMINAL_DETERMINERS, PERSON_NOUNS, PRONOUNS } from '../../lang/en/nominals.js';
import { draft } from './build-mentions.js';
import { POS } from './token-tests.js';
const HEADS = (() => {
    const map = new Map();
    for (const [singular, { plural, sector }] of Object.entries(PERSON_NOUNS)) {
        if (singular.includes(' '))
            continue;
        map.set(singular, { singular, plural: singular === plural, sector });
        map.set(plural, { singular, plural: true, sector });
    }
    return map;
})();
const COPULAS = new Set(['be', 'become', 'remain']);
const MODIFIER_POS = new Set([POS.ADJ, POS.NOUN, POS.ADV, POS.NUM, POS.PROPN]);
/**
 * Noun phrases naming people or bodies: "the official", "a Western official", "some veteran diplomats",
 * "his Russian counterpart", "Russia's ambassador", "US officials", "Russian forces". `used[t]` marks tokens
 * already inside a name mention or a title; `countryAt[t]` gives the country of a demonym or country token.
 */
export function findNominals(tokens, sentence, used, countryAt) {
    const out = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (used[i])
            continue;
        const head = HEADS.get(tokens.lower[i]);
        if (!head || (tokens.pos[i] !== POS.NOUN && tokens.pos[i] !== POS.PROPN))
            continue;
        // the head of a compound is its last noun: "embassy officials", not "official visit"
        const next = i + 1 < sentence.tokenEnd ? tokens.pos[i + 1] : -1;
        if (next === POS.NOUN)
            continue;
        let start = i;
        let country = null;
        let former = false;
        let determiner = null;
        for (let j = i - 1; j >= sentence.tokenStart; j--) {
            const word = tokens.lower[j];
            const det = NOMINAL_DETERMINERS[word];
            if (det) {
                determiner = det;
                start = j;
                break;
            }
            if (word === "'s" || word === '’s') {
                const owner = countryAt[j - 1];
                if (owner) {
                    country ??= owner;
                    determiner = 'possessive';
                }
                break;
            }
            if (used[j] && !countryAt[j])
                break;
            if (FORMER_MARKERS.has(word))
                former = true;
            else if (!MODIFIER_POS.has(tokens.pos[j]) && word !== '-')
                break;
            country ??= countryAt[j] ?? null;
            start = j;
        }
        // "the president of France"
        if (!country && tokens.lower[i + 1] === 'of' && countryAt[i + 2])
            country = countryAt[i + 2];
        if (!determiner && !head.plural)
            continue; // a bare singular noun is rarely a mention
        // "is the leader of …": a predicate describes the subject, it does not name someone new
        if (start > sentence.tokenStart && COPULAS.has(tokens.lemma[start - 1]))
            continue;
        out.push(draft(start, i + 1, 'nominal', {
            country,
            role: head.singular,
            sector: former ? null : head.sector,
            former,
            plural: head.plural,
            determiner,
        }));
        for (let t = start; t <= i; t++)
            used[t] = 1;
    }
    return out;
}
/** Personal pronouns that can stand for a speaker or a participant. */
export function findPronouns(tokens, sentence, used) {
    const out = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (used[i] || tokens.pos[i] !== POS.PRON)
            continue;
        const kind = PRONOUNS[tokens.lower[i]];
        if (!kind)
            continue;
        out.push(draft(i, i + 1, 'pronoun', {
            plural: kind === 'plural' || ['we', 'us', 'our'].includes(tokens.lower[i]),
        }));
    }
    return out;
}
//# sourceMappingURL=nominals.js.map