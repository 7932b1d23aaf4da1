import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'

/**
 * A bare mention of a sitting head of state or government or foreign minister of a G20 country gets its
 * country and sector from the dated office-holders, whatever the article says around it.
 */
const CASES: readonly { name: string; date: string; country: string; sector: string }[] = [
  { name: 'Lavrov', date: '2022-07-10', country: 'RUS', sector: 'GOV' },
  { name: 'Blinken', date: '2023-02-01', country: 'USA', sector: 'GOV' },
  { name: 'Scholz', date: '2023-05-01', country: 'DEU', sector: 'GOV' },
  { name: 'Modi', date: '2019-06-01', country: 'IND', sector: 'GOV' },
  { name: 'Jaishankar', date: '2021-06-01', country: 'IND', sector: 'GOV' },
  { name: 'Erdogan', date: '2018-03-01', country: 'TUR', sector: 'GOV' },
  { name: 'Lula', date: '2024-02-01', country: 'BRA', sector: 'GOV' },
  { name: 'Wang Yi', date: '2016-03-01', country: 'CHN', sector: 'GOV' },
  { name: 'Macron', date: '2020-01-10', country: 'FRA', sector: 'GOV' },
  { name: 'Merkel', date: '2012-09-01', country: 'DEU', sector: 'GOV' },
  { name: 'Kishida', date: '2022-11-15', country: 'JPN', sector: 'GOV' },
  { name: 'Marsudi', date: '2022-07-10', country: 'IDN', sector: 'GOV' },
  { name: 'Albanese', date: '2023-08-01', country: 'AUS', sector: 'GOV' },
  { name: 'Trudeau', date: '2019-10-01', country: 'CAN', sector: 'GOV' },
]

const extractor = createExtractor()

describe('bare mentions of G20 leaders and foreign ministers', () => {
  for (const c of CASES) {
    it(`${c.name} on ${c.date} → ${c.country} ${c.sector}`, () => {
      const text = `${c.name} said on Tuesday that the talks had been useful.`
      const { record } = extractor.extract({ text, meta: { id: 't', date: c.date } })
      const person = record.actors.find((a) => a.mentions.some((m) => m.text === c.name))
      assert.ok(person, `no actor for ${c.name}: ${record.actors.map((a) => a.name).join(', ')}`)
      assert.equal(person.country, c.country)
      assert.equal(person.sector, c.sector)
    })
  }
})
