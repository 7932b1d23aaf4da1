import { posCode } from '../../doc/token-table.js'
import { readNumericDate } from './numeric-date.js'
import type { TimeValue } from './time-value.js'
import {
  CALENDAR_SHIFT,
  DATE_LEFT_CONTEXT,
  DAY_PARTS,
  DAY_WORDS,
  FALL_NOUN_AFTER,
  HISTORIC_DAYS,
  MONTH_LINKS,
  MONTH_NAME_AFTER,
  MONTHS,
  NUMBER_WORDS,
  type Part,
  PERIOD_EDGES,
  PERIOD_PARTS,
  PERIOD_SIDES,
  QUANTITY_AFTER,
  QUANTITY_BEFORE,
  RANGE_OPENERS,
  RECENTLY_DAYS,
  SEASON_LEFT_CONTEXT,
  SEASONS,
  SPAN_LINKS,
  TRAILING_WORDS,
  UNIT_WORDS,
  VAGUE_AMOUNT,
  VAGUE_WORDS,
  WEEKDAY_NAME_AFTER,
  WEEKDAY_NAME_BEFORE,
  WEEKDAYS,
  YEAR_LEFT_CONTEXT,
} from './time-words.js'

/** The tokens of one sentence, as the grammar reads them. */
export interface TokenWindow {
  readonly text: string
  readonly lower: readonly string[]
  readonly start: Int32Array
  readonly end: Int32Array
  readonly pos: Uint8Array
  /** Token range of the sentence, [first, last). */
  readonly first: number
  readonly last: number
}

/** A time expression found at a token range. */
export interface TimexMatch {
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly value: TimeValue
  readonly opener: 'since' | 'until' | null
}

interface Core {
  readonly end: number
  readonly value: TimeValue
  /** Set when the expression itself opens a range: "five months since …". */
  readonly opener?: 'since'
}

const NOUN = posCode('NOUN')
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/
const YEAR = /^(1[89]\d\d|20\d\d)$/
const YEAR_SPAN = /^(1[89]\d\d|20\d\d)[-–](\d\d|\d{4})$/
const DECADE = /^(1[89]\d0|20\d0)s$/
const PART_PREFIX = /^(early|mid|late)-(.+)$/
const PART_PREFIXES = ['mid-', 'early-', 'late-']

/** Words that can begin a time expression; anything else is skipped with one Set lookup. */
export const START_WORDS: ReadonlySet<string> = new Set([
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
])

/** True when a token could begin a time expression (a start word or a token starting with a digit). */
export function canStart(lower: string): boolean {
  const c = lower.charCodeAt(0)
  return (c >= 48 && c <= 57) || START_WORDS.has(lower) || PART_PREFIXES.some((p) => lower.startsWith(p))
}

function at(w: TokenWindow, i: number): string {
  return i >= w.first && i < w.last ? w.lower[i]! : ''
}

function isCapitalised(w: TokenWindow, i: number): boolean {
  const c = w.text.charCodeAt(w.start[i]!)
  return c >= 65 && c <= 90
}

function dayNumber(w: TokenWindow, i: number): number | null {
  const m = DAY_NUMBER.exec(at(w, i))
  if (!m) return null
  const n = Number(m[1])
  return n >= 1 && n <= 31 ? n : null
}

function yearNumber(w: TokenWindow, i: number): number | null {
  return YEAR.test(at(w, i)) ? Number(at(w, i)) : null
}

/** A month name that is a date here: capitalised, and "May" only in a date-like context. */
function monthAt(w: TokenWindow, i: number): number | null {
  const month = MONTHS.get(at(w, i))
  if (month === undefined || !isCapitalised(w, i)) return null
  const before = at(w, i - 1)
  if (dayNumber(w, i + 1) !== null || yearNumber(w, i + 1) !== null || DATE_LEFT_CONTEXT.has(before))
    return month
  // "between April and May", "from March to May"
  if (MONTH_LINKS.has(before) && MONTHS.has(at(w, i - 2))) return month
  if (month === 5) return null
  // "March for Bernie", "April Ryan said", "Women’s March": a name, not a date
  const after = at(w, i + 1)
  if (MONTH_NAME_AFTER.has(after) || (after !== '' && isCapitalised(w, i + 1))) return null
  if (before === '’s' || before === "'s") return null
  return month
}

function weekdayAt(w: TokenWindow, i: number): number | null {
  const weekday = WEEKDAYS.get(at(w, i))
  if (weekday === undefined || !isCapitalised(w, i)) return null
  if (WEEKDAY_NAME_BEFORE.has(at(w, i - 1))) return null
  if (WEEKDAY_NAME_AFTER.has(at(w, i + 1)) && isCapitalised(w, i + 1)) return null
  return weekday
}

/** "March", "March 3", "March 3, 2014", "March 2014", "April, 2012". */
function monthExpression(w: TokenWindow, i: number, part: Part | null, shift: number | null): Core | null {
  const month = monthAt(w, i)
  if (month === null) return null
  const day = part === null && shift === null ? dayNumber(w, i + 1) : null
  if (day !== null && at(w, i + 2) !== ':') {
    const comma = at(w, i + 2) === ',' ? 1 : 0
    const year = yearNumber(w, i + 2 + comma)
    if (year !== null) return { end: i + 3 + comma, value: { type: 'date', year, month, day } }
    return { end: i + 2, value: { type: 'date', year: historicYear(month, day, at(w, i + 2)), month, day } }
  }
  if (shift === null) {
    const comma = at(w, i + 1) === ',' ? 1 : 0
    const year = yearNumber(w, i + 1 + comma)
    if (year !== null) return { end: i + 2 + comma, value: { type: 'month', year, month, shift: null, part } }
  }
  return { end: i + 1, value: { type: 'month', year: null, month, shift, part } }
}

/** The year of a day that names a historic event when the next word says so ("the Sept. 11 attacks"). */
function historicYear(month: number, day: number, next: string): number | null {
  const known = HISTORIC_DAYS.find((h) => h.month === month && h.day === day)
  return known?.nouns.has(next) ? known.year : null
}

/** "3 March", "3rd March 2014", "the 5th of March". */
function dayFirst(w: TokenWindow, i: number): Core | null {
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
function yearExpression(w: TokenWindow, i: number, part: Part | null): Core | null {
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
  if (QUANTITY_BEFORE.has(before) || QUANTITY_AFTER.has(after)) return null
  const countsNoun = w.pos[i + 1] === NOUN && after.endsWith('s') && !UNIT_WORDS.has(after)
  if (countsNoun && part === null && !YEAR_LEFT_CONTEXT.has(before)) return null
  return { end: i + 1, value: { type: 'years', first: year, last: year, part } }
}

/** Absorbs "night", "morning" … after a day expression. */
function withDayPart(w: TokenWindow, core: Core): Core {
  return DAY_PARTS.has(at(w, core.end)) ? { end: core.end + 1, value: core.value } : core
}

/** "Saturday", "Saturday night", "Saturday, March 5". */
function weekdayExpression(w: TokenWindow, i: number, shift: number | null): Core | null {
  const weekday = weekdayAt(w, i)
  if (weekday === null) return null
  if (shift === null) {
    const comma = at(w, i + 1) === ',' ? 1 : 0
    const date = monthExpression(w, i + 1 + comma, null, null) ?? dayFirst(w, i + 1 + comma)
    if (date !== null && date.value.type === 'date') return date
  }
  return withDayPart(w, { end: i + 1, value: { type: 'weekday', weekday, shift } })
}

/** A count before a unit: "two", "a", "3". */
function countAt(w: TokenWindow, i: number): number | null {
  const lower = at(w, i)
  const word = NUMBER_WORDS.get(lower)
  if (word !== undefined) return word
  if (!/^\d{1,3}$/.test(lower)) return null
  return Number(lower)
}

/** "two weeks ago", "a month ago", "a few days ago". */
function agoExpression(w: TokenWindow, i: number): Core | null {
  let n = countAt(w, i)
  let k = i + 1
  if (n === 1 && VAGUE_WORDS.has(at(w, k))) {
    n = null // "a few"
    k++
  } else if (n === null && VAGUE_WORDS.has(at(w, i))) {
    k = i + 1
  } else if (n === null) {
    return null
  }
  const unit = UNIT_WORDS.get(at(w, k))
  if (unit === undefined) return null
  // "in the five months since the invasion": the period since a point that far back
  if (at(w, k + 1) === 'since' && n !== null) {
    return { end: k + 2, value: { type: 'offset', unit, n: -n }, opener: 'since' }
  }
  if (at(w, k + 1) !== 'ago') return null
  const value: TimeValue =
    n === null
      ? { type: 'trailing', unit, n: VAGUE_AMOUNT[unit], skipsAnchor: true }
      : { type: 'offset', unit, n: -n }
  return { end: k + 2, value }
}

/** "last week", "next month", "this year", "last March", "next Saturday", "last night", "this weekend". */
function shiftedExpression(w: TokenWindow, i: number): Core | null {
  const shift = CALENDAR_SHIFT.get(at(w, i))
  const next = at(w, i + 1)
  if (shift === undefined) return null
  if (at(w, i - 1) === 'the' && TRAILING_WORDS.has(at(w, i))) return trailingExpression(w, i)
  const unit = UNIT_WORDS.get(next)
  // "the next day" counts from the story, not from the publication date
  if (unit !== undefined && unit !== 'day' && next === unit) {
    return { end: i + 2, value: { type: 'calendar', unit, shift, side: null } }
  }
  if (next === 'weekend') return { end: i + 2, value: { type: 'weekend', shift } }
  if (SEASONS.has(next)) return seasonExpression(w, i + 1, shift)
  if (shift === -1 && next === 'night') return { end: i + 2, value: { type: 'offset', unit: 'day', n: -1 } }
  if (shift === 0 && DAY_PARTS.has(next)) return { end: i + 2, value: { type: 'offset', unit: 'day', n: 0 } }
  const weekday = weekdayExpression(w, i + 1, shift)
  if (weekday !== null) return { end: weekday.end, value: weekday.value }
  const month = monthExpression(w, i + 1, null, shift)
  if (month !== null) return month
  return TRAILING_WORDS.has(at(w, i)) ? trailingExpression(w, i) : null
}

/** "(the) past two weeks", "the last few days", "past month". */
function trailingExpression(w: TokenWindow, i: number): Core | null {
  if (!TRAILING_WORDS.has(at(w, i))) return null
  let k = i + 1
  let n: number | null = countAt(w, k)
  if (n !== null) k++
  else if (VAGUE_WORDS.has(at(w, k))) k++
  const unit = UNIT_WORDS.get(at(w, k))
  if (unit === undefined) return null
  const plural = at(w, k) !== unit
  if (n === null) n = plural ? VAGUE_AMOUNT[unit] : 1
  return { end: k + 1, value: { type: 'trailing', unit, n, skipsAnchor: false } }
}

/** "in recent days", "recently". */
function recentExpression(w: TokenWindow, i: number): Core | null {
  const lower = at(w, i)
  if (lower === 'recently')
    return { end: i + 1, value: { type: 'trailing', unit: 'day', n: RECENTLY_DAYS, skipsAnchor: false } }
  if (lower !== 'recent') return null
  const unit = UNIT_WORDS.get(at(w, i + 1))
  if (unit === undefined || at(w, i + 1) === unit) return null
  return { end: i + 2, value: { type: 'trailing', unit, n: VAGUE_AMOUNT[unit], skipsAnchor: false } }
}

/** "earlier this year", "later this month", "earlier today", "earlier Tuesday". */
function sidedExpression(w: TokenWindow, i: number): Core | null {
  const side = PERIOD_SIDES.get(at(w, i))
  if (side === undefined) return null
  const next = at(w, i + 1)
  if (next === 'today') return { end: i + 2, value: { type: 'offset', unit: 'day', n: 0 } }
  const unit = UNIT_WORDS.get(at(w, i + 2))
  if (next === 'this' && unit !== undefined && unit === at(w, i + 2)) {
    return { end: i + 3, value: { type: 'calendar', unit, shift: 0, side } }
  }
  const weekday = weekdayExpression(w, i + 1, null)
  return weekday === null ? null : { end: weekday.end, value: weekday.value }
}

/** "early March", "mid-2014", "the late 1990s", "late-March". */
function partExpression(w: TokenWindow, i: number): Core | null {
  const compound = PART_PREFIX.exec(at(w, i))
  let part: Part | undefined
  let k: number
  if (compound) {
    part = PERIOD_PARTS.get(compound[1]!)
    k = i
  } else {
    part = PERIOD_PARTS.get(at(w, i))
    k = at(w, i + 1) === '-' ? i + 2 : i + 1
  }
  if (part === undefined) return null
  if (compound) {
    const rest = compound[2]!
    const month = MONTHS.get(rest)
    if (month !== undefined)
      return { end: i + 1, value: { type: 'month', year: null, month, shift: null, part } }
    const years = yearOrDecade(rest)
    return years === null ? null : { end: i + 1, value: { ...years, part } }
  }
  const whole = monthExpression(w, k, part, null) ?? yearExpression(w, k, part)
  if (whole !== null) return whole
  const season = SEASONS.has(at(w, k)) ? seasonExpression(w, k, null) : null
  return season === null ? null : { end: season.end, value: { type: 'part', part, inner: season.value } }
}

function yearOrDecade(lower: string): { type: 'years'; first: number; last: number } | null {
  if (YEAR.test(lower)) return { type: 'years', first: Number(lower), last: Number(lower) }
  const decade = DECADE.exec(lower)
  return decade ? { type: 'years', first: Number(decade[1]), last: Number(decade[1]) + 9 } : null
}

/** "last summer", "the summer of 2014", "in the spring"; "summer camp" is not a time. */
function seasonExpression(w: TokenWindow, i: number, shift: number | null): Core | null {
  const months = SEASONS.get(at(w, i))
  if (months === undefined) return null
  const of = at(w, i + 1) === 'of' ? 1 : 0
  const year = shift === null ? yearNumber(w, i + 1 + of) : null
  if (year !== null) return { end: i + 2 + of, value: { type: 'season', months, year, shift: null } }
  if (at(w, i) === 'fall' && FALL_NOUN_AFTER.has(at(w, i + 1))) return null
  if (shift === null) {
    const before = at(w, i - 1) === 'the' ? at(w, i - 2) : at(w, i - 1)
    if (!SEASON_LEFT_CONTEXT.has(before) || w.pos[i + 1] === NOUN) return null
  }
  return { end: i + 1, value: { type: 'season', months, year: null, shift } }
}

/** "the end of March", "the beginning of the year", "the middle of next month". */
function edgeExpression(w: TokenWindow, i: number): Core | null {
  const part = PERIOD_EDGES.get(at(w, i))
  if (part === undefined || at(w, i + 1) !== 'of') return null
  const k = i + 2
  const unit = at(w, k) === 'the' ? UNIT_WORDS.get(at(w, k + 1)) : undefined
  const inner: Core | null =
    unit !== undefined && unit !== 'day' && at(w, k + 1) === unit
      ? { end: k + 2, value: { type: 'calendar', unit, shift: 0, side: null } }
      : coreAt(w, k)
  if (inner === null || inner.opener !== undefined) return null
  const v = inner.value
  if ((v.type === 'month' || v.type === 'years') && v.part === null)
    return { end: inner.end, value: { ...v, part } }
  return { end: inner.end, value: { type: 'part', part, inner: v } }
}

/** The core expression starting at token i, if any. */
function coreAt(w: TokenWindow, i: number): Core | null {
  const lower = at(w, i)
  if (lower === '') return null
  const c = lower.charCodeAt(0)
  if (c >= 48 && c <= 57) {
    const numeric = readNumericDate(lower)
    if (numeric !== null) return { end: i + 1, value: { type: 'fixed', range: numeric } }
    return dayFirst(w, i) ?? yearExpression(w, i, null) ?? agoExpression(w, i)
  }
  const day = DAY_WORDS.get(lower)
  if (day !== undefined) return withDayPart(w, { end: i + 1, value: { type: 'offset', unit: 'day', n: day } })
  if (MONTHS.has(lower)) return monthExpression(w, i, null, null)
  if (WEEKDAYS.has(lower)) return weekdayExpression(w, i, null)
  if (SEASONS.has(lower)) return seasonExpression(w, i, null)
  if (lower === 'the') return theExpression(w, i)
  if (lower === 'recent' || lower === 'recently') return recentExpression(w, i)
  if (NUMBER_WORDS.has(lower) || VAGUE_WORDS.has(lower)) return agoExpression(w, i)
  if (CALENDAR_SHIFT.has(lower) || TRAILING_WORDS.has(lower))
    return shiftedExpression(w, i) ?? trailingExpression(w, i)
  if (PERIOD_SIDES.has(lower)) return sidedExpression(w, i)
  return partExpression(w, i)
}

/** "the weekend", "the past week", "the 5th of March", "the late 1990s", "the 1990s". */
function theExpression(w: TokenWindow, i: number): Core | null {
  const next = at(w, i + 1)
  if (next === 'weekend') return { end: i + 2, value: { type: 'weekend', shift: null } }
  if (SEASONS.has(next)) return seasonExpression(w, i + 1, null)
  if (PERIOD_EDGES.has(next)) return edgeExpression(w, i + 1)
  const inner = TRAILING_WORDS.has(next)
    ? trailingExpression(w, i + 1)
    : (dayFirst(w, i + 1) ??
      partExpression(w, i + 1) ??
      (DECADE.test(next) ? yearExpression(w, i + 1, null) : null))
  return inner
}

const SPANNABLE: ReadonlySet<TimeValue['type']> = new Set(['date', 'month', 'years', 'weekday', 'season'])

/** Gives a yearless first end of a span the year of the second: "from March to May 2015". */
function inheritYear(first: TimeValue, last: TimeValue): TimeValue {
  if (first.type !== 'month' && first.type !== 'date') return first
  if (last.type !== 'month' && last.type !== 'date') return first
  if (first.year !== null || last.year === null) return first
  return { ...first, year: first.month > last.month ? last.year - 1 : last.year }
}

/** "from March to May", "between 1983 and 1986": joins the core at i with the one after the link word. */
function spanFrom(w: TokenWindow, i: number, core: Core): Core {
  const introducer = SPAN_LINKS.get(at(w, core.end))
  if (introducer === undefined || at(w, i - 1) !== introducer || !SPANNABLE.has(core.value.type)) return core
  const last = coreAt(w, core.end + 1)
  if (last === null || last.opener !== undefined || last.value.type !== core.value.type) return core
  return {
    end: last.end,
    value: { type: 'span', first: inheritYear(core.value, last.value), last: last.value },
  }
}

/** The time expression starting at token i (with "since"/"until" before it), or null. */
export function matchAt(w: TokenWindow, i: number): TimexMatch | null {
  const opener = RANGE_OPENERS.get(at(w, i))
  if (opener !== undefined) {
    const core = coreAt(w, i + 1)
    if (core !== null && core.opener === undefined && core.value.type !== 'trailing') {
      return { tokenStart: i, tokenEnd: core.end, value: core.value, opener }
    }
    return null
  }
  const core = coreAt(w, i)
  if (core === null) return null
  const joined = core.opener === undefined ? spanFrom(w, i, core) : core
  return { tokenStart: i, tokenEnd: joined.end, value: joined.value, opener: core.opener ?? null }
}
