import type { Part, Unit } from '../../lang/words.js'
import {
  biasedYear,
  type Day,
  type DayRange,
  dayOf,
  daysInMonth,
  monthPart,
  monthRange,
  nearestWeekday,
  partsOf,
  periodOf,
  shiftDay,
  thirdOf,
  yearOfDay,
  yearRange,
  yearsPart,
} from './calendar.js'

/**
 * What a time expression says, before it is placed on the calendar. A `null` year, a shift or an offset makes
 * the value relative to the publication date.
 */
export type TimeValue =
  /** "March 3, 2014", "on March 3" (year from the anchor). */
  | { readonly type: 'date'; readonly year: number | null; readonly month: number; readonly day: number }
  /** "March 2014", "In March", "last March" (shift −1), "early March". */
  | {
      readonly type: 'month'
      readonly year: number | null
      readonly month: number
      readonly shift: number | null
      readonly part: Part | null
    }
  /** "in 2008", "late 2014", "the 1990s", "2014-2016". */
  | { readonly type: 'years'; readonly first: number; readonly last: number; readonly part: Part | null }
  /** "on Saturday", "last Friday" (shift −1). */
  | { readonly type: 'weekday'; readonly weekday: number; readonly shift: number | null }
  /** "over the weekend", "next weekend". */
  | { readonly type: 'weekend'; readonly shift: number | null }
  /** "yesterday" (−1 day), "two weeks ago" (−2 weeks): the calendar unit that far from the anchor. */
  | { readonly type: 'offset'; readonly unit: Unit; readonly n: number }
  /** "last week", "this month", "next year"; "earlier this year" keeps the side before the anchor. */
  | {
      readonly type: 'calendar'
      readonly unit: Unit
      readonly shift: number
      readonly side: 'before' | 'after' | null
    }
  /** A window ending at the anchor: "the past two weeks", "in recent days", "recently"; before it for "a few days ago". */
  | { readonly type: 'trailing'; readonly unit: Unit; readonly n: number; readonly skipsAnchor: boolean }
  /** A range already placed on the calendar (numeric dates read by chrono). */
  | { readonly type: 'fixed'; readonly range: DayRange }
  /** "last summer", "the summer of 2014", "in the spring". */
  | {
      readonly type: 'season'
      readonly months: { readonly first: number; readonly last: number }
      readonly year: number | null
      readonly shift: number | null
    }
  /** "from March to May", "between 1983 and 1986": from the start of one to the end of the other. */
  | { readonly type: 'span'; readonly first: TimeValue; readonly last: TimeValue }
  /** "the end of last year", "the beginning of next month": a third of another period. */
  | { readonly type: 'part'; readonly part: Part; readonly inner: TimeValue }

export type TimeValueType = TimeValue['type']

/** True when the value's placement depends on whether the clause speaks of the past or the future. */
export function needsTense(value: TimeValue): boolean {
  if (value.type === 'date') return value.year === null
  if (value.type === 'month') return value.year === null && value.shift === null
  if (value.type === 'weekday' || value.type === 'weekend') return value.shift === null || value.shift === 0
  if (value.type === 'season') return value.year === null && value.shift === null
  if (value.type === 'span') return needsTense(value.first) || needsTense(value.last)
  if (value.type === 'part') return needsTense(value.inner)
  return false
}

type Resolver<T extends TimeValueType> = (
  value: Extract<TimeValue, { type: T }>,
  anchor: Day | null,
  isFuture: boolean,
) => DayRange | null

const RESOLVERS: { readonly [T in TimeValueType]: Resolver<T> } = {
  date(v, anchor, isFuture) {
    if (v.year !== null) return validDay(v.year, v.month, v.day)
    if (anchor === null) return null
    return validDay(yearOfDay(anchor, v.month, v.day, isFuture), v.month, v.day)
  },
  month(v, anchor, isFuture) {
    let year = v.year
    if (year === null) {
      if (anchor === null) return null
      const a = partsOf(anchor)
      if (v.shift === null) year = biasedYear(anchor, v.month, null, isFuture)
      else if (v.shift < 0) year = v.month < a.month ? a.year : a.year - 1
      else if (v.shift > 0) year = v.month > a.month ? a.year : a.year + 1
      else year = a.year
    }
    return v.part === null ? monthRange(year, v.month) : monthPart(year, v.month, v.part)
  },
  years(v) {
    if (v.part !== null) return yearsPart(v.first, v.last, v.part)
    return { start: yearRange(v.first).start, end: yearRange(v.last).end }
  },
  weekday(v, anchor, isFuture) {
    if (anchor === null) return null
    let day: Day
    if (v.shift !== null && v.shift < 0) day = nearestWeekday(anchor - 1, v.weekday, false)
    else if (v.shift !== null && v.shift > 0) day = nearestWeekday(anchor + 1, v.weekday, true)
    else day = nearestWeekday(anchor, v.weekday, isFuture)
    return { start: day, end: day }
  },
  weekend(v, anchor, isFuture) {
    if (anchor === null) return null
    const toFuture = v.shift !== null && v.shift !== 0 ? v.shift > 0 : isFuture
    const from = v.shift !== null && v.shift !== 0 ? anchor + (toFuture ? 1 : -1) : anchor
    const saturday = nearestWeekday(from, 6, toFuture)
    // a Sunday anchor is inside the weekend that began the day before
    const start = !toFuture && partsOf(from).weekday === 0 ? from - 1 : saturday
    return { start, end: start + 1 }
  },
  offset(v, anchor) {
    if (anchor === null) return null
    return periodOf(shiftDay(anchor, v.unit, v.n), v.unit)
  },
  calendar(v, anchor) {
    if (anchor === null) return null
    const period = periodOf(shiftDay(anchor, v.unit, v.shift), v.unit)
    if (v.side === 'before') return { start: period.start, end: Math.min(anchor, period.end) }
    if (v.side === 'after') return { start: Math.max(anchor, period.start), end: period.end }
    return period
  },
  trailing(v, anchor) {
    if (anchor === null) return null
    const end = v.skipsAnchor ? anchor - 1 : anchor
    return { start: shiftDay(anchor, v.unit, -v.n) + (v.skipsAnchor ? 0 : 1), end }
  },
  fixed(v) {
    return v.range
  },
  season(v, anchor, isFuture) {
    if (v.year !== null) return seasonRange(v.year, v.months)
    if (anchor === null) return null
    const year = partsOf(anchor).year
    const candidates = [year - 1, year, year + 1, year + 2].map((y) => seasonRange(y, v.months))
    const latest = (ok: (r: DayRange) => boolean) => candidates.filter(ok).at(-1) ?? null
    const earliest = (ok: (r: DayRange) => boolean) => candidates.find(ok) ?? null
    if (v.shift === null)
      return isFuture ? earliest((r) => r.end >= anchor) : latest((r) => r.start <= anchor)
    if (v.shift < 0) return latest((r) => r.end < anchor)
    if (v.shift > 0) return earliest((r) => r.start > anchor)
    // "this summer": the one under way, else the one beginning in the anchor's year
    const starting = seasonRange(v.months.first > v.months.last ? year + 1 : year, v.months)
    return earliest((r) => r.start <= anchor && r.end >= anchor) ?? starting
  },
  span(v, anchor, isFuture) {
    const first = resolveValue(v.first, anchor, isFuture)
    // the second end follows the first: "from Aug. 5 through Aug. 12", "between June and early October"
    const last = first === null ? null : resolveValue(v.last, first.start, true)
    if (first === null || last === null || last.end < first.start) return null
    return { start: first.start, end: last.end }
  },
  part(v, anchor, isFuture) {
    const inner = resolveValue(v.inner, anchor, isFuture)
    if (inner === null) return null
    const first = partsOf(inner.start)
    const last = partsOf(inner.end)
    const wholeYear = first.month === 1 && first.day === 1 && last.month === 12 && last.day === 31
    if (wholeYear && first.year === last.year) return yearsPart(first.year, first.year, v.part)
    const wholeMonth = first.day === 1 && inner.end === monthRange(first.year, first.month).end
    if (wholeMonth) return monthPart(first.year, first.month, v.part)
    return thirdOf(inner, v.part)
  },
}

/** The months of a season in a year; a winter belongs to the year of its January. */
function seasonRange(year: number, months: { first: number; last: number }): DayRange {
  const startYear = months.first > months.last ? year - 1 : year
  return { start: monthRange(startYear, months.first).start, end: monthRange(year, months.last).end }
}

function validDay(year: number, month: number, day: number): DayRange | null {
  if (day > daysInMonth(year, month)) return null
  const d = dayOf(year, month, day)
  return { start: d, end: d }
}

/** Places a value on the calendar; null when it is relative and there is no anchor. */
export function resolveValue(value: TimeValue, anchor: Day | null, isFuture: boolean): DayRange | null {
  const resolver = RESOLVERS[value.type] as Resolver<TimeValueType>
  return resolver(value as never, anchor, isFuture)
}
