// scratch: ingest with the in-progress events stage wired in, to get a DB with events for the API benchmark
import { readInputs } from './src/ingest/index.js'
import { createExtractor } from './src/extract.js'
import { createPipeline } from './src/pipeline/pipeline.js'
import { defaultStages } from './src/pipeline/default-stages.js'
import { timexes } from './src/stages/dates/timexes.js'
import { events } from './src/stages/events/events.js'
import { openStore } from './src/store/index.js'
import { putOptionsFor } from './src/store/put-options.js'
import type { AnyStage } from './src/pipeline/stage.js'
const [db, ...inputs] = process.argv.slice(2)
const stages: AnyStage[] = defaultStages()
if (!stages.some((s) => s.name === 'events')) stages.push(timexes() as AnyStage, events() as AnyStage)
const extractor = createExtractor(createPipeline(stages))
const store = openStore(db)
let n = 0, failed = 0
const t = performance.now()
for await (const item of readInputs(inputs)) {
  if (item.kind === 'error') { failed++; continue }
  const r = extractor.extract({ text: item.text, meta: item.meta }, { includeText: true })
  if (!r.ok) { failed++; if (failed < 3) console.error(r.diagnostics.filter(d=>d.severity==='fatal')); continue }
  await store.putDocument(r.record, putOptionsFor(item, r.doc)); n++
}
console.log(n, failed, ((performance.now() - t) / 1000).toFixed(1) + 's', await store.stats())
await store.close()
