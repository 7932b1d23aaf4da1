/**
 * How PETRARCH-2's verb patterns (src/lang/en/data/petrarch-verbs.json) would do on the PLOVER gold records,
 * alone and beside the pipeline's own events, to decide what of them to merge into the trigger lexicon:
 *
 *   node --import tsx scripts/measure-petrarch.ts [--shared DIR]
 *
 * Per sentence, the most specific pattern of each verb (the one PETRARCH-2 would code) gives an event type.
 * Reported: type recall and precision of the patterns alone (PETRARCH-2's block scope and the stricter verb
 * scope, verb codes alone counted or not), and beside the pipeline: gold types the pipeline misses that a
 * pattern finds, and types a pattern would add that the pipeline does not predict, with how many are wrong.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parsePloverGold } from '../src/eval/gold.js'
import { readJsonl } from '../src/eval/jsonl.js'
import { formatTable } from '../src/eval/table.js'
import { createExtractor } from '../src/extract.js'
import { english } from '../src/lang/en/index.js'
import {
  bestMatches,
  defaultPatternIndex,
  type MatchOptions,
  matchPatterns,
} from '../src/lang/en/petrarch-patterns.js'

const { values } = parseArgs({ options: { shared: { type: 'string' } }, strict: true })
const shared = resolve(values.shared ?? join(import.meta.dirname, '..', '..', 'shared'))
const goldPath = join(shared, 'eval/plover-gsr/gold.jsonl')
if (!existsSync(goldPath)) {
  console.log(`${goldPath} is absent: nothing to measure`)
  process.exit(0)
}
const gold = parsePloverGold(readJsonl(goldPath), goldPath)
const index = defaultPatternIndex()
const extractor = createExtractor()

interface Variant {
  readonly name: string
  readonly scope: NonNullable<MatchOptions['scope']>
  /** Least specificity kept: 0 counts a verb's own code, 1 needs a pattern word. */
  readonly least: number
}
const variants: Variant[] = [
  { name: 'block scope, verb codes too', scope: 'block', least: 0 },
  { name: 'block scope, patterns only', scope: 'block', least: 1 },
  { name: 'verb scope, verb codes too', scope: 'verb', least: 0 },
  { name: 'verb scope, patterns only', scope: 'verb', least: 1 },
]

const pipelineTypes = new Map<string, { live: Set<string>; all: Set<string> }>()
for (const g of gold) {
  const { record } = extractor.extract({ text: g.text, meta: { id: g.id, date: null } })
  pipelineTypes.set(g.id, {
    live: new Set(record.events.filter((e) => e.status !== 'negated').map((e) => e.type)),
    all: new Set(record.events.map((e) => e.type)),
  })
}
const analysed = new Map(gold.map((g) => [g.id, english.tokenizer.analyse(g.text)]))

const rows = variants.map((v) => {
  let found = 0
  let predicted = 0
  let correct = 0
  let missed = 0
  let rescued = 0
  let added = 0
  let addedWrong = 0
  const started = performance.now()
  for (const g of gold) {
    const a = analysed.get(g.id)!
    const tokens = { length: a.values.length, lemma: a.lemmas, lower: a.values.map((w) => w.toLowerCase()) }
    const best = bestMatches(
      matchPatterns(tokens, { start: 0, end: tokens.length }, index, {
        scope: v.scope,
        isVerb: (i) => a.pos[i] === 'VERB',
      }),
    ).filter((m) => m.pattern.type !== null && m.specificity >= v.least)
    const types = best.map((m) => m.pattern.type)
    if (types.includes(g.event as never)) found++
    predicted += types.length
    correct += types.filter((t) => t === g.event).length
    const pipeline = pipelineTypes.get(g.id)!
    for (const t of new Set(types)) {
      if (t === null || pipeline.all.has(t)) continue
      added++
      if (t !== g.event) addedWrong++
    }
    if (!pipeline.live.has(g.event)) {
      missed++
      if (types.includes(g.event as never)) rescued++
    }
  }
  return [
    v.name,
    (found / gold.length).toFixed(3),
    predicted === 0 ? '-' : (correct / predicted).toFixed(3),
    `${rescued}/${missed}`,
    `${added} (${addedWrong} wrong)`,
    `${(performance.now() - started).toFixed(0)} ms`,
  ]
})
console.log(
  `PETRARCH-2 patterns on ${gold.length} PLOVER gold sentences (${index.data.patterns.length} entries)`,
)
console.log(
  formatTable(
    ['variant', 'type recall', 'precision', 'pipeline misses found', 'types added', 'matching time'],
    rows,
  ),
)
