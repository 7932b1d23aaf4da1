/**
 * Compile-time tests of stage contracts (checked by `npm run typecheck`, never run): a stage sees only the
 * layers it requires and returns exactly those it provides. Each `@ts-expect-error` fails the type check if
 * the line below it ever compiles.
 */
import { createDoc } from '../../src/doc/doc.js'
import type { Mention } from '../../src/doc/layers.js'
import { createPipeline } from '../../src/pipeline/pipeline.js'
import { defineStage } from '../../src/pipeline/stage.js'
import { mentions } from '../../src/stages/mentions/mentions.js'
import { segment } from '../../src/stages/segment/segment.js'
import { makeDoc } from '../helpers/make-doc.js'
import { runStage } from '../helpers/run-stage.js'

const noMentions: readonly Mention[] = []

// A required layer is present: no undefined check needed.
export const readsWhatItRequires = defineStage({
  name: 'reads-tokens',
  requires: ['tokens'],
  provides: ['mentions'],
  run(doc) {
    const count: number = doc.layers.tokens.length
    return { mentions: count > 0 ? noMentions : [] }
  },
})

// Reading a layer the stage did not declare does not compile.
export const readsUndeclared = defineStage({
  name: 'reads-sentences',
  requires: ['tokens'],
  provides: ['mentions'],
  run(doc) {
    // @ts-expect-error `sentences` is not in `requires`
    void doc.layers.sentences
    return { mentions: noMentions }
  },
})

// Returning a layer the stage did not declare does not compile.
export const providesUndeclared = defineStage({
  name: 'provides-actors',
  requires: ['tokens'],
  provides: ['mentions'],
  // @ts-expect-error `actors` is not in `provides`
  run: () => ({ mentions: noMentions, actors: [] }),
})

// Leaving out a declared layer does not compile.
export const providesTooLittle = defineStage({
  name: 'provides-nothing',
  requires: ['tokens'],
  provides: ['mentions'],
  // @ts-expect-error `mentions` is declared but not returned
  run: () => ({}),
})

// The factories keep their contracts: runStage returns the provided layers only, typed.
const doc = makeDoc('Lavrov met Blinken.')
export const found: readonly Mention[] = runStage(mentions(), doc).mentions
// @ts-expect-error the mentions stage provides no actors
export const notFound = runStage(mentions(), doc).actors

// A typed stage still goes into a pipeline with others.
export const pipeline = createPipeline([segment(), readsWhatItRequires])
export const result = pipeline.run(createDoc('x', { id: 'types' }))
