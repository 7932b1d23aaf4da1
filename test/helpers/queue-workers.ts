import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import pg from 'pg'
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
export function startCli(args: readonly string[]): { child: ChildProcess; done: Promise<CliRun> } {
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
  return { child, done }
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
  readonly survivor: CliRun
  readonly status: QueueStatus | null
  readonly stats: StoreStats
}

export interface KilledWorkerOptions {
  readonly url: string
  /** Kill the first worker this long after both started… */
  readonly killAfterSeconds: number
  /** …and only once the queue shows this many jobs done (so it dies mid-run, holding jobs). */
  readonly killAfterCompleted?: number
  readonly concurrency: number
  readonly maintenanceSeconds: number
}

/**
 * Two workers on an already filled queue; the first is SIGKILLed mid-run, the second runs until the queue is
 * idle (which includes the killed worker's jobs coming back once they expire).
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
  const survivor = startCli([...workerArgs, '--exit-when-idle'])
  const deadline = started + options.killAfterSeconds * 1000
  let completedAtKill = 0
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    completedAtKill = (await queueStatus(options.url))?.completed ?? 0
    if (performance.now() >= deadline && completedAtKill >= (options.killAfterCompleted ?? 0)) break
  }
  doomed.child.kill('SIGKILL')
  await doomed.done
  const run = await survivor.done
  return {
    seconds: (performance.now() - started) / 1000,
    completedAtKill,
    survivor: run,
    status: await queueStatus(options.url),
    stats: await storeStats(options.url),
  }
}
