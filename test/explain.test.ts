import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { TraceEntry } from '../src/pipeline/stage.js'
import { validateRecord } from '../src/record/validate.js'

const extractor = createExtractor()
const meta = { id: 'explain', date: '2021-06-10' }

function explain(text: string): { rules: string[]; lines: string[] } {
  const entries: TraceEntry[] = []
  const { record } = extractor.extract({ text, meta }, { trace: (e) => entries.push(e) })
  return {
    rules: record.events.map((e) => `${e.type}/${e.status} ${e.rule}`),
    lines: entries.map((e) => `${e.stage} ${e.rule} [${text.slice(e.span.start, e.span.end)}] ${e.note}`),
  }
}

describe('events carry the rule that made them', () => {
  const cases: [string, string[]][] = [
    ['Blinken met Lavrov in Geneva on Friday.', ['CONSULT/asserted meet.v/subject-object']],
    ['Modi chose not to meet Sharif at the summit.', ['REJECT/asserted meet.v/refusal-choice']],
    [
      'Xi won’t meet Biden next week.',
      ['CONSULT/negated meet.v/subject-object', 'REJECT/asserted meet.v/subject-object+stated-refusal'],
    ],
    ['Lavrov was attacked by Zelensky on Monday.', ['ACCUSE/asserted attack.v/passive+verbal-attack']],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      const { record } = extractor.extract({ text, meta })
      assert.deepEqual(
        record.events.map((e) => `${e.type}/${e.status} ${e.rule}`),
        expected,
      )
      assert.equal(validateRecord(record).length, 0)
    })
  }
})

describe('the explain trace', () => {
  it('says which word decided the status, which slot gave the recipient and what made the event', () => {
    const { lines } = explain('Putin didn’t meet Biden in Geneva on Monday.')
    assert.ok(lines.includes('events status/negated [n’t] by "n’t" (the verb group)'), lines.join('\n'))
    assert.ok(lines.includes('events party/recipient [meet] Joe Biden, from slot "obj"'), lines.join('\n'))
    assert.ok(lines.some((l) => l.startsWith('events meet.v [meet] trigger matched: CONSULT/meet')))
    assert.ok(lines.includes('events meet.v/subject-object [meet] event e0: CONSULT/meet negated'))
  })

  it('says why a trigger gave no event and who a quotation’s speaker is', () => {
    const { lines } = explain('“We are ready,” Lavrov told reporters. Kerry met the deadline.')
    assert.ok(
      lines.some((l) => /^quotes quote\/direct \[We are ready,?\] speaker "Lavrov"/.test(l)),
      lines.join('\n'),
    )
    assert.ok(
      lines.some((l) => l.includes('no event (blocks a shorter trigger)')),
      lines.join('\n'),
    )
  })

  it('records nothing and changes nothing when not asked', () => {
    const text = 'Putin didn’t meet Biden in Geneva on Monday.'
    const traced = extractor.extract({ text, meta }, { trace: () => {} }).record
    assert.deepEqual(extractor.extract({ text, meta }).record, traced)
  })
})
