/**
 * `node --import tsx scripts/event-errors.ts [PRED] [GOLD]`: lists, after `npm run eval -- --only events`, the
 * PLOVER gold sentences whose dyad was missed (with the predicted events and actor codes) and the asserted events
 * that are not in their sentence's gold (false positives), each with the rule that made it. Reads
 * .eval/plover-gsr.jsonl and ../shared/eval/plover-gsr/gold.jsonl by default.
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dyadAgrees } from '../src/eval/events.js'
import { parsePloverGold } from '../src/eval/gold.js'
import { readJsonl } from '../src/eval/jsonl.js'
import type { ParleyRecord, RecordActor, RecordEvent } from '../src/record/record.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const predPath = process.argv[2] ?? join(root, '.eval', 'plover-gsr.jsonl')
const goldPath = process.argv[3] ?? join(root, '..', 'shared', 'eval', 'plover-gsr', 'gold.jsonl')

const records = new Map<string, ParleyRecord>()
for (const { value } of readJsonl(predPath).lines) {
  const r = value as ParleyRecord
  records.set(r.document.id, r)
}
const gold = parsePloverGold(readJsonl(goldPath))

function side(ids: readonly string[], actors: ReadonlyMap<string, RecordActor>): string {
  return (
    ids
      .map((id) => {
        const a = actors.get(id)
        return a ? `${a.name}[${a.country ?? a.sector ?? '-'}]` : id
      })
      .join('+') || '?'
  )
}

function show(e: RecordEvent, actors: ReadonlyMap<string, RecordActor>): string {
  const rule = (e as { rule?: unknown }).rule
  return `${e.type}/${e.status} ${side(e.actor, actors)} → ${side(e.recipient, actors)} {${JSON.stringify(rule ?? null)}}`
}

const dyadMisses: string[] = []
const falsePositives: string[] = []
for (const g of gold) {
  const r = records.get(g.id)
  if (!r) continue
  const actors = new Map(r.actors.map((a) => [a.id, a]))
  const live = r.events.filter((e) => e.status !== 'negated' && e.type === g.event)
  const head = `${g.id}  gold ${g.event} ${g.source.join('+') || '?'}→${g.target.join('+') || '?'}\n  ${g.text}`
  if (!live.some((e) => dyadAgrees(g, e, actors)))
    dyadMisses.push(`${head}\n${r.events.map((e) => `    ${show(e, actors)}`).join('\n')}`)
  for (const e of r.events)
    if (e.status === 'asserted' && e.type !== g.event)
      falsePositives.push(`${head}\n    FP ${show(e, actors)}`)
}
console.log(`== dyad misses (${dyadMisses.length}) ==\n${dyadMisses.join('\n')}`)
console.log(`\n== false positives (${falsePositives.length}) ==\n${falsePositives.join('\n')}`)
