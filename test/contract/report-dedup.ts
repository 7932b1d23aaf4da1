/**
 * Cross-article de-duplication in the store contract: quotations carried by several articles, and the
 * outcome's independence from ingestion order and from replacing articles (run on every backend).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ParleyRecord } from '../../src/record/record.js'
import type { Store } from '../../src/store/store.js'
import { article, DIPLOMATS, meetingReport } from './fixtures.js'

const QUOTED = 'We will keep talking as long as it takes'

/** A wire story as one outlet carries it: the same sentences, a line of the outlet's own appended. */
function syndicated(id: string, published: string, outlet: string, typeset = false): ParleyRecord {
  const quote = typeset ? QUOTED.replace("'", '’') : QUOTED
  const open = typeset ? '“' : '"'
  const close = typeset ? '”' : '"'
  const text =
    `Antony Blinken met Sergei Lavrov in Geneva for talks on the war on Friday. ` +
    `Blinken said ${open}${quote}${close} after the meeting. Lavrov said ${open}No${close}. ${outlet}`
  return article({
    id,
    date: published,
    text,
    actors: [
      { ...DIPLOMATS[0]!, mentions: ['Antony Blinken', 'Blinken'] },
      { ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov', 'Lavrov'] },
    ],
    quotes: [
      { id: 'q1', content: quote, speaker: 'c1', cue: 'said' },
      { id: 'q2', content: 'No', speaker: id === 'wire' ? 'c2' : null },
    ],
    events: [
      // the relative "Friday" resolves against each copy's own publication date
      {
        id: 'e1',
        type: 'CONSULT',
        trigger: 'met',
        actor: ['c1'],
        recipient: ['c2'],
        date: [published, published],
      },
    ],
  })
}

export function reportDedupContract(open: () => Store | Promise<Store>): void {
  describe('quotations carried by several articles', () => {
    it('are one quotation with every report, whatever the date and typography', async () => {
      const store = await open()
      try {
        await store.putDocument(syndicated('wire', '2022-07-08', 'Reporting by the wire.'), {
          contentHash: 'w',
        })
        await store.putDocument(syndicated('post', '2022-07-20', 'Read more at the Post.', true), {
          contentHash: 'p',
        })
        await store.putDocument(syndicated('daily', '2022-07-09', 'The Daily.'), { contentHash: 'd' })
        const quotes = await store.findQuotes()
        const long = quotes.find((q) => q.text.startsWith('We will'))
        assert.ok(long)
        assert.equal(long.reportCount, 3)
        assert.deepEqual(
          long.reports.map((r) => r.document.id),
          ['wire', 'daily', 'post'],
          'earliest published first',
        )
        assert.equal(long.document.id, 'wire')
        assert.equal(long.speaker?.name, 'Antony Blinken')
        // "No" is too short to merge without a speaker: the attributed one is kept apart from the others
        assert.equal(quotes.filter((q) => q.text === 'No').length, 3)
        assert.equal((await store.stats()).quotes, 4)
        // one event: the same sentence in all three, though "Friday" resolved to dates twelve days apart
        const events = await store.findEvents()
        assert.deepEqual(
          events.map((e) => [e.type, e.mentionCount]),
          [['CONSULT', 3]],
        )
        // a document's own quotations are all listed for it
        assert.equal((await store.findQuotes({ documentId: 'post' })).length, 2)
        await store.putDocument(article({ id: 'wire', text: 'Nothing here.' }), { contentHash: 'w2' })
        const left = (await store.findQuotes()).find((q) => q.text.startsWith('We will'))
        assert.equal(left?.reportCount, 2)
        assert.equal(left?.document.id, 'daily')
        assert.equal((await store.findEvents())[0]?.mentionCount, 2)
      } finally {
        await store.close()
      }
    })
  })

  describe('independence from ingestion order', () => {
    const wording = [
      'Antony Blinken met Sergei Lavrov in the capital.',
      'In the capital, Antony Blinken met Sergei Lavrov for two hours.',
      'Sergei Lavrov and Antony Blinken met again, officials said.',
      'Antony Blinken met Sergei Lavrov, and they did not agree.',
    ] as const
    // a chain of dates (each within three days of the next, the ends a week apart), an undated copy of the
    // first sentence, a second meeting of the same two in one article, and a denial
    const corpus: readonly ParleyRecord[] = [
      meetingReport('a', { date: ['2022-07-08', '2022-07-08'], wording: wording[0] }),
      meetingReport('b', { date: ['2022-07-11', '2022-07-11'], wording: wording[1] }),
      meetingReport('c', { date: ['2022-07-14', '2022-07-14'], wording: wording[2], swap: true }),
      meetingReport('d', { date: null, wording: wording[0], published: '2022-07-01' }),
      meetingReport('e', { date: ['2022-09-01', '2022-09-02'], wording: wording[3] }),
      meetingReport('f', { date: null, wording: wording[3] }),
      meetingReport('g', { status: 'negated', wording: wording[1] }),
      syndicated('wire', '2022-07-08', 'Reporting by the wire.'),
      syndicated('post', '2022-07-20', 'Read more at the Post.', true),
    ]
    const orders = [
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
      [8, 7, 6, 5, 4, 3, 2, 1, 0],
      [2, 0, 5, 7, 3, 1, 8, 6, 4],
    ]

    /** What the store holds, without the ids that depend on the order rows were written in. */
    async function outcome(store: Store) {
      const events = (await store.findEvents({ limit: 1000, mentionLimit: 1000 })).map((e) => ({
        type: e.type,
        status: e.status,
        date: e.date,
        place: e.place?.name ?? null,
        actor: e.actor.map((a) => a.name).sort(),
        recipient: e.recipient.map((a) => a.name).sort(),
        count: e.mentionCount,
        reports: e.mentions.map((m) => `${m.document.id}:${m.localId}`).sort(),
      }))
      const quotes = (await store.findQuotes({ limit: 1000 })).map((q) => ({
        shown: `${q.document.id}:${q.localId}`,
        speaker: q.speaker?.name ?? null,
        count: q.reportCount,
        reports: q.reports.map((r) => `${r.document.id}:${r.localId}`),
      }))
      const sortKey = (x: object) => JSON.stringify(x)
      return {
        stats: await store.stats(),
        events: events.sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
        quotes: quotes.sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
      }
    }

    it('stores the same events and quotations in every order, and after replacing every article', async () => {
      const results = []
      for (const order of orders) {
        const store = await open()
        try {
          for (const i of order) await store.putDocument(corpus[i]!, { contentHash: `h${i}` })
          results.push(await outcome(store))
          if (order === orders[0]) {
            // replace every article (as a re-extraction would), in another order
            for (const i of orders[2]!)
              await store.putDocument(corpus[i]!, { contentHash: `h${i}`, replace: true })
            results.push(await outcome(store))
          }
        } finally {
          await store.close()
        }
      }
      const [first, ...others] = results
      for (const other of others) assert.deepEqual(other, first)
      // the chain a–b–c is one meeting, joined by d (its first sentence) and the wire copy (its date)
      const meeting = first?.events.find((e) => e.reports.includes('a:e1'))
      assert.deepEqual(meeting?.reports, ['a:e1', 'b:e1', 'c:e1', 'd:e1', 'post:e1', 'wire:e1'])
      assert.deepEqual(meeting?.date, { start: '2022-07-08', end: '2022-07-08', text: null })
    })
  })
}
