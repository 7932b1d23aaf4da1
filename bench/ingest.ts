/**
 * `node --import tsx bench/ingest.ts [--corpus path] [--limit N] [--warmup N] [--queries N] [--keep PATH]
 * [--postgres URL]`: the cost of `parley ingest` (extract and store into a fresh SQLite file, one transaction per
 * article) against the bare wink-nlp floor over the same texts (budget: 5x), then the latency of filtered event
 * queries on the database it built (budget: p99 under 50 ms). With `--postgres URL`, the same ingest and queries
 * into a fresh schema of that PostgreSQL database (dropped afterwards), beside SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import type { PloverType } from '../src/doc/layers.js'
import { fmt3, formatTable } from '../src/eval/table.js'
import { createExtractor, type Extractor } from '../src/extract.js'
import { queryEvents } from '../src/query/queries.js'
import { contentHash } from '../src/store/keys.js'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { putOptionsFor } from '../src/store/put-options.js'
import { BULK_GROUP_COMMIT, openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import type { Store } from '../src/store/store.js'
import { type BenchArticle, defaultCorpusPath, loadCorpus } from './corpus.js'
import { floorPass } from './measure.js'

const MAX_RATIO = 5
const MAX_P99_MS = 50

interface IngestPass {
  readonly seconds: number
  readonly storeSeconds: number
  readonly storeCpuSeconds: number
}

/** Wall and CPU seconds of a pass (CPU time is the fairer ratio on a busy machine). */
async function timed<T>(pass: () => T | Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await pass()
  const used = process.cpuUsage(cpu)
  return { result, wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 }
}

async function ingestPass(
  extractor: Extractor,
  store: Store,
  articles: readonly BenchArticle[],
): Promise<IngestPass> {
  let storeSeconds = 0
  let storeCpuSeconds = 0
  const started = performance.now()
  for (const a of articles) {
    const meta = { id: a.id, date: a.date }
    const hash = contentHash(a.text, meta)
    if (await store.hasDocument(a.id, hash)) continue
    const { record, doc } = extractor.extract({ text: a.text, meta }, { includeText: true })
    const putStarted = performance.now()
    const cpu = process.cpuUsage()
    await store.putDocument(record, { ...putOptionsFor({ text: a.text, meta }, doc), contentHash: hash })
    const used = process.cpuUsage(cpu)
    storeCpuSeconds += (used.user + used.system) / 1e6
    storeSeconds += (performance.now() - putStarted) / 1000
  }
  return { seconds: (performance.now() - started) / 1000, storeSeconds, storeCpuSeconds }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

/** Filtered event queries as the API would run them: by actor, type, status, dates, place, paged. */
async function queryLatencies(store: Store, count: number): Promise<number[]> {
  const actors = await store.findActors({ limit: 30 })
  const places = await store.findPlaces({ limit: 10 })
  const types: PloverType[] = ['CONSULT', 'REJECT', 'ACCUSE', 'AGREE', 'ASSAULT']
  const latencies: number[] = []
  for (let i = 0; i < count; i++) {
    const actor = actors[i % Math.max(actors.length, 1)]
    const filters = {
      ...(actor && i % 2 === 0 ? { actor: actor.name } : {}),
      ...(i % 3 === 0 ? { type: types[i % types.length]! } : {}),
      ...(i % 4 === 0 ? { status: 'asserted' as const } : {}),
      ...(i % 5 === 0 ? { since: '2000-01-01', until: '2030-12-31' } : {}),
      ...(i % 7 === 0 && places.length > 0 ? { place: places[i % places.length]!.name } : {}),
      limit: 50,
      offset: i % 11 === 0 ? 50 : 0,
    }
    const started = performance.now()
    await queryEvents(store, filters)
    latencies.push(performance.now() - started)
  }
  return latencies.sort((a, b) => a - b)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      limit: { type: 'string' },
      warmup: { type: 'string', default: '20' },
      queries: { type: 'string', default: '2000' },
      keep: { type: 'string' },
      postgres: { type: 'string' },
    },
  })
  const corpus = values.corpus ?? defaultCorpusPath()
  if (corpus === null) {
    console.error('bench/ingest: no corpus (use --corpus)')
    return 1
  }
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)
  const articles = await loadCorpus(corpus, limit)
  const warmup = Number(values.warmup)
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'))
  const path = values.keep ?? join(dir, 'bench.db')
  rmSync(path, { force: true })
  try {
    const extractor = createExtractor()
    const scratch = openSqliteStore(':memory:')
    floorPass(articles.slice(0, warmup))
    await ingestPass(extractor, scratch, articles.slice(0, warmup))
    await scratch.close()

    const floor = await timed(() => floorPass(articles))
    const store = openSqliteStore(path, { groupCommit: BULK_GROUP_COMMIT })
    // closing commits the last group and checkpoints: part of the ingest
    const ingest = await timed(async () => {
      const pass = await ingestPass(extractor, store, articles)
      store.flush()
      return pass
    })
    const stats = await store.stats()
    const rerun = await timed(() => ingestPass(extractor, store, articles))
    await store.close()
    const reader = openSqliteStore(path, { readonly: true })
    const latencies = await queryLatencies(reader, Number(values.queries))
    await reader.close()

    const ratio = ingest.wall / floor.wall
    const cpuRatio = ingest.cpu / floor.cpu
    const n = articles.length
    console.log(`corpus: ${corpus} (${n} articles) → ${path}`)
    console.log(
      formatTable(
        ['pass', 'wall s', 'articles/s', 'x floor', 'CPU s', 'x floor CPU'],
        [
          [
            'floor (bare wink-nlp)',
            floor.wall.toFixed(2),
            (n / floor.wall).toFixed(1),
            '1.000',
            floor.cpu.toFixed(2),
            '1.000',
          ],
          [
            'ingest (extract + store)',
            ingest.wall.toFixed(2),
            (n / ingest.wall).toFixed(1),
            fmt3(ratio),
            ingest.cpu.toFixed(2),
            fmt3(cpuRatio),
          ],
          [
            '  of which store',
            ingest.result.storeSeconds.toFixed(2),
            '',
            fmt3(ingest.result.storeSeconds / floor.wall),
            ingest.result.storeCpuSeconds.toFixed(2),
            fmt3(ingest.result.storeCpuSeconds / floor.cpu),
          ],
          [
            'rerun (all unchanged)',
            rerun.wall.toFixed(2),
            (n / rerun.wall).toFixed(1),
            fmt3(rerun.wall / floor.wall),
            rerun.cpu.toFixed(2),
            '',
          ],
        ],
      ),
    )
    console.log(
      `stored: ${stats.documents} documents, ${stats.actors} actors, ${stats.quotes} quotations, ` +
        `${stats.events} events from ${stats.eventMentions} mentions`,
    )
    console.log(
      `ingest/floor: ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (budget ${MAX_RATIO}x: ${ratio <= MAX_RATIO ? 'holds' : 'EXCEEDED'})`,
    )
    const p50 = percentile(latencies, 50)
    const p99 = percentile(latencies, 99)
    console.log(
      `filtered events queries (${latencies.length}): p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, ` +
        `max ${(latencies.at(-1) ?? 0).toFixed(2)} ms (budget p99 < ${MAX_P99_MS} ms: ${p99 < MAX_P99_MS ? 'holds' : 'EXCEEDED'})`,
    )
    if (values.postgres)
      await postgresPass(values.postgres, extractor, articles, floor, Number(values.queries))
    return 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The same ingest into a fresh schema of a PostgreSQL database, then the same queries; the schema is dropped. */
async function postgresPass(
  url: string,
  extractor: Extractor,
  articles: readonly BenchArticle[],
  floor: { wall: number; cpu: number },
  queries: number,
): Promise<void> {
  const schema = `parley_bench_${process.pid}`
  const store = openPostgresStore(url, { schema })
  try {
    const ingest = await timed(() => ingestPass(extractor, store, articles))
    const latencies = await queryLatencies(store, queries)
    const n = articles.length
    console.log(
      `PostgreSQL ingest: ${ingest.wall.toFixed(2)} s wall (${(n / ingest.wall).toFixed(1)} articles/s, ` +
        `${fmt3(ingest.wall / floor.wall)}x floor; store ${ingest.result.storeSeconds.toFixed(2)} s of it); ` +
        `filtered events queries: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`,
    )
  } finally {
    await store.close()
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  }
}

process.exitCode = await main()
