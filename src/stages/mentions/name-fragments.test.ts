import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'

/** Headlines, modifiers and "X for Y" phrases do not become people; real names stay whole. */
const extractor = createExtractor()

function people(text: string, date = '2016-03-01'): string[] {
  const { record } = extractor.extract({ text, meta: { id: 't', date } })
  return record.actors.filter((a) => a.kind === 'person' && !a.anonymous).map((a) => a.name)
}

for (const form of ['plain', 'typeset'] as const) {
  const t = (s: string) => (form === 'typeset' ? typeset(s) : s)
  describe(`${form}: name fragments`, () => {
    it('words before a name the article gives elsewhere are not part of it', () => {
      const names = people(
        t(
          'The Making of Marla Quennell\n\nMarla Quennell said on Monday that she would run. ' +
            'Her rival, Rival Teodor Vasquez, said the making of a campaign takes years. Teodor Vasquez left.',
        ),
      )
      assert.ok(names.includes('Marla Quennell'), names.join(' | '))
      assert.ok(names.includes('Teodor Vasquez'), names.join(' | '))
      assert.ok(!names.some((n) => /Making|Rival/.test(n)), names.join(' | '))
    })

    it('"Bikers for X" and "Supporters of X" hold X, and "X of Y University" holds X', () => {
      const names = people(
        t(
          'Supporters of Marla Quennell gathered as Bikers for Quennell rode by. Marla Quennell waved. ' +
            'Patrick Dunmore of Glenhaven University said the crowd was large.',
        ),
      )
      assert.ok(!names.some((n) => /Supporters|Bikers/.test(n)), names.join(' | '))
      assert.ok(names.includes('Patrick Dunmore'), names.join(' | '))
    })

    it('a headline is no person unless the article repeats the name; a line that only names someone is kept', () => {
      const names = people(
        t(
          'Full Text Of The Debate Transcript\n\nThe full text of the debate follows. Ada Lindqvist, a voter, ' +
            'listened.\n\nChristina Marlowe\n\nChristina Marlowe said she would vote.',
        ),
      )
      assert.ok(!names.some((n) => /Full Text|Transcript/.test(n)), names.join(' | '))
      assert.ok(names.includes('Christina Marlowe'), names.join(' | '))
    })

    it('a known full name keeps all its words ("Recep Tayyip Erdoğan")', () => {
      const names = people(
        t('Recep Tayyip Erdoğan said he would visit. Tayyip Erdoğan later left.'),
        '2019-05-01',
      )
      assert.ok(names.includes('Recep Tayyip Erdoğan'), names.join(' | '))
    })
  })
}
