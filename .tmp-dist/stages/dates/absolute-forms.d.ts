/** Time expressions named on the calendar: months, days of the month, years, decades, weekdays, seasons. */
import { type Part } from './time-words.js';
import { type Core, type TokenWindow } from './token-window.js';
/** "March", "March 3", "March 3, 2014", "March 2014", "April, 2012". */
export declare function monthExpression(w: TokenWindow, i: number, part: Part | null, shift: number | null): Core | null;
/** "3 March", "3rd March 2014", "the 5th of March". */
export declare function dayFirst(w: TokenWindow, i: number): Core | null;
/** "2008" as a year, unless it counts something ("2000 troops", "$2014"). */
export declare function yearExpression(w: TokenWindow, i: number, part: Part | null): Core | null;
/** "2014" or "1990s" inside a compound token ("mid-2014"). */
export declare function yearOrDecade(lower: string): {
    type: 'years';
    first: number;
    last: number;
} | null;
/** Absorbs "night", "morning" … after a day expression. */
export declare function withDayPart(w: TokenWindow, core: Core): Core;
/** "Saturday", "Saturday night", "Saturday, March 5". */
export declare function weekdayExpression(w: TokenWindow, i: number, shift: number | null): Core | null;
/** "last summer", "the summer of 2014", "in the spring"; "summer camp" is not a time. */
export declare function seasonExpression(w: TokenWindow, i: number, shift: number | null): Core | null;
