import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type HandMention, makeDocWithMentions } from '../../../test/helpers/hand-mentions.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import { posCode } from '../../doc/token-table.js'
import { quotes } from './quotes.js'

interface Seen {
  readonly content: string[]
  readonly cue: string | null
  readonly mention: string | null
}

function seen(text: string, hand: readonly HandMention[]): Seen[] {
  const doc = makeDocWithMentions(text, hand)
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]))
  return runStage(quotes(), doc).quotes.map((q) => {
    const m = q.speakerMention ? mentions.get(q.speakerMention) : undefined
    return {
      content: q.content.map((s) => text.slice(s.start, s.end)),
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
      mention: m ? text.slice(m.start, m.end) : null,
    }
  })
}

interface Case {
  readonly name: string
  readonly text: string
  readonly mentions: readonly HandMention[]
  /** The quotation expected among those found, by its cue. */
  readonly expected: Seen
}

const CASES: readonly Case[] = [
  {
    name: 'a pronoun right after the verb opens the reported clause, it is not an inverted speaker',
    text: 'Mara Lind, 41, a ferry pilot from Tarn, said she sailed every morning despite the storms.',
    mentions: [
      { text: 'Mara Lind', type: 'person' },
      { text: 'Tarn', type: 'place' },
      { text: 'she', type: 'pronoun' },
    ],
    expected: {
      content: ['she sailed every morning despite the storms'],
      cue: 'said',
      mention: 'Mara Lind',
    },
  },
  {
    name: 'an appositive that opens with a bare title',
    text: 'Piet Varga, head of the harbour board, said the pier would be rebuilt in spring.',
    mentions: [{ text: 'Piet Varga', type: 'person' }],
    expected: { content: ['the pier would be rebuilt in spring'], cue: 'said', mention: 'Piet Varga' },
  },
  {
    name: 'an aside opened by "including" between the subject and the verb',
    text: 'Four unions in the valley, including the dockers, said the strike would go on.',
    mentions: [
      { text: 'Four unions', type: 'nominal' },
      { text: 'the valley', type: 'place' },
    ],
    expected: { content: ['the strike would go on'], cue: 'said', mention: 'Four unions' },
  },
  {
    name: 'a subject no mention covers still gives reported speech without a speaker',
    text: 'The retired ferryman, who sailed the strait for forty years, said the currents had changed.',
    mentions: [],
    expected: { content: ['the currents had changed'], cue: 'said', mention: null },
  },
  {
    name: 'the owner named inside the subject speaks through it',
    text: 'Varga’s harbour office said the pier would reopen in May.',
    mentions: [{ text: 'Varga', type: 'person' }],
    expected: { content: ['the pier would reopen in May'], cue: 'said', mention: 'Varga' },
  },
  {
    name: 'a gerund opens the reported clause',
    text: 'Lind says running the harbour is harder than it looks.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['running the harbour is harder than it looks'], cue: 'says', mention: 'Lind' },
  },
  {
    name: 'a comma between the cue and its clause',
    text: 'Lind says, rain or shine, the ferry will sail on Monday.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['rain or shine, the ferry will sail on Monday'], cue: 'says', mention: 'Lind' },
  },
  {
    name: 'content before the cue, with the addressee after it',
    text: 'The ferry will not sail this week, a harbour spokesman told the Tarn Courier.',
    mentions: [{ text: 'spokesman', type: 'nominal' }],
    expected: { content: ['The ferry will not sail this week'], cue: 'told', mention: 'spokesman' },
  },
  {
    name: 'content before a cue whose subject is a longer noun phrase',
    text: 'Raising the tolls now, a group of harbour economists say, would empty the port.',
    mentions: [{ text: 'economists', type: 'nominal' }],
    expected: {
      content: ['Raising the tolls now', 'would empty the port'],
      cue: 'say',
      mention: 'economists',
    },
  },
  {
    name: 'a cue in a fronted clause: the content ends at its comma',
    text: 'While Lind said that the tolls were fair, the traders kept protesting.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['the tolls were fair'], cue: 'said', mention: 'Lind' },
  },
  {
    name: 'a cue in a relative clause: the content ends at the clause’s comma',
    text: 'Varga, who said last week that the tolls were unfair, voted for them on Monday.',
    mentions: [{ text: 'Varga', type: 'person' }],
    expected: { content: ['the tolls were unfair'], cue: 'said', mention: 'Varga' },
  },
  {
    name: 'reported content ends at ", but" and a new clause',
    text: 'Lind said the tolls were fair and necessary, but the traders kept protesting.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['the tolls were fair and necessary'], cue: 'said', mention: 'Lind' },
  },
  {
    name: 'a cue after "to" takes the subject of the clause that governs it',
    text: 'Varga went on the radio to denounce the new tolls on fishing boats.',
    mentions: [{ text: 'Varga', type: 'person' }],
    expected: { content: ['the new tolls on fishing boats'], cue: 'denounce', mention: 'Varga' },
  },
  {
    name: 'a stance verb after a coordinated verb inherits its subject',
    text: 'He thanked the crew and praised their courage.',
    mentions: [{ text: 'He', type: 'pronoun' }],
    expected: { content: ['their courage'], cue: 'praised', mention: 'He' },
  },
  {
    name: 'a one-word object of a stance verb that names someone',
    text: 'Most fishermen supported Varga.',
    mentions: [
      { text: 'Most fishermen', type: 'nominal' },
      { text: 'Varga', type: 'person' },
    ],
    expected: { content: ['Varga'], cue: 'supported', mention: 'Most fishermen' },
  },
  {
    name: 'a lexicon verb: "pointed out"',
    text: 'Lind pointed out that the harbour had never flooded.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['the harbour had never flooded'], cue: 'pointed out', mention: 'Lind' },
  },
  {
    name: 'a lexicon verb: "echoed"',
    text: 'Varga echoed the concerns of the dockers about safety.',
    mentions: [{ text: 'Varga', type: 'person' }],
    expected: { content: ['the concerns of the dockers about safety'], cue: 'echoed', mention: 'Varga' },
  },
  {
    name: 'the noun-phrase object of an announcing verb',
    text: 'Varga announced his resignation from the harbour board.',
    mentions: [{ text: 'Varga', type: 'person' }],
    expected: { content: ['his resignation from the harbour board'], cue: 'announced', mention: 'Varga' },
  },
  {
    name: '"that" found past a hyphenated addressee',
    text: 'Lind told the dock-workers council that the pier would reopen.',
    mentions: [{ text: 'Lind', type: 'person' }],
    expected: { content: ['the pier would reopen'], cue: 'told', mention: 'Lind' },
  },
  {
    name: 'a headline whose source before the colon is no mention',
    text: 'Harbour report: Tolls will double by the spring\n\nThe port board met on Monday.',
    mentions: [],
    expected: { content: ['Tolls will double by the spring'], cue: ':', mention: null },
  },
  {
    name: 'a survey opening the sentence is its source',
    text: 'In a Tarn Courier poll released Monday, most fishermen backed the new tolls.',
    mentions: [{ text: 'Tarn Courier', type: 'organization' }],
    expected: {
      content: ['most fishermen backed the new tolls'],
      cue: 'In',
      mention: 'Tarn Courier',
    },
  },
]

describe('reported speech', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const found = seen(c.text, c.mentions)
      const match = found.find((q) => q.cue === c.expected.cue)
      assert.ok(match, JSON.stringify(found))
      assert.deepEqual(match, c.expected)
    })
  }

  it('a plain speech verb takes no noun-phrase object', () => {
    const found = seen('Varga said his prayers before the storm.', [{ text: 'Varga', type: 'person' }])
    assert.deepEqual(found, [])
  })

  it('a participle followed by "by" is passive: no stance', () => {
    const found = seen('Rebel groups backed by the port authority held the pier.', [
      { text: 'Rebel groups', type: 'nominal' },
    ])
    assert.deepEqual(found, [])
  })

  it('a capitalised cue word before a name is part of the name', () => {
    const found = seen('The harbour will reopen, spokeswoman Hope Varga said.', [
      { text: 'Hope Varga', type: 'person' },
    ])
    assert.deepEqual(
      found.map((q) => q.cue),
      ['said'],
    )
  })

  it('a cue word the tagger read as a noun, between a speaker and "to"', () => {
    const doc = makeDocWithMentions('Varga hopes to win the harbour seat.', [
      { text: 'Varga', type: 'person' },
    ])
    const tokens = doc.layers.tokens!
    const hopes = [...Array(tokens.length).keys()].find(
      (i) => doc.text.slice(tokens.start[i], tokens.end[i]) === 'hopes',
    )!
    tokens.pos[hopes] = posCode('NOUN')
    const found = runStage(quotes(), doc).quotes
    assert.deepEqual(
      found.map((q) => doc.text.slice(q.content[0]!.start, q.content[0]!.end)),
      ['to win the harbour seat'],
    )
  })

  it('a label before a colon is no headline source', () => {
    assert.deepEqual(seen('Related: Tolls will double by the spring\n\nThe board met.', []), [])
  })

  it('a stance inside what another speaker said is not reported again', () => {
    const found = seen('Lind told the council she would support the new tolls on the ferry.', [
      { text: 'Lind', type: 'person' },
      { text: 'she', type: 'pronoun' },
    ])
    assert.deepEqual(
      found.map((q) => q.cue),
      ['told'],
    )
  })

  it('a speech verb with no subject in reach reports a plain clause without a speaker', () => {
    const found = seen('The dockers were told that the pier would close for a month.', [])
    assert.deepEqual(found, [{ content: ['the pier would close for a month'], cue: 'told', mention: null }])
  })

  it('but leaves a quoted fragment without a speaker to the fragment pass', () => {
    const found = seen('The dockers were told that the pier would close “for good” next month.', [])
    assert.ok(
      found.every((q) => q.cue !== 'told'),
      JSON.stringify(found),
    )
  })
})
