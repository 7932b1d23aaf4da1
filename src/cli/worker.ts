import { parseArgs } from 'node:util'
import { createExtractPool, defaultWorkerCount } from '../parallel/extract-pool.js'
import { openQueue } from '../queue/boss.js'
import { DEFAULT_WORKER_POLICY, type WorkerPolicy } from '../queue/settings.js'
import { type JobResult, runQueueWorker, type WorkerTally } from '../queue/worker-loop.js'
import { openStore } from '../store/open-store.js'
import { type CommandEnv, UsageError, workersOption, writeErr } from './io.js'
import { boundedOption, QUEUE_DB_HELP, queueDb } from './queue-args.js'

const D = DEFAULT_WORKER_POLICY

export const WORKER_USAGE = `usage: parley worker --db URL [--concurrency N] [--exit-when-idle] [--batch N] [--poll-seconds S]
                     [--maintenance-seconds S]

  Takes ingest jobs ("parley enqueue") from the queue, extracts each document and stores its record. Run any
  number of workers, on any number of machines, against one database. Delivery is at least once and every
  write is idempotent: a worker killed mid-job loses nothing and doubles nothing (its jobs come back once
  they expire). A failing job is retried with backoff, then dead-lettered ("parley jobs" lists it).
${QUEUE_DB_HELP}
  --concurrency N        documents extracted at once, in N worker threads (default: the available cores,
                         ${defaultWorkerCount()} here; 1 extracts in the main thread)
  --exit-when-idle       stop once no job is waiting, retrying or running anywhere (default: poll forever)
  --batch N              jobs fetched at most per poll (default ${D.batchSize})
  --poll-seconds S       seconds between polls of an empty queue (default ${D.pollSeconds}; at least 0.5)
  --maintenance-seconds S seconds between maintenance passes, which take back the expired jobs of dead
                         workers (default ${D.maintenanceSeconds}; one pass runs per interval among all workers)

  SIGTERM or Ctrl-C stops gracefully: no new jobs, those in hand are finished and settled; a second one quits
  at once (the jobs in hand come back after they expire).`

export interface WorkerCommandOptions {
  readonly db: string
  readonly concurrency: number
  readonly exitWhenIdle: boolean
  readonly policy: WorkerPolicy
}

export function parseWorkerArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): WorkerCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      concurrency: { type: 'string' },
      'exit-when-idle': { type: 'boolean', default: false },
      batch: { type: 'string' },
      'poll-seconds': { type: 'string' },
      'maintenance-seconds': { type: 'string' },
    },
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  let concurrency: number
  try {
    concurrency = workersOption(values.concurrency)
  } catch {
    throw new UsageError(`--concurrency must be a whole number from 1 to 999, not "${values.concurrency}"`)
  }
  return {
    db: queueDb(values.db, env),
    concurrency,
    exitWhenIdle: values['exit-when-idle'],
    policy: {
      batchSize: Math.round(boundedOption('batch', values.batch, D.batchSize, 1, 1000)),
      pollSeconds: boundedOption('poll-seconds', values['poll-seconds'], D.pollSeconds, 0.5, 3600),
      maintenanceSeconds: Math.round(
        boundedOption('maintenance-seconds', values['maintenance-seconds'], D.maintenanceSeconds, 1, 3600),
      ),
    },
  }
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'the database'
  }
}

/** `parley worker`: runs until stopped (SIGTERM, Ctrl-C) or, with --exit-when-idle, until the queue is idle. */
export async function runWorkerCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const options = parseWorkerArgs(args)
  const threads = options.concurrency <= 1 ? 0 : options.concurrency
  const store = openStore(options.db)
  const boss = await openQueue(options.db, {
    maintenanceSeconds: options.policy.maintenanceSeconds,
    onError: (error) => writeErr(`parley worker: queue: ${error.message}`),
  })
  const pool = createExtractPool({
    workers: threads,
    knowledgeFiles: env.knowledgeFiles ?? [],
    ...(env.knowledge ? { knowledge: env.knowledge } : {}),
  })
  const stop = new AbortController()
  let signals = 0
  const onSignal = () => {
    signals++
    if (signals === 1) {
      writeErr('parley worker: stopping after the jobs in hand (again to quit at once)')
      stop.abort()
    } else {
      process.exit(130)
    }
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  const progress = workerProgress(process.stderr.isTTY === true)
  writeErr(
    `parley worker: taking jobs from ${displayUrl(options.db)}, ${options.concurrency} at a time` +
      (options.exitWhenIdle ? ', until the queue is idle' : ''),
  )
  try {
    const tally = await runQueueWorker({
      boss,
      store,
      pool,
      db: options.db,
      inFlight: options.concurrency * 2,
      policy: options.policy,
      exitWhenIdle: options.exitWhenIdle,
      signal: stop.signal,
      onJob: progress.onJob,
    })
    progress.done(tally)
    return 0
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
    await pool.close()
    await boss.stop({ graceful: true, wait: true, timeout: 5000 })
    await store.close()
  }
}

function workerProgress(tty: boolean) {
  const started = performance.now()
  const tally: WorkerTally = { jobs: 0, inserted: 0, replaced: 0, unchanged: 0, failed: 0 }
  let shown = 0
  const rate = (jobs: number) => jobs / Math.max((performance.now() - started) / 1000, 1e-3)
  return {
    onJob(result: JobResult) {
      tally.jobs++
      if (result.ok) tally[result.outcome]++
      else {
        tally.failed++
        if (tty) process.stderr.write('\r\x1b[K')
        writeErr(`${result.input}: job failed (retried later, or dead-lettered): ${result.message}`)
      }
      const now = performance.now()
      if (tty && now - shown > 250) {
        shown = now
        process.stderr.write(
          `\r\x1b[Kparley worker: ${tally.jobs} job(s), ${rate(tally.jobs).toFixed(1)}/s, ${tally.failed} failed`,
        )
      }
    },
    done(final: WorkerTally) {
      if (tty) process.stderr.write('\r\x1b[K')
      const seconds = (performance.now() - started) / 1000
      writeErr(
        `parley worker: ${final.jobs} job(s) in ${seconds.toFixed(1)}s (${rate(final.jobs).toFixed(1)}/s): ` +
          `${final.inserted} new, ${final.replaced} replaced, ${final.unchanged} unchanged, ${final.failed} failed`,
      )
    },
  }
}
