import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { article, DIPLOMATS } from '../../test/contract/fixtures.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'
import { contacts } from './contacts.js'
import { exportRecords } from './export.js'
import {
  formatActors,
  formatContacts,
  formatDocument,
  formatEvents,
  formatQuotes,
  triggerSnippet,
} from './format.js'
import { queryActors, queryDocument, queryEvents, queryQuotes } from './queries.js'

const REPORT = article({
  id: 'report',
  date: '2022-07-08',
  title: 'Talks, "again"',
  text: 'Blinken met Lavrov in Bali, then said: "We disagree, strongly." Lavrov rejected Blinken.',
  actors: [
    { ...DIPLOMATS[0]!, mentions: ['Blinken', 'Blinken'] },
    { ...DIPLOMATS[1]!, mentions: ['Lavrov', 'Lavrov'] },
  ],
  places: [{ id: 'p1', name: 'Bali', country: 'IDN', lat: -8.4, lon: 115.2, mentions: ['Bali'] }],
  quotes: [{ id: 'q1', content: 'We disagree, strongly.', speaker: 'c1', cue: 'said' }],
  events: [
    {
      id: 'e1',
      type: 'CONSULT',
      trigger: 'met',
      actor: ['c1'],
      recipient: ['c2'],
      mode: 'meet',
      date: ['2022-07-07', '2022-07-07'],
      location: { name: 'Bali', country: 'IDN', lat: -8.4, lon: 115.2 },
    },
    { id: 'e2', type: 'REJECT', trigger: 'rejected', actor: ['c2'], recipient: ['c1'] },
    { id: 'e3', type: 'CONSULT', trigger: 'met', status: 'negated', actor: ['c2'], recipient: ['c1'] },
  ],
})

describe('queries over a store', () => {
  let store: Store
  beforeEach(async () => {
    store = openSqliteStore(':memory:')
    await store.putDocument(REPORT, { contentHash: 'h' })
  })
  afterEach(() => store.close())

  it('filters events by names, type, status and place', async () => {
    const types = async (filters: Parameters<typeof queryEvents>[1]) =>
      (await queryEvents(store, filters)).map((e) => `${e.type}/${e.status}`).sort()
    assert.deepEqual(await types({ actor: 'Blinken' }), ['CONSULT/asserted'])
    assert.deepEqual(await types({ actor: 'RUS' }), ['CONSULT/negated', 'REJECT/asserted'])
    assert.deepEqual(await types({ recipient: 'Blinken', type: 'REJECT' }), ['REJECT/asserted'])
    assert.deepEqual(await types({ involving: 'Blinken' }), [
      'CONSULT/asserted',
      'CONSULT/negated',
      'REJECT/asserted',
    ])
    assert.deepEqual(await types({ involving: 'Russia', status: 'asserted' }), [
      'CONSULT/asserted',
      'REJECT/asserted',
    ])
    assert.deepEqual(await types({ involving: 'Nobody' }), [])
    assert.deepEqual(await types({ status: ['negated', 'future'] }), ['CONSULT/negated'])
    assert.deepEqual(await types({ place: 'Bali' }), ['CONSULT/asserted'])
    assert.deepEqual(await types({ place: 'Atlantis' }), [])
    assert.deepEqual(await types({ actor: 'Nobody' }), [])
    assert.deepEqual(await types({ since: '2022-07-09' }), [])
    assert.equal((await queryEvents(store, { limit: 1 })).length, 1)
  })

  it('finds quotations by speaker and words, actors by name, documents by id', async () => {
    assert.equal((await queryQuotes(store, { speaker: 'Blinken' })).length, 1)
    assert.equal((await queryQuotes(store, { speaker: 'Lavrov' })).length, 0)
    assert.equal((await queryQuotes(store, { speaker: 'Nobody' })).length, 0)
    assert.equal((await queryQuotes(store, { search: 'disagree' })).length, 1)
    assert.equal((await queryQuotes(store, { search: '' })).length, 1)
    assert.deepEqual(
      (await queryActors(store, { search: 'lavrov' })).map((a) => a.name),
      ['Sergei Lavrov'],
    )
    assert.equal((await queryDocument(store, 'report'))?.record.document.title, 'Talks, "again"')
  })

  it('formats tables, JSON and RFC 4180 CSV', async () => {
    const events = await queryEvents(store, { order: 'asc' })
    const table = formatEvents(events, 'table')
    assert.match(table, /^id\s+date\s+type/)
    assert.match(table, /REJECT\s+asserted\s+Sergei Lavrov\s+Antony Blinken/)
    assert.deepEqual(
      JSON.parse(formatEvents(events, 'json')).map((e: { id: number }) => e.id),
      events.map((e) => e.id),
    )
    const csv = formatEvents(events, 'csv').split('\r\n')
    assert.equal(csv.length, events.length + 2, 'a header, a row per event, a final line end')
    assert.match(csv[0]!, /^event_id,date_start,date_end,dated_by,type,/)
    assert.match(
      csv[1]!,
      /,"Talks, ""again""",2022-07-08,"Blinken met Lavrov in Bali, then said: ""We disagree, strongly\.",met,8,11$/,
    )
    assert.equal(formatEvents([], 'table'), 'no events\n')
    const quotes = formatQuotes(await queryQuotes(store), 'csv')
    assert.match(quotes, /"We disagree, strongly\."/)
    assert.match(formatQuotes(await queryQuotes(store), 'table'), /Antony Blinken\s+said\s+We disagree/)
    assert.match(formatActors(await queryActors(store), 'table'), /Antony Blinken\s+person\s+USA/)
  })

  it('formats the contacts answer: text, an object with summary and events, or rows marked by role', async () => {
    const result = await contacts(store, 'Blinken', 'Lavrov')
    const text = formatContacts(result, 'table')
    assert.match(
      text,
      /Last asserted contact \(meeting, call, visit, talks\):\n {2}2022-07-07 {2}CONSULT {2}Antony Blinken → Sergei Lavrov \[report, 2022-07-08\]/,
    )
    assert.match(text, /Stated refusals:\n {2}2022-07-08 {2}REJECT/)
    assert.match(text, /Stated absence of contact:\n {2}2022-07-08 {2}CONSULT \(negated\)/)
    const json = JSON.parse(formatContacts(result, 'json'))
    assert.deepEqual(Object.keys(json).sort(), ['a', 'b', 'events', 'summary'])
    assert.equal(json.summary.refusals[0].type, 'REJECT')
    const rows = formatContacts(result, 'csv').split('\r\n')
    assert.match(rows[0]!, /^summary,event_id,/)
    assert.deepEqual(
      rows
        .slice(1, -1)
        .map((r) => r.split(',')[0])
        .sort(),
      ['absence', 'last-contact', 'refusal'],
    )
  })

  it('shows a document with its annotations', async () => {
    const stored = await queryDocument(store, 'report')
    assert.ok(stored)
    const text = formatDocument(stored, 'table')
    assert.match(text, /^report — Talks, "again"\n2022-07-08 · en\n\nBlinken met Lavrov/)
    assert.match(text, /q1 {3}Antony Blinken said: “We disagree, strongly\.”/)
    assert.match(text, /e2 {3}#\d+ {2}REJECT {2}Sergei Lavrov → Antony Blinken {2}“rejected” \d+-\d+/)
  })

  it('exports PLOVER, JSONL and CSV, streaming in batches', async () => {
    await store.putDocument({ ...REPORT, document: { ...REPORT.document, id: 'copy' } }, { contentHash: 'c' })
    const collect = async (format: 'plover' | 'jsonl' | 'csv', options = {}) => {
      let out = ''
      for await (const chunk of exportRecords(store, format, { batchSize: 1, ...options })) out += chunk
      return out
    }
    const jsonl = (await collect('jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    assert.deepEqual(jsonl[0], REPORT)
    assert.equal(jsonl.length, 2)
    const plover = (await collect('plover'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    assert.deepEqual(
      plover.map((p) => [p.event[0], p.quad_code, p.mentions, p.status]).sort(),
      [
        ['CONSULT', 1, 2, 'asserted'],
        ['REJECT', 3, 2, 'asserted'],
      ],
      'the copy is the same story: the dated meeting and the undated refusal (the same sentence) merge with theirs; the negated meeting is left out',
    )
    const meeting = plover.find((p) => p.event[0] === 'CONSULT')
    assert.deepEqual(meeting.actor, [
      {
        code: 'USA',
        sector: 'GOV',
        entity_text: 'Antony Blinken',
        office: 'Secretary of State',
        identifier_id: meeting.actor[0].identifier_id,
        identifier_text: 'Antony Blinken',
      },
    ])
    assert.equal(meeting.text, 'Blinken met Lavrov in Bali, then said: "We disagree, strongly.')
    assert.deepEqual(meeting.cite_info.citation, 'report')
    assert.equal(meeting.date, '2022-07-07')
    assert.deepEqual(meeting.mode, ['meet'])
    assert.deepEqual(meeting.event_loc.country_code, 'IDN')
    assert.deepEqual(meeting.sources.sort(), ['copy', 'report'])
    // the negated meeting merges with its copy's too
    assert.equal((await collect('plover', { allStatuses: true })).trim().split('\n').length, 3)
    const csv = (await collect('csv')).split('\r\n')
    assert.equal(csv.filter((line) => line.startsWith('event_id,')).length, 1, 'one header')
    assert.equal(csv.length, 3 + 2)
  })
})

describe('triggerSnippet', () => {
  const mention = (text: string, trigger: string, offset = 100) => {
    const at = text.indexOf(trigger)
    return {
      document: { id: 'd', title: null, date: null, url: null, source: null, language: null },
      localId: 'e1',
      status: 'asserted' as const,
      date: null,
      sentence: { start: offset, end: offset + text.length, text },
      trigger: { start: offset + at, end: offset + at + trigger.length, text: trigger },
      quote: null,
    }
  }
  const cases: readonly [string, string, number, string][] = [
    ['Blinken met Lavrov.', 'met', 160, 'Blinken [met] Lavrov.'],
    ['Blinken\n  met   Lavrov.', 'met', 160, 'Blinken [met] Lavrov.'],
    [
      `${'a'.repeat(100)} refused ${'b'.repeat(100)}`,
      'refused',
      40,
      `…${'a'.repeat(12)} [refused] ${'b'.repeat(17)}…`,
    ],
  ]
  for (const [text, trigger, width, expected] of cases) {
    it(`${JSON.stringify(text.slice(0, 24))} → ${JSON.stringify(expected.slice(0, 24))}`, () => {
      assert.equal(triggerSnippet(mention(text, trigger), width), expected)
    })
  }
})
