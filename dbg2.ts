import { createExtractor } from './src/extract.js'
const text = process.argv[2]!
const { record } = createExtractor().extract({ text, meta: { id: 'x', date: process.argv[3] ?? '2022-07-10' } })
for (const a of record.actors) console.log(a.id, a.kind, a.name, a.country, a.sector, a.role, a.anonymous, '|', a.mentions.map((m) => m.text).join(' | '))
for (const q of record.quotes) console.log(q.id, q.kind, q.speaker.mention?.text, q.speaker.actor, JSON.stringify(q.text.slice(0, 60)))
for (const e of record.events) console.log(e.id, e.type, e.mode, e.status, e.actor, e.recipient, e.date, e.trigger.text)
