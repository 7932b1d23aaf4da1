/** Universal POS tags as produced by wink-nlp, interned as small integers. */
export const POS_TAGS = [
    'ADJ',
    'ADP',
    'ADV',
    'AUX',
    'CCONJ',
    'DET',
    'INTJ',
    'NOUN',
    'NUM',
    'PART',
    'PRON',
    'PROPN',
    'PUNCT',
    'SCONJ',
    'SYM',
    'VERB',
    'X',
    'SPACE',
];
const POS_INDEX = new Map(POS_TAGS.map((tag, i) => [tag, i]));
export function posCode(tag) {
    return POS_INDEX.get(tag) ?? POS_INDEX.get('X');
}
export function tokenView(table, text, index) {
    const start = table.start[index];
    const end = table.end[index];
    return {
        index,
        start,
        end,
        text: text.slice(start, end),
        lower: table.lower[index],
        lemma: table.lemma[index],
        pos: POS_TAGS[table.pos[index]],
        sentence: table.sentence[index],
    };
}
export function posAt(table, index) {
    return POS_TAGS[table.pos[index]] ?? 'X';
}
/** Index of the first token whose end is > offset (the token at or after offset). */
export function tokenAtOrAfter(table, offset) {
    let lo = 0;
    let hi = table.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table.end[mid] <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Maps a character span onto a token range [tokenStart, tokenEnd).
 * strict: the span must begin and end on token boundaries; contract: tokens fully inside;
 * expand: tokens touching the span. Returns null when no token range fits.
 */
export function alignSpan(table, s, mode) {
    let first = tokenAtOrAfter(table, s.start);
    let last = first;
    while (last < table.length && table.start[last] < s.end)
        last++;
    if (mode === 'contract') {
        while (first < last && table.start[first] < s.start)
            first++;
        while (last > first && table.end[last - 1] > s.end)
            last--;
    }
    else if (mode === 'strict') {
        if (first >= last || table.start[first] !== s.start || table.end[last - 1] !== s.end)
            return null;
    }
    return first < last ? { tokenStart: first, tokenEnd: last } : null;
}
//# sourceMappingURL=token-table.js.map