import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Mention } from '../../doc/layers.js'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'
import { createKnowledge } from '../../knowledge/index.js'
import type { WorldDataFile } from '../../knowledge/world/world-data.js'
import { loadWorldKnowledge } from '../../knowledge/world/world-knowledge.js'
import { applyWorldKnowledge, type WorldTarget } from './world-resolution.js'

// Invented people and bodies, so the rules are tested apart from the shipped data.
const DATA: WorldDataFile = {
  format: 2,
  generatedBy: 'test',
  source: 'test',
  horizon: '2014-01-30',
  entities: [
    [['marta ostrova'], 'p', [['ALB', 'GOV', '2005-01-01', '2010-01-01']], []],
    [['pavel dunmore'], 'p', [['ARM', 'GOV', '2008-01-01', '']], []],
    [['aurel harbour guard', 'ahg'], 'o', [], [['GRC', 'COP']], ['AHG']],
    [['lena brook'], 'p', [['ALB', 'GOV', '2001-01-01', '']], [], [], 'phx:lena-brook-alb'],
    [['lena brook'], 'p', [['GRC', 'JUD', '2003-01-01', '']], [], [], 'phx:lena-brook-grc'],
  ],
  agents: [],
}
const world = loadWorldKnowledge({
  data: DATA,
  curated: { asOf: '2025-01-01', people: [], organizations: [] },
})

function target(text: string, kind: WorldTarget['kind'], extra: Partial<WorldTarget> = {}): WorldTarget {
  const words = text.toLowerCase().split(/\s+/)
  const mention = {
    id: 'm0',
    type: kind === 'person' ? 'person' : 'organization',
    start: 0,
    end: text.length,
  }
  return {
    kind,
    name: text,
    country: null,
    sector: null,
    role: null,
    anonymous: false,
    kbId: null,
    former: false,
    words: new Set(kind === 'person' ? words : []),
    surname: kind === 'person' ? (words.at(-1) ?? null) : null,
    mentions: [mention as Mention],
    ...extra,
  }
}

const apply = (t: WorldTarget, text: string, date: string | null) =>
  applyWorldKnowledge(() => world, t, text, date)

describe('world knowledge in the actors stage (invented data)', () => {
  it('gives a person the data’s id, country and sector on the date', () => {
    const t = target('Pavel Dunmore', 'person')
    apply(t, 'Pavel Dunmore', '2012-05-01')
    assert.deepEqual([t.kbId, t.country, t.sector, t.former], ['phx:pavel-dunmore', 'ARM', 'GOV', false])
  })

  it('takes a surname alone when one person bears it, with the full name', () => {
    const t = target('Dunmore', 'person')
    apply(t, 'Dunmore', '2012-05-01')
    assert.deepEqual([t.name, t.country, t.sector], ['Pavel Dunmore', 'ARM', 'GOV'])
  })

  it('makes one who left office before the date a former office-holder', () => {
    const t = target('Marta Ostrova', 'person')
    apply(t, 'Marta Ostrova', '2012-05-01')
    assert.deepEqual([t.country, t.sector, t.former], ['ALB', null, true])
  })

  it('keeps the text’s country: a namesake of another country is not this person', () => {
    const t = target('Pavel Dunmore', 'person', { country: 'FRA' })
    apply(t, 'Pavel Dunmore', '2012-05-01')
    assert.deepEqual([t.kbId, t.country, t.sector], [null, 'FRA', null])
  })

  it('keeps the text’s sector and former marker', () => {
    const titled = target('Pavel Dunmore', 'person', { sector: 'MIL' })
    apply(titled, 'Pavel Dunmore', '2012-05-01')
    assert.deepEqual([titled.country, titled.sector], ['ARM', 'MIL'])
    const former = target('Pavel Dunmore', 'person', { former: true })
    apply(former, 'Pavel Dunmore', '2012-05-01')
    assert.deepEqual([former.sector, former.former], [null, true])
  })

  it('reads an organisation’s acronym only as written', () => {
    const upper = target('AHG', 'organization')
    apply(upper, 'AHG', '2012-05-01')
    assert.deepEqual([upper.country, upper.sector], ['GRC', 'COP'])
    const lower = target('Ahg', 'organization')
    apply(lower, 'Ahg', '2012-05-01')
    assert.deepEqual([lower.country, lower.sector], [null, null])
  })

  it('does not take a person for a body, nor a body for a person', () => {
    const t = target('Aurel Harbour Guard', 'person')
    apply(t, 'Aurel Harbour Guard', '2012-05-01')
    assert.equal(t.kbId, null)
  })

  it('leaves a name two people share, in office in different countries, unresolved', () => {
    const t = target('Lena Brook', 'person')
    apply(t, 'Lena Brook', '2012-05-01')
    assert.deepEqual([t.kbId, t.country], [null, null])
  })

  it('never loads the base for an actor the curated data knows', () => {
    const t = target('Pavel Dunmore', 'person', { kbId: 'pavel-dunmore' })
    applyWorldKnowledge(
      () => assert.fail('the world knowledge base was loaded'),
      t,
      'Pavel Dunmore',
      '2012-05-01',
    )
  })
})

describe('world knowledge in the extractor (shipped data)', () => {
  const extractor = createExtractor()
  const actor = (text: string, date: string, mention: string) =>
    extractor
      .extract({ text, meta: { id: 't', date } })
      .record.actors.find((a) => a.mentions.some((m) => m.text.includes(mention)))

  for (const form of ['plain', 'typeset'] as const) {
    const t = (s: string) => (form === 'typeset' ? typeset(s) : s)
    it(`${form}: a leader outside the curated data, by full name and by surname`, () => {
      const full = actor(
        t('Yoweri Museveni addressed supporters in Kampala on Tuesday.'),
        '2012-06-01',
        'Museveni',
      )
      assert.deepEqual([full?.country, full?.sector], ['UGA', 'GOV'])
      const surname = actor(
        t('Museveni told reporters he would not step down, his aides said.'),
        '2012-06-01',
        'Museveni',
      )
      assert.deepEqual([surname?.country, surname?.sector], ['UGA', 'GOV'])
    })

    it(`${form}: a former leader is ELI, and his country holds`, () => {
      const a = actor(
        t(`Mikhail Gorbachev said the summit's failure was "a tragedy."`),
        '2010-03-02',
        'Gorbachev',
      )
      assert.deepEqual([a?.country, a?.sector], ['RUS', 'ELI'])
    })
  }
})

describe('Knowledge.world() belongs to its Knowledge', () => {
  it('loads once per instance, with the user’s people in it', () => {
    const user = createKnowledge({
      data: [
        {
          source: 'test',
          value: {
            version: 1,
            people: [
              {
                id: 'ilse-vantorre',
                name: 'Ilse Vantorre',
                surname: 'Vantorre',
                terms: [
                  {
                    country: 'BEL',
                    office: 'foreign-minister',
                    role: 'Foreign Minister',
                    sector: 'GOV',
                    start: '2020-01-01',
                    end: null,
                  },
                ],
              },
            ],
          },
        },
      ],
    })
    const shipped = createKnowledge()
    assert.equal(user.world(), user.world())
    assert.notEqual(user.world(), shipped.world())
    assert.equal(user.world().resolve('ilse vantorre', { date: '2022-01-01' })?.country, 'BEL')
    assert.equal(shipped.world().resolve('ilse vantorre', { date: '2022-01-01' }), undefined)
  })
})
