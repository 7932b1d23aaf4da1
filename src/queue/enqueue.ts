import type PgBoss from 'pg-boss'
import type { IngestItem } from '../ingest/index.js'
import type { Store } from '../store/store.js'
import { jobDataFor, jobIdFor } from './job-data.js'
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, type JobPolicy } from './settings.js'

export interface EnqueueTally {
  documents: number
  /** New jobs. */
  enqueued: number
  /** Documents already waiting, running, done or dead-lettered in the queue: their job exists. */
  queued: number
  /** Documents already stored with this content: nothing to do. */
  stored: number
  /** Inputs that could not be read (said on `err`). */
  errors: number
}

export interface EnqueueOptions {
  readonly boss: PgBoss
  readonly store: Store
  readonly policy: JobPolicy
  readonly err: (line: string) => void
  readonly formatError: (item: Extract<IngestItem, { kind: 'error' }>) => string
}

/**
 * Puts one job per readable document into the ingest queue. Idempotent: a document already stored with the same
 * content is skipped, and one already in the queue keeps its job (its id is made from its content hash).
 */
export async function enqueueItems(
  items: AsyncIterable<IngestItem>,
  options: EnqueueOptions,
): Promise<EnqueueTally> {
  const { boss, store, policy } = options
  const tally: EnqueueTally = { documents: 0, enqueued: 0, queued: 0, stored: 0, errors: 0 }
  for await (const item of items) {
    tally.documents++
    if (item.kind === 'error') {
      tally.errors++
      options.err(options.formatError(item))
      continue
    }
    const data = jobDataFor(item)
    if (await store.hasDocument(item.meta.id, data.hash)) {
      tally.stored++
      continue
    }
    const id = await boss.send(INGEST_QUEUE, data, {
      id: jobIdFor(data.hash),
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: policy.expireInSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
    })
    if (id === null) tally.queued++
    else tally.enqueued++
  }
  return tally
}
