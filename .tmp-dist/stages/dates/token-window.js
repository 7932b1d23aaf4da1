import { posCode } from '../../doc/token-table.js';
import { NUMBER_WORDS } from './time-words.js';
export const NOUN = posCode('NOUN');
/** Token shapes: a day of the month ("4th"), a year, a span of years ("2014-16"), a decade ("1990s"). */
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
export const YEAR = /^(1[89]\d\d|20\d\d)$/;
export const YEAR_SPAN = /^(1[89]\d\d|20\d\d)[-–](\d\d|\d{4})$/;
export const DECADE = /^(1[89]\d0|20\d0)s$/;
/** The lower-cased token i, or '' outside the sentence. */
export function at(w, i) {
    return i >= w.first && i < w.last ? w.lower[i] : '';
}
export function isCapitalised(w, i) {
    const c = w.text.charCodeAt(w.start[i]);
    return c >= 65 && c <= 90;
}
export function dayNumber(w, i) {
    const m = DAY_NUMBER.exec(at(w, i));
    if (!m)
        return null;
    const n = Number(m[1]);
    return n >= 1 && n <= 31 ? n : null;
}
export function yearNumber(w, i) {
    return YEAR.test(at(w, i)) ? Number(at(w, i)) : null;
}
/** A count before a unit: "two", "a", "3". */
export function countAt(w, i) {
    const lower = at(w, i);
    const word = NUMBER_WORDS.get(lower);
    if (word !== undefined)
        return word;
    if (!/^\d{1,3}$/.test(lower))
        return null;
    return Number(lower);
}
//# sourceMappingURL=token-window.js.map