export { openQueue } from './boss.js'
export { type EnqueueTally, enqueueItems } from './enqueue.js'
export { jobDataFor, jobIdFor, readJobData } from './job-data.js'
export {
  DEAD_LETTER_QUEUE,
  DEFAULT_JOB_POLICY,
  DEFAULT_WORKER_POLICY,
  INGEST_QUEUE,
  type JobPolicy,
  type WorkerPolicy,
} from './settings.js'
export { type DeadLetter, openQueueStatus, type QueueStatus } from './status.js'
export { type JobResult, pendingJobs, runQueueWorker, type WorkerTally } from './worker-loop.js'
