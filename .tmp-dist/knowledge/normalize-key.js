const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const WHITESPACE = /\s+/g;
/** ASCII words separated by single spaces, no leading or trailing space: nothing to normalise but case. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
/**
 * The key under which a phrase is stored and looked up: lower case, without diacritics, typographic
 * apostrophes and dashes made plain, whitespace collapsed and trimmed, a leading "the " dropped.
 * "The Élysée" → "elysee", "Côte d’Ivoire" → "cote d'ivoire".
 */
export function normalizeKey(surface) {
    if (PLAIN.test(surface)) {
        const key = surface.toLowerCase();
        return key.startsWith('the ') ? key.slice(4) : key;
    }
    let key = surface
        .normalize('NFD')
        .replace(COMBINING_MARKS, '')
        .replace(APOSTROPHES, "'")
        .replace(DASHES, '-')
        .replace(WHITESPACE, ' ')
        .trim()
        .toLowerCase();
    if (key.startsWith('the '))
        key = key.slice(4);
    return key;
}
/** Number of space-separated words in a normalised key. */
export function keyWords(key) {
    let words = 1;
    for (let i = 0; i < key.length; i++)
        if (key.charCodeAt(i) === 32)
            words++;
    return words;
}
//# sourceMappingURL=normalize-key.js.map