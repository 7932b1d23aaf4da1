import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { SHORT_ARTICLES } from '../../test/fixtures/short-articles.js'
import { createExtractPool, type ExtractPool, ExtractWorkerError } from './extract-pool.js'
import type { ExtractTask } from './extract-task.js'

const tasks: ExtractTask[] = SHORT_ARTICLES.map((a) => ({
  text: a.text,
  meta: { id: a.id, date: a.date },
  includeText: true,
}))

describe('extraction pool', () => {
  let threads: ExtractPool
  before(() => {
    threads = createExtractPool({ workers: 2 })
  })
  after(() => threads.close())

  it('gives the records the calling thread gives, in the order asked, whatever thread ran them', async () => {
    const inThread = createExtractPool({ workers: 0 })
    const expected = await Promise.all(tasks.map((t) => inThread.extract(t)))
    const got = await Promise.all(tasks.map((t) => threads.extract(t)))
    assert.equal(got.length, tasks.length)
    assert.deepEqual(got, expected)
    assert.ok(got.some((o) => o.record.events.length > 0))
    assert.equal(threads.pending, 0)
  })

  it('makes the JSON where the record is made', async () => {
    const [task] = tasks
    const output = await threads.extract({ ...task!, json: 'line' })
    assert.equal(output.json, JSON.stringify(output.record))
  })

  it('rejects the tasks of a closed pool', async () => {
    const pool = createExtractPool({ workers: 1 })
    const running = assert.rejects(pool.extract(tasks[0]!), ExtractWorkerError)
    await pool.close()
    await running
    await assert.rejects(pool.extract(tasks[0]!), ExtractWorkerError)
  })
})
