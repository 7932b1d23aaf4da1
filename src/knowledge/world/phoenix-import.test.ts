import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPhoenixImporter, nextDay } from './phoenix-import.js'
import { displayName, phoenixId } from './world-data.js'

// Invented entries in the Phoenix format: two files' worth of people, bodies and groups, and agents.
const COUNTRIES = [
  'ALBANIA_  [ALB]',
  '+ALBANIAN_',
  '+TIRANA_',
  '',
  'MARTA_OSTROVA_  # CountryInfo.txt',
  '+MARTA_K._OSTROVA_',
  '\t[ALBELI 700101-950630]',
  '\t[ALBGOV 950701-990630]',
  '\t[ALBELI]',
  'MARTA_OSTROVA_  # CountryInfo.txt',
  '+OSTROVA_ADMINISTRATION',
  '\t[ALBGOV 050101-061231]',
  'MARTA_OSTROVA_  # CountryInfo.txt',
  '\t[GRCGOV >080101]',
  'PORT_AUREL_HARBOUR_GUARD_ [GRCCOP]',
  '+PAHG',
  '+ALBANIAN',
  'KARL_VENN_  # CountryInfo.txt',
  '\t[KKLGOV 900101-951231]',
  '\t[SUNGOV 800101-891231]',
].join('\n')
const GROUPS = ['RIVER_FRONT_(RF)_ [MEAREB]', '+RIVER_FRONT_FIGHTERS_', '', 'HILL_BAND_ [KKLREB]'].join('\n')
const AGENTS = [
  '!PERSON! = MAN, MEN',
  'HARBOUR!PERSON! [~COP]',
  'DOCKER [~LAB]',
  'DOCKER [~BUS]',
  'DRIFTER [~RAD]',
].join('\n')

function run() {
  const importer = createPhoenixImporter({
    isCountry: (code) => ['ALB', 'GRC'].includes(code),
    isCountryName: (key) => key === 'albania' || key === 'albanian',
    horizon: '2014-01-30',
    source: 'test',
  })
  importer.addActors(COUNTRIES, 'countries', 'countries.txt')
  importer.addActors(GROUPS, 'armed-groups', 'groups.txt')
  importer.addAgents(AGENTS, 'agents.txt')
  return importer.finish()
}

describe('createPhoenixImporter', () => {
  const { data, report } = run()
  const byKey = (key: string) => data.entities.find((e) => e[0][0] === key)

  it('merges entries of one person in one country, keeps homonyms elsewhere apart', () => {
    const ostrova = data.entities.filter((e) => e[0][0] === 'marta ostrova')
    assert.equal(ostrova.length, 2)
    const [alb] = ostrova
    assert.deepEqual(alb?.[0], ['marta ostrova', 'marta k. ostrova', 'ostrova administration'])
    assert.deepEqual(alb?.[2], [
      ['ALB', 'ELI', '1970-01-01', '1995-07-01'],
      ['ALB', 'GOV', '1995-07-01', '1999-07-01'],
      ['ALB', 'GOV', '2005-01-01', '2007-01-01'],
    ])
    assert.deepEqual(alb?.[3], [['ALB', 'ELI']])
    assert.deepEqual(
      ostrova.map((e) => e[5]),
      ['phx:marta-ostrova-alb', 'phx:marta-ostrova-grc'],
    )
    assert.equal(report.kept.mergedDuplicates, 1)
    assert.equal(report.kept.homonyms, 1)
  })

  it('drops country-name blocks, country names as aliases and unknown codes, and counts them', () => {
    assert.equal(byKey('albania'), undefined)
    assert.deepEqual(byKey('port aurel harbour guard')?.[0], ['port aurel harbour guard', 'pahg'])
    assert.deepEqual(byKey('port aurel harbour guard')?.[4], ['PAHG'])
    assert.deepEqual(byKey('karl venn')?.[2], [['RUS', 'GOV', '1980-01-01', '1990-01-01']])
    assert.equal(byKey('hill band'), undefined)
    assert.deepEqual(report.dropped, {
      'country-name-block': 1,
      'name-is-country': 1,
      'unknown-country': 2,
      'entry-without-valid-code': 1,
      'agent-form-conflict': 2,
      'agent-without-sector': 1,
    })
    assert.deepEqual(report.notes, { 'historical-state': 1, region: 1 })
  })

  it('keeps armed groups coded with a region without a country, parentheticals dropped', () => {
    assert.deepEqual(byKey('river front')?.slice(0, 4), [
      ['river front', 'river front fighters'],
      'g',
      [],
      [['', 'REB']],
    ])
  })

  it('compiles agent forms, the first code winning a conflict', () => {
    assert.deepEqual(data.agents, [
      ['docker', '', 'LAB'],
      ['dockers', '', 'LAB'],
      ['harbourman', '', 'COP'],
      ['harbourmen', '', 'COP'],
    ])
  })

  it('derives names and ids from keys', () => {
    assert.equal(displayName('marta k. ostrova'), 'Marta K. Ostrova')
    assert.equal(displayName("muhammad al-baradei o'neill"), "Muhammad Al-Baradei O'Neill")
    assert.equal(displayName('u.n.'), 'U.N.')
    assert.equal(phoenixId('marta k. ostrova'), 'phx:marta-k-ostrova')
    assert.equal(nextDay('1999-12-31'), '2000-01-01')
  })
})
