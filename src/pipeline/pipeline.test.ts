import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDoc } from '../doc/doc.js'
import { createPipeline, PipelineError } from './pipeline.js'
import { defineStage } from './stage.js'

const paragraphsStage = defineStage({
  name: 'paragraphs',
  requires: [],
  provides: ['paragraphs'],
  run: (doc) => ({ paragraphs: [{ start: 0, end: doc.text.length }] }),
})

describe('createPipeline', () => {
  it('rejects a stage whose required layer no earlier stage provides', () => {
    const needsMentions = defineStage({
      name: 'needs-mentions',
      requires: ['mentions'],
      provides: ['actors'],
      run: () => ({ actors: [] }),
    })
    assert.throws(() => createPipeline([needsMentions]), PipelineError)
  })

  it('rejects a layer provided twice', () => {
    assert.throws(() => createPipeline([paragraphsStage, paragraphsStage]), /provided twice/)
  })

  it('runs stages in order and freezes what they return', () => {
    const result = createPipeline([paragraphsStage]).run(createDoc('Hello.', { id: 'd' }))
    assert.equal(result.ok, true)
    assert.deepEqual(result.doc.layers.paragraphs, [{ start: 0, end: 6 }])
    assert.ok(Object.isFrozen(result.doc.layers.paragraphs))
  })

  it('turns an exception in a stage into a fatal diagnostic naming the stage', () => {
    const broken = defineStage({
      name: 'broken',
      requires: [],
      provides: ['mentions'],
      run: () => {
        throw new Error('boom')
      },
    })
    const result = createPipeline([broken]).run(createDoc('x', { id: 'd' }))
    assert.equal(result.ok, false)
    assert.equal(result.diagnostics[0]?.code, 'internal/stage-failed')
    assert.equal(result.diagnostics[0]?.stage, 'broken')
  })
})
