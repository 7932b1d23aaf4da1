import * as chrono from 'chrono-node';
import { dayOf } from './calendar.js';
/** Tokens that look like a full numeric date: 2022-07-10, 2015-11-11T10:00, 7/10/2022, 7/10/22. */
const NUMERIC_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?|\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4}))$/i;
/** A fixed reference, so the reading never depends on the clock (two-digit years resolve near it). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
/**
 * Reads one token holding a complete numeric date with chrono (US order for slashes: month/day/year).
 * Null when the token is not such a date or chrono cannot place every part of it ("9/11" is not read).
 */
export function readNumericDate(token) {
    if (!NUMERIC_DATE.test(token))
        return null;
    const [result] = chrono.strict.parse(token.toUpperCase(), REFERENCE);
    if (result === undefined || result.index !== 0)
        return null;
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year'))
        return null;
    const day = dayOf(start.get('year'), start.get('month'), start.get('day'));
    return { start: day, end: day };
}
//# sourceMappingURL=numeric-date.js.map