/**
 * `node --import tsx scripts/fuzz.ts [--seconds 60] [--seed N]`: the CI fuzz loop. Extracts fuzzed articles
 * (real sentences of our samples and golden articles, mutated; see test/helpers/fuzz-docs.ts) until the time is
 * up, checking that nothing throws, no stage fails and every record invariant holds. The seed defaults to
 * today's date (YYYYMMDD), so each day explores new inputs and a failure can be replayed with `--seed`. On a
 * failure it prints the input and exits 1.
 */
import { parseArgs } from 'node:util'
import { createExtractor } from '../src/extract.js'
import { loadCorpus } from '../test/helpers/corpus.js'
import { describeFuzzDoc, fuzzDoc, fuzzProblems, sentencePool } from '../test/helpers/fuzz-docs.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: new Date().toISOString().slice(0, 10).replaceAll('-', '') },
    from: { type: 'string', default: '0' },
  },
  strict: true,
})
const seconds = Number(values.seconds)
const seed = Number(values.seed)
if (!Number.isFinite(seconds) || !Number.isInteger(seed)) {
  console.error('fuzz: --seconds must be a number and --seed an integer')
  process.exit(2)
}
const pool = sentencePool((await loadCorpus()).map((doc) => doc.text))
const extractor = createExtractor()
const deadline = performance.now() + seconds * 1000
let index = Number(values.from)
let characters = 0
while (performance.now() < deadline) {
  const doc = fuzzDoc(pool, seed, index)
  const problems = fuzzProblems(extractor, doc)
  if (problems.length > 0) {
    console.error(`fuzz: FAILED on ${describeFuzzDoc(doc)}\n  ${problems.slice(0, 10).join('\n  ')}`)
    console.error(`replay: node --import tsx scripts/fuzz.ts --seed ${seed} --from ${index} --seconds 1`)
    process.exit(1)
  }
  characters += doc.text.length
  index++
}
console.log(
  `fuzz: seed ${seed}, ${index - Number(values.from)} articles (${characters} characters), no problem`,
)
