import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { createKnowledge, defaultKnowledge, type Knowledge, KnowledgeError, normalizeKey } from './index.js'

const firstIn = (kb: Knowledge, surface: string) => kb.lookupPhrase(normalizeKey(surface), surface)[0]
const first = (surface: string) => firstIn(defaultKnowledge(), surface)

/** The errors createKnowledge reports for the given data (empty when it is accepted). */
function errorsOf(options: Parameters<typeof createKnowledge>[0]): readonly string[] {
  try {
    createKnowledge(options)
    return []
  } catch (error) {
    if (error instanceof KnowledgeError) return error.errors
    throw error
  }
}

describe('user knowledge files', () => {
  it('adds organisations, places, country aliases and seats, before the shipped entries', () => {
    assert.equal(firstIn(defaultKnowledge(), 'Acme Institute'), undefined)
    const value = {
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
    }
    const mine = createKnowledge({ data: [{ source: 'test', value }] })
    const mineFirst = (surface: string) => firstIn(mine, surface)
    assert.deepEqual(mineFirst('Acme'), {
      type: 'organization',
      id: 'acme-institute',
      name: 'Acme Institute',
      kind: 'ngo',
      country: 'USA',
      sector: 'EDU',
    })
    assert.equal(mineFirst('Camp Bondsteel')?.type, 'place')
    assert.deepEqual(mineFirst('Blighty'), {
      type: 'country',
      code: 'GBR',
      name: 'United Kingdom',
      form: 'name',
    })
    assert.equal(mineFirst('King Charles Street')?.type, 'seat')
    // shipped data is still there
    assert.equal(mineFirst('Downing Street')?.type, 'seat')
    assert.deepEqual(mineFirst('Britain'), {
      type: 'country',
      code: 'GBR',
      name: 'United Kingdom',
      form: 'name',
    })
    // the shipped knowledge is left as it was
    assert.equal(firstIn(defaultKnowledge(), 'Acme'), undefined)
  })

  it('rejects malformed data with readable errors and adds nothing', () => {
    const value = {
      version: 1,
      organizations: [{ id: 'Bad Id', name: 'X Corp', kind: 'firm', sector: 'BUS' }],
    }
    const errors = errorsOf({ data: [{ source: 'mine.yaml', value }] })
    assert.ok(errors.length >= 2, errors.join('\n'))
    assert.ok(
      errors.every((e) => e.startsWith('mine.yaml: /organizations/0')),
      errors.join('\n'),
    )
    assert.equal(first('X Corp'), undefined)
    assert.ok(
      errorsOf({ data: [{ source: 'x', value: { organizations: [] } }] }).length > 0,
      'version is required',
    )
  })

  it('reads YAML files and reports unreadable ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
    const good = join(dir, 'good.yaml')
    writeFileSync(
      good,
      'version: 1\norganizations:\n  - { id: zeta-fund, name: Zeta Fund, kind: ngo, sector: NGO }\n',
    )
    assert.equal(firstIn(createKnowledge({ files: [good] }), 'Zeta Fund')?.type, 'organization')
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'version: 1\norganizations: [ {')
    assert.match(errorsOf({ files: [bad] })[0] ?? '', /bad\.yaml: not valid YAML/)
    assert.match(
      errorsOf({ files: [join(dir, 'missing.yaml')] })[0] ?? '',
      /missing\.yaml: cannot read \(ENOENT\)/,
    )
  })
})

describe('user knowledge: office-holders', () => {
  it('adds dated office-holders from a user file', () => {
    const value = {
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
    }
    const mine = createKnowledge({ data: [{ source: 'test', value }] })
    assert.equal(mine.lookupOfficeHolder('vantorre', '2041-01-01')?.country, 'BEL')
    assert.equal(defaultKnowledge().lookupOfficeHolder('vantorre', '2041-01-01'), undefined)
  })
})
