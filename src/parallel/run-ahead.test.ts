import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runAhead } from './run-ahead.js'

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i
}

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('runAhead', () => {
  it('yields in source order however long each item takes, with at most `ahead` started', async () => {
    let running = 0
    let most = 0
    const out: number[] = []
    const start = async (i: number) => {
      running++
      most = Math.max(most, running)
      const value = await later(i * 10, (7 - (i % 7)) * 3)
      running--
      return value
    }
    for await (const value of runAhead(numbers(20), start, 4)) out.push(value)
    assert.deepEqual(
      out,
      Array.from({ length: 20 }, (_, i) => i * 10),
    )
    assert.ok(most <= 4 && most >= 2, `at most ${most} at once`)
  })

  it('waits for what it started when the consumer stops early', async () => {
    const settled: number[] = []
    const start = async (i: number) => {
      await later(null, 5)
      settled.push(i)
      return i
    }
    for await (const value of runAhead(numbers(10), start, 3)) if (value === 1) break
    assert.deepEqual(settled.sort(), [0, 1, 2, 3])
  })
})
