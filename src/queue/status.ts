import pg from 'pg'
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, QUEUE_SCHEMA } from './settings.js'

/** The ingest queue at a glance: what `parley jobs` prints and `/api/health` includes. */
export interface QueueStatus {
  /** Jobs waiting for a worker. */
  readonly waiting: number
  /** Jobs that failed and wait for their next attempt (backoff). */
  readonly retrying: number
  /** Jobs a worker holds now (a dead worker's jobs stay here until they expire). */
  readonly active: number
  /** Jobs done, archived ones included. */
  readonly completed: number
  /** Jobs whose attempts are spent: each has a copy in the dead-letter queue. */
  readonly failed: number
  /**
   * Documents per second: over the last minute (or since the first of its jobs started, when later), and over
   * the whole run (first start to last end; null before any job is done).
   */
  readonly throughput: { readonly lastMinute: number; readonly overall: number | null }
  readonly deadLetters: readonly DeadLetter[]
}

export interface DeadLetter {
  readonly input: string | null
  readonly documentId: string | null
  readonly error: string | null
  readonly failedAt: string
}

export interface QueueStatusReader {
  /** Null when the database holds no queue yet (nothing was ever enqueued). */
  read(deadLetterLimit?: number): Promise<QueueStatus | null>
  close(): Promise<void>
}

const S = QUEUE_SCHEMA

/** Reads the queue's tables directly (pg-boss 10's `job` and `archive`), without starting pg-boss. */
export function openQueueStatus(url: string): QueueStatusReader {
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  pool.on('error', () => {})
  return {
    async read(deadLetterLimit = 20) {
      const exists = await pool.query<{ ok: boolean }>(`SELECT to_regclass('${S}.job') IS NOT NULL AS ok`)
      if (!exists.rows[0]?.ok) return null
      const states = await pool.query<{ state: string; n: number }>(
        `SELECT state::text AS state, count(*)::integer AS n FROM ${S}.job WHERE name = $1 GROUP BY state`,
        [INGEST_QUEUE],
      )
      const count = (state: string) => states.rows.find((r) => r.state === state)?.n ?? 0
      const done = await pool.query<{
        archived: number
        minute: number
        window: number | null
        span: number | null
        n: number
      }>(
        `SELECT (SELECT count(*) FROM ${S}.archive WHERE name = $1 AND state = 'completed')::integer AS archived,
           count(*) FILTER (WHERE completed_on > now() - interval '60 seconds')::integer AS minute,
           GREATEST(1, LEAST(60, extract(epoch FROM now() - min(started_on)
             FILTER (WHERE completed_on > now() - interval '60 seconds'))))::float8 AS window,
           extract(epoch FROM max(completed_on) - min(started_on))::float8 AS span, count(*)::integer AS n
         FROM ${S}.job WHERE name = $1 AND state = 'completed'`,
        [INGEST_QUEUE],
      )
      const row = done.rows[0] ?? { archived: 0, minute: 0, window: null, span: null, n: 0 }
      const dead = await pool.query<DeadLetter>(
        `SELECT data->>'input' AS input, (data->>'meta')::jsonb->>'id' AS "documentId",
           COALESCE(output->>'message', output->'value'->>'message', output::text) AS error,
           to_char(created_on AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "failedAt"
         FROM ${S}.job WHERE name = $1 ORDER BY created_on DESC, id LIMIT $2`,
        [DEAD_LETTER_QUEUE, deadLetterLimit],
      )
      return {
        waiting: count('created'),
        retrying: count('retry'),
        active: count('active'),
        completed: count('completed') + row.archived,
        failed: count('failed'),
        throughput: {
          lastMinute: row.minute / (row.window ?? 60),
          overall: row.span && row.span > 0 ? row.n / row.span : null,
        },
        deadLetters: dead.rows,
      }
    },
    close: () => pool.end(),
  }
}
