import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../../test/helpers/make-doc.js'
import { english } from '../../lang/en/index.js'
import { scanQuoteMarks } from './quote-marks.js'

function scan(text: string) {
  const doc = makeDoc(text)
  const result = scanQuoteMarks(english, text, doc.layers.tokens!, doc.layers.sentences!)
  return {
    contents: result.segments.map((s) => text.slice(s.content.start, s.content.end)),
    segments: result.segments,
    unbalanced: result.unbalanced.map((u) => u.reason),
  }
}

describe('scanQuoteMarks', () => {
  const cases: readonly { name: string; text: string; contents: string[]; unbalanced?: string[] }[] = [
    {
      name: 'curly double marks',
      text: 'She said: “We will stay.” Then she left.',
      contents: ['We will stay.'],
    },
    {
      name: 'straight double marks',
      text: '"We will stay," she said. "All of us."',
      contents: ['We will stay,', 'All of us.'],
    },
    {
      name: 'two apostrophes as a double mark',
      text: "''We will stay,'' she said.",
      contents: ['We will stay,'],
    },
    {
      name: 'nested single marks stay inside',
      text: '“He said ‘no’ twice,” she said.',
      contents: ['He said ‘no’ twice,'],
    },
    { name: 'apostrophes are not marks', text: 'The farmers’ union and Ona’s dog don’t move.', contents: [] },
    {
      name: 'top-level single marks pair',
      text: 'The sign read ‘Keep out’ in red.',
      contents: ['Keep out'],
    },
    {
      name: 'an unclosed mark ends at its paragraph',
      text: '“We will stay, she said.\n\nThe river rose.',
      contents: ['We will stay, she said.'],
      unbalanced: ['unclosed'],
    },
    {
      name: 'a new opening mark ends an unclosed quotation',
      text: '“We will stay, she said. “The river rose,” he said.',
      contents: ['We will stay, she said.', 'The river rose,'],
      unbalanced: ['unclosed'],
    },
    {
      name: 'a closing mark typed as an opening one',
      text: '”We will stay.” ― Ona Brik',
      contents: ['We will stay.'],
    },
    {
      name: 'a stray closing mark is reported',
      text: 'The river rose.” Then it fell.',
      contents: [],
      unbalanced: ['unopened'],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const got = scan(c.text)
      assert.deepEqual(got.contents, c.contents)
      assert.deepEqual(got.unbalanced, c.unbalanced ?? [])
    })
  }

  it('marks a quotation that carries on into the next paragraph', () => {
    const got = scan('“We will rebuild.\n\n“Then we will plant,” she said.')
    assert.deepEqual(got.contents, ['We will rebuild.', 'Then we will plant,'])
    assert.equal(got.segments[0]!.continues, true)
    assert.equal(got.segments[0]!.isRecovered, false)
  })
})
