export function ratio(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}
export function prf(correctPredicted, predicted, foundGold, gold) {
    const precision = ratio(correctPredicted, predicted);
    const recall = ratio(foundGold, gold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1 };
}
/** Function words long enough to pass the length filter but too common to identify a speaker. */
const FUNCTION_WORDS = new Set([
    'the',
    'and',
    'for',
    'from',
    'with',
    'who',
    'that',
    'this',
]);
/** Lower-cased words of at least `minLength` letters, without function words (non-letters split words). */
export function contentWords(text, minLength = 3) {
    const words = new Set();
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (w.length >= minLength && !FUNCTION_WORDS.has(w))
            words.add(w);
    }
    return words;
}
export function sharesWord(a, b, minLength = 3) {
    const wa = contentWords(a, minLength);
    for (const w of contentWords(b, minLength))
        if (wa.has(w))
            return true;
    return false;
}
/** The map's value for `key`, created with `make` and stored when absent. */
export function getOrInsert(map, key, make) {
    const existing = map.get(key);
    if (existing !== undefined)
        return existing;
    const value = make();
    map.set(key, value);
    return value;
}
//# sourceMappingURL=metrics.js.map