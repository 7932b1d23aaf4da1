import { parseArgs } from 'node:util'
import { readInputs } from '../ingest/index.js'
import { openQueue } from '../queue/boss.js'
import { enqueueItems } from '../queue/enqueue.js'
import { DEFAULT_JOB_POLICY } from '../queue/settings.js'
import { openStore } from '../store/open-store.js'
import { checkedInputs } from './input-args.js'
import { formatDiagnostic, writeErr } from './io.js'
import { boundedOption, QUEUE_DB_HELP, queueDb } from './queue-args.js'

export const ENQUEUE_USAGE = `usage: parley enqueue <input…> --db URL [--date YYYY-MM-DD] [--retries N] [--retry-delay S]
                      [--expire-seconds S]

  Puts one ingest job per document into the job queue (pg-boss, in the same PostgreSQL database as the record)
  for "parley worker" processes on any machine to extract and store. Enqueueing is idempotent: a document
  already stored with the same content is skipped, and one already in the queue keeps its one job.
  <input>            a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
${QUEUE_DB_HELP}
  --date D           publication date (YYYY-MM-DD); overrides the articles' metadata
  --retries N        attempts after the first before a failing job is dead-lettered (default ${DEFAULT_JOB_POLICY.retryLimit})
  --retry-delay S    seconds before the first retry, doubled (with jitter) for each next one (default ${DEFAULT_JOB_POLICY.retryDelaySeconds})
  --expire-seconds S a job running this long is presumed lost with its worker and retried (default
                     ${DEFAULT_JOB_POLICY.expireInSeconds}); a killed worker's documents come back after S plus one maintenance pass`

export interface EnqueueCommandOptions {
  readonly inputs: readonly string[]
  readonly db: string
  readonly date: string | null
  readonly retryLimit: number
  readonly retryDelaySeconds: number
  readonly expireInSeconds: number
}

export function parseEnqueueArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): EnqueueCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      date: { type: 'string' },
      retries: { type: 'string' },
      'retry-delay': { type: 'string' },
      'expire-seconds': { type: 'string' },
    },
  })
  const { inputs, date } = checkedInputs(positionals, values.date)
  return {
    inputs,
    db: queueDb(values.db, env),
    date,
    retryLimit: Math.round(boundedOption('retries', values.retries, DEFAULT_JOB_POLICY.retryLimit, 0, 100)),
    retryDelaySeconds: Math.round(
      boundedOption('retry-delay', values['retry-delay'], DEFAULT_JOB_POLICY.retryDelaySeconds, 0, 3600),
    ),
    expireInSeconds: Math.round(
      boundedOption(
        'expire-seconds',
        values['expire-seconds'],
        DEFAULT_JOB_POLICY.expireInSeconds,
        1,
        86_399,
      ),
    ),
  }
}

/** `parley enqueue`: one job per readable document; unreadable inputs are error lines and the rest proceeds. */
export async function runEnqueueCommand(args: readonly string[]): Promise<number> {
  const options = parseEnqueueArgs(args)
  const store = openStore(options.db)
  const boss = await openQueue(options.db)
  try {
    const started = performance.now()
    const tally = await enqueueItems(readInputs(options.inputs, { date: options.date }), {
      boss,
      store,
      policy: options,
      err: writeErr,
      formatError: (item) => item.diagnostics.map((d) => formatDiagnostic(item.input, d)).join('; '),
    })
    const seconds = (performance.now() - started) / 1000
    writeErr(
      `parley enqueue: ${tally.documents} document(s) in ${seconds.toFixed(1)}s: ${tally.enqueued} enqueued, ` +
        `${tally.queued} already queued, ${tally.stored} already stored, ${tally.errors} error(s)`,
    )
    return tally.documents > 0 && tally.errors === tally.documents ? 1 : 0
  } finally {
    await boss.stop({ graceful: false, wait: true })
    await store.close()
  }
}
