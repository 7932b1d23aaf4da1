import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { createExtractor, type Extractor } from '../src/extract.js'
import { createKnowledge } from '../src/knowledge/index.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-kb-instances-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** A user file naming one office-holder, "Ilse Vantorre", with the given term. */
function holderFile(name: string, term: { country: string; office: string; role: string; sector: string }) {
  const path = join(dir, name)
  writeFileSync(
    path,
    [
      'version: 1',
      'organizations:',
      `  - { id: ${name.replace(/\W/g, '-')}, name: Harbour Forum, kind: ngo, sector: NGO, country: ${term.country} }`,
      'people:',
      '  - id: ilse-vantorre',
      '    name: Ilse Vantorre',
      '    surname: Vantorre',
      '    terms:',
      `      - { country: ${term.country}, office: ${term.office}, role: ${term.role}, sector: ${term.sector}, start: '2020-01-01', end: null }`,
      '',
    ].join('\n'),
  )
  return path
}

const TEXT = 'Vantorre met Sergei Lavrov in Geneva on Monday, the Harbour Forum said.'

function actorsOf(extractor: Extractor): Record<string, string> {
  const { record } = extractor.extract({ text: TEXT, meta: { id: 'kb', date: '2024-05-10' } })
  return Object.fromEntries(
    record.actors.map((a) => [a.name, `${a.kind} ${a.country ?? '-'} ${a.sector ?? '-'}`]),
  )
}

describe('knowledge is per extractor, not per process', () => {
  const belgian = createExtractor({
    knowledge: createKnowledge({
      files: [
        holderFile('be.yaml', {
          country: 'BEL',
          office: 'foreign-minister',
          role: 'Foreign Minister',
          sector: 'GOV',
        }),
      ],
    }),
  })
  const dutch = createExtractor({
    knowledge: createKnowledge({
      files: [
        holderFile('nl.yaml', {
          country: 'NLD',
          office: 'defence-minister',
          role: 'Defence Minister',
          sector: 'MIL',
        }),
      ],
    }),
  })
  const shipped = createExtractor()

  it('two extractors with different files in one process each read their own', () => {
    const be = actorsOf(belgian)
    const nl = actorsOf(dutch)
    assert.equal(be['Ilse Vantorre'], 'person BEL GOV')
    assert.equal(nl['Ilse Vantorre'], 'person NLD MIL')
    assert.equal(be['Harbour Forum'], 'organization BEL NGO')
    assert.equal(nl['Harbour Forum'], 'organization NLD NGO')
    assert.equal(be['Sergei Lavrov'], 'person RUS GOV')
  })

  it('the shipped knowledge is untouched by either', () => {
    const plain = actorsOf(shipped)
    assert.equal(plain['Ilse Vantorre'], undefined)
    // the subject of "said" is still a speaker, but an organisation the shipped knowledge knows nothing about
    assert.equal(plain['Harbour Forum'] ?? 'organization - -', 'organization - -')
    // and the first extractor still reads its own after the others ran
    assert.equal(actorsOf(belgian)['Ilse Vantorre'], 'person BEL GOV')
  })
})
