/** Time expressions counted from the publication date: "two weeks ago", "last month", "the past week", "recently". */

import { monthExpression, seasonExpression, weekdayExpression } from './absolute-forms.js'
import type { TimeValue } from './time-value.js'
import { at, type Core, countAt, isCapitalised, type TokenWindow } from './token-window.js'

/** "two weeks ago", "a month ago", "a few days ago". */
export function agoExpression(w: TokenWindow, i: number): Core | null {
  let n = countAt(w, i)
  let k = i + 1
  if (n === 1 && w.lang.time.VAGUE_WORDS.has(at(w, k))) {
    n = null // "a few"
    k++
  } else if (n === null && w.lang.time.VAGUE_WORDS.has(at(w, i))) {
    k = i + 1
  } else if (n === null) {
    return null
  }
  const unit = w.lang.time.UNIT_WORDS.get(at(w, k))
  if (unit === undefined) return null
  // "in the five months since the invasion": the period since a point that far back
  if (at(w, k + 1) === 'since' && n !== null) {
    return { end: k + 2, value: { type: 'offset', unit, n: -n }, opener: 'since' }
  }
  if (at(w, k + 1) !== 'ago') return null
  const value: TimeValue =
    n === null
      ? { type: 'trailing', unit, n: w.lang.time.VAGUE_AMOUNT[unit], skipsAnchor: true }
      : { type: 'offset', unit, n: -n }
  return { end: k + 2, value }
}

/** "last week", "next month", "this year", "last March", "next Saturday", "last night", "this weekend". */
export function shiftedExpression(w: TokenWindow, i: number): Core | null {
  const shift = w.lang.time.CALENDAR_SHIFT.get(at(w, i))
  const next = at(w, i + 1)
  if (shift === undefined) return null
  if (at(w, i - 1) === 'the' && w.lang.time.TRAILING_WORDS.has(at(w, i))) return trailingExpression(w, i)
  const unit = w.lang.time.UNIT_WORDS.get(next)
  // "the next day" counts from the story, not from the publication date; ABC's "This Week" is a title
  if (unit !== undefined && unit !== 'day' && next === unit && !isCapitalised(w, i + 1)) {
    return { end: i + 2, value: { type: 'calendar', unit, shift, side: null } }
  }
  if (next === 'weekend') return { end: i + 2, value: { type: 'weekend', shift } }
  if (w.lang.time.SEASONS.has(next)) return seasonExpression(w, i + 1, shift)
  if (shift === -1 && next === 'night') return { end: i + 2, value: { type: 'offset', unit: 'day', n: -1 } }
  if (shift === 0 && w.lang.time.DAY_PARTS.has(next))
    return { end: i + 2, value: { type: 'offset', unit: 'day', n: 0 } }
  const weekday = weekdayExpression(w, i + 1, shift)
  if (weekday !== null) return { end: weekday.end, value: weekday.value }
  const month = monthExpression(w, i + 1, null, shift)
  if (month !== null) return month
  return w.lang.time.TRAILING_WORDS.has(at(w, i)) ? trailingExpression(w, i) : null
}

/** "(the) past two weeks", "the last few days", "past month". */
export function trailingExpression(w: TokenWindow, i: number): Core | null {
  if (!w.lang.time.TRAILING_WORDS.has(at(w, i))) return null
  let k = i + 1
  let n: number | null = countAt(w, k)
  if (n !== null) k++
  else if (w.lang.time.VAGUE_WORDS.has(at(w, k))) k++
  const unit = w.lang.time.UNIT_WORDS.get(at(w, k))
  if (unit === undefined) return null
  const plural = at(w, k) !== unit
  if (n === null) n = plural ? w.lang.time.VAGUE_AMOUNT[unit] : 1
  return { end: k + 1, value: { type: 'trailing', unit, n, skipsAnchor: false } }
}

/** "in recent days", "recently". */
export function recentExpression(w: TokenWindow, i: number): Core | null {
  const lower = at(w, i)
  // "until recently" speaks of the time before, not of the recent past
  if (lower === 'recently' && w.lang.time.RANGE_OPENERS.get(at(w, i - 1)) === 'until') return null
  if (lower === 'recently')
    return {
      end: i + 1,
      value: { type: 'trailing', unit: 'day', n: w.lang.time.RECENTLY_DAYS, skipsAnchor: false },
    }
  if (lower !== 'recent') return null
  const unit = w.lang.time.UNIT_WORDS.get(at(w, i + 1))
  if (unit === undefined || at(w, i + 1) === unit) return null
  return {
    end: i + 2,
    value: { type: 'trailing', unit, n: w.lang.time.VAGUE_AMOUNT[unit], skipsAnchor: false },
  }
}

/** "earlier this year", "later this month", "earlier today", "earlier Tuesday". */
export function sidedExpression(w: TokenWindow, i: number): Core | null {
  const side = w.lang.time.PERIOD_SIDES.get(at(w, i))
  if (side === undefined) return null
  const next = at(w, i + 1)
  if (next === 'today') return { end: i + 2, value: { type: 'offset', unit: 'day', n: 0 } }
  const unit = w.lang.time.UNIT_WORDS.get(at(w, i + 2))
  if (next === 'this' && unit !== undefined && unit === at(w, i + 2)) {
    return { end: i + 3, value: { type: 'calendar', unit, shift: 0, side } }
  }
  const weekday = weekdayExpression(w, i + 1, null)
  return weekday === null ? null : { end: weekday.end, value: weekday.value }
}
