import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc } from '../doc/doc.js'
import { createPipeline } from './pipeline.js'
import { defineStage } from './stage.js'

test('run reports each stage that ran to onStage, with a non-negative time', () => {
  const paragraphs = defineStage({
    name: 'paragraphs',
    requires: [],
    provides: ['paragraphs'],
    run: (doc) => ({ paragraphs: [{ start: 0, end: doc.text.length }] }),
  })
  const broken = defineStage({
    name: 'broken',
    requires: ['paragraphs'],
    provides: ['mentions'],
    run: () => {
      throw new Error('boom')
    },
  })
  const seen: [string, number][] = []
  const result = createPipeline([paragraphs, broken]).run(createDoc('Hi.', { id: 'd' }), {
    onStage: (stage, ms) => seen.push([stage, ms]),
  })
  assert.equal(result.ok, false)
  assert.deepEqual(
    seen.map(([stage]) => stage),
    ['paragraphs'],
  )
  assert.ok(seen.every(([, ms]) => ms >= 0))
})
