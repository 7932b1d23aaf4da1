import type { Lang } from '../../lang/lang.js'
import type { Part } from '../../lang/words.js'
import {
  dayFirst,
  monthExpression,
  seasonExpression,
  weekdayExpression,
  withDayPart,
  yearExpression,
  yearOrDecade,
} from './absolute-forms.js'
import { readNumericDate } from './numeric-date.js'
import {
  agoExpression,
  recentExpression,
  shiftedExpression,
  sidedExpression,
  trailingExpression,
} from './relative-forms.js'
import type { TimeValue } from './time-value.js'
import { at, type Core, DECADE, type TokenWindow } from './token-window.js'

export type { TokenWindow } from './token-window.js'

/** A time expression found at a token range. */
export interface TimexMatch {
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly value: TimeValue
  readonly opener: 'since' | 'until' | null
}

/** "mid-2014", "late-March": the part and the rest of a token written with a part prefix, or null. */
function prefixedPart(lang: Lang, word: string): { part: string; rest: string } | null {
  const dash = word.indexOf('-')
  if (dash <= 0 || dash === word.length - 1) return null
  const part = word.slice(0, dash)
  return lang.time.PART_PREFIXES.has(part) ? { part, rest: word.slice(dash + 1) } : null
}

/** True when a token could begin a time expression (a start word or a token starting with a digit). */
export function canStart(lang: Lang, lower: string): boolean {
  const c = lower.charCodeAt(0)
  return (c >= 48 && c <= 57) || lang.time.START_WORDS.has(lower) || prefixedPart(lang, lower) !== null
}

/** "early March", "mid-2014", "the late 1990s", "late-March". */
function partExpression(w: TokenWindow, i: number): Core | null {
  const compound = prefixedPart(w.lang, at(w, i))
  let part: Part | undefined
  let k: number
  if (compound) {
    part = w.lang.time.PERIOD_PARTS.get(compound.part)
    k = i
  } else {
    part = w.lang.time.PERIOD_PARTS.get(at(w, i))
    k = at(w, i + 1) === '-' ? i + 2 : i + 1
  }
  if (part === undefined) return null
  if (compound) {
    const { rest } = compound
    const month = w.lang.time.MONTHS.get(rest)
    if (month !== undefined)
      return { end: i + 1, value: { type: 'month', year: null, month, shift: null, part } }
    const years = yearOrDecade(rest)
    return years === null ? null : { end: i + 1, value: { ...years, part } }
  }
  const whole = monthExpression(w, k, part, null) ?? yearExpression(w, k, part)
  if (whole !== null) return whole
  const season = w.lang.time.SEASONS.has(at(w, k)) ? seasonExpression(w, k, null) : null
  return season === null ? null : { end: season.end, value: { type: 'part', part, inner: season.value } }
}

/** "the end of March", "the beginning of the year", "the middle of next month". */
function edgeExpression(w: TokenWindow, i: number): Core | null {
  const part = w.lang.time.PERIOD_EDGES.get(at(w, i))
  if (part === undefined || at(w, i + 1) !== 'of') return null
  const k = i + 2
  const unit = at(w, k) === 'the' ? w.lang.time.UNIT_WORDS.get(at(w, k + 1)) : undefined
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
  const day = w.lang.time.DAY_WORDS.get(lower)
  if (day !== undefined) return withDayPart(w, { end: i + 1, value: { type: 'offset', unit: 'day', n: day } })
  if (w.lang.time.MONTHS.has(lower)) return monthExpression(w, i, null, null)
  if (w.lang.time.WEEKDAYS.has(lower)) return weekdayExpression(w, i, null)
  if (w.lang.time.SEASONS.has(lower)) return seasonExpression(w, i, null)
  if (lower === 'the') return theExpression(w, i)
  if (lower === 'recent' || lower === 'recently') return recentExpression(w, i)
  if (w.lang.time.NUMBER_WORDS.has(lower) || w.lang.time.VAGUE_WORDS.has(lower)) return agoExpression(w, i)
  if (w.lang.time.CALENDAR_SHIFT.has(lower) || w.lang.time.TRAILING_WORDS.has(lower))
    return shiftedExpression(w, i) ?? trailingExpression(w, i)
  if (w.lang.time.PERIOD_SIDES.has(lower)) return sidedExpression(w, i)
  return partExpression(w, i)
}

/** "the weekend", "the past week", "the 5th of March", "the late 1990s", "the 1990s". */
function theExpression(w: TokenWindow, i: number): Core | null {
  const next = at(w, i + 1)
  if (next === 'weekend') return { end: i + 2, value: { type: 'weekend', shift: null } }
  if (w.lang.time.SEASONS.has(next)) return seasonExpression(w, i + 1, null)
  if (w.lang.time.PERIOD_EDGES.has(next)) return edgeExpression(w, i + 1)
  const inner = w.lang.time.TRAILING_WORDS.has(next)
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
  const introducer = w.lang.time.SPAN_LINKS.get(at(w, core.end))
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
  const opener = w.lang.time.RANGE_OPENERS.get(at(w, i))
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
