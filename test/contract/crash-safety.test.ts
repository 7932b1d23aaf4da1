import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import type { Store } from '../../src/store/store.js'
import { batchArticle } from './crash-fixtures.js'

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url))
const COUNT = 40
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the child; with `killAfter`, SIGKILLs it once it has reported that many documents stored. */
function runChild(
  path: string,
  group: number | null,
  killAfter?: number,
): Promise<{ stored: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, path, String(COUNT), ...(group === null ? [] : [String(group)])]
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let stored = 0
    let killed = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stored += chunk.split('\n').filter((line) => line.startsWith('stored ')).length
      if (killAfter !== undefined && stored >= killAfter && !killed) {
        killed = child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('close', () => resolve({ stored, killed }))
  })
}

async function snapshot(store: Store) {
  const documents = await store.listDocuments({ limit: 1000 })
  const records = await Promise.all(documents.map(async (d) => (await store.getDocument(d.id))?.record))
  const events = (await store.findEvents({ limit: 1000, order: 'asc' })).map((e) => ({
    type: e.type,
    mentionCount: e.mentionCount,
    date: e.date,
  }))
  return { stats: await store.stats(), records, events }
}

describe('crash safety', () => {
  let reference: Awaited<ReturnType<typeof snapshot>> | undefined
  const cleanRun = async () => {
    if (!reference) {
      const path = join(dir, 'reference.db')
      await runChild(path, null)
      const clean = openSqliteStore(path)
      reference = await snapshot(clean)
      await clean.close()
    }
    return reference
  }

  for (const group of [null, 4]) {
    const mode = group === null ? 'a commit per document' : `group commit of ${group}`
    it(`${mode}: a batch killed mid-way leaves a consistent database, and a rerun completes it`, async () => {
      const path = join(dir, `killed-${group}.db`)
      const first = await runChild(path, group, 9)
      assert.equal(first.killed, true)

      const afterKill = openSqliteStore(path)
      assert.equal(afterKill.db.pragma('integrity_check', { simple: true }), 'ok')
      assert.deepEqual(afterKill.db.pragma('foreign_key_check'), [])
      afterKill.db.prepare("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)").run()
      const partial = await snapshot(afterKill)
      const stored = partial.stats.documents
      assert.ok(stored >= (group ?? 9) && stored < COUNT, `${stored} stored`)
      if (group !== null) assert.equal(stored % group, 0, 'whole groups only')
      for (const record of partial.records) {
        const index = Number(record?.document.id.replace('batch-', ''))
        assert.deepEqual(record, batchArticle(index), 'every stored document is whole')
      }
      const mentions = afterKill.db.prepare('SELECT sum(mention_count) FROM events').pluck().get()
      assert.equal(mentions, partial.stats.eventMentions, 'event counts agree with their mentions')
      await afterKill.close()

      const rerun = await runChild(path, group)
      assert.equal(rerun.stored, COUNT)
      const completed = openSqliteStore(path)
      assert.deepEqual(await snapshot(completed), await cleanRun())
      await completed.close()
    })
  }
})
