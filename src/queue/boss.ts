import PgBoss from 'pg-boss'
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, QUEUE_SCHEMA } from './settings.js'

export interface OpenQueueOptions {
  /** Run maintenance (expire lost jobs, archive finished ones) every this many seconds; 0: none (enqueue, jobs). */
  readonly maintenanceSeconds?: number
  /** Connections in pg-boss's own pool (default 2). */
  readonly connections?: number
  /** Called with errors pg-boss reports in the background (default: ignored; the next call fails visibly). */
  readonly onError?: (error: Error) => void
}

/**
 * Starts pg-boss on the Parley database (its tables in the `pgboss` schema, created or migrated on first use)
 * and makes sure the ingest queue and its dead-letter queue exist. Cron scheduling is off: Parley has none.
 */
export async function openQueue(url: string, options: OpenQueueOptions = {}): Promise<PgBoss> {
  const maintenance = options.maintenanceSeconds ?? 0
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: options.connections ?? 2,
    schedule: false,
    supervise: maintenance > 0,
    ...(maintenance > 0 ? { maintenanceIntervalSeconds: maintenance } : {}),
    application_name: 'parley',
  })
  boss.on('error', options.onError ?? (() => {}))
  await boss.start()
  await boss.createQueue(DEAD_LETTER_QUEUE)
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE })
  return boss
}
