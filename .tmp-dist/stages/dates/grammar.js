import { dayFirst, monthExpression, seasonExpression, weekdayExpression, withDayPart, yearExpression, yearOrDecade, } from './absolute-forms.js';
import { readNumericDate } from './numeric-date.js';
import { agoExpression, recentExpression, shiftedExpression, sidedExpression, trailingExpression, } from './relative-forms.js';
import { CALENDAR_SHIFT, DAY_WORDS, MONTHS, NUMBER_WORDS, PERIOD_EDGES, PERIOD_PARTS, PERIOD_SIDES, RANGE_OPENERS, SEASONS, SPAN_LINKS, TRAILING_WORDS, UNIT_WORDS, VAGUE_WORDS, WEEKDAYS, } from './time-words.js';
import { at, DECADE } from './token-window.js';
const PART_PREFIX = /^(early|mid|late)-(.+)$/;
const PART_PREFIXES = ['mid-', 'early-', 'late-'];
/** Words that can begin a time expression; anything else is skipped with one Set lookup. */
export const START_WORDS = new Set([
    ...MONTHS.keys(),
    ...WEEKDAYS.keys(),
    ...DAY_WORDS.keys(),
    ...CALENDAR_SHIFT.keys(),
    ...TRAILING_WORDS,
    ...PERIOD_PARTS.keys(),
    ...PERIOD_SIDES.keys(),
    ...RANGE_OPENERS.keys(),
    ...NUMBER_WORDS.keys(),
    ...SEASONS.keys(),
    'recent',
    'recently',
    'the',
    'several',
    'few',
]);
/** True when a token could begin a time expression (a start word or a token starting with a digit). */
export function canStart(lower) {
    const c = lower.charCodeAt(0);
    return (c >= 48 && c <= 57) || START_WORDS.has(lower) || PART_PREFIXES.some((p) => lower.startsWith(p));
}
/** "early March", "mid-2014", "the late 1990s", "late-March". */
function partExpression(w, i) {
    const compound = PART_PREFIX.exec(at(w, i));
    let part;
    let k;
    if (compound) {
        part = PERIOD_PARTS.get(compound[1]);
        k = i;
    }
    else {
        part = PERIOD_PARTS.get(at(w, i));
        k = at(w, i + 1) === '-' ? i + 2 : i + 1;
    }
    if (part === undefined)
        return null;
    if (compound) {
        const rest = compound[2];
        const month = MONTHS.get(rest);
        if (month !== undefined)
            return { end: i + 1, value: { type: 'month', year: null, month, shift: null, part } };
        const years = yearOrDecade(rest);
        return years === null ? null : { end: i + 1, value: { ...years, part } };
    }
    const whole = monthExpression(w, k, part, null) ?? yearExpression(w, k, part);
    if (whole !== null)
        return whole;
    const season = SEASONS.has(at(w, k)) ? seasonExpression(w, k, null) : null;
    return season === null ? null : { end: season.end, value: { type: 'part', part, inner: season.value } };
}
/** "the end of March", "the beginning of the year", "the middle of next month". */
function edgeExpression(w, i) {
    const part = PERIOD_EDGES.get(at(w, i));
    if (part === undefined || at(w, i + 1) !== 'of')
        return null;
    const k = i + 2;
    const unit = at(w, k) === 'the' ? UNIT_WORDS.get(at(w, k + 1)) : undefined;
    const inner = unit !== undefined && unit !== 'day' && at(w, k + 1) === unit
        ? { end: k + 2, value: { type: 'calendar', unit, shift: 0, side: null } }
        : coreAt(w, k);
    if (inner === null || inner.opener !== undefined)
        return null;
    const v = inner.value;
    if ((v.type === 'month' || v.type === 'years') && v.part === null)
        return { end: inner.end, value: { ...v, part } };
    return { end: inner.end, value: { type: 'part', part, inner: v } };
}
/** The core expression starting at token i, if any. */
function coreAt(w, i) {
    const lower = at(w, i);
    if (lower === '')
        return null;
    const c = lower.charCodeAt(0);
    if (c >= 48 && c <= 57) {
        const numeric = readNumericDate(lower);
        if (numeric !== null)
            return { end: i + 1, value: { type: 'fixed', range: numeric } };
        return dayFirst(w, i) ?? yearExpression(w, i, null) ?? agoExpression(w, i);
    }
    const day = DAY_WORDS.get(lower);
    if (day !== undefined)
        return withDayPart(w, { end: i + 1, value: { type: 'offset', unit: 'day', n: day } });
    if (MONTHS.has(lower))
        return monthExpression(w, i, null, null);
    if (WEEKDAYS.has(lower))
        return weekdayExpression(w, i, null);
    if (SEASONS.has(lower))
        return seasonExpression(w, i, null);
    if (lower === 'the')
        return theExpression(w, i);
    if (lower === 'recent' || lower === 'recently')
        return recentExpression(w, i);
    if (NUMBER_WORDS.has(lower) || VAGUE_WORDS.has(lower))
        return agoExpression(w, i);
    if (CALENDAR_SHIFT.has(lower) || TRAILING_WORDS.has(lower))
        return shiftedExpression(w, i) ?? trailingExpression(w, i);
    if (PERIOD_SIDES.has(lower))
        return sidedExpression(w, i);
    return partExpression(w, i);
}
/** "the weekend", "the past week", "the 5th of March", "the late 1990s", "the 1990s". */
function theExpression(w, i) {
    const next = at(w, i + 1);
    if (next === 'weekend')
        return { end: i + 2, value: { type: 'weekend', shift: null } };
    if (SEASONS.has(next))
        return seasonExpression(w, i + 1, null);
    if (PERIOD_EDGES.has(next))
        return edgeExpression(w, i + 1);
    const inner = TRAILING_WORDS.has(next)
        ? trailingExpression(w, i + 1)
        : (dayFirst(w, i + 1) ??
            partExpression(w, i + 1) ??
            (DECADE.test(next) ? yearExpression(w, i + 1, null) : null));
    return inner;
}
const SPANNABLE = new Set(['date', 'month', 'years', 'weekday', 'season']);
/** Gives a yearless first end of a span the year of the second: "from March to May 2015". */
function inheritYear(first, last) {
    if (first.type !== 'month' && first.type !== 'date')
        return first;
    if (last.type !== 'month' && last.type !== 'date')
        return first;
    if (first.year !== null || last.year === null)
        return first;
    return { ...first, year: first.month > last.month ? last.year - 1 : last.year };
}
/** "from March to May", "between 1983 and 1986": joins the core at i with the one after the link word. */
function spanFrom(w, i, core) {
    const introducer = SPAN_LINKS.get(at(w, core.end));
    if (introducer === undefined || at(w, i - 1) !== introducer || !SPANNABLE.has(core.value.type))
        return core;
    const last = coreAt(w, core.end + 1);
    if (last === null || last.opener !== undefined || last.value.type !== core.value.type)
        return core;
    return {
        end: last.end,
        value: { type: 'span', first: inheritYear(core.value, last.value), last: last.value },
    };
}
/** The time expression starting at token i (with "since"/"until" before it), or null. */
export function matchAt(w, i) {
    const opener = RANGE_OPENERS.get(at(w, i));
    if (opener !== undefined) {
        const core = coreAt(w, i + 1);
        if (core !== null && core.opener === undefined && core.value.type !== 'trailing') {
            return { tokenStart: i, tokenEnd: core.end, value: core.value, opener };
        }
        return null;
    }
    const core = coreAt(w, i);
    if (core === null)
        return null;
    const joined = core.opener === undefined ? spanFrom(w, i, core) : core;
    return { tokenStart: i, tokenEnd: joined.end, value: joined.value, opener: core.opener ?? null };
}
//# sourceMappingURL=grammar.js.map