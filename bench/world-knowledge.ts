/**
 * `npm run bench:kb`: the world knowledge base's cost. Size of the compiled data on disk (and gzipped, as a
 * package would ship it), load time (median of several loads in this process, the JSON read included),
 * retained heap after loading and after every entity has been materialised (`--expose-gc`, set by the npm
 * script), and the time of a lookup.
 */
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { normalizeKey } from '../src/knowledge/normalize-key.js'
import type { WorldDataFile } from '../src/knowledge/world/world-data.js'
import { loadWorldKnowledge } from '../src/knowledge/world/world-knowledge.js'

const DATA = fileURLToPath(new URL('../src/knowledge/data/phoenix-world.json', import.meta.url))
const LOADS = 7

const gc = (globalThis as { gc?: () => void }).gc
const heapMb = () => {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

const bytes = statSync(DATA).size
const gzipped = gzipSync(readFileSync(DATA)).length
console.log(
  `data: ${(bytes / 2 ** 20).toFixed(2)} MiB on disk, ${(gzipped / 2 ** 20).toFixed(2)} MiB gzipped`,
)

if (gc === undefined) console.log('(run with node --expose-gc for heap figures)')
const before = heapMb()
const times: number[] = []
let world = loadWorldKnowledge()
for (let i = 0; i < LOADS; i++) {
  const started = performance.now()
  world = loadWorldKnowledge()
  times.push(performance.now() - started)
}
const loaded = heapMb()
const stats = world.stats()
console.log(
  `load: median ${median(times).toFixed(0)} ms over ${LOADS} loads (first-use build of the index ${stats.loadMs.toFixed(0)} ms of the last); ${stats.entities} entities, ${stats.keys} names, ${stats.surnames} surnames, ${stats.agents} agent nouns`,
)

const data = JSON.parse(readFileSync(DATA, 'utf8')) as WorldDataFile
const keys = data.entities.map((e) => e[0][0] ?? '')
const dates = ['1985-06-01', '1999-01-01', '2008-03-01', '2016-10-01']
let started = performance.now()
let hits = 0
for (const [i, key] of keys.entries())
  if (world.resolve(key, { date: dates[i % dates.length] ?? null })) hits++
const firstPass = (performance.now() - started) / keys.length
const materialised = heapMb()
started = performance.now()
const rounds = 3
for (let r = 0; r < rounds; r++)
  for (const [i, key] of keys.entries()) world.lookup(key, { date: dates[i % 4] ?? null })
const warm = (performance.now() - started) / (rounds * keys.length)
started = performance.now()
const misses = keys.map((k) => normalizeKey(`${k} unknown`))
for (const key of misses) world.resolve(key)
const miss = (performance.now() - started) / misses.length

if (gc !== undefined)
  console.log(
    `heap: +${(loaded - before).toFixed(1)} MiB retained once loaded, +${(materialised - before).toFixed(1)} MiB with every entity materialised`,
  )
console.log(
  `lookup: ${(firstPass * 1000).toFixed(1)} µs first (materialising), ${(warm * 1000).toFixed(1)} µs warm, ${(miss * 1000).toFixed(2)} µs for an unknown name; ${hits}/${keys.length} primary names resolved`,
)
