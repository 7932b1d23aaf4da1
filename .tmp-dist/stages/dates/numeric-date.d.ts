import { type DayRange } from './calendar.js';
/**
 * Reads one token holding a complete numeric date with chrono (US order for slashes: month/day/year).
 * Null when the token is not such a date or chrono cannot place every part of it ("9/11" is not read).
 */
export declare function readNumericDate(token: string): DayRange | null;
