import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { createExtractPool } from '../parallel/extract-pool.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { progressText, runIngestCommand } from './ingest.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const pool = createExtractPool({ workers: 0 })
const SAMPLE = 'samples/wire/2013-09-28-un-obama-rouhani-phone-call.txt'

async function ingest(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = []
  const code = await runIngestCommand(args, { err: (line) => lines.push(line), progress: false, pool })
  return { code, lines }
}

describe('progressText', () => {
  const tally = { documents: 412, inserted: 400, replaced: 0, unchanged: 12, errors: 1 }
  it('shows the share and the time left when the total is known', () => {
    assert.equal(
      progressText(tally, 840, 15),
      'parley ingest: 412/840 document(s) (49 %), 27.5/s, 16 s left, 1 error(s)',
    )
    assert.match(progressText(tally, 84_000, 15), /\(0 %\), 27\.5\/s, 50 min 44 s left/)
  })
  it('shows the count and rate alone otherwise', () => {
    assert.equal(progressText(tally, null, 15), 'parley ingest: 412 document(s), 27.5/s, 1 error(s)')
  })
})

it('stores articles once, skips them unchanged, replaces them when changed, and reports bad ones', async () => {
  const db = join(dir, 'parley.db')
  const articles = join(dir, 'articles.jsonl')
  const line = (id: string, text: string) => JSON.stringify({ id, text, date: '2022-07-08' })
  writeFileSync(
    articles,
    [
      line('a', 'Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva on Friday.'),
      '{"id": "broken", "text": ',
      line('b', 'Russian Foreign Minister Sergei Lavrov said on Saturday that talks would continue.'),
    ].join('\n'),
  )
  const first = await ingest(articles, '--db', db)
  assert.equal(first.code, 0)
  assert.match(first.lines.join('\n'), /articles\.jsonl:2/, 'the bad line is reported')
  assert.match(first.lines.at(-2) ?? '', /3 document\(s\) .*: 2 new, 0 replaced, 0 unchanged, 1 error\(s\)/)
  const store = openSqliteStore(db)
  const before = { stats: await store.stats(), events: await store.findEvents() }
  await store.close()

  const second = await ingest(articles, '--db', db)
  assert.match(second.lines.at(-2) ?? '', /0 new, 0 replaced, 2 unchanged, 1 error\(s\)/)
  const again = openSqliteStore(db)
  assert.deepEqual({ stats: await again.stats(), events: await again.findEvents() }, before)
  await again.close()

  writeFileSync(articles, line('a', 'Antony Blinken called Sergei Lavrov on Monday.'))
  const third = await ingest(articles, '--db', db)
  assert.match(third.lines.at(-2) ?? '', /0 new, 1 replaced, 0 unchanged, 0 error\(s\)/)
  const changed = openSqliteStore(db)
  assert.equal(
    (await changed.getDocument('a'))?.record.document.text,
    'Antony Blinken called Sergei Lavrov on Monday.',
  )
  await changed.close()

  const forced = await ingest(articles, '--db', db, '--force')
  assert.match(forced.lines.at(-2) ?? '', /0 new, 1 replaced/)
})

it('stores one document for one file ingested from two working directories', async () => {
  const db = join(dir, 'two-paths.db')
  const folder = join(dir, 'x')
  mkdirSync(join(folder, 'deeper'), { recursive: true })
  copyFileSync(SAMPLE, join(folder, 'call.txt'))
  const home = process.cwd()
  try {
    process.chdir(dir)
    await ingest('x/call.txt', '--db', db)
    process.chdir(join(folder, 'deeper'))
    const second = await ingest('../call.txt', '--db', db)
    assert.match(second.lines.at(-2) ?? '', /0 new, 0 replaced, 1 unchanged/)
  } finally {
    process.chdir(home)
  }
  const store = openSqliteStore(db)
  assert.deepEqual(
    (await store.listDocuments()).map((d) => d.id),
    ['x/call.txt'],
  )
  await store.close()
})

it('fails when every input fails, and refuses bad options', async () => {
  const empty = join(dir, 'bad.jsonl')
  writeFileSync(empty, 'not json\n')
  const { code } = await ingest(empty, '--db', join(dir, 'other.db'))
  assert.equal(code, 1)
  await assert.rejects(ingest('--db', join(dir, 'x.db')), /no input/)
  await assert.rejects(ingest(empty, '--date', '2022-13-01'), /--date/)
})

/** Everything a store holds, in a comparable form (ids included: they must come out the same too). */
async function contents(path: string) {
  const store = openSqliteStore(path, { readonly: true })
  try {
    const documents = await store.listDocuments({ limit: 1000 })
    return {
      stats: await store.stats(),
      documents: await Promise.all(documents.map((d) => store.getDocument(d.id))),
      events: await store.findEvents({ limit: 10_000, mentionLimit: 1000 }),
      actors: await store.findActors({ limit: 10_000 }),
      quotes: await store.findQuotes({ limit: 10_000 }),
    }
  } finally {
    await store.close()
  }
}

it('stores the same record with worker threads as in one thread', async () => {
  const one = join(dir, 'one-thread.db')
  const two = join(dir, 'two-workers.db')
  assert.equal(
    await runIngestCommand(['samples', '--db', one, '--workers', '1'], { err: () => {}, progress: false }),
    0,
  )
  assert.equal(
    await runIngestCommand(['samples', '--db', two, '--workers', '2'], { err: () => {}, progress: false }),
    0,
  )
  const [a, b] = [await contents(one), await contents(two)]
  assert.ok(a.stats.documents >= 20 && a.stats.events > 100, JSON.stringify(a.stats))
  for (const d of [...a.documents, ...b.documents]) if (d) Object.assign(d, { ingestedAt: null })
  assert.deepEqual(b, a)
})

it('refuses a bad --workers', async () => {
  for (const workers of ['0', '-1', 'two', '1.5']) {
    await assert.rejects(ingest('samples', '--db', join(dir, 'w.db'), '--workers', workers), /--workers/)
  }
})
