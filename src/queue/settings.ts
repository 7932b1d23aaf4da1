/** The pg-boss queue documents wait in, one job per document. */
export const INGEST_QUEUE = 'parley-ingest'
/** Where a job goes once its retries are spent: `parley jobs` lists it with its last error. */
export const DEAD_LETTER_QUEUE = 'parley-ingest-dead'
/** pg-boss's own tables live in this schema of the Parley database. */
export const QUEUE_SCHEMA = 'pgboss'

/** How each job is retried and when a silent worker's job is taken back (set per job at enqueue time). */
export interface JobPolicy {
  /** Attempts after the first before the job is dead-lettered. */
  readonly retryLimit: number
  /** Seconds before the first retry; doubled (with jitter) for each further one. */
  readonly retryDelaySeconds: number
  /**
   * A job active this long is presumed lost (its worker died) and is failed, then retried, by the next
   * maintenance pass: it must exceed the longest extraction (a 2,000,000-character article takes well under a
   * minute), and bounds how late a killed worker's documents come back.
   */
  readonly expireInSeconds: number
}

export const DEFAULT_JOB_POLICY: JobPolicy = {
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 120,
}

/** How a worker polls and maintains the queue. */
export interface WorkerPolicy {
  /** Seconds between maintenance passes (expiring lost jobs, archiving finished ones); pg-boss's default is 120. */
  readonly maintenanceSeconds: number
  /** Seconds between polls when the queue is empty. */
  readonly pollSeconds: number
  /** Jobs fetched at most in one query: polling costs a round trip, so fetch several at once. */
  readonly batchSize: number
}

export const DEFAULT_WORKER_POLICY: WorkerPolicy = {
  maintenanceSeconds: 30,
  pollSeconds: 2,
  batchSize: 20,
}
