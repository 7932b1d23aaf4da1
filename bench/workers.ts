/**
 * `npm run bench:workers [-- --corpus FILE.jsonl] [--limit 400] [--workers N] [--rounds 3]`: `parley ingest` of the
 * same articles into fresh SQLite files with `--workers 1` and `--workers N` (default: the available cores), the
 * built CLI as a user runs it, rounds alternating; reports the wall times (median), the speed-up, and whether the
 * two databases hold the same record (counts, and every event with its parties and mentions). The bar: ≥ 1.6x on
 * 2 cores for 400 articles, identical records.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openStore } from '../src/store/index.js'
import { defaultCorpusPath, loadCorpus, projectRoot } from './corpus.js'

const CLI = join(projectRoot, 'dist', 'cli', 'main.js')
const BAR = 1.6

function ingest(input: string, db: string, workers: number): number {
  rmSync(db, { force: true })
  const started = performance.now()
  execFileSync(process.execPath, [CLI, 'ingest', input, '--db', db, '--workers', String(workers)], {
    stdio: ['ignore', 'ignore', 'ignore'],
  })
  return (performance.now() - started) / 1000
}

/** The stored record in a comparable form: counts, and a digest of every event and quotation as stored. */
async function digest(db: string): Promise<{ stats: unknown; events: string; quotes: string }> {
  const store = openStore(db, { readonly: true })
  try {
    const hash = (value: unknown) =>
      createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
    return {
      stats: await store.stats(),
      events: hash(await store.findEvents({ limit: 1_000_000, mentionLimit: 1000 })),
      quotes: hash(await store.findQuotes({ limit: 1_000_000 })),
    }
  } finally {
    await store.close()
  }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      limit: { type: 'string', default: '400' },
      workers: { type: 'string' },
      rounds: { type: 'string', default: '3' },
    },
  })
  if (!existsSync(CLI)) {
    console.error('bench/workers: dist/ is not built (npm run build)')
    return 2
  }
  const corpus = values.corpus ?? defaultCorpusPath()
  if (corpus === null) {
    console.error('bench/workers: no corpus (use --corpus)')
    return 2
  }
  const workers = Number(values.workers ?? Math.max(2, availableParallelism()))
  const rounds = Number(values.rounds)
  const articles = await loadCorpus(corpus, Number(values.limit))
  const dir = mkdtempSync(join(tmpdir(), 'parley-workers-'))
  try {
    const input = join(dir, 'articles.jsonl')
    writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`)
    const one: number[] = []
    const many: number[] = []
    for (let r = 0; r < rounds; r++) {
      one.push(ingest(input, join(dir, 'one.db'), 1))
      many.push(ingest(input, join(dir, 'many.db'), workers))
    }
    const [a, b] = [await digest(join(dir, 'one.db')), await digest(join(dir, 'many.db'))]
    const same = JSON.stringify(a) === JSON.stringify(b)
    const speedup = median(one) / median(many)
    console.log(`corpus: ${corpus} (first ${articles.length} articles), ${availableParallelism()} core(s)`)
    console.log(
      `  --workers 1: ${one.map((s) => s.toFixed(2)).join(', ')} s (median ${median(one).toFixed(2)})`,
    )
    console.log(
      `  --workers ${workers}: ${many.map((s) => s.toFixed(2)).join(', ')} s (median ${median(many).toFixed(2)})`,
    )
    console.log(`  speed-up ${speedup.toFixed(2)}x (bar ${BAR}x: ${speedup >= BAR ? 'met' : 'NOT MET'})`)
    console.log(`  stored record: ${same ? 'identical' : 'DIFFERENT'} ${JSON.stringify(a.stats)}`)
    if (!same) console.log(`  --workers ${workers}: ${JSON.stringify(b)}`)
    return same ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
