/**
 * `node --import tsx bench/api.ts [--db PATH] [--requests N] [--json] [--by-query]`: latency of filtered `/api/events`
 * queries through the HTTP server (on a free local port) over an existing database, e.g. one built with
 * `parley ingest ../shared/eval/polnear/train.input.jsonl --db polnear.db`. The bar: p99 under 50 ms.
 * The queries are drawn from the database itself: its most engaged actors, their counterparts, types, dates.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { createServer } from '../src/server/server.js'
import { openStore, resolveDbPath } from '../src/store/index.js'
import type { Store } from '../src/store/store.js'

const P99_BAR_MS = 50
const WARMUP = 20

/** Filtered event queries in the shapes an analyst uses, built from the database's own actors and dates. */
async function queriesFor(store: Store): Promise<string[]> {
  const events = await store.findEvents({ limit: 500, mentionLimit: 0 })
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
  const q = (params: Record<string, string>) => `/api/events?${new URLSearchParams(params)}`
  const queries: string[] = [
    q({ type: 'CONSULT', limit: '50' }),
    q({ status: 'negated', limit: '50' }),
    q({ since, until, limit: '100' }),
    q({ type: 'ACCUSE', since, limit: '50', offset: '50' }),
  ]
  for (const [i, actor] of top.entries()) {
    queries.push(q({ actor: actor.name, limit: '50' }))
    queries.push(q({ actor: actor.name, type: i % 2 === 0 ? 'CONSULT' : 'ACCUSE', since: '2000-01-01' }))
    const other = top[(i + 1) % top.length]
    if (other) queries.push(q({ actor: actor.name, recipient: other.name, limit: '20' }))
  }
  return queries
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      requests: { type: 'string', default: '1000' },
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
  const store = openStore(path, { readonly: true })
  const server = createServer({ store })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const stats = await store.stats()
    const queries = await queriesFor(store)
    const requests = Number(values.requests)
    const timings: number[] = []
    const byQuery = new Map<string, number[]>()
    let items = 0
    for (let i = 0; i < WARMUP + requests; i++) {
      const path = queries[i % queries.length]!
      const started = performance.now()
      const response = await fetch(`${base}${path}`)
      const body = (await response.json()) as { items?: unknown[] }
      const elapsed = performance.now() - started
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`)
      if (i >= WARMUP) {
        timings.push(elapsed)
        byQuery.set(path, [...(byQuery.get(path) ?? []), elapsed])
        items += body.items?.length ?? 0
      }
    }
    timings.sort((a, b) => a - b)
    const result = {
      database: path,
      documents: stats.documents,
      events: stats.events,
      queries: queries.length,
      requests,
      meanItems: items / requests,
      p50: percentile(timings, 50),
      p95: percentile(timings, 95),
      p99: percentile(timings, 99),
      max: timings.at(-1) ?? Number.NaN,
    }
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`)
    else {
      const ms = (n: number) => `${n.toFixed(2)} ms`
      process.stdout.write(
        `API latency, filtered /api/events over ${result.documents} documents and ${result.events} events\n` +
          `  ${requests} requests over ${queries.length} queries, ${result.meanItems.toFixed(1)} events per answer\n` +
          `  p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}  max ${ms(result.max)}\n` +
          `  bar: p99 < ${P99_BAR_MS} ms: ${result.p99 < P99_BAR_MS ? 'met' : 'NOT MET'}\n`,
      )
    }
    if (values['by-query']) {
      const rows = [...byQuery].map(([path, times]) => {
        const sorted = [...times].sort((a, b) => a - b)
        return { path, p50: percentile(sorted, 50), max: sorted.at(-1) ?? 0 }
      })
      rows.sort((a, b) => b.p50 - a.p50)
      for (const row of rows) {
        process.stdout.write(
          `  ${row.p50.toFixed(2).padStart(7)} ms p50 ${row.max.toFixed(1).padStart(7)} ms max  ${decodeURIComponent(row.path)}\n`,
        )
      }
    }
    return result.p99 < P99_BAR_MS ? 0 : 1
  } finally {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await store.close()
  }
}

process.exitCode = await main()
