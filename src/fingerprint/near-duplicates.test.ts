import assert from 'node:assert/strict'
import { it } from 'node:test'
import { NearDuplicateIndex } from './near-duplicates.js'

const STORY = [
  'Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva on Friday for talks that both',
  'sides described as frank. The two men spoke for ninety minutes, officials said, and agreed to keep talking.',
  'Blinken told reporters afterwards that the United States would respond to any further escalation, while',
  'Lavrov said Moscow had set out its demands in writing and expected an answer within the coming week.',
  'Diplomats from both delegations said a further meeting had not been scheduled but was not ruled out.',
].join(' ')

it('names a copy with an outlet line appended, in plain and typeset typography, and not another story', () => {
  const index = new NearDuplicateIndex()
  assert.equal(index.add('wire', STORY), null)
  assert.deepEqual(index.add('post', `${STORY}\n\nReporting by the Post’s correspondent.`)?.of, 'wire')
  const typeset = STORY.replace(/ /g, (m, at: number) => (at % 7 === 0 ? '\u00a0' : m)).replace("'", '’')
  assert.equal(index.add('typeset', `${typeset} — The Daily`)?.of, 'wire')
  assert.equal(index.add('same', STORY), null, 'the same text is not a near-duplicate but a duplicate')
  const other =
    'Chinese and Indian troops withdrew from a disputed border area after weeks of talks between commanders, '
  assert.equal(index.add('other', other.repeat(4)), null)
})
