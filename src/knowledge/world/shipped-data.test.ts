import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readJson } from '../data-files.js'
import { defaultKnowledge, normalizeKey } from '../index.js'
import { isInternationalCode } from './sectors.js'
import { decodeSectors, WORLD_DATA_FORMAT, type WorldDataFile } from './world-data.js'
import { loadWorldKnowledge } from './world-knowledge.js'

// Checks on the committed src/knowledge/data/phoenix-world.json (rebuilt by scripts/import-phoenix.ts).
const data = readJson<WorldDataFile>(new URL('../data/phoenix-world.json', import.meta.url))

describe('shipped world data', () => {
  it('is in the current format and of the expected size', () => {
    assert.equal(data.format, WORLD_DATA_FORMAT)
    const people = data.entities.filter((e) => e[1] === 'p').length
    assert.ok(people > 17_000, `${people} people`)
    assert.ok(data.entities.length > 24_000)
    assert.ok(data.agents.length > 4_000)
  })

  it('holds only known countries, PLOVER sectors, normalised keys and ordered periods', () => {
    const bad: string[] = []
    const country = (c: string) =>
      c === '' || isInternationalCode(c) || defaultKnowledge().countryByCode(c)?.code === c
    const sectors = (s: string) => decodeSectors(s).join('') === s
    for (const [keys, , roles, defaults] of data.entities) {
      for (const k of keys) if (normalizeKey(k) !== k || k === '') bad.push(`key ${k}`)
      for (const [c, s, start, end] of roles) {
        if (!country(c) || !sectors(s)) bad.push(`${keys[0]} ${c}${s}`)
        if (start !== '' && end !== '' && !(start < end)) bad.push(`${keys[0]} ${start}-${end}`)
      }
      for (const [c, s] of defaults) if (!country(c) || !sectors(s)) bad.push(`${keys[0]} ${c}${s}`)
    }
    for (const [k, c, s] of data.agents)
      if (!country(c) || !sectors(s) || normalizeKey(k) !== k) bad.push(`agent ${k}`)
    assert.deepEqual(bad.slice(0, 10), [])
  })

  it('answers leaders from before 2000 and from outside the G20', () => {
    const world = loadWorldKnowledge()
    const at = (key: string, date: string) => {
      const a = world.resolve(key, { date })
      return a ? `${a.country} ${a.sector}` : '-'
    }
    assert.equal(at('yasuhiro nakasone', '1985-06-01'), 'JPN GOV')
    assert.equal(at('yasuhiro nakasone', '1995-06-01'), 'JPN ELI')
    assert.equal(at('yoweri museveni', '2005-06-01'), 'UGA GOV')
    assert.ok(world.stats().curatedMerges.people > 100)
  })
})
