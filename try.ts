import { readFileSync } from 'node:fs'
import { createExtractor } from './src/extract.js'
const text = readFileSync(process.argv[2] ?? '../shared/seed/g20-bali.txt', 'utf8')
const t0 = performance.now()
const ex = createExtractor()
const { record, diagnostics } = ex.extract({ text, meta: { id: 'seed', date: '2022-07-10' } }, { includeText: false })
const t1 = performance.now()
console.log('ms', (t1 - t0).toFixed(0), diagnostics)
for (const a of record.actors) console.log(a.id, a.kind, JSON.stringify(a.name), a.country, a.sector, a.role, a.anonymous, a.mentions.map((m) => m.text).join(' | '))
for (const p of record.places) console.log(p.id, p.name, p.country, p.lat, p.lon, p.mentions.map((m) => m.text).join(' | '))
