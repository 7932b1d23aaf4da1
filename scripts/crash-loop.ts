/**
 * `node --import tsx scripts/crash-loop.ts [--kills 4] [--seed N]`: the CI kill -9 / rerun loop. Ingests the
 * samples into a fresh SQLite database with `parley ingest` in a child process, SIGKILLs it at random points a
 * few times (checking the database's integrity after each kill), reruns it to completion, and compares what is
 * stored — counts of documents, actors, places, events, event mentions and quotes, and every stored document's
 * record — with a clean run. Exits 1 on any difference. The seed defaults to today's date (YYYYMMDD).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { REPO_ROOT, SAMPLES_DIR } from '../test/helpers/corpus.js'
import { createRandom } from '../test/helpers/fuzz-docs.js'

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '4' },
    seed: { type: 'string', default: new Date().toISOString().slice(0, 10).replaceAll('-', '') },
  },
  strict: true,
})
const kills = Number(values.kills)
const random = createRandom(Number(values.seed))
const CLI = join(REPO_ROOT, 'src', 'cli', 'main.ts')
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-loop-'))

/** The documents stored so far, read without disturbing the writer (0 while the database is not there yet). */
function storedDocuments(path: string): number {
  if (!existsSync(path)) return 0
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true })
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number
    } finally {
      db.close()
    }
  } catch {
    return 0 // not migrated yet
  }
}

interface Run {
  readonly killed: boolean
  /** Milliseconds from the start to the first document this run stored (null: none seen) and to the end. */
  readonly firstStored: number | null
  readonly ended: number
}

/** When to SIGKILL a run: at a time after its start, or a time after it first commits new documents. */
type KillPoint = { readonly atTime: number } | { readonly afterCommit: number }

/** Runs `parley ingest samples --db PATH`, killing it at `kill` when given. */
function ingest(path: string, kill?: KillPoint): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const before = storedDocuments(path)
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', SAMPLES_DIR, '--db', path], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    let killed = false
    let firstStored: number | null = null
    let timer: NodeJS.Timeout | null = null
    const killIn = (ms: number) => {
      timer = setTimeout(() => {
        killed = child.kill('SIGKILL')
      }, ms)
    }
    if (kill && 'atTime' in kill) killIn(kill.atTime)
    const poll = setInterval(() => {
      if (firstStored !== null || storedDocuments(path) <= before) return
      firstStored = performance.now() - started
      if (kill && 'afterCommit' in kill) killIn(kill.afterCommit)
    }, 20)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(poll)
      if (timer) clearTimeout(timer)
      if (!killed && code !== 0) reject(new Error(`parley ingest exited with ${code}:\n${stderr}`))
      else resolve({ killed, firstStored, ended: performance.now() - started })
    })
  })
}

/** What a database holds: its counts and a hash of every stored document's record, by document id. */
async function contents(path: string) {
  const store = openSqliteStore(path, { readonly: true })
  try {
    const integrity = store.db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`${path}: integrity check: ${String(integrity)}`)
    const documents = await store.listDocuments({ limit: 10_000 })
    const records: Record<string, string> = {}
    for (const d of documents) {
      const stored = await store.getDocument(d.id)
      records[d.id] = createHash('sha256').update(JSON.stringify(stored?.record)).digest('hex').slice(0, 16)
    }
    return { stats: await store.stats(), records }
  } finally {
    await store.close()
  }
}

async function main(): Promise<number> {
  const cleanPath = join(dir, 'clean.db')
  const clean = await ingest(cleanPath)
  const reference = await contents(cleanPath)
  console.log(
    `clean run: ${(clean.ended / 1000).toFixed(1)} s, first document stored at ` +
      `${((clean.firstStored ?? 0) / 1000).toFixed(1)} s; ${JSON.stringify(reference.stats)}`,
  )
  const path = join(dir, 'killed.db')
  // Kill points: while the process loads or migrates (before its first write), or a random moment after it
  // first commits documents (they are committed in groups, at most 500 ms apart), so it dies mid-batch.
  const loading = clean.firstStored ?? clean.ended
  for (let k = 0; k < kills; k++) {
    const before = storedDocuments(path)
    const point: KillPoint =
      k % 3 === 1 ? { atTime: random() * loading * 0.9 } : { afterCommit: random() * 500 }
    const run = await ingest(path, point)
    const after = storedDocuments(path)
    if (existsSync(path)) await contents(path) // throws unless the database is intact
    const when =
      'atTime' in point
        ? `${(point.atTime / 1000).toFixed(2)} s after the start`
        : `${point.afterCommit.toFixed(0)} ms after its first commit`
    console.log(
      `kill ${k + 1}, ${when}: ${run.killed ? 'killed' : 'had finished'}, ${before} → ${after} document(s) stored, integrity ok`,
    )
  }
  await ingest(path)
  const rerun = await contents(path)
  const problems: string[] = []
  for (const [key, value] of Object.entries(reference.stats)) {
    const got = rerun.stats[key as keyof typeof rerun.stats]
    if (got !== value) problems.push(`${key}: ${got} after kills and a rerun, ${value} in a clean run`)
  }
  for (const [id, hash] of Object.entries(reference.records)) {
    if (rerun.records[id] !== hash) problems.push(`${id}: the stored record differs from the clean run's`)
  }
  for (const id of Object.keys(rerun.records)) {
    if (!(id in reference.records)) problems.push(`${id}: stored only after the kills`)
  }
  if (problems.length > 0) {
    console.error(`crash loop: FAILED (seed ${values.seed})\n  ${problems.join('\n  ')}`)
    return 1
  }
  console.log(`crash loop: seed ${values.seed}, ${kills} kills, rerun equals the clean run`)
  return 0
}

try {
  process.exitCode = await main()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
