import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isIsoDate, normaliseDate } from './dates.js'

describe('normaliseDate', () => {
  const cases: [string | null, string | null][] = [
    ['2022-07-10', '2022-07-10'],
    ['2022-07-10T23:30:00-05:00', '2022-07-10'],
    ['2022/7/9', '2022-07-09'],
    ['20220710T080000Z', '2022-07-10'],
    ['July 10, 2022', '2022-07-10'],
    ['Sun, 10 Jul 2022 08:00:00 GMT', '2022-07-10'],
    ['10th July 2022', '2022-07-10'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['2022-02-30', null],
    ['sometime last week', null],
    ['', null],
    [null, null],
  ]
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => assert.equal(normaliseDate(raw), expected))
  }
})

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    assert.equal(isIsoDate('2024-02-29'), true)
    assert.equal(isIsoDate('2023-02-29'), false)
    assert.equal(isIsoDate('2023-2-1'), false)
    assert.equal(isIsoDate('2023-02-01T00:00'), false)
  })
})
