import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type KbHit, normalizeKey } from './index.js'
import { defaultKnowledge } from './knowledge.js'

const kb = defaultKnowledge()

/** A short, readable summary of a hit: "country:RUS:demonym-plural", "seat:USA:MIL", "place:IDN:region". */
function summary(hit: KbHit): string {
  switch (hit.type) {
    case 'country':
      return `country:${hit.code}:${hit.form}`
    case 'seat':
      return `seat:${hit.code}:${hit.sector}`
    case 'organization':
      return `organization:${hit.id}`
    case 'place':
      return `place:${hit.country}:${hit.kind}`
  }
}

const lookup = (surface: string) => kb.lookupPhrase(normalizeKey(surface), surface).map(summary)

describe('knowledge base load', () => {
  it('loads once and reports its size and time', (t) => {
    const stats = kb.stats()
    t.diagnostic(
      `first load ${stats.loadMs.toFixed(1)} ms: ${stats.keys} phrase keys, ${stats.cities} cities, ${stats.roles} role forms`,
    )
    assert.ok(stats.keys > 2000)
    assert.ok(stats.cities > 20000)
  })
})

describe('normalizeKey', () => {
  const cases: [string, string][] = [
    ['The Kremlin', 'kremlin'],
    ['  the   White\nHouse ', 'white house'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['the Élysée', 'elysee'],
    ['G‑20', 'g-20'],
    ['Theresa', 'theresa'],
    ['U.S.', 'u.s.'],
  ]
  for (const [surface, key] of cases)
    it(`${JSON.stringify(surface)} → ${key}`, () => assert.equal(normalizeKey(surface), key))
})

describe('lookupPhrase: first hit', () => {
  const cases: [string, string][] = [
    // countries, aliases and acronyms
    ['the United States', 'country:USA:name'],
    ['U.S.', 'country:USA:name'],
    ['US', 'country:USA:name'],
    ['USA', 'country:USA:name'],
    ['America', 'country:USA:name'],
    ['Britain', 'country:GBR:name'],
    ['UK', 'country:GBR:name'],
    ['U.K.', 'country:GBR:name'],
    ['the Netherlands', 'country:NLD:name'],
    ['South Korea', 'country:KOR:name'],
    ['North Korea', 'country:PRK:name'],
    ['Ivory Coast', 'country:CIV:name'],
    ["Côte d'Ivoire", 'country:CIV:name'],
    ['Czechia', 'country:CZE:name'],
    ['Czech Republic', 'country:CZE:name'],
    ['Burma', 'country:MMR:name'],
    ['Taiwan', 'country:TWN:name'],
    ['Palestine', 'country:PSE:name'],
    ['Palestinian territories', 'country:PSE:name'],
    ['Russia', 'country:RUS:name'],
    ['Russian Federation', 'country:RUS:name'],
    ['Iran', 'country:IRN:name'],
    ['Syria', 'country:SYR:name'],
    ['the Vatican', 'country:VAT:name'],
    ['Holy See', 'country:VAT:name'],
    ['Turkey', 'country:TUR:name'],
    ['Türkiye', 'country:TUR:name'],
    ['Kosovo', 'country:XKX:name'],
    ['China', 'country:CHN:name'],
    ['Congo', 'country:COD:name'],
    // demonyms
    ['Russian', 'country:RUS:demonym'],
    ['Indonesian', 'country:IDN:demonym'],
    ['American', 'country:USA:demonym'],
    ['French', 'country:FRA:demonym'],
    ['Saudi', 'country:SAU:demonym'],
    ['Thai', 'country:THA:demonym'],
    // metonyms
    ['Moscow', 'seat:RUS:GOV'],
    ['the Kremlin', 'seat:RUS:GOV'],
    ['Washington', 'seat:USA:GOV'],
    ['the White House', 'seat:USA:GOV'],
    ['the State Department', 'seat:USA:GOV'],
    ['the Pentagon', 'seat:USA:MIL'],
    ['Capitol Hill', 'seat:USA:LEG'],
    ['Foggy Bottom', 'seat:USA:GOV'],
    ['Downing Street', 'seat:GBR:GOV'],
    ['Beijing', 'seat:CHN:GOV'],
    ['Zhongnanhai', 'seat:CHN:GOV'],
    ['the Elysee', 'seat:FRA:GOV'],
    ['the Élysée', 'seat:FRA:GOV'],
    ["Quai d'Orsay", 'seat:FRA:GOV'],
    ['Kyiv', 'seat:UKR:GOV'],
    ['Kiev', 'seat:UKR:GOV'],
    ['Tehran', 'seat:IRN:GOV'],
    ['Ankara', 'seat:TUR:GOV'],
    ['Nairobi', 'seat:KEN:GOV'],
    // organisations
    ['NATO', 'organization:nato'],
    ['the European Union', 'organization:eu'],
    ['EU', 'organization:eu'],
    ['the United Nations', 'organization:un'],
    ['U.N.', 'organization:un'],
    ['UN Security Council', 'organization:un-security-council'],
    ['UN General Assembly', 'organization:un-general-assembly'],
    ['G7', 'organization:g7'],
    ['G20', 'organization:g20'],
    ['G-20', 'organization:g20'],
    ['Group of 20', 'organization:g20'],
    ['ASEAN', 'organization:asean'],
    ['African Union', 'organization:african-union'],
    ['AU', 'organization:african-union'],
    ['OPEC', 'organization:opec'],
    ['IAEA', 'organization:iaea'],
    ['WHO', 'organization:who'],
    ['IMF', 'organization:imf'],
    ['World Bank', 'organization:world-bank'],
    ['WTO', 'organization:wto'],
    ['OSCE', 'organization:osce'],
    ['Arab League', 'organization:arab-league'],
    ['Hamas', 'organization:hamas'],
    ['Hezbollah', 'organization:hezbollah'],
    ['the Taliban', 'organization:taliban'],
    ['Reuters', 'organization:reuters'],
    ['AP', 'organization:ap'],
    ['Politico', 'organization:politico'],
    ['The New York Times', 'organization:nyt'],
    ['Foreign Ministry', 'organization:foreign-ministry'],
    ['Brussels', 'organization:european-commission'],
    // places
    ['Bali', 'place:IDN:region'],
    ['Nusa Dua', 'place:IDN:region'],
    ['Crimea', 'place:UKR:region'],
    ['the Crimean peninsula', 'place:UKR:region'],
    ['Donbas', 'place:UKR:region'],
    ['Luhansk region', 'place:UKR:region'],
    ['Zaporizhzhia', 'place:UKR:region'],
    ['the Gaza Strip', 'place:PSE:region'],
    ['the West Bank', 'place:PSE:region'],
    ['Golan Heights', 'place:SYR:region'],
    ['Kashmir', 'place:null:region'],
    ['Xinjiang', 'place:CHN:region'],
    ['Taiwan Strait', 'place:null:region'],
    ['the South China Sea', 'place:null:region'],
    ['the Korean Peninsula', 'place:null:region'],
    ['Nagorno-Karabakh', 'place:AZE:region'],
    ['Tigray', 'place:ETH:region'],
    ['Idlib', 'place:SYR:region'],
    ['Aleppo', 'place:SYR:city'],
    ['New York', 'place:USA:city'],
    ['UN headquarters', 'place:USA:landmark'],
    ['Geneva', 'place:CHE:city'],
    ['Mariupol', 'place:UKR:city'],
    ['Sochi', 'place:RUS:city'],
    ['Iowa', 'place:USA:region'],
    ['Washington state', 'place:USA:region'],
    ['Bosnia', 'country:BIH:name'],
    ['Yugoslavia', 'country:SRB:name'],
    ['Soviet', 'country:RUS:demonym'],
    ['Republican', 'organization:us-republican-party'],
    ['Itar-Tass', 'organization:tass'],
    ['Facebook', 'organization:meta'],
  ]
  for (const [surface, expected] of cases) {
    it(`${surface} → ${expected}`, () => assert.equal(lookup(surface)[0], expected))
  }
})

describe('lookupPhrase: plural demonyms', () => {
  const cases: [string, string][] = [
    ['Russians', 'RUS'],
    ['Americans', 'USA'],
    ['Chinese', 'CHN'],
    ['Ukrainians', 'UKR'],
    ['Israelis', 'ISR'],
    ['Palestinians', 'PSE'],
    ['Britons', 'GBR'],
    ['British', 'GBR'],
    ['the French', 'FRA'],
    ['Germans', 'DEU'],
    ['Iranians', 'IRN'],
    ['Saudis', 'SAU'],
    ['Emiratis', 'ARE'],
    ['Filipinos', 'PHL'],
    ['Indonesians', 'IDN'],
    ['Japanese', 'JPN'],
    ['South Koreans', 'KOR'],
    ['Poles', 'POL'],
    ['Turks', 'TUR'],
    ['Frenchmen', 'FRA'],
  ]
  for (const [surface, code] of cases) {
    it(`${surface} → ${code}`, () =>
      assert.ok(lookup(surface).includes(`country:${code}:demonym-plural`), lookup(surface).join()))
  }
})

describe('lookupPhrase: ambiguity', () => {
  it('Georgia is the country first, then the US state', () => {
    assert.deepEqual(lookup('Georgia').slice(0, 2), ['country:GEO:name', 'place:USA:region'])
    const country = kb.lookupPhrase('georgia')[0]
    assert.equal(country?.homonym, 'place')
  })
  it('Washington is the US government, then the city', () => {
    assert.deepEqual(lookup('Washington').slice(0, 2), ['seat:USA:GOV', 'place:USA:city'])
  })
  it('Moscow the seat, then Moscow Russia before Moscow, Idaho', () => {
    const hits = kb.lookupPhrase('moscow')
    assert.equal(hits[0]?.type, 'seat')
    const places = hits.filter((h) => h.type === 'place')
    assert.equal(places[0]?.country, 'RUS')
    assert.ok(places.length <= 3)
  })
  it("Paris: France's capital before the towns in Texas", () => {
    const place = kb.lookupPhrase('paris').find((h) => h.type === 'place')
    assert.equal(place?.country, 'FRA')
  })
  it('a region hides small homonymous towns (Bali the island, not the town in Cameroon)', () => {
    assert.ok(!kb.lookupPhrase('bali').some((h) => h.type === 'place' && h.country === 'CMR'))
  })
  it('Jordan, Chad and Turkey carry a homonym warning', () => {
    assert.equal(kb.lookupPhrase('jordan')[0]?.homonym, 'person')
    assert.equal(kb.lookupPhrase('chad')[0]?.homonym, 'person')
    assert.equal(kb.lookupPhrase('turkey')[0]?.homonym, 'common-word')
  })
  it('the two Koreas are both countries', () => {
    assert.deepEqual(lookup('the Koreas').sort(), ['country:KOR:name', 'country:PRK:name'])
  })
  it('Chinese is both a demonym and its own plural', () => {
    assert.deepEqual(lookup('Chinese'), ['country:CHN:demonym', 'country:CHN:demonym-plural'])
  })
  it('territories do not take a sovereign’s demonym (French is France only)', () => {
    assert.deepEqual(
      new Set(kb.lookupPhrase('french').map((h) => (h.type === 'country' ? h.code : ''))),
      new Set(['FRA']),
    )
  })
})

describe('lookupPhrase: place names that are also words or names', () => {
  const cases: [string, 'common-word' | 'person'][] = [
    ['March', 'common-word'],
    ['Police', 'common-word'],
    ['Sale', 'common-word'],
    ['Male', 'common-word'],
    ['Austin', 'person'],
    ['Antony', 'person'],
    ['Obama', 'person'],
  ]
  for (const [surface, homonym] of cases) {
    it(`${surface} is flagged ${homonym}`, () => {
      const hits = kb.lookupPhrase(normalizeKey(surface), surface)
      assert.ok(hits.length > 0)
      for (const hit of hits) assert.equal(hit.homonym, homonym)
    })
  }
  it('plain city names are not flagged', () => {
    for (const surface of ['Moscow', 'Geneva', 'Mariupol']) {
      assert.ok(
        kb.lookupPhrase(normalizeKey(surface)).every((h) => h.homonym === undefined),
        surface,
      )
    }
  })
})

describe('lookupPhrase: case-sensitive forms', () => {
  const cases: [string, boolean][] = [
    ['US', true],
    ['us', false],
    ['Us', false],
    ['the US', true],
    ['WHO', true],
    ['who', false],
    ['Who', false],
    ['IS', true],
    ['is', false],
    ['AU', true],
    ['au', false],
  ]
  for (const [surface, found] of cases) {
    it(`${surface} ${found ? 'is' : 'is not'} a known name`, () =>
      assert.equal(lookup(surface).length > 0, found))
  }
  it('without a surface, case-sensitive hits say which surface they need', () => {
    assert.equal(kb.lookupPhrase('us')[0]?.caseSensitive, 'US')
  })
  it('case-insensitive forms match any case', () => {
    assert.deepEqual(lookup('NATO'), lookup('Nato'))
  })
})

describe('lookupPhrase: misses', () => {
  for (const surface of ['Blinken', 'Island', 'Said', 'However', 'Prathet', '']) {
    it(`${JSON.stringify(surface)} is unknown`, () => assert.deepEqual(lookup(surface), []))
  }
})

describe('countryByCode', () => {
  it('gives canonical names, demonyms and coordinates', () => {
    assert.deepEqual(
      [kb.countryByCode('USA')?.name, kb.countryByCode('USA')?.demonym],
      ['United States', 'American'],
    )
    assert.equal(kb.countryByCode('TUR')?.name, 'Turkey')
    assert.equal(kb.countryByCode('XKX')?.name, 'Kosovo')
    assert.equal(kb.countryByCode('rus')?.name, 'Russia')
    assert.ok(Math.abs((kb.countryByCode('IDN')?.lon ?? 0) - 120) < 10)
    assert.equal(kb.countryByCode('ZZZ'), undefined)
  })
})
