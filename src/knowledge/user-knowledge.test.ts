import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { addKnowledge, addKnowledgeFile, lookupPhrase, normalizeKey } from './index.js'

const first = (surface: string) => lookupPhrase(normalizeKey(surface), surface)[0]

describe('user knowledge files', () => {
  it('adds organisations, places, country aliases and seats, before the shipped entries', () => {
    assert.equal(first('Acme Institute'), undefined)
    const errors = addKnowledge(
      {
        version: 1,
        organizations: [
          {
            id: 'acme-institute',
            name: 'Acme Institute',
            kind: 'ngo',
            sector: 'EDU',
            country: 'USA',
            aliases: ['Acme'],
          },
        ],
        places: [{ name: 'Camp Bondsteel', kind: 'landmark', country: 'XKX', lat: 42.36, lon: 21.25 }],
        countries: { GBR: { aliases: ['Blighty'], seats: { GOV: ['King Charles Street'] } } },
      },
      'test',
    )
    assert.deepEqual(errors, [])
    assert.deepEqual(first('Acme'), {
      type: 'organization',
      id: 'acme-institute',
      name: 'Acme Institute',
      kind: 'ngo',
      country: 'USA',
      sector: 'EDU',
    })
    assert.equal(first('Camp Bondsteel')?.type, 'place')
    assert.deepEqual(first('Blighty'), { type: 'country', code: 'GBR', name: 'United Kingdom', form: 'name' })
    assert.equal(first('King Charles Street')?.type, 'seat')
    // shipped data is still there
    assert.equal(first('Downing Street')?.type, 'seat')
    assert.deepEqual(first('Britain'), { type: 'country', code: 'GBR', name: 'United Kingdom', form: 'name' })
  })

  it('rejects malformed data with readable errors and adds nothing', () => {
    const errors = addKnowledge(
      { version: 1, organizations: [{ id: 'Bad Id', name: 'X Corp', kind: 'firm', sector: 'BUS' }] },
      'mine.yaml',
    )
    assert.ok(errors.length >= 2, errors.join('\n'))
    assert.ok(
      errors.every((e) => e.startsWith('mine.yaml: /organizations/0')),
      errors.join('\n'),
    )
    assert.equal(first('X Corp'), undefined)
    assert.ok(addKnowledge({ organizations: [] }, 'x').length > 0, 'version is required')
  })

  it('reads YAML files and reports unreadable ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
    const good = join(dir, 'good.yaml')
    writeFileSync(
      good,
      'version: 1\norganizations:\n  - { id: zeta-fund, name: Zeta Fund, kind: ngo, sector: NGO }\n',
    )
    assert.deepEqual(addKnowledgeFile(good), [])
    assert.equal(first('Zeta Fund')?.type, 'organization')
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'version: 1\norganizations: [ {')
    assert.match(addKnowledgeFile(bad)[0] ?? '', /bad\.yaml: not valid YAML/)
    assert.match(
      addKnowledgeFile(join(dir, 'missing.yaml'))[0] ?? '',
      /missing\.yaml: cannot read \(ENOENT\)/,
    )
  })
})

describe('user knowledge: office-holders', () => {
  it('adds dated office-holders from a user file', async () => {
    const { addKnowledge, lookupOfficeHolder } = await import('./index.js')
    const errors = addKnowledge(
      {
        version: 1,
        people: [
          {
            id: 'test-holder',
            name: 'Ilse Vantorre',
            surname: 'Vantorre',
            terms: [
              {
                country: 'BEL',
                office: 'foreign-minister',
                role: 'Foreign Minister',
                sector: 'GOV',
                start: '2040-01-01',
                end: null,
              },
            ],
          },
        ],
      },
      'test',
    )
    assert.deepEqual(errors, [])
    assert.equal(lookupOfficeHolder('vantorre', '2041-01-01')?.country, 'BEL')
  })
})
