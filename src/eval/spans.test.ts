import assert from 'node:assert/strict'
import { test } from 'node:test'
import { coverage, coveredLength, intersectionLength, mergeRanges } from './spans.js'

const r = (start: number, end: number) => ({ start, end })

test('mergeRanges joins overlapping and touching ranges and drops empty ones', () => {
  assert.deepEqual(mergeRanges([r(5, 8), r(0, 3), r(2, 4), r(8, 9), r(10, 10)]), [r(0, 4), r(5, 9)])
})

test('coverage counts shared characters once', () => {
  const cases: [ranges: [number, number][], pred: [number, number][], expected: number][] = [
    [[[0, 10]], [[0, 10]], 1],
    [[[0, 10]], [[5, 20]], 0.5],
    [
      [[0, 10]],
      [
        [0, 3],
        [2, 5],
      ],
      0.5,
    ],
    [
      [
        [0, 5],
        [10, 15],
      ],
      [[0, 5]],
      0.5,
    ],
    [[[0, 10]], [[20, 30]], 0],
    [[], [[0, 3]], 0],
  ]
  for (const [gold, pred, expected] of cases) {
    assert.equal(
      coverage(
        gold.map(([s, e]) => r(s, e)),
        pred.map(([s, e]) => r(s, e)),
      ),
      expected,
      JSON.stringify({ gold, pred }),
    )
  }
})

test('intersectionLength and coveredLength', () => {
  assert.equal(coveredLength([r(0, 4), r(2, 6)]), 6)
  assert.equal(intersectionLength([r(0, 4), r(6, 10)], [r(3, 7)]), 2)
})
