/**
 * `npm run bench:api [-- --db PATH] [--requests N] [--concurrency 1,10,50] [--json] [--by-query]`: latency and
 * throughput of the HTTP API over an existing database (e.g. `parley ingest ../shared/eval/polnear/train.input.jsonl
 * --db polnear.db`), with 1, 10 and 50 connections at once. The server runs in its own process; the queries are
 * drawn from the database itself (its most engaged actors, their counterparts, types and dates), in two groups:
 * filtered `/api/events` and `/api/contacts` timelines. Each group runs twice: repeated (the same queries over and
 * over, as a dashboard asks them: the server remembers answers until the record changes) and distinct (every
 * request made unique by an `until` date past all the data: the same work, never a remembered answer).
 * The bar: p99 under 50 ms at 10 connections, both ways.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { formatTable } from '../src/eval/table.js'
import { openStore, resolveDbPath } from '../src/store/index.js'
import type { Store } from '../src/store/store.js'
import { projectRoot } from './corpus.js'

const P99_BAR_MS = 50
const BAR_CONCURRENCY = 10
const WARMUP_REQUESTS = 40

type QueryGroup = 'events' | 'contacts'
type Repetition = 'repeated' | 'distinct'

/** Queries in the shapes an analyst uses, built from the database's own actors and dates. */
async function queriesFor(store: Store): Promise<Record<QueryGroup, string[]>> {
  const events = await store.findEvents({ limit: 2000, mentionLimit: 0 })
  const actors = new Map<number, { name: string; count: number }>()
  for (const event of events) {
    for (const party of [...event.actor, ...event.recipient]) {
      const entry = actors.get(party.id) ?? { name: party.name, count: 0 }
      entry.count++
      actors.set(party.id, entry)
    }
  }
  const top = [...actors.values()].sort((a, b) => b.count - a.count).slice(0, 8)
  const dates = events.flatMap((e) => (e.sortDate ? [e.sortDate.start] : [])).sort()
  const since = dates[Math.floor(dates.length / 4)] ?? '2000-01-01'
  const until = dates[Math.floor((dates.length * 3) / 4)] ?? '2030-01-01'
  const url = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`
  const eventQueries = [
    url('/api/events', { actor: 'Trump' }),
    url('/api/events', { type: 'CONSULT', limit: '50' }),
    url('/api/events', { status: 'negated', limit: '50' }),
    url('/api/events', { since, until, limit: '100' }),
    url('/api/events', { type: 'ACCUSE', since, limit: '50', offset: '50' }),
  ]
  const contactQueries: string[] = []
  for (const [i, actor] of top.entries()) {
    eventQueries.push(url('/api/events', { actor: actor.name, limit: '50' }))
    eventQueries.push(
      url('/api/events', {
        actor: actor.name,
        type: i % 2 === 0 ? 'CONSULT' : 'ACCUSE',
        since: '2000-01-01',
      }),
    )
    const other = top[(i + 1) % top.length]
    if (other) {
      eventQueries.push(url('/api/events', { actor: actor.name, recipient: other.name, limit: '20' }))
      contactQueries.push(url('/api/contacts', { a: actor.name, b: other.name }))
    }
    const third = top[(i + 3) % top.length]
    if (third) contactQueries.push(url('/api/contacts', { a: actor.name, b: third.name, since }))
  }
  return { events: eventQueries, contacts: contactQueries }
}

let distinctRun = 0

/** The query made unique by an `until` date after all the data: the same answer, computed afresh. */
function distinct(path: string, i: number): string {
  const url = new URL(path, 'http://x')
  const day = new Date(Date.UTC(2100, 0, 1) + (distinctRun * 100_000 + i) * 86_400_000)
  url.searchParams.set('until', day.toISOString().slice(0, 10))
  return `${url.pathname}${url.search}`
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

interface LoadResult {
  readonly group: QueryGroup
  readonly repetition: Repetition
  readonly concurrency: number
  readonly requests: number
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly byQuery: ReadonlyMap<string, readonly number[]>
}

/** `requests` requests over the queries, `concurrency` at a time (each on its own kept-alive connection). */
async function load(
  base: string,
  group: QueryGroup,
  repetition: Repetition,
  queries: readonly string[],
  concurrency: number,
  requests: number,
): Promise<LoadResult> {
  const timings: number[] = []
  const byQuery = new Map<string, number[]>()
  let next = 0
  const one = async (path: string) => {
    const started = performance.now()
    const response = await fetch(`${base}${path}`)
    const body = await response.text()
    const elapsed = performance.now() - started
    if (response.status !== 200 && response.status !== 404) {
      throw new Error(`${path}: HTTP ${response.status} ${body.slice(0, 200)}`)
    }
    return elapsed
  }
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const path = queries[i % queries.length]!
        const elapsed = await one(repetition === 'repeated' ? path : distinct(path, i))
        timings.push(elapsed)
        byQuery.set(path, [...(byQuery.get(path) ?? []), elapsed])
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  timings.sort((a, b) => a - b)
  return {
    group,
    repetition,
    concurrency,
    requests,
    perSecond: requests / seconds,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    max: timings.at(-1) ?? Number.NaN,
    byQuery,
  }
}

async function startServer(path: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'bench', 'api-server.ts'), path],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const port = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench/api: the server exited (${code})`)))
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
  })
  return { base: `http://127.0.0.1:${port}`, child }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      requests: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '1,10,50' },
      json: { type: 'boolean', default: false },
      'by-query': { type: 'boolean', default: false },
    },
  })
  const path = resolveDbPath(values.db ?? null)
  if (!existsSync(path)) {
    process.stderr.write(
      `bench/api: no database at ${path}; build one with "parley ingest <corpus> --db ${path}"\n`,
    )
    return 2
  }
  const levels = values.concurrency.split(',').map(Number)
  const requests = Number(values.requests)
  if (levels.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(requests) || requests < 1) {
    process.stderr.write(
      'bench/api: --concurrency takes whole numbers (1,10,50), --requests a whole number\n',
    )
    return 2
  }
  const store = openStore(path, { readonly: true })
  const stats = await store.stats()
  const queries = await queriesFor(store)
  await store.close()
  const { base, child } = await startServer(path)
  const results: LoadResult[] = []
  try {
    for (const group of ['events', 'contacts'] as const) {
      for (const repetition of ['repeated', 'distinct'] as const) {
        await load(base, group, repetition, queries[group], 1, WARMUP_REQUESTS)
        for (const concurrency of levels) {
          distinctRun++
          results.push(await load(base, group, repetition, queries[group], concurrency, requests))
        }
      }
    }
  } finally {
    child.kill('SIGTERM')
  }
  const atBar = results.filter((r) => r.concurrency === BAR_CONCURRENCY)
  const met = atBar.length > 0 && atBar.every((r) => r.p99 < P99_BAR_MS)
  if (values.json) {
    const rows = results.map(({ byQuery: _, ...r }) => r)
    process.stdout.write(`${JSON.stringify({ database: path, ...stats, results: rows, met }, null, 2)}\n`)
    return met ? 0 : 1
  }
  const ms = (n: number) => n.toFixed(1)
  process.stdout.write(
    `API over ${path}: ${stats.documents} documents, ${stats.events} events; ` +
      `${queries.events.length} events queries, ${queries.contacts.length} contacts queries, ${requests} requests per row\n`,
  )
  process.stdout.write(
    `${formatTable(
      ['queries', 'asked', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
      results.map((r) => [
        r.group,
        r.repetition,
        String(r.concurrency),
        r.perSecond.toFixed(0),
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
      ]),
    )}\n`,
  )
  process.stdout.write(
    `bar: p99 < ${P99_BAR_MS} ms at ${BAR_CONCURRENCY} connections: ${met ? 'met' : 'NOT MET'}\n`,
  )
  if (values['by-query']) {
    for (const result of results.filter((r) => r.concurrency === 1 && r.repetition === 'distinct')) {
      const rows = [...result.byQuery].map(([query, times]) => {
        const sorted = [...times].sort((a, b) => a - b)
        return { query, p50: percentile(sorted, 50), max: sorted.at(-1) ?? 0 }
      })
      rows.sort((a, b) => b.p50 - a.p50)
      for (const row of rows) {
        process.stdout.write(
          `  ${row.p50.toFixed(2).padStart(7)} ms p50 ${row.max.toFixed(1).padStart(7)} ms max  ${decodeURIComponent(row.query)}\n`,
        )
      }
    }
  }
  return met ? 0 : 1
}

process.exitCode = await main()
