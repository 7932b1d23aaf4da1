/**
 * `npm run golden:update`: rewrites the expected record of every golden article
 * (test/fixtures/articles/NAME.record.json) from the current extraction. The golden test never writes;
 * review what this changed with `git diff test/fixtures/articles`.
 */
import { writeFileSync } from 'node:fs'
import { createExtractor } from '../src/extract.js'
import {
  goldenName,
  goldenRecordPath,
  goldenView,
  loadGoldenDocs,
  readGoldenRecord,
  viewText,
} from '../test/helpers/golden-records.js'

const extractor = createExtractor()
for (const doc of await loadGoldenDocs()) {
  const name = goldenName(doc)
  const { ok, record, diagnostics } = extractor.extract(doc)
  if (!ok) throw new Error(`${name}: ${diagnostics.map((d) => d.message).join('; ')}`)
  const text = viewText(goldenView(record, doc.text, `${name}.txt`))
  const old = readGoldenRecord(name)
  const state = old === null ? 'new' : old === text ? 'unchanged' : 'changed'
  console.log(`${state.padEnd(9)} ${name}.record.json`)
  if (state !== 'unchanged') writeFileSync(goldenRecordPath(name), text)
}
