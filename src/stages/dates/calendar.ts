import type { Part, Unit } from '../../lang/words.js'

/** A calendar day as a whole number of days since 1970-01-01 (UTC, no time of day). */
export type Day = number

/** An inclusive range of days. */
export interface DayRange {
  readonly start: Day
  readonly end: Day
}

const MS_PER_DAY = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY)
}

/** Parses YYYY-MM-DD (a longer ISO timestamp is cut to its date); null when it is not a valid day. */
export function parseDay(value: string | null): Day | null {
  if (value === null) return null
  const m = ISO_DAY.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null
  return dayOf(y, mo, d)
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

export interface YearMonthDay {
  readonly year: number
  readonly month: number
  readonly day: number
  /** 0 = Sunday. */
  readonly weekday: number
}

export function partsOf(day: Day): YearMonthDay {
  const d = new Date(day * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function monthRange(year: number, month: number): DayRange {
  return { start: dayOf(year, month, 1), end: dayOf(year, month, daysInMonth(year, month)) }
}

export function yearRange(year: number): DayRange {
  return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31) }
}

/** The Monday-to-Sunday week holding the day. */
export function weekRange(day: Day): DayRange {
  const mondayOffset = (partsOf(day).weekday + 6) % 7
  return { start: day - mondayOffset, end: day - mondayOffset + 6 }
}

/** Adds whole months, keeping the day of month where it exists (Mar 31 − 1 month → Feb 28). */
export function addMonths(day: Day, months: number): Day {
  const p = partsOf(day)
  const index = p.year * 12 + (p.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return dayOf(year, month, Math.min(p.day, daysInMonth(year, month)))
}

/** Moves a day by n units (negative n goes back). */
export function shiftDay(day: Day, unit: Unit, n: number): Day {
  if (unit === 'day') return day + n
  if (unit === 'week') return day + 7 * n
  if (unit === 'month') return addMonths(day, n)
  return addMonths(day, 12 * n)
}

/** The calendar period of one unit holding the day: its day, week, month or year. */
export function periodOf(day: Day, unit: Unit): DayRange {
  if (unit === 'day') return { start: day, end: day }
  if (unit === 'week') return weekRange(day)
  const p = partsOf(day)
  return unit === 'month' ? monthRange(p.year, p.month) : yearRange(p.year)
}

/** Days of the month in each part: "early March" → 1–10, "mid-March" → 11–20, "late March" → 21–end. */
export function monthPart(year: number, month: number, part: Part): DayRange {
  const whole = monthRange(year, month)
  if (part === 'early') return { start: whole.start, end: whole.start + 9 }
  if (part === 'mid') return { start: whole.start + 10, end: whole.start + 19 }
  return { start: whole.start + 20, end: whole.end }
}

/**
 * Part of a run of years, by months for one year ("early 2014" → Jan–Apr, "mid-2014" → May–Aug,
 * "late 2014" → Sep–Dec) and by years for a decade ("the early 1990s" → 1990–1993, mid 1994–1996, late 1997–1999).
 */
export function yearsPart(first: number, last: number, part: Part): DayRange {
  if (first === last) {
    const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12]
    return { start: dayOf(first, from, 1), end: monthRange(first, to).end }
  }
  const length = last - first + 1
  const third = Math.floor(length / 3)
  const [from, to] =
    part === 'early'
      ? [first, last - 2 * third]
      : part === 'mid'
        ? [last - 2 * third + 1, last - third]
        : [last - third + 1, last]
  return { start: yearRange(from).start, end: yearRange(to).end }
}

/** A third of any range: early, mid or late. */
export function thirdOf(range: DayRange, part: Part): DayRange {
  const third = Math.floor((range.end - range.start + 1) / 3)
  if (third === 0) return range
  if (part === 'early') return { start: range.start, end: range.start + third - 1 }
  if (part === 'mid') return { start: range.start + third, end: range.end - third }
  return { start: range.end - third + 1, end: range.end }
}

/**
 * The year in which a month (and optionally a day) falls, seen from the anchor: the latest one on or before the
 * anchor when speaking of the past, the earliest one on or after it when speaking of the future.
 */
export function biasedYear(anchor: Day, month: number, day: number | null, isFuture: boolean): number {
  const a = partsOf(anchor)
  const before = month < a.month || (month === a.month && (day === null || day <= a.day))
  const after = month > a.month || (month === a.month && (day === null || day >= a.day))
  if (isFuture) return after ? a.year : a.year + 1
  return before ? a.year : a.year - 1
}

/** How many times closer an upcoming day must be than the past one for a yearless date to be read as upcoming. */
const UPCOMING_PULL = 4

/**
 * The year of a day of the month named without one ("on March 3"). Past-biased like a month name, except that a
 * day coming up soon wins over the same day almost a year ago ("the June 7 primary" in a late-May story): news
 * writers add the year to a day that far back.
 */
export function yearOfDay(anchor: Day, month: number, day: number, isFuture: boolean): number {
  const past = biasedYear(anchor, month, day, false)
  if (isFuture) return biasedYear(anchor, month, day, true)
  const upcoming = biasedYear(anchor, month, day, true)
  if (upcoming === past) return past
  const back = anchor - dayOf(past, month, Math.min(day, daysInMonth(past, month)))
  const ahead = dayOf(upcoming, month, Math.min(day, daysInMonth(upcoming, month))) - anchor
  return ahead * UPCOMING_PULL < back ? upcoming : past
}

/** The day with that weekday nearest the anchor on its past side (or future side), the anchor included. */
export function nearestWeekday(anchor: Day, weekday: number, isFuture: boolean): Day {
  const current = partsOf(anchor).weekday
  return isFuture ? anchor + ((weekday - current + 7) % 7) : anchor - ((current - weekday + 7) % 7)
}
