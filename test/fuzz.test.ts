import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import { loadCorpus } from './helpers/corpus.js'
import { describeFuzzDoc, fuzzDoc, fuzzProblems, MUTATIONS, sentencePool } from './helpers/fuzz-docs.js'

/**
 * A bounded property test of the extractor: a few hundred articles made of real sentences from our samples,
 * mutated (quote-mark and apostrophe kinds, dashes, spaces, case, punctuation, glued paragraphs, stray
 * Unicode), with a fixed seed. No exception, no failed stage, every record invariant holds. The CI fuzz loop
 * (`scripts/fuzz.ts`, run by .ci/run) goes on longer with a seed from the date.
 */
const SEED = 20240611
const COUNT = 300
const pool = sentencePool((await loadCorpus()).map((doc) => doc.text))
const extractor = createExtractor()

describe('fuzzed articles', () => {
  it('draw on a large pool of real sentences and every mutation', () => {
    assert.ok(pool.length > 500, `${pool.length} sentences`)
    const used = new Set(Array.from({ length: COUNT }, (_, i) => fuzzDoc(pool, SEED, i).mutations).flat())
    assert.deepEqual([...used].sort(), Object.keys(MUTATIONS).sort())
  })

  it(`${COUNT} mutated articles extract without an exception and with every invariant holding`, () => {
    const failures: string[] = []
    for (let i = 0; i < COUNT && failures.length < 3; i++) {
      const doc = fuzzDoc(pool, SEED, i)
      const problems = fuzzProblems(extractor, doc)
      if (problems.length > 0)
        failures.push(`${describeFuzzDoc(doc)}\n  ${problems.slice(0, 5).join('\n  ')}`)
    }
    assert.equal(failures.length, 0, failures.join('\n\n'))
  })
})
