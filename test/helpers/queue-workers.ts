import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import pg from 'pg'
import { INGEST_QUEUE, QUEUE_SCHEMA } from '../../src/queue/settings.js'
import { openQueueStatus, type QueueStatus } from '../../src/queue/status.js'
import { openStore } from '../../src/store/open-store.js'
import type { StoreStats } from '../../src/store/store.js'
import { REPO_ROOT } from './corpus.js'

const CLI = join(REPO_ROOT, 'src', 'cli', 'main.ts')

export interface CliRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

/** A `parley` command in a child process, as a user runs it (from the sources, through tsx). */
export function startCli(args: readonly string[]): {
  child: ChildProcess
  done: Promise<CliRun>
  stderr: () => string
} {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk
  })
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stderr }))
  })
  return { child, done, stderr: () => stderr }
}

export async function runCli(args: readonly string[]): Promise<CliRun> {
  const run = await startCli(args).done
  if (run.code !== 0) throw new Error(`parley ${args.join(' ')} exited ${run.code}: ${run.stderr}`)
  return run
}

export async function queueStatus(url: string): Promise<QueueStatus | null> {
  const reader = openQueueStatus(url)
  try {
    return await reader.read()
  } finally {
    await reader.close()
  }
}

export async function storeStats(url: string): Promise<StoreStats> {
  const store = openStore(url)
  try {
    return await store.stats()
  } finally {
    await store.close()
  }
}

/** Creates a fresh database on the server of `serverUrl` (dropped first when it exists) and returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export interface KilledWorkerRun {
  /** Seconds from the first worker's start to the last worker's exit. */
  readonly seconds: number
  /** Jobs the killed worker had completed when it was killed (it held others, which had to expire). */
  readonly completedAtKill: number
  /** Jobs fetched more than once (the killed worker's, come back after they expired). */
  readonly redelivered: number
  readonly survivor: CliRun
  readonly status: QueueStatus | null
  readonly stats: StoreStats
}

export interface KilledWorkerOptions {
  readonly url: string
  /** Kill the first worker this long after it started taking jobs… */
  readonly killAfterSeconds: number
  /** …and once the queue shows this many jobs done (default 0). */
  readonly killAfterCompleted?: number
  /**
   * Start the second worker only once the first is killed (a small queue: a second worker starting first could
   * take every job before the first holds any), and kill the first as soon as it is seen holding jobs.
   */
  readonly alone?: boolean
  readonly concurrency: number
  readonly maintenanceSeconds: number
}

/**
 * Two workers on an already filled queue; the first is SIGKILLed mid-run (holding jobs), the second runs until
 * the queue is idle, which includes the killed worker's jobs coming back once they expire.
 */
export async function runWithKilledWorker(options: KilledWorkerOptions): Promise<KilledWorkerRun> {
  const workerArgs = [
    'worker',
    '--db',
    options.url,
    '--concurrency',
    String(options.concurrency),
    '--maintenance-seconds',
    String(options.maintenanceSeconds),
    '--poll-seconds',
    '0.5',
  ]
  const started = performance.now()
  const doomed = startCli(workerArgs)
  const survivorArgs = [...workerArgs, '--exit-when-idle']
  let survivor = options.alone ? null : startCli(survivorArgs)
  let completedAtKill = 0
  let deadline = Number.POSITIVE_INFINITY
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    // the worker says so right before its first fetch
    if (deadline === Number.POSITIVE_INFINITY && doomed.stderr().includes('taking jobs'))
      deadline = performance.now() + options.killAfterSeconds * 1000
    const status = await queueStatus(options.url)
    completedAtKill = status?.completed ?? 0
    // alone, every running job is the first worker's
    const holding = !options.alone || (status?.active ?? 0) > 0
    if (performance.now() >= deadline && completedAtKill >= (options.killAfterCompleted ?? 0) && holding)
      break
  }
  doomed.child.kill('SIGKILL')
  await doomed.done
  survivor ??= startCli(survivorArgs)
  const run = await survivor.done
  return {
    seconds: (performance.now() - started) / 1000,
    completedAtKill,
    survivor: run,
    redelivered: await redeliveredJobs(options.url),
    status: await queueStatus(options.url),
    stats: await storeStats(options.url),
  }
}

/** Jobs that were fetched more than once: a killed worker's jobs, taken back after they expired. */
async function redeliveredJobs(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND retry_count > 0`,
      [INGEST_QUEUE],
    )
    return result.rows[0]?.n ?? 0
  } finally {
    await client.end()
  }
}
