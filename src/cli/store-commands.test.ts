import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { article, DIPLOMATS } from '../../test/contract/fixtures.js'
import { captureOutput } from '../../test/helpers/capture-output.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { runActorsCommand } from './actors.js'
import { runContactsCommand } from './contacts.js'
import { runExportCommand } from './export.js'
import { runShowCommand } from './show.js'
import { runSpeakersCommand, runStatsCommand } from './stats.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'))
const db = join(dir, 'parley.db')
after(() => rmSync(dir, { recursive: true, force: true }))

describe('store commands', () => {
  before(async () => {
    const store = openSqliteStore(db)
    await store.putDocument(
      article({
        id: 'bali',
        date: '2022-07-08',
        text: 'Blinken has not spoken to Lavrov since January and chose not to meet him in Bali.',
        actors: [
          { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
          { ...DIPLOMATS[1]!, mentions: ['Lavrov', 'him'] },
        ],
        events: [
          {
            id: 'e1',
            type: 'CONSULT',
            trigger: 'spoken',
            status: 'negated',
            actor: ['c1'],
            recipient: ['c2'],
            date: ['2022-01-01', '2022-07-08'],
          },
          { id: 'e2', type: 'REJECT', trigger: 'chose not to meet', actor: ['c1'], recipient: ['c2'] },
        ],
      }),
      { contentHash: 'h' },
    )
    await store.close()
  })

  it('stats: events by type and by dyad; speakers: none quoted yet', async () => {
    const byType = await captureOutput(() => runStatsCommand(['--db', db]))
    assert.equal(byType.code, 0)
    assert.match(byType.out, /^type +events\n/)
    assert.match(byType.out, /CONSULT +1\n/)
    assert.match(byType.out, /2 events in all\n$/)
    const dyad = JSON.parse(
      (await captureOutput(() => runStatsCommand(['--by', 'dyad', '--db', db, '--format', 'json']))).out,
    )
    assert.deepEqual(
      dyad.rows.map((r: { count: number }) => r.count),
      [2],
    )
    await assert.rejects(() => runStatsCommand(['--by', 'weekday', '--db', db]), /--by must be one of/)
    const speakers = await captureOutput(() => runSpeakersCommand(['--db', db]))
    assert.equal(speakers.code, 0)
    assert.match(speakers.out, /^no speakers \(0 quotations/)
  })

  it('contacts: the refusal and the stated absence of contact, as text and JSON', async () => {
    const text = await captureOutput(() => runContactsCommand(['Blinken', 'Lavrov', '--db', db]))
    assert.equal(text.code, 0)
    assert.match(
      text.out,
      /Stated refusals:\n {2}2022-07-08 {2}REJECT {2}Antony Blinken → Sergei Lavrov \[bali, 2022-07-08\]/,
    )
    assert.match(text.out, /Stated absence of contact:\n {2}2022-01-01\.\.2022-07-08 {2}CONSULT \(negated\)/)
    assert.match(text.out, /\[chose not to meet\]/)
    const json = JSON.parse(
      (await captureOutput(() => runContactsCommand(['Blinken', 'Lavrov', '--db', db, '--format', 'json'])))
        .out,
    )
    assert.equal(json.summary.refusals.length, 1)
    assert.equal(json.events.length, 2)
    const missing = await captureOutput(() => runContactsCommand(['Blinken', 'Nobody', '--db', db]))
    assert.equal(missing.code, 1)
    assert.match(missing.err, /no stored actor matches "Nobody"/)
  })

  it('actors, show and export', async () => {
    const actors = await captureOutput(() => runActorsCommand(['--db', db, '--format', 'csv']))
    assert.match(actors.out, /^id,name,kind,country,sector,role,documents,mentions\r\n/)
    assert.match(actors.out, /,Sergei Lavrov,person,RUS,GOV,Foreign Minister,1,2\r\n/)
    const shown = await captureOutput(() => runShowCommand(['bali', '--db', db]))
    assert.match(shown.out, /^bali\n2022-07-08 · en\n\nBlinken has not spoken/)
    assert.equal((await captureOutput(() => runShowCommand(['nope', '--db', db]))).code, 1)
    const plover = await captureOutput(() => runExportCommand(['--format', 'plover', '--db', db]))
    assert.deepEqual(
      plover.out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).event),
      [['REJECT']],
    )
  })

  it("actors merge and rules: a user's correction persists and applies to later articles", async () => {
    const mergeDb = join(dir, 'merge.db')
    const store = openSqliteStore(mergeDb)
    const lavrov = (id: string, name: string) =>
      article({ id, text: `${name} spoke.`, actors: [{ id: 'c1', name, country: 'RUS', mentions: [name] }] })
    await store.putDocument(lavrov('a', 'Sergey Lavrov'), { contentHash: 'a' })
    await store.putDocument(lavrov('b', 'Sergei Lavrov'), { contentHash: 'b' })
    await store.close()
    const merged = await captureOutput(() =>
      runActorsCommand(['merge', 'Sergey Lavrov', 'Sergei Lavrov', '--db', mergeDb]),
    )
    assert.equal(merged.code, 0)
    assert.match(
      merged.err,
      /^parley actors: merged actor \d+ into \d+ \(1 document link\(s\), 0 event\(s\)\)/,
    )
    const listed = await captureOutput(() => runActorsCommand(['--db', mergeDb, '--format', 'csv']))
    assert.match(listed.out, /,Sergei Lavrov,person,RUS,,,2,2\r\n/)
    assert.doesNotMatch(listed.out, /Sergey/)
    const rules = await captureOutput(() => runActorsCommand(['rules', '--db', mergeDb, '--format', 'json']))
    const [rule] = JSON.parse(rules.out) as { fromName: string; intoName: string }[]
    assert.equal(rule?.fromName, 'sergey lavrov')
    assert.equal(rule?.intoName, 'Sergei Lavrov')
    const later = openSqliteStore(mergeDb)
    await later.putDocument(lavrov('c', 'Sergey Lavrov'), { contentHash: 'c' })
    assert.equal(
      (await later.findActors({ search: 'lavrov' })).length,
      1,
      'the rule holds for a later article',
    )
    await later.close()
    await assert.rejects(
      runActorsCommand(['merge', 'Nobody', 'Sergei Lavrov', '--db', mergeDb]),
      /no actor named "Nobody"/,
    )
    await assert.rejects(runActorsCommand(['merge', '1', '--db', mergeDb]), /two actors/)
    await assert.rejects(runActorsCommand(['split', '--db', mergeDb]), /an actor and a name/)
    await assert.rejects(runActorsCommand(['unmerge', '--db', mergeDb]), /unexpected argument "unmerge"/)
    const split = await captureOutput(() =>
      runActorsCommand(['split', 'Sergei Lavrov', 'Sergey Lavrov', '--db', mergeDb]),
    )
    assert.equal(split.code, 0)
    assert.match(split.err, /^parley actors: split 2 article\(s\) off actor \d+ into actor \d+/)
    const after = await captureOutput(() => runActorsCommand(['--db', mergeDb, '--format', 'csv']))
    assert.match(after.out, /,Sergey Lavrov,person,RUS,,,2,2\r\n/)
    assert.match(after.out, /,Sergei Lavrov,person,RUS,,,1,1\r\n/)
  })

  it('refuses a bad --order and --kind', async () => {
    const { runStoredEventsCommand, runStoredQuotesCommand } = await import('./stored-listings.js')
    await assert.rejects(runStoredEventsCommand(['--order', 'up', '--db', db]), /--order must be asc or desc/)
    await assert.rejects(
      runStoredQuotesCommand(['--kind', 'loud', '--db', db]),
      /--kind must be one of direct/,
    )
    const asc = await captureOutput(() =>
      runStoredEventsCommand(['--order', 'asc', '--db', db, '--format', 'csv']),
    )
    assert.equal(asc.code, 0)
    const nobody = await captureOutput(() => runStoredEventsCommand(['--involving', 'Nobodyxyz', '--db', db]))
    assert.equal(
      nobody.err,
      'parley events: no stored actor matches "Nobodyxyz"\n',
      'the same warning as contacts',
    )
    const silent = await captureOutput(() => runStoredQuotesCommand(['--speaker', 'Nobodyxyz', '--db', db]))
    assert.equal(silent.err, 'parley quotes: no stored actor matches "Nobodyxyz"\n')
  })

  it('refuses a missing database and bad options', async () => {
    await assert.rejects(runActorsCommand(['--db', join(dir, 'missing.db')]), /no database at/)
    await assert.rejects(runContactsCommand(['Blinken', '--db', db]), /exactly two actors/)
    await assert.rejects(runContactsCommand(['A', 'B', '--since', '2022-02-30', '--db', db]), /--since/)
    await assert.rejects(
      runExportCommand(['--format', 'xml', '--db', db]),
      /--format must be plover, jsonl, csv/,
    )
    await assert.rejects(
      runShowCommand(['bali', '--format', 'csv', '--db', db]),
      /--format must be table, json/,
    )
  })
})
