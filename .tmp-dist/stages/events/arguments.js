import { HARD_BREAKS, RELATIVE_PRONOUNS } from '../../lang/en/events-grammar.js';
import { lemma, lower, mentionAtToken, partyOf, pos } from './context.js';
const GROUP_POS = new Set(['AUX', 'ADV', 'PART']);
const CONNECTORS = new Set(['and', 'or', '&']);
const QUANTITY_NOUNS = new Set([
    'dozen',
    'dozens',
    'hundred',
    'hundreds',
    'thousand',
    'thousands',
    'million',
    'millions',
    'score',
    'scores',
    'number',
    'group',
    'member',
    'members',
    'some',
    'all',
    'most',
    'many',
    'several',
    'one',
    'two',
    'three',
]);
/** Subordinators that end the search for a subject (the clause they open is a different one). */
const SUBJECT_STOPS = new Set([
    'because',
    'although',
    'though',
    'whereas',
    'if',
    'unless',
    'whether',
    'while',
    'when',
]);
const MAX_RECIPIENT_DISTANCE = 16;
/** Words that, before a number, belong to a quantity rather than open a phrase ("up to 16", "more than 100"). */
const QUANTITY_WORDS = new Set([
    'than',
    'up',
    'about',
    'around',
    'nearly',
    'least',
    'over',
    'some',
    'at',
]);
/** First token of the verb group ending at `head`: auxiliaries, adverbs, negation, "to". */
export function verbGroupStart(ctx, sentence, head) {
    let i = head;
    while (i - 1 >= sentence.tokenStart && GROUP_POS.has(pos(ctx, i - 1)) && !mentionAtToken(ctx, i - 1))
        i--;
    return i;
}
function isBreak(ctx, i) {
    return HARD_BREAKS.has(lower(ctx, i));
}
function isVerbLike(ctx, i) {
    const p = pos(ctx, i);
    return p === 'VERB' || p === 'AUX';
}
/** The actor mention ending right before token `end` (exclusive), if any. */
function actorMentionEndingAt(ctx, end) {
    const m = mentionAtToken(ctx, end - 1);
    if (!m || m.type === 'place')
        return null;
    const actor = partyOf(ctx, m, false);
    return actor ? { mention: m, actor } : null;
}
/** First token of the mention with the capitalised titles written before it ("Defense Secretary Lloyd Austin"). */
function withTitle(ctx, sentence, m) {
    let j = m.tokenStart;
    while (j - 1 >= sentence.tokenStart &&
        m.tokenStart - j < 4 &&
        !mentionAtToken(ctx, j - 1) &&
        (pos(ctx, j - 1) === 'PROPN' || pos(ctx, j - 1) === 'NOUN') &&
        /^\p{Lu}/u.test(ctx.text[ctx.tokens.start[j - 1]] ?? '')) {
        j--;
    }
    return j;
}
/** "A, B and C": the actors listed before the mention (connected by an "and"/"or" right before it). */
function listBefore(ctx, sentence, first) {
    const found = [];
    let edge = withTitle(ctx, sentence, first);
    let needConnector = true;
    for (;;) {
        let j = edge - 1;
        let sawConnector = false;
        while (j >= sentence.tokenStart && (lower(ctx, j) === ',' || CONNECTORS.has(lower(ctx, j)))) {
            if (CONNECTORS.has(lower(ctx, j)))
                sawConnector = true;
            j--;
        }
        if (j === edge - 1 || (needConnector && !sawConnector) || j < sentence.tokenStart)
            break;
        const prev = actorMentionEndingAt(ctx, j + 1);
        if (!prev)
            break;
        found.unshift(prev.actor);
        edge = withTitle(ctx, sentence, prev.mention);
        needConnector = false;
    }
    return found;
}
/** "A and B", "A, B and C": the actors listed after the mention (comma-joined items need a closing "and"). */
function listAfter(ctx, sentence, first, allowPlaces) {
    const items = [];
    let edge = first.tokenEnd;
    for (;;) {
        let j = edge;
        let connected = false;
        while (j < sentence.tokenEnd && (lower(ctx, j) === ',' || CONNECTORS.has(lower(ctx, j)))) {
            if (CONNECTORS.has(lower(ctx, j)))
                connected = true;
            j++;
        }
        if (j === edge)
            break;
        while (j < sentence.tokenEnd && (pos(ctx, j) === 'DET' || lower(ctx, j) === 'with'))
            j++;
        const m = j < sentence.tokenEnd ? mentionAtToken(ctx, j) : undefined;
        const party = m && m.tokenStart === j ? partyOf(ctx, m, allowPlaces) : null;
        if (!m || !party)
            break;
        items.push({ party, connected });
        edge = m.tokenEnd;
    }
    let last = -1;
    items.forEach((item, k) => {
        if (item.connected)
            last = k;
    });
    return items.slice(0, last + 1).map((item) => item.party);
}
/** The opening comma of an appositive or relative clause closed by the comma at `close`, or -1. */
function appositiveOpening(ctx, sentence, close) {
    for (let j = close - 1; j >= sentence.tokenStart && close - j < 25; j--) {
        if (isBreak(ctx, j))
            return -1;
        if (lower(ctx, j) !== ',')
            continue;
        const firstInside = j + 1;
        const w = lower(ctx, firstInside);
        const isRelative = RELATIVE_PRONOUNS.has(w) || w === 'whose';
        let hasVerb = false;
        for (let k = firstInside; k < close; k++)
            if (pos(ctx, k) === 'VERB')
                hasVerb = true;
        const opensWithName = mentionAtToken(ctx, firstInside) !== undefined || pos(ctx, firstInside) === 'DET';
        const headBefore = j - 1 >= sentence.tokenStart && mentionAtToken(ctx, j - 1) !== undefined;
        const opensWithPhrase = pos(ctx, firstInside) === 'ADP' || pos(ctx, firstInside) === 'SCONJ';
        if (headBefore && (isRelative || ((opensWithName || opensWithPhrase) && !hasVerb)))
            return j;
        return -1;
    }
    return -1;
}
/** Verb particles: "speeded up the withdrawal", "called off the talks". */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back', 'away', 'over']);
/**
 * "European Community foreign ministers", "Montenegro Municipality Association (AKK) officials": a nominal
 * head without a country of its own acts for the organisation or country named right before it.
 */
function informativeModifier(ctx, sentence, found) {
    const { mention } = found;
    if ((mention.type !== 'nominal' && mention.type !== 'group') || mention.country !== null)
        return found;
    let j = mention.tokenStart - 1;
    if (j >= sentence.tokenStart && lower(ctx, j) === ')')
        j = openingParen(ctx, sentence, j) - 1;
    if (j < sentence.tokenStart)
        return found;
    const before = actorMentionEndingAt(ctx, j + 1);
    if (!before || (before.mention.type !== 'organization' && before.mention.type !== 'country'))
        return found;
    return before;
}
/** "Secretary of State John Kerry of President Barack Obama": prefer the mention before "of". */
function headOfChain(ctx, sentence, found) {
    let current = found;
    for (let guard = 0; guard < 3; guard++) {
        let j = withTitle(ctx, sentence, current.mention) - 1;
        while (j >= 0 && pos(ctx, j) === 'DET')
            j--;
        if (j < 1 || lower(ctx, j) !== 'of')
            break;
        const before = actorMentionEndingAt(ctx, j);
        if (!before)
            break;
        current = before;
    }
    return current;
}
/**
 * The subject of the verb group starting at `groupStart`: the nearest actor mention before it in the clause,
 * skipping appositives and relative clauses between commas; "X and Y" gives both. For a verb coordinated with
 * an earlier one ("has not spoken to Lavrov and chose not to meet him") the subject of the earlier verb.
 */
export function findSubject(ctx, sentence, groupStart, depth = 0) {
    let i = groupStart - 1;
    if (depth < 3 && i >= sentence.tokenStart && pos(ctx, i) === 'CCONJ') {
        for (let j = i - 1; j >= sentence.tokenStart && !isBreak(ctx, j); j--) {
            if (mentionAtToken(ctx, j))
                continue;
            if (pos(ctx, j) === 'VERB')
                return findSubject(ctx, sentence, verbGroupStart(ctx, sentence, j), depth + 1);
        }
    }
    let fallback = [];
    while (i >= sentence.tokenStart) {
        const w = lower(ctx, i);
        if (isBreak(ctx, i) || SUBJECT_STOPS.has(w))
            break;
        if (w === 'that' && i - 1 >= sentence.tokenStart && isVerbLike(ctx, i - 1))
            break;
        const m = mentionAtToken(ctx, i);
        if (m) {
            const actor = m.type === 'place' ? null : partyOf(ctx, m, false);
            if (actor) {
                const inPhrase = prepositionBefore(ctx, sentence, m);
                const head = informativeModifier(ctx, sentence, headOfChain(ctx, sentence, { mention: m, actor }));
                const list = [...listBefore(ctx, sentence, head.mention), head.actor];
                if (!inPhrase)
                    return dedupe(list);
                if (fallback.length === 0 && m.tokenEnd === groupStart)
                    return dedupe(list);
                if (fallback.length === 0)
                    fallback = dedupe(list);
                i = head.mention.tokenStart - 1;
                continue;
            }
            i = m.tokenStart - 1;
            continue;
        }
        if (w === ')') {
            const open = openingParen(ctx, sentence, i);
            if (open >= 0) {
                i = open - 1;
                continue;
            }
        }
        if (w === ',') {
            const open = appositiveOpening(ctx, sentence, i);
            if (open >= 0) {
                i = open - 1;
                continue;
            }
        }
        i--;
    }
    return fallback;
}
/** Is the mention the object of a preposition ("troops in Bosnia", "talks with Lavrov")? */
function prepositionBefore(ctx, sentence, m) {
    let j = withTitle(ctx, sentence, m) - 1;
    while (j >= sentence.tokenStart && (pos(ctx, j) === 'DET' || pos(ctx, j) === 'ADJ'))
        j--;
    if (j < sentence.tokenStart)
        return false;
    const w = lower(ctx, j);
    return pos(ctx, j) === 'ADP' && !TEMPORAL_CONJUNCTIONS.has(w) && w !== 'according';
}
/** Prepositions that also open a clause ("after Russia invaded Georgia"). */
const TEMPORAL_CONJUNCTIONS = new Set([
    'after',
    'before',
    'since',
    'until',
    'till',
    'as',
    'following',
]);
function dedupe(ids) {
    return [...new Set(ids)];
}
/**
 * The first actor mention after `from` that fills one of the slots: `obj` (no preposition in between) or a
 * preposition ("with", "to", …). Stops at the end of the clause.
 */
export function findRecipient(ctx, sentence, from, search) {
    let prep = null;
    let best = null;
    let bestRank = Number.POSITIVE_INFINITY;
    const limit = Math.min(sentence.tokenEnd, from + MAX_RECIPIENT_DISTANCE);
    for (let i = from; i < limit; i++) {
        const w = lower(ctx, i);
        if (isBreak(ctx, i) || (w === ',' && i > from) || w === 'who' || w === 'which')
            break;
        if (w === '(') {
            i = closingParen(ctx, sentence, i);
            continue;
        }
        const m = mentionAtToken(ctx, i);
        if (m && m.tokenStart >= from) {
            const party = partyOf(ctx, m, search.allowPlaces);
            const slot = prep === null || prep === '#object-of' ? 'obj' : prep;
            const rank = search.slots.indexOf(slot);
            if (party && rank >= 0 && rank < bestRank) {
                best = {
                    slot,
                    actors: dedupe([party, ...listAfter(ctx, sentence, m, search.allowPlaces)]),
                    end: m.tokenEnd,
                };
                bestRank = rank;
            }
            const possessive = lower(ctx, m.tokenEnd) === "'s" || lower(ctx, m.tokenEnd) === '’s';
            if (prep === null && !possessive)
                prep = '#object';
            i = m.tokenEnd - 1;
            continue;
        }
        if (ctx.timexAt[i] === 1)
            continue;
        const p = pos(ctx, i);
        const complementizer = w === 'that' && i + 1 < limit && mentionAtToken(ctx, i + 1) !== undefined;
        if (p === 'ADP' || (p === 'PART' && w === 'to') || p === 'SCONJ' || complementizer) {
            // a preposition that only introduces a time expression ("on Wednesday") changes nothing
            if (i + 1 < limit && ctx.timexAt[i + 1] === 1)
                continue;
            const quantity = isQuantity(ctx, i, limit);
            const ofQuantity = w === 'of' && QUANTITY_NOUNS.has(lower(ctx, i - 1));
            if (w === 'of' && prep === '#object')
                prep = '#object-of';
            else if (!quantity && !ofQuantity)
                prep = lemma(ctx, i) === 'to' ? 'to' : w;
            if (w === 'that' && !search.slots.includes('that') && !search.throughVerbs)
                break;
            continue;
        }
        if (p === 'VERB' && i > from) {
            if (!search.throughVerbs)
                break;
            prep = null;
            continue;
        }
        if ((p === 'NOUN' || p === 'PRON') && prep === null && i > from)
            prep = '#object';
    }
    return best;
}
/** "up to 16", "more than 100", "at least eight": a preposition inside a quantity. */
function isQuantity(ctx, i, limit) {
    const w = lower(ctx, i);
    if (w === 'to' && lower(ctx, i - 1) === 'up')
        return true;
    if (!QUANTITY_WORDS.has(w))
        return false;
    for (let k = i + 1; k < limit && k <= i + 2; k++)
        if (pos(ctx, k) === 'NUM')
            return true;
    return false;
}
/** Index of the ")" closing the "(" at `open`, or the sentence end. */
export function closingParen(ctx, sentence, open) {
    for (let j = open + 1; j < sentence.tokenEnd; j++)
        if (lower(ctx, j) === ')')
            return j;
    return sentence.tokenEnd;
}
/** Index of the "(" opening the ")" at `close`, or -1. */
function openingParen(ctx, sentence, close) {
    for (let j = close - 1; j >= sentence.tokenStart; j--)
        if (lower(ctx, j) === '(')
            return j;
    return -1;
}
/** The actor in a "by X" phrase after `from` in the clause (the agent of a passive, "calls by Annan"). */
export function findAgent(ctx, sentence, from) {
    const found = findRecipient(ctx, sentence, from, { slots: ['by'], throughVerbs: false, allowPlaces: false });
    return found ? [...found.actors] : [];
}
/** Is the verb at `head` passive ("was attacked", "has been accused")? */
export function isPassive(ctx, sentence, head) {
    const w = lower(ctx, head);
    if (w.endsWith('ing') || w === lemma(ctx, head))
        return false;
    for (let i = head - 1; i >= sentence.tokenStart; i--) {
        const p = pos(ctx, i);
        if (p === 'ADV' || (p === 'PART' && lower(ctx, i) !== 'to'))
            continue;
        return p === 'AUX' && (lemma(ctx, i) === 'be' || lemma(ctx, i) === 'get');
    }
    return false;
}
/** Arguments of an event noun found in its own noun phrase, and the verb governing it. */
export function nounArguments(ctx, sentence, first, end, agentSlots = ['between', 'by']) {
    let actors = [];
    let j = first - 1;
    while (j >= sentence.tokenStart &&
        (pos(ctx, j) === 'ADJ' || pos(ctx, j) === 'NUM' || pos(ctx, j) === 'ADV'))
        j--;
    if (j >= sentence.tokenStart) {
        const w = lower(ctx, j);
        const owner = w === "'s" || w === '’s' || w === "'" ? actorMentionEndingAt(ctx, j) : actorMentionEndingAt(ctx, j + 1);
        if (owner)
            actors = [owner.actor];
    }
    let reciprocal = false;
    if (actors.length === 0) {
        const between = findRecipient(ctx, sentence, end, {
            slots: agentSlots,
            throughVerbs: false,
            allowPlaces: false,
        });
        if (between) {
            actors = [...between.actors];
            reciprocal = between.slot === 'between';
        }
    }
    return { actors, reciprocal, governor: governingVerb(ctx, sentence, first) };
}
/** The verb whose object noun phrase contains the token ("had a single meeting or phone call"), or -1. */
export function governingVerb(ctx, sentence, first) {
    for (let j = first - 1; j >= sentence.tokenStart && first - j < 10; j--) {
        const p = pos(ctx, j);
        if (p === 'VERB')
            return j;
        if (mentionAtToken(ctx, j))
            continue;
        if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'NOUN' || p === 'PROPN' || p === 'CCONJ')
            continue;
        if (p === 'PART' || p === 'ADV' || p === 'PRON')
            continue;
        if (PARTICLES.has(lower(ctx, j)) && j - 1 >= sentence.tokenStart && pos(ctx, j - 1) === 'VERB')
            continue;
        return -1;
    }
    return -1;
}
//# sourceMappingURL=arguments.js.map