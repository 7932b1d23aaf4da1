import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decodeActorCode } from './cameo-code.js'
import {
  INTERNATIONAL_CODES,
  PLOVER_SECTORS,
  toPloverCountrySector,
  toRecordCountrySector,
} from './sectors.js'

const ISO = new Set(['UGA', 'ISR', 'USA', 'GBR', 'VGB', 'RUS', 'TLS', 'XKX', 'MUS', 'ARM', 'PSE', 'IMN'])
const isCountry = (code: string) => ISO.has(code)

const brief = (code: string) => {
  const d = decodeActorCode(code, isCountry)
  if ('problem' in d) return `!${d.problem}`
  return [d.country ?? '-', d.sectors.join('+') || '-', ...d.notes].join(' ')
}

describe('decodeActorCode', () => {
  const cases: [string, string][] = [
    ['UGAGOV', 'UGA GOV'],
    ['UGA', 'UGA -'],
    ['USAGOVMIL', 'USA GOV+MIL'],
    ['USAGOVHLH', 'USA GOV+MED'],
    ['ISRGOVLEG', 'ISR LEG+GOV'],
    ['USAMED', 'USA JRN'],
    ['ARMUNR', 'ARM PRE'],
    ['USAINS', 'USA REB'],
    ['GBRVGBELI', 'GBR ELI dependency'],
    ['GBRIMYGOV', 'GBR GOV dependency'],
    ['USAMUS', 'USA REL'],
    ['MUSGOV', 'MUS GOV'],
    ['USAGOVHRI', 'USA GOV'],
    ['USAHRI', 'USA SOC'],
    ['TMPGOV', 'TLS GOV cameo-country'],
    ['KSVGOV', 'XKX GOV cameo-country'],
    ['USRGOV', 'RUS GOV historical-state'],
    ['MEAREB', '- REB region'],
    ['IGOUNO', 'UNO -'],
    ['IGOUNOHLHWHO', 'UNO MED'],
    ['IGOEUREEC', 'EUR -'],
    ['IGOWSTNAT', 'IGO -'],
    ['NGOUSAHRI', 'NGO SOC'],
    ['MNCUSA', 'MNC BUS'],
    ['IMGMUSALQ', 'IMG REB'],
    ['ELI', '- ELI'],
    ['GOVMED', '- GOV+JRN'],
    ['KKLREB', '!unknown-country'],
    ['PSEGZA', '!unknown-segment'],
    ['NGOCHRPRO214', '!malformed-code'],
    ['---', '!null-code'],
  ]
  for (const [code, expected] of cases) it(`${code} → ${expected}`, () => assert.equal(brief(code), expected))
})

describe('sector vocabularies', () => {
  it('lists every PLOVER sector of the manual once', () => {
    assert.equal(PLOVER_SECTORS.length, 25)
    assert.equal(new Set(PLOVER_SECTORS).size, 25)
    assert.equal(INTERNATIONAL_CODES.length, 7)
  })

  it('converts between the record vocabulary and PLOVER', () => {
    assert.deepEqual(toPloverCountrySector('USA', 'MED'), { country: 'USA', sector: 'JRN' })
    assert.deepEqual(toPloverCountrySector(null, 'HLH'), { country: null, sector: 'MED' })
    assert.deepEqual(toPloverCountrySector(null, 'IGO'), { country: 'IGO', sector: null })
    assert.deepEqual(toRecordCountrySector('UNO', null), { country: null, sector: 'IGO' })
    assert.deepEqual(toRecordCountrySector('NGO', 'SOC'), { country: null, sector: 'SOC' })
    assert.deepEqual(toRecordCountrySector('FRA', 'JRN'), { country: 'FRA', sector: 'MED' })
    assert.deepEqual(toRecordCountrySector('MNC', 'BUS'), { country: null, sector: 'BUS' })
  })
})
