import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { meetingReport } from '../../test/contract/fixtures.js'
import { captureOutput } from '../../test/helpers/capture-output.js'
import type { ParleyRecord } from '../record/record.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { runCli } from './cli.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-db-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe('an unusable --db', () => {
  const bad: Record<string, string> = {}
  before(async () => {
    const good = join(dir, 'good.db')
    const store = openSqliteStore(good)
    for (let i = 0; i < 40; i++) {
      await store.putDocument(meetingReport(`doc-${i}`, { extraText: 'More words. '.repeat(200) }), {
        contentHash: String(i),
      })
    }
    await store.close()
    const bytes = readFileSync(good)
    bad.text = join(dir, 'notes.txt')
    writeFileSync(bad.text, 'Blinken met Lavrov.\n'.repeat(50))
    bad.truncated = join(dir, 'truncated.db')
    writeFileSync(bad.truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    bad.header = join(dir, 'header-only.db')
    writeFileSync(bad.header, bytes.subarray(0, 100))
    bad.directory = join(dir, 'a-directory')
    mkdirSync(bad.directory)
    bad.foreign = join(dir, 'other-program.db')
    const other = new Database(bad.foreign)
    other.exec('CREATE TABLE contacts (name TEXT, phone TEXT)')
    other.close()
  })

  const commands: readonly (readonly string[])[] = [
    ['actors'],
    ['events'],
    ['quotes'],
    ['contacts', 'Blinken', 'Lavrov'],
    ['show', 'doc-1'],
    ['export', '--format', 'jsonl'],
  ]
  for (const kind of ['text', 'truncated', 'header', 'directory', 'foreign']) {
    it(`${kind}: every command prints one line naming the path and exits 1`, async () => {
      const path = bad[kind]!
      for (const command of [...commands, ['ingest', path === bad.text ? join(dir, 'none') : bad.text!]]) {
        if (command[0] === 'ingest' && kind === 'text') continue
        const { code, err, out } = await captureOutput(() => runCli([...command, '--db', path]))
        assert.equal(code, 1, `${command.join(' ')}: ${err}`)
        assert.equal(out, '')
        const lines = err.trimEnd().split('\n')
        assert.equal(lines.length, 1, `${command.join(' ')}: ${err}`)
        assert.ok(lines[0]!.includes(path), lines[0])
        assert.doesNotMatch(err, /\bat .*\.(js|ts):\d+/)
      }
    })
  }

  it('a foreign SQLite database is left untouched by ingest', async () => {
    const { code } = await captureOutput(() => runCli(['ingest', bad.text!, '--db', bad.foreign!]))
    assert.equal(code, 1)
    const db = new Database(bad.foreign!, { readonly: true })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    db.close()
    assert.deepEqual(tables, ['contacts'])
  })
})

describe('input files as the user has them', () => {
  it('a UTF-8 BOM stays in a .txt document, so every offset indexes the file as read', async () => {
    const path = join(dir, '2024-05-04-harbour-talks.txt')
    const text =
      'Harbour talks resume after two-year pause\n\n' +
      'VALLETTA, May 4 — Fishing delegations from Malta and Tunisia met on Thursday, officials said.\n\n' +
      '“We came to listen as much as to talk,” said Maltese fisheries minister Clara Vella.\u00a0' +
      '"Nobody wants another summer of seized boats."\n'
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    const { code, out } = await captureOutput(() => runCli(['extract', path]))
    assert.equal(code, 0)
    const record = JSON.parse(out) as ParleyRecord
    const file = readFileSync(path, 'utf8')
    assert.equal(record.document.text, file)
    assert.equal(record.document.title, 'Harbour talks resume after two-year pause')
    const spans = [
      ...record.actors.flatMap((a) => a.mentions),
      ...record.events.map((e) => e.trigger),
      ...record.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    ]
    assert.ok(record.quotes.length >= 2 && record.actors.length >= 3, 'the article is read as usual')
    for (const span of spans) assert.equal(file.slice(span.start, span.end), span.text)
    const quote = record.quotes.find((q) => q.text.startsWith('We came'))
    assert.ok(quote)
    assert.equal(
      file.slice(quote.spans[0]!.start, quote.spans[0]!.end),
      'We came to listen as much as to talk,',
    )
  })

  it('a single unsupported input is one line and exit 1, not a batch record and summary', async () => {
    const path = join(dir, 'notes.pdf')
    writeFileSync(path, '%PDF-1.4 not really\n')
    for (const command of ['extract', 'quotes', 'events']) {
      const { code, out, err } = await captureOutput(() => runCli([command, path]))
      assert.equal(code, 1, command)
      assert.equal(out, '', command)
      assert.deepEqual(err.trimEnd().split('\n'), [
        `${path}: input/unsupported not a .txt, .html, .htm or .jsonl file`,
      ])
    }
  })
})
