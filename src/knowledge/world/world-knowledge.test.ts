import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { WorldDataFile } from './world-data.js'
import { type CuratedInput, loadWorldKnowledge, type WorldAnswer } from './world-knowledge.js'

// Invented people and bodies: a compiled file and a curated base written for these tests.
const DATA: WorldDataFile = {
  format: 2,
  generatedBy: 'test',
  source: 'test',
  horizon: '2014-01-30',
  entities: [
    [
      ['marta ostrova', 'marta k. ostrova'],
      'p',
      [
        ['ALB', 'ELI', '1970-01-01', '1995-07-01'],
        ['ALB', 'GOV', '1995-07-01', '1999-07-01'],
        ['ALB', 'GOVMIL', '2005-01-01', ''],
      ],
      [['ALB', 'ELI']],
    ],
    [['tomas ostrova'], 'p', [['ALB', 'GOVEDU', '2010-01-01', '2012-01-01']], []],
    [['karl venn', 'karl j. venn'], 'p', [['ARM', 'GOV', '1996-01-01', '2009-01-01']], []],
    [['port aurel harbour guard', 'pahg', 'aurel coastguard'], 'o', [], [['GRC', 'COP']], ['PAHG']],
    [['ferry union', 'fu'], 'o', [], [['NGO', 'SOC']], ['FU']],
    [['river front', 'river front fighters'], 'g', [], [['', 'REB']]],
    [['lena brook'], 'p', [['ALB', 'GOV', '2001-01-01', '']], [], [], 'phx:lena-brook-alb'],
    [['lena brook'], 'p', [['GRC', 'JUD', '2003-01-01', '2004-01-01']], [], [], 'phx:lena-brook-grc'],
  ],
  agents: [
    ['police', '', 'COP'],
    ['riot police', '', 'COP'],
    ['ministry of harbours', '', 'GOVBUS'],
    ['relief body', 'NGO', ''],
  ],
}

const CURATED: CuratedInput = {
  asOf: '2025-06-01',
  people: [
    {
      id: 'karl-venn',
      name: 'Karl Venn',
      aliases: ['Karl Johann Venn'],
      surname: 'Venn',
      terms: [
        { country: 'ARM', role: 'Foreign Minister', sector: 'GOV', start: '2004-03-01', end: '2012-05-01' },
      ],
    },
    {
      id: 'ines-quill',
      name: 'Ines Quill',
      surname: 'Quill',
      terms: [
        { country: null, organization: 'un', role: 'Envoy', sector: 'IGO', start: '2015-01-01', end: null },
      ],
    },
  ],
  organizations: [
    {
      id: 'aurel-guard',
      name: 'Aurel Coastguard',
      kind: 'government',
      sector: 'COP',
      country: 'GRC',
      acronyms: ['PAHG'],
    },
    { id: 'harbour-times', name: 'Harbour Times', kind: 'media', sector: 'MED', country: 'GRC' },
  ],
}

const world = loadWorldKnowledge({ data: DATA, curated: CURATED })
const brief = (a: WorldAnswer | undefined) =>
  a === undefined
    ? '-'
    : [a.id, a.country ?? '-', a.sector ?? '-', a.former ? 'former' : '', a.beyondData ? 'beyond' : '']
        .filter((x) => x !== '')
        .join(' ')
const at = (key: string, date: string | null) => brief(world.resolve(key, { date }))

describe('world knowledge: people on a date', () => {
  const cases: [string, string | null, string][] = [
    ['marta ostrova', '1997-03-01', 'phx:marta-ostrova ALB GOV'],
    ['marta k. ostrova', '1980-01-01', 'phx:marta-ostrova ALB ELI'],
    ['marta ostrova', '2002-01-01', 'phx:marta-ostrova ALB ELI former'],
    ['marta ostrova', '2010-01-01', 'phx:marta-ostrova ALB GOV'],
    ['marta ostrova', '2020-01-01', 'phx:marta-ostrova ALB GOV beyond'],
    ['tomas ostrova', '2008-01-01', 'phx:tomas-ostrova ALB -'],
    ['tomas ostrova', '2011-01-01', 'phx:tomas-ostrova ALB GOV'],
    ['tomas ostrova', '2013-01-01', 'phx:tomas-ostrova ALB ELI former'],
    ['tomas ostrova', null, 'phx:tomas-ostrova ALB ELI former'],
  ]
  for (const [key, date, expected] of cases)
    it(`${key} on ${date ?? '(no date)'} → ${expected}`, () => assert.equal(at(key, date), expected))

  it('gives the other sectors and the office title', () => {
    const a = world.resolve('marta ostrova', { date: '2006-01-01' })
    assert.deepEqual(a?.otherSectors, ['MIL'])
    assert.equal(world.resolve('karl venn', { date: '2008-01-01' })?.role, 'Foreign Minister')
  })
})

describe('world knowledge: curated data wins', () => {
  it('merges a Phoenix person into the curated one by full name, terms first', () => {
    assert.equal(at('karl j. venn', '2008-01-01'), 'karl-venn ARM GOV')
    // Phoenix's 1996-2009 role survives where no curated term speaks.
    assert.equal(at('karl venn', '2000-01-01'), 'karl-venn ARM GOV')
    assert.equal(world.resolve('karl venn', { date: '2000-01-01' })?.source, 'phoenix')
    assert.equal(at('karl venn', '2013-01-01'), 'karl-venn ARM ELI former')
    assert.equal(world.entity('phx:karl-venn')?.id, 'karl-venn')
  })

  it('answers curated international officials with PLOVER names', () => {
    assert.equal(at('ines quill', '2020-01-01'), 'ines-quill UNO -')
    assert.equal(world.resolve('ines quill', { date: '2020-01-01' })?.inOffice, true)
    assert.equal(at('ines quill', '2030-01-01'), 'ines-quill UNO - beyond')
  })

  it('gives shared names of a body to the curated one, the rest stays with Phoenix', () => {
    assert.equal(at('aurel coastguard', null), 'aurel-guard GRC COP')
    assert.equal(at('port aurel harbour guard', null), 'phx:port-aurel-harbour-guard GRC COP')
    assert.equal(at('harbour times', null), 'harbour-times GRC JRN')
    assert.deepEqual(world.stats().curatedMerges, { people: 1, bodies: 1 })
  })
})

describe('world knowledge: names', () => {
  it('keeps acronyms to their capitals', () => {
    assert.equal(brief(world.resolve('fu', { surface: 'FU' })), 'phx:ferry-union NGO SOC')
    assert.equal(world.resolve('fu', { surface: 'fu' }), undefined)
  })

  it('returns every homonym; resolve picks the one in office, else none', () => {
    assert.equal(world.lookup('lena brook').length, 2)
    assert.equal(at('lena brook', '2003-06-01'), '-')
    assert.equal(at('lena brook', '2002-01-01'), 'phx:lena-brook-alb ALB GOV')
  })

  it('finds people by surname, preferring the one in office', () => {
    assert.equal(world.lookupSurname('ostrova').length, 2)
    assert.equal(brief(world.resolveSurname('ostrova', { date: '1997-01-01' })), 'phx:marta-ostrova ALB GOV')
    assert.equal(brief(world.resolveSurname('ostrova', { date: '2013-01-01' })), 'phx:marta-ostrova ALB GOV')
    assert.equal(brief(world.resolveSurname('venn', { date: '2008-01-01' })), 'karl-venn ARM GOV')
  })

  it('marks an answer ambiguous when candidates agree only on country and sector', () => {
    // In 2011 both Ostrovas hold an Albanian government post.
    const a = world.resolveSurname('ostrova', { date: '2011-06-01' })
    assert.deepEqual([a?.country, a?.sector, a?.ambiguous], ['ALB', 'GOV', true])
    assert.equal(world.resolveSurname('ostrova', { date: '1997-01-01' })?.ambiguous, false)
  })

  it('keeps region-coded groups without a country', () => {
    assert.equal(at('river front fighters', null), 'phx:river-front - REB')
  })
})

describe('world knowledge: agent nouns', () => {
  const agent = (key: string) => {
    const a = world.agent(key)
    return a === undefined ? '-' : `${a.key} ${a.country ?? '-'} ${[a.sector, ...a.otherSectors].join('+')}`
  }
  it('matches the longest known ending', () => {
    assert.equal(agent('riot police'), 'riot police - COP')
    assert.equal(agent('aurel riot police'), 'riot police - COP')
    assert.equal(agent('harbour police'), 'police - COP')
    assert.equal(agent('ministry of harbours'), 'ministry of harbours - GOV+BUS')
    assert.equal(agent('relief body'), 'relief body NGO ')
    assert.equal(agent('taxi drivers'), '-')
  })
})
