import { PLOVER_TYPES } from '../../doc/layers.js';
import { EVENT_LEXICON } from '../../lang/en/events-lexicon.js';
const FLAGS = new Set(['ctrl', 'need']);
const POS_VALUES = new Set(['V', 'N', 'A']);
const TYPES = new Set(PLOVER_TYPES);
/** Parses lexicon lines (`phrase | pos | type | mode | cameo | frame`); throws on a malformed line. */
export function parseLexicon(source) {
    const entries = [];
    source.split('\n').forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fields = line.split('|').map((f) => f.trim());
        const [phrase, pos, type, mode, cameo, frame] = fields;
        if (fields.length !== 6 || !phrase || !pos || !type || !mode || !cameo || frame === undefined) {
            throw new Error(`event lexicon line ${index + 1}: expected 6 fields: "${line}"`);
        }
        if (!POS_VALUES.has(pos))
            throw new Error(`event lexicon line ${index + 1}: unknown POS "${pos}"`);
        if (type !== '-' && !TYPES.has(type))
            throw new Error(`event lexicon line ${index + 1}: unknown type "${type}"`);
        const words = frame.split(/\s+/).filter((w) => w !== '' && w !== '-');
        entries.push({
            phrase: phrase.split(/\s+/),
            pos: pos,
            type: type === '-' ? null : type,
            mode: mode === '-' ? null : mode,
            cameo: cameo === '-' ? null : cameo,
            slots: words.filter((w) => !FLAGS.has(w)),
            isControl: words.includes('ctrl'),
            needsRecipient: words.includes('need'),
        });
    });
    return entries;
}
/** Number of lemmas a phrase must match (gaps not counted). */
export function phraseLength(entry) {
    return entry.phrase.filter((p) => p !== '~').length;
}
/** Entries by their first lemma, longest phrase first. */
export function indexLexicon(entries) {
    const index = new Map();
    for (const entry of entries) {
        const first = entry.phrase[0];
        const list = index.get(first) ?? [];
        list.push(entry);
        index.set(first, list);
    }
    for (const list of index.values())
        list.sort((a, b) => phraseLength(b) - phraseLength(a));
    return index;
}
let shared = null;
/** The built-in lexicon, parsed once per process. */
export function defaultTriggerIndex() {
    shared ??= indexLexicon(parseLexicon(EVENT_LEXICON));
    return shared;
}
//# sourceMappingURL=lexicon.js.map