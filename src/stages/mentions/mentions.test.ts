import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../../test/helpers/make-doc.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import type { Mention } from '../../doc/layers.js'
import { mentions } from './mentions.js'

function find(text: string): { text: string; m: Mention }[] {
  const doc = makeDoc(text)
  const { mentions: found } = runStage(mentions(), doc)
  return found.map((m) => ({ text: text.slice(m.start, m.end), m }))
}

function mentionOf(text: string, surface: string): Mention | undefined {
  return find(text).find((x) => x.text === surface)?.m
}

describe('mentions', () => {
  const cases: {
    name: string
    text: string
    surface: string
    type: Mention['type']
    country?: string | null
    role?: string
  }[] = [
    {
      name: 'title and demonym before a name',
      text: 'Indonesian Foreign Minister Retno Marsudi spoke first.',
      surface: 'Retno Marsudi',
      type: 'person',
      country: 'IDN',
      role: 'Foreign Minister',
    },
    {
      name: 'lower-case title after a seat of government',
      text: 'White House national security adviser Jake Sullivan called.',
      surface: 'Jake Sullivan',
      type: 'person',
      country: 'USA',
    },
    {
      name: 'a capital speaking for its government',
      text: 'Moscow said the talks had failed.',
      surface: 'Moscow',
      type: 'country',
      country: 'RUS',
    },
    {
      name: 'a capital as a location',
      text: 'The talks took place in Moscow on Monday.',
      surface: 'Moscow',
      type: 'place',
      country: 'RUS',
    },
    {
      name: 'a nominal located by its capital',
      text: 'Officials in Moscow declined to comment.',
      surface: 'Officials in Moscow',
      type: 'nominal',
      country: 'RUS',
    },
    {
      name: 'the Kremlin',
      text: 'The Kremlin rejected the proposal on Monday.',
      surface: 'Kremlin',
      type: 'country',
      country: 'RUS',
    },
    {
      name: 'a plural demonym is a group',
      text: 'The Russians walked out of the room.',
      surface: 'Russians',
      type: 'group',
      country: 'RUS',
    },
    {
      name: 'an international organisation',
      text: 'NATO allies met in Brussels.',
      surface: 'NATO',
      type: 'organization',
    },
    {
      name: 'an anonymous official',
      text: 'A Western official said the meeting was tense.',
      surface: 'A Western official',
      type: 'nominal',
    },
    {
      name: 'generic agents keep their country',
      text: 'Russian forces shelled the town overnight.',
      surface: 'Russian forces',
      type: 'nominal',
      country: 'RUS',
    },
    { name: 'a pronoun', text: 'He said nothing.', surface: 'He', type: 'pronoun' },
    {
      name: 'an honorific makes a name of a title word',
      text: 'Mr. King declined to comment.',
      surface: 'King',
      type: 'person',
    },
    {
      name: 'an unknown acronym is an organisation',
      text: 'The NAACP issued a statement.',
      surface: 'NAACP',
      type: 'organization',
    },
    {
      name: 'a dateline place',
      text: 'NUSA DUA, Indonesia — The talks ended.',
      surface: 'NUSA DUA',
      type: 'place',
      country: 'IDN',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const m = mentionOf(c.text, c.surface)
      assert.ok(
        m,
        `no mention "${c.surface}" in: ${find(c.text)
          .map((x) => `${x.text}:${x.m.type}`)
          .join(', ')}`,
      )
      assert.equal(m.type, c.type)
      if (c.country !== undefined) assert.equal(m.country, c.country)
      if (c.role !== undefined) assert.equal(m.role, c.role)
    })
  }

  it('keeps a former official out of the government sector', () => {
    const m = mentionOf('Former Secretary of State John Kerry spoke.', 'John Kerry')
    assert.equal(m?.former, true)
    assert.equal(m?.sector, null)
  })

  it('does not take month names or small homonymous towns for places', () => {
    const found = find('In March, Lloyd Austin met Barack Obama.')
    assert.deepEqual(
      found.map((x) => [x.text, x.m.type]),
      [
        ['Lloyd Austin', 'person'],
        ['Barack Obama', 'person'],
      ],
    )
  })

  it('does not join two names across "and"', () => {
    const found = find('Brittney Griner and Paul Whelan are held in Russia.')
    assert.deepEqual(
      found.filter((x) => x.m.type === 'person').map((x) => x.text),
      ['Brittney Griner', 'Paul Whelan'],
    )
  })
})

describe('datelines', () => {
  it('reads the place and the agency of a dateline, even when the place is a capital', () => {
    const found = find('WASHINGTON, Sept. 19 (Harbour Wire) — The talks resumed.')
    assert.deepEqual(
      found.map((x) => [x.text, x.m.type]),
      [
        ['WASHINGTON', 'place'],
        ['Harbour Wire', 'organization'],
      ],
    )
  })
})

describe('hyphenated names', () => {
  it('keeps a hyphenated given name whole', () => {
    assert.ok(mentionOf('North Korean Foreign Minister Ri Yong-ho attended the forum.', 'Ri Yong-ho'))
  })
})
