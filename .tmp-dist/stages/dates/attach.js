/** Characters that end a clause between an event trigger and a time expression. */
const CLAUSE_MARKS = new Set([';', '“', '”', '"', '—', '(', ')', '[', ']']);
/** Conjunctions that open a new clause after a comma (", but …", ", while …"). */
const CLAUSE_OPENERS = [
    ', but ',
    ', while ',
    ', whereas ',
    ', although ',
    ', though ',
    ', and ',
];
/** True when the text between two offsets crosses a clause boundary. */
export function crossesClause(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text[i];
        if (CLAUSE_MARKS.has(c))
            return true;
        if (c === ',' && CLAUSE_OPENERS.some((opener) => text.startsWith(opener, i)))
            return true;
    }
    return false;
}
function sameClause(text, a, b) {
    return text === undefined || !crossesClause(text, Math.min(a, b), Math.max(a, b));
}
/**
 * The time expression that best dates an event whose trigger starts at `triggerStart`: among the expressions of
 * the same sentence and clause, the nearest one after the trigger ("met … in March"), else the nearest one before
 * it ("In March, Sullivan spoke …"). Clauses are told apart only when the document `text` is given; `timexes`
 * must be sorted by start, as the layer is. Null when no expression qualifies.
 */
export function timexForSpan(timexes, sentence, triggerStart, text) {
    let before = null;
    for (const timex of timexes) {
        if (timex.start < sentence.start)
            continue;
        if (timex.end > sentence.end)
            break;
        if (timex.start >= triggerStart) {
            if (sameClause(text, triggerStart, timex.start))
                return timex;
            break;
        }
        if (sameClause(text, timex.end, triggerStart))
            before = timex;
    }
    return before;
}
/** The event date a time expression gives, as the record carries it; null when the expression is unresolved. */
export function timeRangeOf(timex, text) {
    if (timex.range === null)
        return null;
    return { start: timex.range.start, end: timex.range.end, text: text.slice(timex.start, timex.end) };
}
//# sourceMappingURL=attach.js.map