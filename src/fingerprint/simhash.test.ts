import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fingerprintWords, hammingDistance, simhash64, textFingerprint, wordShingles } from './simhash.js'

const STORY =
  'The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday for talks on the border, the first ' +
  'such meeting since the spring, and agreed to continue the work of the commissions on delimitation. ' +
  'Officials on both sides said the text of a peace treaty was nearly ready, although a dispute over the ' +
  'constitution of one party remained open. The ministers are expected to meet again next month in ' +
  'Washington, where a signing ceremony could be held if the last articles are settled. Neither delegation ' +
  'spoke to reporters after the talks, which lasted more than six hours and ended late in the evening.'

describe('simhash', () => {
  it('gives 16 hex digits, the same for the same text', () => {
    const a = textFingerprint(STORY)
    assert.match(a, /^[0-9a-f]{16}$/)
    assert.equal(a, textFingerprint(STORY))
  })

  it('keeps a copy with an outlet line and typographic changes within a few bits', () => {
    const copy = `${STORY.replace('the first', 'the first’')} (Reported by Harbour Wire — all rights reserved)`
    assert.ok(hammingDistance(textFingerprint(STORY), textFingerprint(copy)) <= 6)
  })

  it('sets different stories far apart', () => {
    const other =
      'Heavy rain flooded the lower town overnight and the regional governor asked the army to send boats, ' +
      'while schools stayed closed and the railway line to the coast was cut in two places.'
    assert.ok(hammingDistance(textFingerprint(STORY), textFingerprint(other)) >= 18)
  })

  it('counts differing bits', () => {
    assert.equal(hammingDistance('0000000000000000', 'ffffffffffffffff'), 64)
    assert.equal(hammingDistance('0000000000000001', '8000000000000000'), 2)
    assert.equal(simhash64([]), '0000000000000000')
  })

  it('reads words across typography and shingles them', () => {
    assert.deepEqual(fingerprintWords('Lavrov’s “talks” — in Bali'), ['lavrov', 's', 'talks', 'in', 'bali'])
    assert.deepEqual(wordShingles(['a', 'b', 'c', 'd']), ['a b c', 'b c d'])
    assert.deepEqual(wordShingles(['a', 'b']), ['a b'])
  })
})
