import type { Part } from '../../lang/words.js'
/** Time expressions named on the calendar: months, days of the month, years, decades, weekdays, seasons. */
import {
  at,
  type Core,
  DECADE,
  dayNumber,
  isCapitalised,
  NOUN,
  type TokenWindow,
  YEAR,
  YEAR_SPAN,
  yearNumber,
} from './token-window.js'

/** A month name that is a date here: capitalised, and "May" only in a date-like context. */
function monthAt(w: TokenWindow, i: number): number | null {
  const month = w.lang.time.MONTHS.get(at(w, i))
  if (month === undefined || !isCapitalised(w, i)) return null
  const before = at(w, i - 1)
  if (
    dayNumber(w, i + 1) !== null ||
    yearNumber(w, i + 1) !== null ||
    w.lang.time.DATE_LEFT_CONTEXT.has(before)
  )
    return month
  // "between April and May", "from March to May"
  if (w.lang.time.MONTH_LINKS.has(before) && w.lang.time.MONTHS.has(at(w, i - 2))) return month
  if (month === 5) return null
  // "March for Bernie", "April Ryan said", "Women’s March": a name, not a date
  const after = at(w, i + 1)
  if (w.lang.time.MONTH_NAME_AFTER.has(after) || (after !== '' && isCapitalised(w, i + 1))) return null
  if (before === "'s") return null
  return month
}

/** A weekday name that is a date here: capitalised, not part of a name ("Super Tuesday", "Sunday Times"). */
function weekdayAt(w: TokenWindow, i: number): number | null {
  const weekday = w.lang.time.WEEKDAYS.get(at(w, i))
  if (weekday === undefined || !isCapitalised(w, i)) return null
  if (w.lang.time.WEEKDAY_NAME_BEFORE.has(at(w, i - 1))) return null
  if (w.lang.time.WEEKDAY_NAME_AFTER.has(at(w, i + 1)) && isCapitalised(w, i + 1)) return null
  return weekday
}

/** "March", "March 3", "March 3, 2014", "March 2014", "April, 2012". */
export function monthExpression(
  w: TokenWindow,
  i: number,
  part: Part | null,
  shift: number | null,
): Core | null {
  const month = monthAt(w, i)
  if (month === null) return null
  const day = part === null && shift === null ? dayNumber(w, i + 1) : null
  if (day !== null && at(w, i + 2) !== ':') {
    const comma = at(w, i + 2) === ',' ? 1 : 0
    const year = yearNumber(w, i + 2 + comma)
    if (year !== null) return { end: i + 3 + comma, value: { type: 'date', year, month, day } }
    return {
      end: i + 2,
      value: { type: 'date', year: historicYear(w, month, day, at(w, i + 2)), month, day },
    }
  }
  if (shift === null) {
    const comma = at(w, i + 1) === ',' ? 1 : 0
    const year = yearNumber(w, i + 1 + comma)
    if (year !== null) return { end: i + 2 + comma, value: { type: 'month', year, month, shift: null, part } }
  }
  return { end: i + 1, value: { type: 'month', year: null, month, shift, part } }
}

/** The year of a day that names a historic event when the next word says so ("the Sept. 11 attacks"). */
function historicYear(w: TokenWindow, month: number, day: number, next: string): number | null {
  const known = w.lang.time.HISTORIC_DAYS.find((h) => h.month === month && h.day === day)
  return known?.nouns.has(next) ? known.year : null
}

/** "3 March", "3rd March 2014", "the 5th of March". */
export function dayFirst(w: TokenWindow, i: number): Core | null {
  const day = dayNumber(w, i)
  if (day === null) return null
  const of = at(w, i + 1) === 'of' ? 1 : 0
  const month = monthAt(w, i + 1 + of)
  if (month === null) return null
  const year = yearNumber(w, i + 2 + of)
  if (year !== null) return { end: i + 3 + of, value: { type: 'date', year, month, day } }
  return { end: i + 2 + of, value: { type: 'date', year: null, month, day } }
}

/** "2008" as a year, unless it counts something ("2000 troops", "$2014"). */
export function yearExpression(w: TokenWindow, i: number, part: Part | null): Core | null {
  const lower = at(w, i)
  const span = YEAR_SPAN.exec(lower)
  if (span) {
    const first = Number(span[1])
    const tail = span[2]!
    const last = tail.length === 2 ? Math.floor(first / 100) * 100 + Number(tail) : Number(tail)
    return last > first ? { end: i + 1, value: { type: 'years', first, last, part } } : null
  }
  const decade = DECADE.exec(lower)
  if (decade) {
    const first = Number(decade[1])
    return { end: i + 1, value: { type: 'years', first, last: first + 9, part } }
  }
  const year = yearNumber(w, i)
  if (year === null) return null
  const before = at(w, i - 1)
  const after = at(w, i + 1)
  if (w.lang.time.QUANTITY_BEFORE.has(before) || w.lang.time.QUANTITY_AFTER.has(after)) return null
  const countsNoun = w.pos[i + 1] === NOUN && after.endsWith('s') && !w.lang.time.UNIT_WORDS.has(after)
  if (countsNoun && part === null && !w.lang.time.YEAR_LEFT_CONTEXT.has(before)) return null
  return { end: i + 1, value: { type: 'years', first: year, last: year, part } }
}

/** "2014" or "1990s" inside a compound token ("mid-2014"). */
export function yearOrDecade(lower: string): { type: 'years'; first: number; last: number } | null {
  if (YEAR.test(lower)) return { type: 'years', first: Number(lower), last: Number(lower) }
  const decade = DECADE.exec(lower)
  return decade ? { type: 'years', first: Number(decade[1]), last: Number(decade[1]) + 9 } : null
}

/** Absorbs "night", "morning" … after a day expression. */
export function withDayPart(w: TokenWindow, core: Core): Core {
  return w.lang.time.DAY_PARTS.has(at(w, core.end)) ? { end: core.end + 1, value: core.value } : core
}

/** "Saturday", "Saturday night", "Saturday, March 5". */
export function weekdayExpression(w: TokenWindow, i: number, shift: number | null): Core | null {
  const weekday = weekdayAt(w, i)
  if (weekday === null) return null
  if (shift === null) {
    const comma = at(w, i + 1) === ',' ? 1 : 0
    const date = monthExpression(w, i + 1 + comma, null, null) ?? dayFirst(w, i + 1 + comma)
    if (date !== null && date.value.type === 'date') return date
  }
  return withDayPart(w, { end: i + 1, value: { type: 'weekday', weekday, shift } })
}

/** "last summer", "the summer of 2014", "in the spring"; "summer camp" is not a time. */
export function seasonExpression(w: TokenWindow, i: number, shift: number | null): Core | null {
  const months = w.lang.time.SEASONS.get(at(w, i))
  if (months === undefined) return null
  const of = at(w, i + 1) === 'of' ? 1 : 0
  const year = shift === null ? yearNumber(w, i + 1 + of) : null
  if (year !== null) return { end: i + 2 + of, value: { type: 'season', months, year, shift: null } }
  if (at(w, i) === 'fall' && w.lang.time.FALL_NOUN_AFTER.has(at(w, i + 1))) return null
  if (shift === null) {
    const before = at(w, i - 1) === 'the' ? at(w, i - 2) : at(w, i - 1)
    if (!w.lang.time.SEASON_LEFT_CONTEXT.has(before) || w.pos[i + 1] === NOUN) return null
  }
  return { end: i + 1, value: { type: 'season', months, year: null, shift } }
}
