/**
 * Child process of bench.ts: runs one pass (`extract` or `floor`) over the corpus after a warm-up and prints a JSON
 * line with the timings and this process's peak RSS, so each figure is measured without the other's memory.
 * Usage: node --import tsx bench/run-extract.ts <extract|floor> <corpus> <limit> <warmup>
 */
import { loadCorpus } from './corpus.js'
import { extractPass, floorPass, peakRssMb } from './measure.js'

const [mode = 'extract', corpus = '', limitArg = '', warmupArg = '20'] = process.argv.slice(2)
const articles = await loadCorpus(corpus, limitArg === '' ? Number.POSITIVE_INFINITY : Number(limitArg))
const pass = mode === 'floor' ? floorPass : extractPass
pass(articles.slice(0, Number(warmupArg)))
const result = pass(articles)
process.stdout.write(
  `${JSON.stringify({ mode, articles: articles.length, ...result, peakRssMb: peakRssMb() })}\n`,
)
