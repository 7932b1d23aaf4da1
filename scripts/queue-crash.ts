/**
 * `node --import tsx scripts/queue-crash.ts [--limit 400] [--kill-after 3] [--expire-seconds 10]`: the bar of
 * issue 10 for the job queue. The same articles (PolNeAR train when ../shared is there, else the samples) are
 * ingested with plain `parley ingest --workers 1` into one fresh PostgreSQL database, and through `parley enqueue`
 * plus two `parley worker`s into another, the first worker SIGKILLed after --kill-after seconds and the second run
 * until the queue is idle (the killed worker's jobs come back once they expire). Prints both records' counts and
 * exits 1 when they differ. The server is $PARLEY_TEST_PG, else postgres://postgres@127.0.0.1:5432/test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultCorpusPath, loadCorpus } from '../bench/corpus.js'
import { TEST_SERVER } from '../test/helpers/postgres.js'
import { freshDatabase, runCli, runWithKilledWorker, storeStats } from '../test/helpers/queue-workers.js'

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '400' },
    'kill-after': { type: 'string', default: '3' },
    'expire-seconds': { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1' },
  },
  strict: true,
})

const corpus = defaultCorpusPath()
if (corpus === null) throw new Error('no corpus: neither ../shared nor samples/ is there')
const articles = await loadCorpus(corpus, Number(values.limit))
const dir = mkdtempSync(join(tmpdir(), 'parley-queue-crash-'))
const input = join(dir, 'articles.jsonl')
writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`)
console.log(`${articles.length} article(s) from ${corpus}`)

try {
  const reference = await freshDatabase(TEST_SERVER, 'parley_queue_crash_reference')
  let started = performance.now()
  await runCli(['ingest', input, '--db', reference, '--workers', '1'])
  const clean = await storeStats(reference)
  console.log(`parley ingest --workers 1: ${((performance.now() - started) / 1000).toFixed(1)}s`, clean)

  const url = await freshDatabase(TEST_SERVER, 'parley_queue_crash')
  started = performance.now()
  await runCli(['enqueue', input, '--db', url, '--expire-seconds', values['expire-seconds']])
  console.log(`parley enqueue: ${((performance.now() - started) / 1000).toFixed(1)}s`)
  const run = await runWithKilledWorker({
    url,
    killAfterSeconds: Number(values['kill-after']),
    concurrency: Number(values.concurrency),
    maintenanceSeconds: 2,
  })
  console.log(
    `two workers, one SIGKILLed after ${values['kill-after']}s (${run.completedAtKill} job(s) done by then), ` +
      `the other to idle: ${run.seconds.toFixed(1)}s`,
    run.stats,
  )
  console.log(run.survivor.stderr.trim())
  console.log('queue:', JSON.stringify(run.status))
  const same = JSON.stringify(run.stats) === JSON.stringify(clean)
  console.log(same ? 'identical counts' : 'DIFFERENT counts')
  process.exitCode = same && run.survivor.code === 0 ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
