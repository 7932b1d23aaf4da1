import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'
import type { RecordActor } from '../../record/record.js'

/** Names as news prints them: letters beyond Latin-1, hyphens, a sentence's capital "Former", hyphenated titles. */
const extractor = createExtractor()

function person(text: string, date: string, word: string): RecordActor | undefined {
  const { record } = extractor.extract({ text, meta: { id: 't', date } })
  return record.actors.find((a) => a.kind === 'person' && a.mentions.some((m) => m.text.includes(word)))
}

for (const form of ['plain', 'typeset'] as const) {
  const t = (s: string) => (form === 'typeset' ? typeset(s) : s)
  describe(`${form}: name forms`, () => {
    it('a name with letters beyond Latin-1 is one name ("Vučić", "Erdoğan", "Wałęsa")', () => {
      const text = t('Aleksandar Vučić met Lech Wałęsa, and Recep Tayyip Erdoğan said he would visit.')
      for (const name of ['Aleksandar Vučić', 'Lech Wałęsa', 'Recep Tayyip Erdoğan'])
        assert.equal(person(text, '2019-05-01', name)?.mentions[0]?.text, name)
    })

    it('a hyphenated given name or surname stays in the name, and the surname alone joins it', () => {
      const text = t("Kazakhstan's President Kassym-Jomart Tokayev arrived. Tokayev said talks went well.")
      const tokayev = person(text, '2019-09-11', 'Tokayev')
      assert.deepEqual(
        tokayev?.mentions.map((m) => m.text),
        ['Kassym-Jomart Tokayev', 'Tokayev'],
      )
      assert.deepEqual([tokayev?.country, tokayev?.sector], ['KAZ', 'GOV'])
    })

    it('a known name after a hyphen is not glued to a name ("Franco-German")', () => {
      const { record } = extractor.extract({
        text: t('Franco-German talks resumed in Paris on Monday.'),
        meta: { id: 't', date: '2019-05-01' },
      })
      assert.ok(!record.actors.some((a) => a.kind === 'person' && a.name.includes('German')))
    })

    it('"Former" opening a sentence marks a former office-holder (ELI)', () => {
      const a = person(t('Former Peruvian President Alan García was arrested.'), '2019-04-18', 'García')
      assert.deepEqual([a?.country, a?.sector], ['PER', 'ELI'])
    })

    it('a hyphenated title is one title ("Secretary-General" is no general)', () => {
      const a = person(t('UN Secretary-General Ban Ki-moon called for calm.'), '2015-10-13', 'Ban')
      assert.equal(a?.role, 'Secretary-General')
      assert.equal(a?.sector, 'IGO')
    })
  })
}
