import type { Part, Unit } from './time-words.js';
/** A calendar day as a whole number of days since 1970-01-01 (UTC, no time of day). */
export type Day = number;
/** An inclusive range of days. */
export interface DayRange {
    readonly start: Day;
    readonly end: Day;
}
export declare function dayOf(year: number, month: number, day: number): Day;
/** Parses YYYY-MM-DD (a longer ISO timestamp is cut to its date); null when it is not a valid day. */
export declare function parseDay(value: string | null): Day | null;
export declare function formatDay(day: Day): string;
export interface YearMonthDay {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    /** 0 = Sunday. */
    readonly weekday: number;
}
export declare function partsOf(day: Day): YearMonthDay;
export declare function daysInMonth(year: number, month: number): number;
export declare function monthRange(year: number, month: number): DayRange;
export declare function yearRange(year: number): DayRange;
/** The Monday-to-Sunday week holding the day. */
export declare function weekRange(day: Day): DayRange;
/** Adds whole months, keeping the day of month where it exists (Mar 31 − 1 month → Feb 28). */
export declare function addMonths(day: Day, months: number): Day;
/** Moves a day by n units (negative n goes back). */
export declare function shiftDay(day: Day, unit: Unit, n: number): Day;
/** The calendar period of one unit holding the day: its day, week, month or year. */
export declare function periodOf(day: Day, unit: Unit): DayRange;
/** Days of the month in each part: "early March" → 1–10, "mid-March" → 11–20, "late March" → 21–end. */
export declare function monthPart(year: number, month: number, part: Part): DayRange;
/**
 * Part of a run of years, by months for one year ("early 2014" → Jan–Apr, "mid-2014" → May–Aug,
 * "late 2014" → Sep–Dec) and by years for a decade ("the early 1990s" → 1990–1993, mid 1994–1996, late 1997–1999).
 */
export declare function yearsPart(first: number, last: number, part: Part): DayRange;
/** A third of any range: early, mid or late. */
export declare function thirdOf(range: DayRange, part: Part): DayRange;
/**
 * The year in which a month (and optionally a day) falls, seen from the anchor: the latest one on or before the
 * anchor when speaking of the past, the earliest one on or after it when speaking of the future.
 */
export declare function biasedYear(anchor: Day, month: number, day: number | null, isFuture: boolean): number;
/**
 * The year of a day of the month named without one ("on March 3"). Past-biased like a month name, except that a
 * day coming up soon wins over the same day almost a year ago ("the June 7 primary" in a late-May story): news
 * writers add the year to a day that far back.
 */
export declare function yearOfDay(anchor: Day, month: number, day: number, isFuture: boolean): number;
/** The day with that weekday nearest the anchor on its past side (or future side), the anchor included. */
export declare function nearestWeekday(anchor: Day, weekday: number, isFuture: boolean): Day;
