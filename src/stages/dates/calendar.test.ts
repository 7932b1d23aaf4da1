import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  addMonths,
  biasedYear,
  dayOf,
  formatDay,
  monthPart,
  nearestWeekday,
  parseDay,
  weekRange,
  yearOfDay,
  yearsPart,
} from './calendar.js'

const day = (iso: string) => parseDay(iso)!
const fmt = (r: { start: number; end: number }) => `${formatDay(r.start)}..${formatDay(r.end)}`

describe('calendar', () => {
  it('parses and formats days, refusing impossible ones', () => {
    assert.equal(formatDay(day('2022-07-10')), '2022-07-10')
    assert.equal(formatDay(day('2015-11-11T10:00:00Z')), '2015-11-11')
    for (const bad of ['2022-02-30', '2022-13-01', 'July 10', '', null]) assert.equal(parseDay(bad), null)
    assert.equal(formatDay(dayOf(2024, 2, 29)), '2024-02-29')
  })

  it('places a month on the past or the future side of the anchor', () => {
    const cases: [string, number, number | null, boolean, number][] = [
      ['2022-07-10', 3, null, false, 2022],
      ['2022-07-10', 11, null, false, 2021],
      ['2022-07-10', 7, null, false, 2022],
      ['2022-07-10', 7, 11, false, 2021],
      ['2022-07-10', 7, 11, true, 2022],
      ['2023-01-05', 12, null, false, 2022],
      ['2023-01-05', 12, null, true, 2023],
      ['2022-12-30', 1, null, true, 2023],
      ['2022-12-30', 1, 2, false, 2022],
    ]
    for (const [anchor, month, d, isFuture, year] of cases) {
      assert.equal(biasedYear(day(anchor), month, d, isFuture), year, `${anchor} ${month}/${d} ${isFuture}`)
    }
  })

  it('reads a yearless day as upcoming only when it is much closer ahead than behind', () => {
    const cases: [string, number, number, number][] = [
      ['2016-05-27', 6, 7, 2016],
      ['2022-07-10', 3, 3, 2022],
      ['2022-07-10', 7, 9, 2022],
      ['2022-07-10', 7, 15, 2022],
      ['2022-07-10', 9, 30, 2021],
      ['2016-01-20', 10, 10, 2015],
      ['2016-01-20', 2, 1, 2016],
    ]
    for (const [anchor, month, d, year] of cases) {
      assert.equal(yearOfDay(day(anchor), month, d, false), year, `${anchor} ${month}/${d}`)
    }
    assert.equal(yearOfDay(day('2022-07-10'), 3, 3, true), 2023)
  })

  it('finds the nearest weekday, the anchor included', () => {
    const sunday = day('2022-07-10')
    assert.equal(formatDay(nearestWeekday(sunday, 6, false)), '2022-07-09')
    assert.equal(formatDay(nearestWeekday(sunday, 0, false)), '2022-07-10')
    assert.equal(formatDay(nearestWeekday(sunday, 6, true)), '2022-07-16')
    assert.equal(formatDay(nearestWeekday(sunday, 1, true)), '2022-07-11')
  })

  it('splits weeks Monday to Sunday and months by calendar', () => {
    assert.equal(fmt(weekRange(day('2022-07-10'))), '2022-07-04..2022-07-10')
    assert.equal(fmt(weekRange(day('2022-07-11'))), '2022-07-11..2022-07-17')
    assert.equal(formatDay(addMonths(day('2022-03-31'), -1)), '2022-02-28')
    assert.equal(formatDay(addMonths(day('2022-01-15'), -2)), '2021-11-15')
  })

  it('cuts months and years into early, mid and late parts', () => {
    assert.equal(fmt(monthPart(2022, 2, 'late')), '2022-02-21..2022-02-28')
    assert.equal(fmt(monthPart(2022, 3, 'mid')), '2022-03-11..2022-03-20')
    assert.equal(fmt(yearsPart(2014, 2014, 'early')), '2014-01-01..2014-04-30')
    assert.equal(fmt(yearsPart(1990, 1999, 'late')), '1997-01-01..1999-12-31')
    assert.equal(fmt(yearsPart(1990, 1999, 'early')), '1990-01-01..1993-12-31')
  })
})
