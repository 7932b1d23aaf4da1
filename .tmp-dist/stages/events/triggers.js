import { posAt } from '../../doc/token-table.js';
import { HARD_BREAKS } from '../../lang/en/events-grammar.js';
const MAX_GAP = 6;
function tokenMatches(table, i, word) {
    return table.lemma[i] === word || table.lower[i] === word;
}
/** Does the head token's part of speech fit the entry (tolerating wink-nlp's usual confusions)? */
function posFits(table, head, pos, sentenceStart) {
    const tag = posAt(table, head);
    const prev = head > sentenceStart ? posAt(table, head - 1) : 'X';
    const lower = table.lower[head];
    if (pos === 'V') {
        // "Syrian-backed", "US-led": a compound adjective, not a verb
        if (head > sentenceStart && table.lower[head - 1] === '-')
            return false;
        if (tag === 'VERB')
            return true;
        // participles read as nouns or adjectives after an auxiliary ("was overheard")
        return (tag === 'NOUN' || tag === 'ADJ' || tag === 'PROPN') && lower.endsWith('ed') && prev === 'AUX';
    }
    if (pos === 'N') {
        if (tag === 'NOUN' || tag === 'PROPN' || tag === 'X')
            return true;
        return ((tag === 'VERB' || tag === 'ADJ') &&
            (prev === 'DET' || prev === 'ADJ' || prev === 'ADP' || prev === 'PART'));
    }
    return tag === 'ADJ' || tag === 'VERB' || tag === 'NOUN';
}
function matchAt(table, at, entry, sentence, consumed) {
    const tokens = [];
    let i = at;
    let gap = 0;
    for (const part of entry.phrase) {
        if (part === '~') {
            gap = MAX_GAP;
            continue;
        }
        let found = -1;
        for (let k = i; k < sentence.tokenEnd && k <= i + gap; k++) {
            if (consumed[k - sentence.tokenStart] === 1)
                break;
            if (tokenMatches(table, k, part)) {
                found = k;
                break;
            }
            if ((posAt(table, k) === 'PUNCT' && table.lower[k] !== '-') || posAt(table, k) === 'VERB')
                break;
        }
        if (found < 0)
            return null;
        tokens.push(found);
        i = found + 1;
        gap = 0;
    }
    const verb = tokens.find((t) => posAt(table, t) === 'VERB');
    const head = entry.pos === 'N' ? tokens[tokens.length - 1] : (verb ?? tokens[0]);
    if (!posFits(table, head, entry.pos, sentence.tokenStart))
        return null;
    return { entry, tokens, head, first: tokens[0], end: tokens[tokens.length - 1] + 1 };
}
function firstMatch(table, at, entries, sentence, consumed) {
    if (!entries)
        return null;
    for (const entry of entries) {
        const hit = matchAt(table, at, entry, sentence, consumed);
        if (hit)
            return hit;
    }
    return null;
}
/**
 * Finds the triggers of one sentence, left to right, by lemma lookup: at each token the longest entry that
 * matches wins and its tokens are not read again.
 */
export function findTriggers(table, sentence, index) {
    const hits = [];
    const consumed = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (consumed[i - sentence.tokenStart] === 1 || HARD_BREAKS.has(table.lower[i]))
            continue;
        const lemma = table.lemma[i];
        const lower = table.lower[i];
        // entries written for the surface form ("opposed") before those for the lemma ("oppose")
        const hit = (lower !== lemma ? firstMatch(table, i, index.get(lower), sentence, consumed) : null) ??
            firstMatch(table, i, index.get(lemma), sentence, consumed);
        if (!hit)
            continue;
        for (const t of hit.tokens)
            consumed[t - sentence.tokenStart] = 1;
        hits.push(hit);
    }
    return hits.sort((a, b) => a.first - b.first);
}
//# sourceMappingURL=triggers.js.map