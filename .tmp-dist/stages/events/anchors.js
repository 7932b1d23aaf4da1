import { CLAUSE_OPENERS, HARD_BREAKS, LOCATIVES } from '../../lang/en/events-grammar.js';
import { lower, mentionAtToken, pos, quoteAt } from './context.js';
const CLAUSE_PENALTY = 100;
/** Is there a clause boundary between two tokens of a sentence: none, a subordinate clause, or a hard break? */
function boundaryBetween(ctx, a, b) {
    const [from, to] = a < b ? [a, b] : [b, a];
    let found = 'none';
    for (let t = from + 1; t < to; t++) {
        const w = lower(ctx, t);
        if (HARD_BREAKS.has(w))
            return 'hard';
        if (CLAUSE_OPENERS.has(w) && pos(ctx, t) === 'SCONJ')
            found = 'clause';
    }
    return found;
}
const MAX_PLACE_DISTANCE = 15;
/** The time expression of the sentence nearest the trigger, preferring one in the trigger's own clause. */
export function timexForTrigger(ctx, sentence, trigger) {
    let best;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const timex of ctx.timexesIn(sentence)) {
        const anchor = timex.tokenStart > trigger ? timex.tokenStart : timex.tokenEnd - 1;
        const boundary = boundaryBetween(ctx, anchor, trigger);
        if (boundary === 'hard')
            continue;
        const score = Math.abs(anchor - trigger) + (boundary === 'clause' ? CLAUSE_PENALTY : 0);
        if (score < bestScore) {
            best = timex;
            bestScore = score;
        }
    }
    return best;
}
/**
 * The event's date: its time expression; else, for asserted and negated events, the publication date as a
 * one-day range without text; future and hypothetical events without a time expression get none.
 */
export function eventDate(ctx, timex, status) {
    if (timex?.range) {
        return { start: timex.range.start, end: timex.range.end, text: ctx.text.slice(timex.start, timex.end) };
    }
    if ((status === 'asserted' || status === 'negated') && ctx.date)
        return { start: ctx.date, end: ctx.date, text: null };
    return null;
}
/** A place mention of the sentence introduced by "in", "at", "near" …, nearest after the trigger first. */
export function placeForTrigger(ctx, sentence, trigger) {
    let best = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const m = mentionAtToken(ctx, t);
        if (!m || m.tokenStart !== t || m.type !== 'place')
            continue;
        const place = ctx.placeOf.get(m.id);
        if (!place)
            continue;
        let j = t - 1;
        while (j >= sentence.tokenStart && (pos(ctx, j) === 'DET' || pos(ctx, j) === 'ADJ'))
            j--;
        if (j < sentence.tokenStart || !LOCATIVES.has(lower(ctx, j)))
            continue;
        if (Math.abs(t - trigger) > MAX_PLACE_DISTANCE || boundaryBetween(ctx, t, trigger) !== 'none')
            continue;
        const score = t > trigger ? t - trigger : (trigger - t) * 2;
        if (score < bestScore) {
            best = place;
            bestScore = score;
        }
    }
    return best;
}
/** The quotation whose content holds the trigger. */
export function quoteForTrigger(ctx, offset) {
    return quoteAt(ctx.quotes, offset)?.id ?? null;
}
//# sourceMappingURL=anchors.js.map