import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PLOVER_TYPES } from '../../doc/layers.js'
import { EVENT_LEXICON } from '../../lang/en/events-lexicon.js'
import { indexLexicon, parseLexicon, phraseLength } from './lexicon.js'

describe('event lexicon', () => {
  const entries = parseLexicon(EVENT_LEXICON)

  it('parses every line and covers all 16 PLOVER types with a few hundred triggers', () => {
    assert.ok(entries.length >= 300, `only ${entries.length} entries`)
    const types = new Set(entries.map((e) => e.type))
    for (const type of PLOVER_TYPES) assert.ok(types.has(type), `no trigger for ${type}`)
  })

  it('has no entry twice and only known slots', () => {
    const seen = new Set<string>()
    for (const e of entries) {
      const key = `${e.phrase.join(' ')}|${e.pos}`
      assert.ok(!seen.has(key), `duplicate entry ${key}`)
      seen.add(key)
      for (const slot of e.slots) assert.match(slot, /^(obj|[a-z]+)$/)
    }
  })

  it('rejects malformed lines', () => {
    assert.throws(() => parseLexicon('meet | V | CONSULT | meet | 040'), /6 fields/)
    assert.throws(() => parseLexicon('meet | X | CONSULT | meet | 040 | obj'), /POS/)
    assert.throws(() => parseLexicon('meet | V | GREET | meet | 040 | obj'), /type/)
  })

  it('reads flags and "-" as none', () => {
    const [e] = parseLexicon('refuse | V | REJECT | - | 120 | obj ctrl need')
    assert.deepEqual(e, {
      id: 'refuse.v',
      line: 1,
      phrase: ['refuse'],
      pos: 'V',
      type: 'REJECT',
      mode: null,
      cameo: '120',
      slots: ['obj'],
      isControl: true,
      needsRecipient: true,
      onlyRefused: false,
    })
    const [accept] = parseLexicon('accept | V | CONCEDE | - | 083 | obj refused')
    assert.equal(accept?.onlyRefused, true)
    assert.deepEqual(accept?.slots, ['obj'])
  })

  it('gives each entry an id from its phrase and part of speech, unique within the lexicon', () => {
    const entries = parseLexicon(
      '\nphone call | N | CONSULT | phone | 041 | with\n# note\nphone call | N | CONSULT | - | 040 | to',
    )
    assert.deepEqual(
      entries.map((x) => `${x.id}@${x.line}`),
      ['phone_call.n@2', 'phone_call.n#2@4'],
    )
  })

  it('indexes by first lemma, longest phrase first', () => {
    const index = indexLexicon(
      parseLexicon('phone | V | CONSULT | phone | 041 | obj\nphone call | N | CONSULT | phone | 041 | with'),
    )
    assert.deepEqual(index.get('phone')?.map(phraseLength), [2, 1])
  })
})
