import type PgBoss from 'pg-boss'
import type { ExtractPool } from '../parallel/extract-pool.js'
import type { PutOutcome, Store } from '../store/store.js'
import { readJobData } from './job-data.js'
import { INGEST_QUEUE, type WorkerPolicy } from './settings.js'

export interface QueueWorkerOptions {
  readonly boss: PgBoss
  /** The record, read to skip documents already stored (a re-delivered job). */
  readonly store: Store
  /** Extracts and stores each document in its threads, each with its own connection to `db`. */
  readonly pool: ExtractPool
  readonly db: string
  /** Jobs being worked on at most (extracting, storing, or waiting for a thread). */
  readonly inFlight: number
  readonly policy: WorkerPolicy
  /** Return once the queue holds nothing waiting, retrying or running (anywhere), instead of polling on. */
  readonly exitWhenIdle: boolean
  /** Aborted: fetch no more jobs, finish those in hand, return. */
  readonly signal: AbortSignal
  readonly onJob?: (result: JobResult) => void
}

export type JobResult =
  | { readonly ok: true; readonly input: string; readonly outcome: PutOutcome }
  | { readonly ok: false; readonly input: string; readonly message: string }

export interface WorkerTally {
  jobs: number
  inserted: number
  replaced: number
  unchanged: number
  failed: number
}

/**
 * Takes ingest jobs from the queue until stopped (or idle) and settles each one by itself: a job that fails is
 * failed alone (pg-boss retries it with backoff, then dead-letters it), never its whole batch. Every write is
 * idempotent (the store skips a document it holds with the same content hash), so a job re-delivered after its
 * worker died mid-job, even after it was stored, changes nothing.
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<WorkerTally> {
  const { boss, policy, signal } = options
  const tally: WorkerTally = { jobs: 0, inserted: 0, replaced: 0, unchanged: 0, failed: 0 }
  const running = new Set<Promise<void>>()
  const settle = (result: JobResult) => {
    tally.jobs++
    if (result.ok) tally[result.outcome]++
    else tally.failed++
    options.onJob?.(result)
  }
  while (!signal.aborted) {
    const room = options.inFlight - running.size
    let fetched = 0
    if (room > 0) {
      const jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: Math.min(room, policy.batchSize) })
      fetched = jobs.length
      for (const job of jobs) {
        const work: Promise<void> = runJob(options, job).then(settle, () => {})
        running.add(work)
        void work.finally(() => running.delete(work))
      }
    }
    if (fetched > 0 && running.size < options.inFlight) continue
    if (running.size >= options.inFlight) {
      await Promise.race(running)
    } else if (options.exitWhenIdle && running.size === 0 && (await pendingJobs(boss)) === 0) {
      break
    } else {
      // nothing more to fetch now: poll again later, or as soon as a job is done
      const wait = pause(policy.pollSeconds * 1000, signal)
      await Promise.race([...running, wait.done])
      wait.cancel()
    }
  }
  await Promise.allSettled([...running])
  return tally
}

/** Jobs waiting, waiting to be retried, or running in any worker. */
export function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })
}

async function runJob(options: QueueWorkerOptions, job: PgBoss.Job<unknown>): Promise<JobResult> {
  const input = inputOf(job.data)
  try {
    const doc = readJobData(job.data)
    let outcome: PutOutcome = 'unchanged'
    if (!(await options.store.hasDocument(doc.meta.id, doc.hash))) {
      const stored = await options.pool.store({ text: doc.text, meta: doc.meta, db: options.db })
      if (!stored.ok || stored.outcome === null) {
        const fatal = stored.diagnostics.filter((d) => d.severity === 'fatal')
        throw new Error(fatal.map((d) => `${d.code} ${d.message}`).join('; ') || 'extraction failed')
      }
      outcome = stored.outcome
    }
    await options.boss.complete(INGEST_QUEUE, job.id, { outcome })
    return { ok: true, input, outcome }
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    await options.boss.fail(INGEST_QUEUE, job.id, { message, input })
    return { ok: false, input, message }
  }
}

function inputOf(data: unknown): string {
  const input = typeof data === 'object' && data !== null ? (data as { input?: unknown }).input : undefined
  return typeof input === 'string' ? input : '(unknown input)'
}

/** Waits `ms`, or less when the signal is aborted or the pause is cancelled. */
function pause(ms: number, signal: AbortSignal): { done: Promise<void>; cancel: () => void } {
  let cancel = () => {}
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', finish)
      resolve()
    }
    const timer = setTimeout(finish, ms)
    signal.addEventListener('abort', finish)
    cancel = finish
  })
  return { done, cancel }
}
