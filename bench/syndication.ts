/**
 * `node --import tsx bench/syndication.ts [--corpus PATH] [--limit N] [--copies N]`: every article republished
 * N times (default 3; an outlet's line appended, a day apart) and stored with the one copy's record: the stored
 * events and quotations of all copies over one copy's (issue 13's bar: at most 1.05×). The corpus is any input
 * Parley reads (default: the bundled samples).
 */
import { parseArgs } from 'node:util'
import { measureSyndication } from '../src/eval/syndication.js'
import { fmt3, formatTable } from '../src/eval/table.js'
import { createExtractor } from '../src/extract.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { loadCorpus, SAMPLES_DIR } from './corpus.js'

const MAX_RATIO = 1.05

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, copies: { type: 'string' } },
})
const articles = await loadCorpus(
  values.corpus ?? SAMPLES_DIR,
  values.limit ? Number(values.limit) : undefined,
)
const copies = values.copies ? Number(values.copies) : 3
const single = openSqliteStore(':memory:')
const every = openSqliteStore(':memory:')
const result = await measureSyndication(createExtractor(), articles, { single, every }, copies)
await single.close()
await every.close()
console.log(`${result.articles} articles, each republished ${copies}×`)
console.log(
  formatTable(
    ['stored', 'one copy', `${copies} copies`, 'ratio', 'bar'],
    [
      ['events', result.one.events, result.all.events, fmt3(result.eventRatio), `≤ ${MAX_RATIO}`],
      ['quotations', result.one.quotes, result.all.quotes, fmt3(result.quoteRatio), `≤ ${MAX_RATIO}`],
      ['event reports', result.one.eventMentions, result.all.eventMentions, '', ''],
      ['documents', result.one.documents, result.all.documents, '', ''],
    ],
  ),
)
const ok = result.eventRatio <= MAX_RATIO && result.quoteRatio <= MAX_RATIO
console.log(ok ? 'within the bar' : 'ABOVE THE BAR')
process.exitCode = ok ? 0 : 1
