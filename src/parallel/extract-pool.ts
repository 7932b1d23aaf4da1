import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Knowledge } from '../knowledge/index.js'
import {
  createTaskContext,
  type ExtractOutput,
  type ExtractTask,
  runExtractTask,
  runStoreTask,
  type StoreOutput,
  type StoreTask,
} from './extract-task.js'

/**
 * Extraction off the calling thread: `workers` worker threads, each with its own pipeline, take tasks in the
 * order given (one at a time each); the answers come back as promises, so a caller that awaits them in order
 * gets its results in input order while the workers run ahead. With `workers: 0` tasks run in the calling
 * thread, synchronously, one by one (the same code, so the same records).
 */
export interface ExtractPool {
  /** Worker threads (0: the calling thread extracts). */
  readonly workers: number
  /** Tasks given and not yet answered (queued or running). */
  readonly pending: number
  extract(task: ExtractTask): Promise<ExtractOutput>
  /** Extracts an article and stores its record into the database file where it was extracted. */
  store(task: StoreTask): Promise<StoreOutput>
  /** Stops the workers once they have closed their database connections; tasks still pending are rejected. */
  close(): Promise<void>
}

export interface ExtractPoolOptions {
  /** Worker threads; 0 extracts in the calling thread. Default: available cores. */
  readonly workers?: number
  /** The user's knowledge files (`--kb`), loaded by every worker as the calling thread loaded them. */
  readonly knowledgeFiles?: readonly string[]
  /** The knowledge base built from those files, used when extracting in the calling thread. */
  readonly knowledge?: Knowledge
}

/** Data every worker starts with. */
export interface WorkerSetup {
  readonly knowledgeFiles: readonly string[]
}

export type WorkerRequest =
  | { readonly kind: 'extract'; readonly id: number; readonly task: ExtractTask }
  | { readonly kind: 'store'; readonly id: number; readonly task: StoreTask }
  /** Close the thread's database connections and stop. */
  | { readonly kind: 'close'; readonly id: number }

export type WorkerReply =
  | { readonly id: number; readonly output: ExtractOutput | StoreOutput }
  | { readonly id: number; readonly error: string }

/** How long a worker may take to close its connections before it is terminated. */
const CLOSE_TIMEOUT_MS = 5000

/** Thrown for a task whose worker failed (an exception in extraction, or the thread died). */
export class ExtractWorkerError extends Error {
  override readonly name = 'ExtractWorkerError'
}

/** The default number of workers: the cores this process may use. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism())
}

export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const workers = options.workers ?? defaultWorkerCount()
  if (!Number.isInteger(workers) || workers < 0)
    throw new RangeError(`workers must be 0 or more, not ${workers}`)
  return workers === 0
    ? inThreadPool(options.knowledge)
    : threadPool(workers, { knowledgeFiles: options.knowledgeFiles ?? [] })
}

function inThreadPool(knowledge: Knowledge | undefined): ExtractPool {
  const context = createTaskContext(knowledge)
  let closed = false
  const open = () => {
    if (closed) throw new ExtractWorkerError('the extraction pool is closed')
  }
  return {
    workers: 0,
    pending: 0,
    async extract(task) {
      open()
      return runExtractTask(context, task)
    },
    async store(task) {
      open()
      return runStoreTask(context, task)
    },
    async close() {
      closed = true
      await context.close()
    },
  }
}

interface Job {
  readonly request: WorkerRequest
  resolve(output: ExtractOutput | StoreOutput): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  job: Job | null
}

/**
 * The worker script: the compiled `.js` beside this module, or, when running from TypeScript sources (tests,
 * benchmarks under tsx), the `.ts` file loaded through tsx's loader, which worker threads do not inherit.
 */
function spawnWorker(setup: WorkerSetup): Worker {
  const fromSources = import.meta.url.endsWith('.ts')
  if (!fromSources) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: setup })
  const script = new URL('./extract-worker.ts', import.meta.url).href
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}) })`
  return new Worker(boot, { eval: true, workerData: setup, execArgv: [] })
}

function threadPool(size: number, setup: WorkerSetup): ExtractPool {
  const queue: Job[] = []
  const slots: Slot[] = []
  let nextId = 0
  let pending = 0
  let closed = false

  const settle = (job: Job, reply: WorkerReply) => {
    pending--
    if ('output' in reply) job.resolve(reply.output)
    else job.reject(new ExtractWorkerError(reply.error))
  }

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job !== null) continue
      const job = queue.shift()
      if (!job) return
      slot.job = job
      slot.worker.postMessage(job.request)
    }
  }

  /** A worker that died takes its job with it; a fresh one takes its place while the pool is open. */
  const start = (slot: Slot | null): Slot => {
    const worker = spawnWorker(setup)
    const own: Slot = slot ?? { worker, job: null }
    own.worker = worker
    worker.on('message', (reply: WorkerReply) => {
      const job = own.job
      if (job === null || job.request.id !== reply.id) return
      own.job = null
      settle(job, reply)
      dispatch()
    })
    const fail = (message: string) => {
      const job = own.job
      own.job = null
      if (job) settle(job, { id: job.request.id, error: message })
      if (!closed) {
        start(own)
        dispatch()
      }
    }
    let failure: string | null = null
    worker.on('error', (error) => {
      failure = `extraction worker failed: ${error.message}`
    })
    worker.on('exit', (code) => {
      if (own.worker === worker && !closed) fail(failure ?? `extraction worker stopped (exit code ${code})`)
    })
    return own
  }

  for (let i = 0; i < size; i++) slots.push(start(null))
  // Idle workers must not keep the process alive; busy ones do until their answer arrives.
  const refresh = () => {
    if (closed) return
    for (const slot of slots) {
      if (slot.job === null) slot.worker.unref()
      else slot.worker.ref()
    }
  }
  refresh()

  const submit = (request: (id: number) => WorkerRequest): Promise<ExtractOutput | StoreOutput> => {
    if (closed) return Promise.reject(new ExtractWorkerError('the extraction pool is closed'))
    pending++
    const answer = new Promise<ExtractOutput | StoreOutput>((resolve, reject) => {
      queue.push({ request: request(nextId++), resolve, reject })
    })
    dispatch()
    refresh()
    return answer.finally(refresh)
  }

  return {
    workers: size,
    get pending() {
      return pending
    },
    extract(task) {
      return submit((id) => ({ kind: 'extract', id, task })) as Promise<ExtractOutput>
    },
    store(task) {
      return submit((id) => ({ kind: 'store', id, task })) as Promise<StoreOutput>
    },
    async close() {
      closed = true
      const error = new ExtractWorkerError('the extraction pool was closed')
      for (const job of queue.splice(0)) {
        pending--
        job.reject(error)
      }
      await Promise.all(
        slots.map(async (slot) => {
          const job = slot.job
          slot.job = null
          if (job) settle(job, { id: job.request.id, error: error.message })
          await stopWorker(slot.worker, job !== null)
        }),
      )
    },
  }
}

/**
 * Stops a worker: an idle one is asked to close its database connections and exits by itself; a busy one
 * (or one that does not exit in time) is terminated.
 */
async function stopWorker(worker: Worker, busy: boolean): Promise<void> {
  worker.ref() // an unreferenced worker's exit would not hold the event loop open for this await
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  if (busy) {
    await worker.terminate()
    return
  }
  worker.postMessage({ kind: 'close', id: -1 } satisfies WorkerRequest)
  const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}
