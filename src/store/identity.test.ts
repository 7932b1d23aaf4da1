import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../eval/typeset.js'
import { dominantBearer, learnsFrom, personNameKey } from './identity.js'

describe('one identity per person', () => {
  it('folds titles, middle initials and suffixes, in plain and typeset names', () => {
    for (const t of [(s: string) => s, typeset]) {
      assert.equal(personNameKey(t('Sen. Ted Cruz')), 'ted cruz')
      assert.equal(personNameKey(t('Donald J. Trump')), 'donald trump')
      assert.equal(personNameKey(t('Martin Luther King Jr.')), 'martin luther king')
      assert.equal(personNameKey(t("Beto O'Rourke")), personNameKey("Beto O'Rourke"))
      assert.equal(personNameKey(t('Jean-Yves Le Drian')), 'jean yves le drian')
    }
    assert.equal(personNameKey('Beto O\u2019Rourke'), personNameKey("Beto O'Rourke"), 'a curly apostrophe')
    assert.equal(personNameKey('Ted\u00a0Cruz'), 'ted cruz', 'a no-break space')
    assert.equal(personNameKey('President'), 'president', 'a title alone stays a name')
  })

  it('gives a surname alone to a bearer only when one dominates', () => {
    assert.equal(
      dominantBearer([
        { pk: 1, mentions: 30 },
        { pk: 2, mentions: 10 },
      ]),
      1,
    )
    assert.equal(
      dominantBearer([
        { pk: 1, mentions: 29 },
        { pk: 2, mentions: 10 },
      ]),
      null,
    )
    assert.equal(dominantBearer([{ pk: 3, mentions: 1 }]), 3)
    assert.equal(dominantBearer([{ pk: 3, mentions: 0 }]), null)
    assert.equal(dominantBearer([]), null)
  })

  it('rewrites a stored person only when it learns something', () => {
    const row = { country: 'USA', sector: null, role: null, kbId: null }
    const none = { country: null, sector: null, role: null }
    assert.equal(learnsFrom(row, none, null), false)
    assert.equal(learnsFrom(row, { ...none, country: 'MEX' }, null), false, 'a known country stays')
    assert.equal(learnsFrom(row, { ...none, sector: 'GOV' }, null), true)
    assert.equal(learnsFrom(row, none, 'donald-trump'), true)
  })
})
