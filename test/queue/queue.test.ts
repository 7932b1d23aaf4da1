import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { formatStatus } from '../../src/cli/jobs.js'
import type { IngestDocument, IngestItem } from '../../src/ingest/index.js'
import { createExtractPool } from '../../src/parallel/extract-pool.js'
import { openQueue } from '../../src/queue/boss.js'
import { enqueueItems } from '../../src/queue/enqueue.js'
import { jobDataFor, jobIdFor, readJobData } from '../../src/queue/job-data.js'
import { DEFAULT_JOB_POLICY, DEFAULT_WORKER_POLICY, INGEST_QUEUE } from '../../src/queue/settings.js'
import { type JobResult, runQueueWorker } from '../../src/queue/worker-loop.js'
import { openStore } from '../../src/store/open-store.js'
import { SAMPLES_DIR } from '../helpers/corpus.js'
import { createTestDatabase, SKIP_MESSAGE, type TestDatabase } from '../helpers/postgres.js'
import { queueStatus, runCli, runWithKilledWorker, storeStats } from '../helpers/queue-workers.js'

const typeset: IngestDocument = {
  kind: 'document',
  input: 'typeset.txt',
  text: 'Mr\u00a0Lavrov said: “We didn’t meet — not yet.”',
  meta: {
    id: 'typeset',
    title: 'Lavrov’s “no”\u00a0— a title',
    date: '2024-05-01',
    url: null,
    source: null,
    language: null,
  },
  diagnostics: [],
}

describe('ingest job data', () => {
  it('gives the same document the same UUID job id, and another document another', () => {
    const id = jobIdFor(jobDataFor(typeset).hash)
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    assert.equal(jobIdFor(jobDataFor(typeset).hash), id)
    const other = { ...typeset, meta: { ...typeset.meta, date: '2024-05-02' } }
    assert.notEqual(jobIdFor(jobDataFor(other).hash), id)
  })

  it('reads back what it wrote, typeset metadata included, even with its JSON keys reordered', () => {
    const data = jobDataFor(typeset)
    // jsonb stores objects with their keys reordered: the job must survive it
    const reordered = Object.fromEntries(Object.entries(data).reverse())
    const doc = readJobData(JSON.parse(JSON.stringify(reordered)))
    assert.deepEqual(doc.meta, typeset.meta)
    assert.equal(doc.text, typeset.text)
    assert.equal(doc.hash, data.hash)
  })

  it('refuses data that is not a job of ours, or whose content does not match its hash', () => {
    assert.throws(() => readJobData(null), /queue\/bad-job/)
    assert.throws(() => readJobData({ input: 'x' }), /queue\/bad-job/)
    assert.throws(() => readJobData({ ...jobDataFor(typeset), text: 'changed' }), /does not match/)
  })
})

const databases: TestDatabase[] = []
const available = (await createTestDatabase().then((db) => db && databases.push(db))) !== null
if (!available) console.log(`# ${SKIP_MESSAGE}`)
after(async () => Promise.all(databases.map((db) => db.drop())))

/** A fresh database for one test (the server is known to be reachable). */
async function freshUrl(): Promise<string> {
  const db = await createTestDatabase()
  assert.ok(db)
  databases.push(db)
  return db.url
}

async function* items(docs: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* docs
}

describe('the ingest queue on PostgreSQL', { skip: available ? false : SKIP_MESSAGE }, () => {
  it('enqueues each document once: a second enqueue does nothing', async () => {
    const url = await freshUrl()
    const store = openStore(url)
    const boss = await openQueue(url)
    try {
      const other = { ...typeset, text: `${typeset.text} Again.`, meta: { ...typeset.meta, id: 'typeset-2' } }
      const broken: IngestItem = { kind: 'error', input: 'bad.txt', id: 'bad', diagnostics: [] }
      const options = { boss, store, policy: DEFAULT_JOB_POLICY, err: () => {}, formatError: () => 'bad' }
      const first = await enqueueItems(items([typeset, other, broken]), options)
      assert.deepEqual(first, { documents: 3, enqueued: 2, queued: 0, stored: 0, errors: 1 })
      const second = await enqueueItems(items([typeset, other]), options)
      assert.deepEqual(second, { documents: 2, enqueued: 0, queued: 2, stored: 0, errors: 0 })
      assert.equal(await boss.getQueueSize(INGEST_QUEUE), 2)
    } finally {
      await boss.stop({ graceful: false, wait: true })
      await store.close()
    }
  })

  it('fails a bad job alone, retries it, then dead-letters it with its error; the rest of its batch is stored', async () => {
    const url = await freshUrl()
    const store = openStore(url)
    const boss = await openQueue(url, { maintenanceSeconds: 1 })
    const pool = createExtractPool({ workers: 0 })
    try {
      await boss.send(
        INGEST_QUEUE,
        { input: 'broken.txt', text: 'no metadata' },
        { retryLimit: 1, retryDelay: 0 },
      )
      const policy = { ...DEFAULT_JOB_POLICY, retryLimit: 1, retryDelaySeconds: 0 }
      await enqueueItems(items([typeset]), { boss, store, policy, err: () => {}, formatError: () => '' })
      const results: JobResult[] = []
      const tally = await runQueueWorker({
        boss,
        store,
        pool,
        db: url,
        inFlight: 4,
        policy: { ...DEFAULT_WORKER_POLICY, pollSeconds: 0.5 },
        exitWhenIdle: true,
        signal: new AbortController().signal,
        onJob: (r) => results.push(r),
      })
      assert.deepEqual(tally, { jobs: 3, inserted: 1, replaced: 0, unchanged: 0, failed: 2 })
      assert.equal((await store.stats()).documents, 1)
      const status = await queueStatus(url)
      assert.deepEqual([status?.completed, status?.failed, status?.waiting, status?.active], [1, 1, 0, 0])
      assert.equal(status?.deadLetters.length, 1)
      assert.equal(status?.deadLetters[0]?.input, 'broken.txt')
      assert.match(status?.deadLetters[0]?.error ?? '', /queue\/bad-job/)
      assert.match(formatStatus(status ?? null), /dead-lettered 1[\s\S]*broken\.txt {2}queue\/bad-job/)
    } finally {
      await pool.close()
      await boss.stop({ graceful: false, wait: true })
      await store.close()
    }
  })

  it('stops gracefully when asked: the jobs in hand are settled, none is left running', async () => {
    const url = await freshUrl()
    const store = openStore(url)
    const boss = await openQueue(url)
    const pool = createExtractPool({ workers: 0 })
    try {
      const docs = ['a', 'b', 'c', 'd'].map((id) => ({
        ...typeset,
        text: `${typeset.text} (${id})`,
        meta: { ...typeset.meta, id },
      }))
      await enqueueItems(items(docs), {
        boss,
        store,
        policy: DEFAULT_JOB_POLICY,
        err: () => {},
        formatError: () => '',
      })
      const stop = new AbortController()
      const tally = await runQueueWorker({
        boss,
        store,
        pool,
        db: url,
        inFlight: 2,
        policy: { ...DEFAULT_WORKER_POLICY, pollSeconds: 0.5 },
        exitWhenIdle: false,
        signal: stop.signal,
        onJob: () => stop.abort(),
      })
      const status = await queueStatus(url)
      assert.ok(tally.jobs >= 1 && tally.jobs <= 2, `settled ${tally.jobs}`)
      assert.deepEqual([status?.active, status?.completed, status?.waiting], [0, tally.jobs, 4 - tally.jobs])
    } finally {
      await pool.close()
      await boss.stop({ graceful: false, wait: true })
      await store.close()
    }
  })

  it('loses and doubles nothing when a worker is SIGKILLed mid-run: the same record as a clean ingest', async () => {
    const reference = await freshUrl()
    await runCli(['ingest', SAMPLES_DIR, '--db', reference, '--workers', '1'])
    const clean = await storeStats(reference)
    assert.ok(clean.events > 0)

    const url = await freshUrl()
    await runCli(['enqueue', SAMPLES_DIR, '--db', url, '--expire-seconds', '4'])
    const queued = await queueStatus(url)
    assert.equal(queued?.waiting, clean.documents)
    const run = await runWithKilledWorker({
      url,
      killAfterSeconds: 0,
      killAfterCompleted: 3,
      concurrency: 1,
      maintenanceSeconds: 1,
    })
    assert.equal(run.survivor.code, 0, run.survivor.stderr)
    assert.deepEqual(run.stats, clean)
    assert.equal(run.status?.completed, clean.documents)
    assert.deepEqual(
      [run.status?.waiting, run.status?.retrying, run.status?.active, run.status?.failed],
      [0, 0, 0, 0],
    )
    // enqueueing the same articles again now finds them stored
    const again = await runCli(['enqueue', SAMPLES_DIR, '--db', url])
    assert.match(again.stderr, /0 enqueued, 0 already queued, 26 already stored/)
  })
})
