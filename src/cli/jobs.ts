import { parseArgs } from 'node:util'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { displayUrl } from '../queue/boss.js'
import { openQueueStatus, type QueueStatus, retryDeadLetters } from '../queue/status.js'
import { StoreOpenError } from '../store/open-error.js'
import { formatOption } from './format-option.js'
import { UsageError, writeErr, writeOut } from './io.js'
import { boundedOption, QUEUE_DB_HELP, queueDb } from './queue-args.js'

export const JOBS_USAGE = `usage: parley jobs --db URL [--dead N] [--format table|json] [--retry-dead]

  The ingest queue: jobs waiting, retrying, running and done, the throughput, and the dead letters (documents
  whose attempts are spent) with their last error.
${QUEUE_DB_HELP}
  --dead N         dead letters listed at most, newest first (default 20)
  --format F       table (default) or json
  --retry-dead     give the dead-lettered documents another attempt (after fixing what failed them), then show
                   the queue`

export async function runJobsCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      dead: { type: 'string' },
      format: { type: 'string' },
      'retry-dead': { type: 'boolean', default: false },
    },
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  const format = formatOption(values.format, COMMAND_FORMATS.storedState)
  const db = queueDb(values.db)
  const dead = Math.round(boundedOption('dead', values.dead, 20, 0, 100_000))
  const reader = openQueueStatus(db)
  try {
    if (values['retry-dead']) {
      const retried = await retryDeadLetters(db).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error)
        throw new StoreOpenError(displayUrl(db), `cannot retry the dead letters: ${reason}`)
      })
      writeErr(`parley jobs: ${retried} dead-lettered job(s) sent back to the queue`)
    }
    const status = await reader.read(dead).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      throw new StoreOpenError(displayUrl(db), `cannot read the job queue: ${reason}`)
    })
    await writeOut(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status))
    return 0
  } finally {
    await reader.close()
  }
}

export function formatStatus(status: QueueStatus | null): string {
  if (status === null) return 'no job queue in this database yet (run "parley enqueue")\n'
  const { throughput: t } = status
  const lines = [
    `waiting ${status.waiting}, retrying ${status.retrying}, running ${status.active}, ` +
      `done ${status.completed}, dead-lettered ${status.failed}`,
    `throughput: ${t.lastMinute.toFixed(1)} document(s)/s over the last minute` +
      (t.overall === null ? '' : `, ${t.overall.toFixed(1)}/s over the run`),
  ]
  if (status.deadLetters.length > 0) {
    lines.push('', 'dead letters (newest first):')
    for (const d of status.deadLetters)
      lines.push(`  ${d.failedAt}  ${d.input ?? d.documentId ?? '?'}  ${d.error ?? '(no error recorded)'}`)
  }
  return `${lines.join('\n')}\n`
}
