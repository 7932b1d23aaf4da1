/**
 * `node --import tsx scripts/check-determinism.ts [--corpus FILE.jsonl] [--limit N] [--alone N]`
 *
 * Finds articles whose record depends on what the process read before. Three fresh child processes extract the
 * corpus, in file order, in reverse order and shuffled (a fixed seed); an article whose record differs between
 * them is order-dependent. Up to `--alone` of those are then extracted alone, each in its own fresh process, to show
 * which order deviates. The corpus defaults to ../shared/eval/polnear/train.input.jsonl (used here only to *find*
 * offending articles; it is never test input). Exit code 1 when any article differs.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isObject, readJsonl } from '../src/eval/jsonl.js'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'

const here = fileURLToPath(import.meta.url)
const root = resolve(dirname(here), '..')
const defaultCorpus = resolve(root, '..', 'shared', 'eval', 'polnear', 'train.input.jsonl')

interface Article {
  readonly id: string
  readonly date: string | null
  readonly text: string
}

function readArticles(path: string, limit: number): Article[] {
  const articles = readJsonl(path).lines.flatMap(({ value }) =>
    isObject(value) && typeof value.id === 'string' && typeof value.text === 'string'
      ? [{ id: value.id, text: value.text, date: typeof value.date === 'string' ? value.date : null }]
      : [],
  )
  return articles.slice(0, limit)
}

/** A short summary of a record: its hash and its counts, enough to see what changed. */
interface Fingerprint {
  readonly hash: string
  readonly counts: string
}

function fingerprint(record: ParleyRecord): Fingerprint {
  const hash = createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 16)
  const counts = `actors ${record.actors.length} quotes ${record.quotes.length} events ${record.events.length}`
  return { hash, counts }
}

/** Worker mode: extracts the given articles in the given order, one `id<TAB>hash<TAB>counts` line each. */
function work(articles: readonly Article[]): void {
  const extractor = createExtractor()
  for (const a of articles) {
    const { record, ok } = extractor.extract(
      { text: a.text, meta: { id: a.id, date: a.date } },
      { includeText: false },
    )
    const { hash, counts } = fingerprint(record)
    if (!ok) process.stderr.write(`${a.id}: extraction failed\n`)
    process.stdout.write(`${a.id}\t${hash}\t${counts}\n`)
  }
}

/** A fixed permutation (Fisher–Yates over a small linear congruential generator), the same on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  let seed = 20240611
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    const j = seed % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function runWorker(corpus: string, limit: number, order: string): Map<string, Fingerprint> {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', here, '--worker', order, '--corpus', corpus, '--limit', String(limit)],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const result = new Map<string, Fingerprint>()
  for (const line of output.split('\n')) {
    const [id, hash, counts] = line.split('\t')
    if (id && hash && counts) result.set(id, { hash, counts })
  }
  return result
}

function main(): number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: defaultCorpus },
      limit: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) },
      alone: { type: 'string', default: '10' },
      worker: { type: 'string' },
    },
    strict: true,
  })
  const corpus = resolve(values.corpus)
  const limit = Number(values.limit)
  if (!existsSync(corpus)) {
    console.log(`determinism check skipped: ${corpus} is absent`)
    return 0
  }
  const articles = readArticles(corpus, limit)
  if (values.worker !== undefined) {
    const order = values.worker
    if (order === 'forward') work(articles)
    else if (order === 'reverse') work([...articles].reverse())
    else if (order === 'shuffled') work(shuffled(articles))
    else work(articles.filter((a) => a.id === order))
    return 0
  }
  const started = performance.now()
  const forward = runWorker(corpus, limit, 'forward')
  const reverse = runWorker(corpus, limit, 'reverse')
  const shuffledRun = runWorker(corpus, limit, 'shuffled')
  const differing = articles.filter((a) => {
    const hash = forward.get(a.id)?.hash
    return hash === undefined || reverse.get(a.id)?.hash !== hash || shuffledRun.get(a.id)?.hash !== hash
  })
  console.log(
    `${articles.length} articles, ${differing.length} with a record that depends on the order ` +
      `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
  )
  for (const a of differing.slice(0, Number(values.alone))) {
    const alone = runWorker(corpus, limit, a.id).get(a.id)
    const f = forward.get(a.id)
    const runs = { forward: f, reverse: reverse.get(a.id), shuffled: shuffledRun.get(a.id) }
    const described = Object.entries(runs).map(
      ([order, run]) => `${order} ${run?.counts}${run?.hash === alone?.hash ? ' (= alone)' : ''}`,
    )
    console.log(`  ${a.id}: alone ${alone?.counts} | ${described.join(' | ')}`)
  }
  return differing.length === 0 ? 0 : 1
}

process.exitCode = main()
