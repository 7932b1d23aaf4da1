/**
 * The one contract every Store backend satisfies, run against each of them by store.test.ts. It tests the
 * public surface only: records in, read models out.
 */
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import type { Store } from '../../src/store/store.js'
import { type ActorSpec, article, DIPLOMATS, meetingReport } from './fixtures.js'
import { reportDedupContract } from './report-dedup.js'

/** Another sentence reporting the same meeting: only the date rule can join it to the usual one. */
const OTHER_WORDING = 'In the capital, Antony Blinken met Sergei Lavrov for two hours.'

export function storeContract(backend: string, open: () => Store | Promise<Store>): void {
  describe(`Store contract: ${backend}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await open()
    })
    afterEach(async () => {
      await store.close()
    })

    describe('documents', () => {
      it('gives back the record it was given, exactly', async () => {
        const record = article({
          id: 'doc-1',
          title: 'Talks in Bali',
          date: '2022-07-09',
          text: 'Blinken said "we will not meet" in Bali. Lavrov rejected the proposal. Officials 💬 spoke.',
          actors: [
            { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
            { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
            { id: 'c3', name: 'officials', kind: 'group', anonymous: true, mentions: ['Officials'] },
          ],
          places: [{ id: 'p1', name: 'Bali', country: 'IDN', lat: -8.4, lon: 115.2, mentions: ['Bali'] }],
          quotes: [{ id: 'q1', content: 'we will not meet', speaker: 'c1', cue: 'said' }],
          events: [
            {
              id: 'e1',
              type: 'CONSULT',
              trigger: 'meet',
              status: 'negated',
              actor: ['c1'],
              recipient: ['c2'],
              quote: 'q1',
              location: { name: 'Bali', country: 'IDN', lat: -8.4, lon: 115.2 },
            },
            {
              id: 'e2',
              type: 'REJECT',
              trigger: 'rejected',
              actor: ['c2'],
              recipient: ['c1'],
              date: ['2022-07-09', '2022-07-09'],
            },
          ],
        })
        assert.equal(await store.putDocument(record, { contentHash: 'h1' }), 'inserted')
        const stored = await store.getDocument('doc-1')
        assert.ok(stored)
        assert.deepEqual(stored.record, record)
        assert.equal(stored.contentHash, 'h1')
        assert.deepEqual(Object.keys(stored.actorIds).sort(), ['c1', 'c2', 'c3'])
        assert.deepEqual(Object.keys(stored.eventIds).sort(), ['e1', 'e2'])
        assert.equal(await store.getDocument('missing'), null)
      })

      it('knows which documents and versions it holds', async () => {
        await store.putDocument(meetingReport('a'), { contentHash: 'h1' })
        assert.equal(await store.hasDocument('a'), true)
        assert.equal(await store.hasDocument('a', 'h1'), true)
        assert.equal(await store.hasDocument('a', 'h2'), false)
        assert.equal(await store.hasDocument('b'), false)
        await store.putDocument(meetingReport('b', { published: '2022-07-10' }), { contentHash: 'h2' })
        const listed = await store.listDocuments()
        assert.deepEqual(
          listed.map((d) => [d.id, d.date]),
          [
            ['a', null],
            ['b', '2022-07-10'],
          ],
        )
        assert.deepEqual(
          (await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id),
          ['b'],
        )
      })

      it('is idempotent: the same content twice changes nothing', async () => {
        const record = meetingReport('a', { published: '2022-07-09' })
        await store.putDocument(record, { contentHash: 'same' })
        const before = { stats: await store.stats(), events: await store.findEvents() }
        assert.equal(await store.putDocument(record, { contentHash: 'same' }), 'unchanged')
        assert.deepEqual(await store.stats(), before.stats)
        assert.deepEqual(await store.findEvents(), before.events)
      })

      it('keeps one document for the same content under two ids (one file reached by two paths)', async () => {
        const first = meetingReport('../x/g20-bali.txt', { published: '2022-11-14' })
        await store.putDocument(first, { contentHash: 'same-content' })
        const before = await store.stats()
        const again = meetingReport('x/g20-bali.txt', { published: '2022-11-14' })
        assert.equal(await store.hasDocument('x/g20-bali.txt', 'same-content'), true)
        assert.equal(await store.putDocument(again, { contentHash: 'same-content' }), 'unchanged')
        assert.deepEqual(await store.stats(), before)
        assert.deepEqual(
          (await store.listDocuments()).map((d) => d.id),
          ['../x/g20-bali.txt'],
        )
        // asked to store it again, it is stored once, under the id given now
        assert.equal(
          await store.putDocument(again, { contentHash: 'same-content', replace: true }),
          'replaced',
        )
        assert.deepEqual(
          (await store.listDocuments()).map((d) => d.id),
          ['x/g20-bali.txt'],
        )
        assert.equal((await store.stats()).eventMentions, before.eventMentions)
      })

      it('replaces a changed article in one go, leaving nothing of the old version', async () => {
        const old = article({
          id: 'a',
          text: 'Blinken met Lavrov. Blinken praised Lavrov.',
          actors: [
            { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
            { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
            { id: 'c3', name: 'Old Name', mentions: [] },
          ],
          quotes: [{ id: 'q1', content: 'praised', speaker: 'c1' }],
          events: [
            { id: 'e1', type: 'CONSULT', trigger: 'met', actor: ['c1'], recipient: ['c2'] },
            { id: 'e2', type: 'SUPPORT', trigger: 'praised', actor: ['c1'], recipient: ['c2'] },
          ],
        })
        await store.putDocument(old, { contentHash: 'v1' })
        const changed = article({
          id: 'a',
          text: 'Lavrov rejected Blinken.',
          actors: [
            { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
            { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
          ],
          events: [{ id: 'e1', type: 'REJECT', trigger: 'rejected', actor: ['c2'], recipient: ['c1'] }],
        })
        assert.equal(await store.putDocument(changed, { contentHash: 'v2' }), 'replaced')
        assert.deepEqual((await store.getDocument('a'))?.record, changed)
        const events = await store.findEvents()
        assert.deepEqual(
          events.map((e) => [e.type, e.mentionCount]),
          [['REJECT', 1]],
        )
        assert.deepEqual(await store.findQuotes(), [])
        assert.deepEqual(await store.findActors({ search: 'old name' }), [])
        const stats = await store.stats()
        assert.deepEqual(stats, {
          documents: 1,
          actors: 2,
          places: 0,
          quotes: 0,
          events: 1,
          eventMentions: 1,
        })
      })

      it('re-stores an unchanged article when asked to replace it', async () => {
        await store.putDocument(meetingReport('a'), { contentHash: 'h' })
        assert.equal(
          await store.putDocument(meetingReport('a'), { contentHash: 'h', replace: true }),
          'replaced',
        )
        assert.equal((await store.stats()).eventMentions, 1)
      })

      it('rolls a failed document back entirely', async () => {
        await store.putDocument(meetingReport('a'), { contentHash: 'h' })
        const before = await store.stats()
        const broken = article({
          id: 'b',
          text: 'Blinken met Lavrov.',
          actors: [{ ...DIPLOMATS[0]!, mentions: ['Blinken'] }],
          quotes: [{ id: 'q1', content: 'met', kind: 'sideways' as never }],
        })
        await assert.rejects(store.putDocument(broken, { contentHash: 'x' }))
        assert.deepEqual(await store.stats(), before)
        assert.equal(await store.hasDocument('b'), false)
      })
    })

    describe('actors', () => {
      it('merges the same actor across documents, by name, kind and country or by knowledge-base id', async () => {
        const russia = {
          id: 'c3',
          name: 'Russia',
          kind: 'country' as const,
          country: 'RUS',
          mentions: ['Moscow'],
        }
        const russians = {
          id: 'c4',
          name: 'Russians',
          kind: 'group' as const,
          country: 'RUS',
          mentions: ['Russians'],
        }
        const first = article({
          id: 'a',
          text: 'Sergei Lavrov spoke for Moscow. Russians listened.',
          actors: [{ ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov'] }, russia, russians],
        })
        const second = article({
          id: 'b',
          text: 'Sergei Lavrov, for Moscow, spoke to the Russians. An official listened.',
          actors: [
            { ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov'] },
            russia,
            { ...russians, id: 'c7', name: 'the Russians' },
            { id: 'c6', name: 'official', kind: 'person', anonymous: true, mentions: ['official'] },
          ],
        })
        await store.putDocument(first, { contentHash: '1', actorKbIds: { c3: 'RUS', c4: 'RUS' } })
        await store.putDocument(second, { contentHash: '2', actorKbIds: { c3: 'RUS', c7: 'RUS' } })
        const a = await store.getDocument('a')
        const b = await store.getDocument('b')
        assert.ok(a && b)
        assert.equal(a.actorIds.c2, b.actorIds.c2, 'the same person')
        assert.equal(a.actorIds.c3, b.actorIds.c3, 'the same country')
        assert.equal(a.actorIds.c4, b.actorIds.c7, 'the same group, by knowledge-base id')
        assert.notEqual(a.actorIds.c3, a.actorIds.c4, 'a country and its people differ')
        const lavrov = await store.findActors({ ids: [a.actorIds.c2!] })
        assert.equal(lavrov[0]?.documents, 2)
        assert.equal(lavrov[0]?.mentions, 2)
        const anonymous = await store.findActors({ search: 'official' })
        assert.deepEqual(anonymous, [], 'anonymous actors are not listed')
        assert.equal((await store.findActors({ ids: [b.actorIds.c6!] }))[0]?.anonymous, true)
      })

      it('keeps one identity per person: titles, initials, country and sector are no part of it', async () => {
        const put = (id: string, text: string, actors: readonly ActorSpec[]) =>
          store.putDocument(article({ id, text, actors }), { contentHash: id })
        await put('a', 'Donald J. Trump spoke.', [
          { id: 'c1', name: 'Donald J. Trump', country: 'USA', sector: 'GOV', mentions: ['Donald J. Trump'] },
        ])
        await put('b', 'Sen. Donald Trump spoke.', [
          {
            id: 'c1',
            name: 'Sen. Donald Trump',
            country: 'MEX',
            sector: 'PTY',
            mentions: ['Sen. Donald Trump'],
          },
        ])
        await put('c', 'Ivanka Trump spoke.', [
          { id: 'c1', name: 'Ivanka Trump', mentions: ['Ivanka Trump'] },
        ])
        const id = async (doc: string) => (await store.getDocument(doc))?.actorIds.c1
        assert.equal(await id('a'), await id('b'))
        assert.notEqual(await id('a'), await id('c'), 'another first name is another person')
        const [trump] = await store.findActors({ ids: [(await id('a'))!] })
        assert.equal(trump?.country, 'USA', 'the first country known stays the attribute')
      })

      it('gives a surname alone to its dominant bearer, whichever article came first', async () => {
        const put = (id: string, text: string, name: string, mentions: readonly string[]) =>
          store.putDocument(article({ id, text, actors: [{ id: 'c1', name, mentions }] }), {
            contentHash: id,
          })
        await put('early', 'Cruz spoke.', 'Cruz', ['Cruz'])
        await put('full', 'Ted Cruz spoke. Cruz left. Cruz came back.', 'Ted Cruz', [
          'Ted Cruz',
          'Cruz',
          'Cruz',
        ])
        await put('late', 'Cruz spoke again.', 'Cruz', ['Cruz'])
        const id = async (doc: string) => (await store.getDocument(doc))?.actorIds.c1
        const ted = await id('full')
        assert.equal(await id('early'), ted, 'the earlier row for the surname merged into the full name')
        assert.equal(await id('late'), ted)
        const [row] = await store.findActors({ ids: [ted!] })
        assert.equal(row?.documents, 3)
        assert.equal(
          (await store.getDocument('early'))?.record.actors[0]?.name,
          'Cruz',
          'the article keeps its words',
        )
        await put('rival', 'Heidi Cruz spoke. Heidi Cruz left.', 'Heidi Cruz', ['Heidi Cruz', 'Heidi Cruz'])
        await put('unsure', 'Cruz spoke once more.', 'Cruz', ['Cruz'])
        assert.notEqual(await id('unsure'), ted, 'two bearers of like standing: the surname stays apart')
      })

      it('merges two actors on request, keeps the rule for later articles and lists it', async () => {
        const lavrov = (id: string, name: string) =>
          article({
            id,
            text: `${name} met Antony Blinken.`,
            actors: [
              { id: 'c1', name, country: 'RUS', mentions: [name] },
              { ...DIPLOMATS[0]!, id: 'c2', mentions: ['Antony Blinken'] },
            ],
            events: [
              {
                id: 'e1',
                type: 'CONSULT',
                trigger: 'met',
                actor: ['c1'],
                recipient: ['c2'],
                date: ['2022-07-09', '2022-07-09'],
              },
            ],
          })
        await store.putDocument(lavrov('a', 'Sergey Lavrov'), { contentHash: 'a' })
        await store.putDocument(lavrov('b', 'Sergei Lavrov'), { contentHash: 'b' })
        const a = await store.getDocument('a')
        const b = await store.getDocument('b')
        assert.ok(a && b)
        const from = a.actorIds.c1!
        const into = b.actorIds.c1!
        assert.notEqual(from, into)
        assert.equal((await store.findEvents({ actorIds: [into] })).length, 1)
        const outcome = await store.mergeActors(from, into)
        assert.equal(outcome?.documents, 1)
        assert.equal(outcome?.events, 1)
        assert.deepEqual(await store.findActors({ ids: [from] }), [])
        assert.equal((await store.findActors({ ids: [into] }))[0]?.documents, 2)
        assert.equal((await store.getDocument('a'))?.actorIds.c1, into)
        const [event] = await store.findEvents({ actorIds: [into] })
        assert.equal(
          (await store.findEvents({ actorIds: [into] })).length,
          1,
          'the two reports are one event now',
        )
        assert.equal(event?.mentionCount, 2)
        await store.putDocument(lavrov('c', 'Sergey Lavrov'), { contentHash: 'c' })
        assert.equal((await store.getDocument('c'))?.actorIds.c1, into, 'the rule holds for later articles')
        const rules = await store.actorRules()
        assert.equal(rules.length, 1)
        assert.equal(rules[0]?.intoId, into)
        assert.equal(rules[0]?.fromName, 'sergey lavrov')
        assert.equal(await store.mergeActors(into, into), null)
        assert.equal(await store.mergeActors(999_999, into), null)
      })

      it('splits off the articles that named an actor so, and keeps them apart in later articles', async () => {
        const put = (id: string, text: string, name: string, mentions: readonly string[]) =>
          store.putDocument(
            article({
              id,
              text,
              date: '2016-03-01',
              actors: [
                { id: 'c1', name, country: 'USA', mentions },
                { ...DIPLOMATS[1]!, id: 'c2', mentions: ['Sergei Lavrov'] },
              ],
              events: [
                {
                  id: 'e1',
                  type: 'CONSULT',
                  trigger: 'met',
                  actor: ['c1'],
                  recipient: ['c2'],
                  date: ['2016-03-01', '2016-03-01'],
                },
              ],
            }),
            { contentHash: id },
          )
        await put('a', 'Hillary Clinton met Sergei Lavrov. Clinton spoke. Clinton left.', 'Hillary Clinton', [
          'Hillary Clinton',
          'Clinton',
          'Clinton',
        ])
        await put('b', 'Clinton met Sergei Lavrov in Little Rock.', 'Clinton', ['Clinton'])
        const id = async (doc: string) => (await store.getDocument(doc))?.actorIds.c1
        const hillary = (await id('a'))!
        assert.equal(await id('b'), hillary, 'the surname alone went to its dominant bearer')
        assert.equal(await store.splitActor(hillary, 'Chelsea Clinton'), null, 'no article gave that name')
        const outcome = await store.splitActor(hillary, 'Clinton')
        assert.equal(outcome?.documents, 1)
        const other = await id('b')
        assert.equal(outcome?.into, other)
        assert.notEqual(other, hillary)
        assert.equal(await store.splitActor(other!, 'Clinton'), null, 'every article: nothing to split')
        assert.equal((await store.findActors({ ids: [hillary] }))[0]?.documents, 1)
        const parties = async (actor: number) =>
          (await store.findEvents({ partyIds: [actor] })).map((e) => e.mentions.map((m) => m.document.id))
        assert.deepEqual(await parties(hillary), [['a']])
        assert.deepEqual(await parties(other!), [['b']])
        await put('c', 'Clinton met Sergei Lavrov again.', 'Clinton', ['Clinton'])
        assert.equal(await id('c'), other, 'the rule holds for a later article')
        assert.ok((await store.actorRules()).some((r) => r.fromName === 'clinton' && r.intoId === other))
      })

      it('finds actors by name fragment, country code, exact names, surnames and kind', async () => {
        await store.putDocument(
          article({
            id: 'a',
            text: 'Antony Blinken and Sergei Lavrov and Russia.',
            actors: [
              { ...DIPLOMATS[0]!, mentions: ['Antony Blinken'] },
              { ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov'] },
              { id: 'c3', name: 'Russia', kind: 'country', country: 'RUS', mentions: ['Russia'] },
            ],
          }),
          { contentHash: 'h' },
        )
        const names = async (filter: Parameters<Store['findActors']>[0]) =>
          (await store.findActors(filter)).map((a) => a.name).sort()
        assert.deepEqual(await names({ search: 'lavr' }), ['Sergei Lavrov'])
        assert.deepEqual(await names({ search: 'rus' }), ['Russia', 'Sergei Lavrov'])
        assert.deepEqual(await names({ search: '50%_' }), [])
        assert.deepEqual(await names({ nameKeys: ['antony blinken'] }), ['Antony Blinken'])
        assert.deepEqual(await names({ surnameKeys: ['lavrov', 'blinken'] }), [
          'Antony Blinken',
          'Sergei Lavrov',
        ])
        assert.deepEqual(await names({ wordKeys: ['sergei'] }), ['Sergei Lavrov'])
        assert.deepEqual(await names({ wordKeys: ['serge'] }), [], 'whole words only')
        assert.deepEqual(await names({ countries: ['RUS'], kinds: ['country'] }), ['Russia'])
        assert.deepEqual(await names({ limit: 1 }), ['Antony Blinken'])
        assert.equal(await store.totalActors({ limit: 1 }), 3, 'a total ignores the page')
        assert.equal(await store.totalActors({ search: 'rus' }), 2)
        assert.equal(await store.totalActors({ search: '50%_' }), 0)
      })
    })

    describe('event de-duplication', () => {
      const cases: readonly {
        name: string
        second: Parameters<typeof meetingReport>[1]
        first?: Parameters<typeof meetingReport>[1]
        events: number
      }[] = [
        { name: 'the same dated meeting in two articles', second: {}, events: 1 },
        { name: 'dates within three days', second: { date: ['2022-07-11', '2022-07-11'] }, events: 1 },
        {
          name: 'dates four days apart',
          second: { date: ['2022-07-12', '2022-07-12'], wording: OTHER_WORDING },
          events: 2,
        },
        {
          name: 'the same sentence in two articles, dated four days apart',
          second: { date: ['2022-07-12', '2022-07-12'] },
          events: 1,
        },
        {
          name: 'the same sentence in two articles, in other typography, one undated',
          second: { date: null, wording: 'Antony Blinken met Sergei Lavrov\u00a0— in the capital.' },
          events: 1,
        },
        { name: 'overlapping ranges', second: { date: ['2022-07-01', '2022-07-31'] }, events: 1 },
        { name: 'a meeting told the other way round', second: { swap: true }, events: 1 },
        {
          name: 'a rejection told the other way round',
          first: { type: 'REJECT' },
          second: { type: 'REJECT', swap: true, wording: OTHER_WORDING },
          events: 2,
        },
        { name: 'another type', second: { type: 'COOPERATE' }, events: 2 },
        { name: 'a denied meeting', second: { status: 'negated' }, events: 2 },
        {
          name: 'hypothetical and future statuses',
          first: { status: 'future' },
          second: { status: 'hypothetical' },
          events: 1,
        },
        {
          name: 'undated in two articles',
          first: { date: null },
          second: { date: null, wording: OTHER_WORDING },
          events: 2,
        },
        {
          name: 'the same sentence undated in two articles',
          first: { date: null },
          second: { date: null },
          events: 1,
        },
        {
          name: 'different places',
          first: { location: { name: 'Bali', country: 'IDN', lat: null, lon: null } },
          second: { location: { name: 'Geneva', country: 'CHE', lat: null, lon: null } },
          events: 2,
        },
        {
          name: 'a place on one side only',
          second: { location: { name: 'Bali', country: 'IDN', lat: null, lon: null } },
          events: 1,
        },
      ]
      for (const c of cases) {
        it(`${c.name}: ${c.events} event(s)`, async () => {
          await store.putDocument(meetingReport('a', c.first), { contentHash: 'a' })
          await store.putDocument(meetingReport('b', c.second), { contentHash: 'b' })
          const events = await store.findEvents()
          assert.equal(events.length, c.events)
          assert.equal(
            events.reduce((n, e) => n + e.mentionCount, 0),
            2,
          )
          if (c.events === 1)
            assert.deepEqual(events[0]?.mentions.map((m) => m.document.id).sort(), ['a', 'b'])
        })
      }

      it('merges a repeated undated mention within one article, not an unrelated one', async () => {
        const record = article({
          id: 'a',
          text: 'Blinken met Lavrov. Later Blinken met Lavrov again. Blinken urged Lavrov.',
          actors: [
            { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
            { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
          ],
          events: [
            {
              id: 'e1',
              type: 'CONSULT',
              trigger: 'met',
              actor: ['c1'],
              recipient: ['c2'],
              date: ['2022-07-08', '2022-07-08'],
            },
            { id: 'e2', type: 'CONSULT', trigger: 'met', occurrence: 1, actor: ['c2'], recipient: ['c1'] },
            { id: 'e3', type: 'REQUEST', trigger: 'urged', actor: ['c1'], recipient: ['c2'] },
          ],
        })
        await store.putDocument(record, { contentHash: 'h' })
        const events = await store.findEvents({ order: 'asc' })
        assert.deepEqual(events.map((e) => [e.type, e.mentionCount]).sort(), [
          ['CONSULT', 2],
          ['REQUEST', 1],
        ])
        const stored = await store.getDocument('a')
        assert.equal(stored?.eventIds.e1, stored?.eventIds.e2)
      })

      it('within one article: an undated mention takes a later date, distant dates stay apart', async () => {
        const record = article({
          id: 'a',
          text: 'Blinken met Lavrov. They met on Friday. They met again in March.',
          actors: [
            { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
            { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
          ],
          events: [
            { id: 'e1', type: 'CONSULT', trigger: 'met', actor: ['c1'], recipient: ['c2'] },
            {
              id: 'e2',
              type: 'CONSULT',
              trigger: 'met',
              occurrence: 1,
              actor: ['c1'],
              recipient: ['c2'],
              date: ['2022-07-08', '2022-07-08'],
            },
            {
              id: 'e3',
              type: 'CONSULT',
              trigger: 'met',
              occurrence: 2,
              actor: ['c1'],
              recipient: ['c2'],
              date: ['2022-03-01', '2022-03-31'],
            },
          ],
        })
        await store.putDocument(record, { contentHash: 'h' })
        const events = await store.findEvents({ order: 'asc' })
        assert.deepEqual(
          events.map((e) => [e.date?.start, e.mentionCount]),
          [
            ['2022-03-01', 1],
            ['2022-07-08', 2],
          ],
        )
      })

      it('never merges events without parties across articles', async () => {
        const lonely = (id: string) =>
          article({
            id,
            text: 'Talks were held.',
            events: [{ id: 'e1', type: 'CONSULT', trigger: 'Talks', date: ['2022-07-08', '2022-07-08'] }],
          })
        await store.putDocument(lonely('a'), { contentHash: 'a' })
        await store.putDocument(lonely('b'), { contentHash: 'b' })
        assert.equal((await store.findEvents()).length, 2)
      })

      it('keeps a merged event alive when one of its articles changes', async () => {
        await store.putDocument(meetingReport('a'), { contentHash: 'a' })
        await store.putDocument(meetingReport('b', { date: ['2022-07-10', '2022-07-10'] }), {
          contentHash: 'b',
        })
        assert.equal((await store.findEvents())[0]?.mentionCount, 2)
        await store.putDocument(meetingReport('a', { type: 'AGREE' }), { contentHash: 'a2' })
        const events = await store.findEvents({ order: 'asc' })
        assert.deepEqual(events.map((e) => [e.type, e.mentionCount, e.date?.start]).sort(), [
          ['AGREE', 1, '2022-07-08'],
          ['CONSULT', 1, '2022-07-10'],
        ])
      })
    })

    describe('event queries', () => {
      let ids: { blinken: number; lavrov: number; wang: number }
      beforeEach(async () => {
        const wang = { id: 'c3', name: 'Wang Yi', country: 'CHN', mentions: ['Wang Yi'] }
        const text =
          'Antony Blinken met Wang Yi in Bali. Sergei Lavrov rejected Antony Blinken. Wang Yi did not meet Sergei Lavrov.'
        await store.putDocument(
          article({
            id: 'a',
            date: '2022-07-09',
            text,
            actors: [
              { ...DIPLOMATS[0]!, mentions: ['Antony Blinken'] },
              { ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov'] },
              wang,
            ],
            events: [
              {
                id: 'e1',
                type: 'CONSULT',
                trigger: 'met',
                actor: ['c1'],
                recipient: ['c3'],
                date: ['2022-07-09', '2022-07-09'],
                location: { name: 'Bali', country: 'IDN', lat: -8.4, lon: 115.2 },
              },
              { id: 'e2', type: 'REJECT', trigger: 'rejected', actor: ['c2'], recipient: ['c1'] },
              {
                id: 'e3',
                type: 'CONSULT',
                trigger: 'meet',
                status: 'negated',
                actor: ['c3'],
                recipient: ['c2'],
                date: ['2022-01-01', '2022-07-09'],
              },
            ],
          }),
          { contentHash: 'a' },
        )
        const stored = await store.getDocument('a')
        ids = { blinken: stored!.actorIds.c1!, lavrov: stored!.actorIds.c2!, wang: stored!.actorIds.c3! }
      })
      const types = async (filter: Parameters<Store['findEvents']>[0]) =>
        (await store.findEvents({ ...filter, order: 'asc' })).map((e) => `${e.type}/${e.status}`)

      it('counts events by type, status, month and dyad (a pair whichever side acted)', async () => {
        const byType = await store.countEvents('type')
        assert.equal(byType.total, 3)
        assert.deepEqual(
          byType.rows.map((r) => `${r.key}:${r.count}`),
          ['CONSULT:2', 'REJECT:1'],
        )
        const asserted = await store.countEvents('type', { status: 'asserted' })
        assert.deepEqual(
          asserted.rows.map((r) => `${r.key}:${r.count}`),
          ['CONSULT:1', 'REJECT:1'],
        )
        const byStatus = await store.countEvents('status', { type: 'CONSULT' })
        assert.deepEqual(
          byStatus.rows.map((r) => `${r.key}:${r.count}`),
          ['asserted:1', 'negated:1'],
        )
        const byMonth = await store.countEvents('month')
        assert.deepEqual(
          byMonth.rows.map((r) => `${r.key}:${r.count}`),
          ['2022-01:1', '2022-07:2'],
        )
        const since = await store.countEvents('month', { since: '2022-07-01' })
        assert.equal(since.total, 2)
        const dyads = await store.countEvents('dyad')
        assert.equal(dyads.rows.length, 3)
        for (const r of dyads.rows) {
          assert.equal(r.count, 1)
          assert.ok(r.actors && r.actors[0].id < r.actors[1].id, r.key)
        }
        const pair = dyads.rows.find(
          (r) => r.actors?.some((a) => a.id === ids.wang) && r.actors?.some((a) => a.id === ids.lavrov),
        )
        assert.ok(pair, 'the negated meeting of Wang Yi and Lavrov is their dyad')
        assert.equal((await store.countEvents('dyad', { limit: 1 })).rows.length, 1)
      })

      it('filters by actor, recipient and pair', async () => {
        assert.deepEqual(await types({ actorIds: [ids.blinken] }), ['CONSULT/asserted'])
        assert.deepEqual(await types({ recipientIds: [ids.blinken] }), ['REJECT/asserted'])
        assert.deepEqual(await types({ between: [[ids.blinken], [ids.lavrov]] }), ['REJECT/asserted'])
        assert.deepEqual(await types({ between: [[ids.lavrov], [ids.blinken]] }), ['REJECT/asserted'])
        assert.deepEqual(await types({ between: [[ids.blinken], [ids.blinken]] }), [])
      })

      it('filters by type, status, dates and place, and pages', async () => {
        assert.deepEqual(await types({ types: ['CONSULT'], statuses: ['negated'] }), ['CONSULT/negated'])
        assert.deepEqual(await types({ since: '2022-07-09', until: '2022-07-09' }), [
          'CONSULT/negated',
          'CONSULT/asserted',
          'REJECT/asserted',
        ])
        assert.deepEqual(await types({ until: '2022-06-30' }), ['CONSULT/negated'])
        assert.deepEqual(await types({ since: '2022-07-10' }), [])
        const [bali] = await store.findPlaces({ search: 'bali' })
        assert.ok(bali)
        assert.deepEqual(await types({ placeIds: [bali.id] }), ['CONSULT/asserted'])
        assert.equal((await store.findEvents({ limit: 2 })).length, 2)
        assert.equal((await store.findEvents({ limit: 2, offset: 2 })).length, 1)
        assert.equal(await store.totalEvents({ limit: 2, offset: 2 }), 3, 'a total ignores the page')
        assert.equal(await store.totalEvents({ types: ['CONSULT'] }), 2)
        assert.equal(await store.totalEvents({ placeIds: [bali.id] }), 1)
        assert.equal(await store.totalEvents({ ids: [] }), 0)
        assert.deepEqual(await types({ documentId: 'nope' }), [])
        const [newest] = await store.findEvents({ limit: 1 })
        assert.ok(newest)
        assert.deepEqual(
          (await store.findEvents({ ids: [newest.id] })).map((e) => e.id),
          [newest.id],
        )
        assert.deepEqual(await types({ ids: [] }), [])
      })

      it('carries provenance: document, sentence and trigger offsets', async () => {
        const [reject] = await store.findEvents({ types: ['REJECT'] })
        assert.ok(reject)
        assert.deepEqual(
          reject.actor.map((a) => a.name),
          ['Sergei Lavrov'],
        )
        assert.deepEqual(
          reject.recipient.map((a) => [a.id, a.name, a.kind, a.country]),
          [[ids.blinken, 'Antony Blinken', 'person', 'USA']],
        )
        const [mention] = reject.mentions
        assert.ok(mention)
        assert.equal(mention.document.id, 'a')
        assert.equal(mention.document.date, '2022-07-09')
        assert.equal(mention.sentence.text, 'Sergei Lavrov rejected Antony Blinken.')
        assert.equal(mention.trigger.text, 'rejected')
        const text = (await store.getDocument('a'))!.record.document.text!
        assert.equal(text.slice(mention.trigger.start, mention.trigger.end), 'rejected')
        assert.equal(reject.sortDate?.start, '2022-07-09', 'an undated event sorts by its publication date')
      })
    })

    describe('quotes', () => {
      beforeEach(async () => {
        await store.putDocument(
          article({
            id: 'a',
            date: '2022-07-09',
            text: 'Blinken said: "Russia must end this war." Lavrov said "the West doesn\'t listen" (AND never will).',
            actors: [
              { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
              { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
            ],
            quotes: [
              { id: 'q1', content: 'Russia must end this war.', speaker: 'c1', cue: 'said' },
              { id: 'q2', content: 'the West doesn\'t listen" (AND never will)', speaker: 'c2' },
            ],
          }),
          { contentHash: 'a' },
        )
      })

      it('counts quotations by speaker, with those left without one', async () => {
        await store.putDocument(
          article({
            id: 'b',
            date: '2022-07-10',
            text: 'Lavrov said "talks are over". "Nobody knows," one said.',
            actors: [{ ...DIPLOMATS[1]!, mentions: ['Lavrov'] }],
            quotes: [
              { id: 'q1', content: 'talks are over', speaker: 'c2', cue: 'said' },
              { id: 'q2', content: 'Nobody knows,' },
            ],
          }),
          { contentHash: 'b' },
        )
        const counts = await store.countSpeakers()
        assert.equal(counts.total, 4)
        assert.equal(counts.unattributed, 1)
        assert.deepEqual(
          counts.speakers.map((c) => `${c.actor.name}:${c.quotes}/${c.documents}`),
          ['Sergei Lavrov:2/2', 'Antony Blinken:1/1'],
        )
        const later = await store.countSpeakers({ since: '2022-07-10' })
        assert.deepEqual(
          later.speakers.map((c) => `${c.actor.name}:${c.quotes}`),
          ['Sergei Lavrov:1'],
        )
        assert.equal((await store.countSpeakers({ limit: 1 })).speakers.length, 1)
      })

      it('finds quotations by speaker and by words, safely', async () => {
        const lavrov = await store.findActors({ surnameKeys: ['lavrov'] })
        const bySpeaker = await store.findQuotes({ speakerIds: lavrov.map((a) => a.id) })
        assert.deepEqual(
          bySpeaker.map((q) => q.localId),
          ['q2'],
        )
        assert.equal(bySpeaker[0]?.speaker?.name, 'Sergei Lavrov')
        const search = async (words: string) =>
          (await store.findQuotes({ search: words })).map((q) => q.localId)
        assert.deepEqual(await search('war'), ['q1'])
        assert.deepEqual(await search('WEST listen'), ['q2'])
        assert.deepEqual(await search('wes*'), ['q2'])
        assert.deepEqual(await search('war listen'), [])
        assert.deepEqual(await search('"AND" OR ( NEAR'), [])
        assert.deepEqual(await search("doesn't"), ['q2'])
        assert.deepEqual(await search('   '), ['q1', 'q2'])
      })

      it('searches the current version of a replaced article only', async () => {
        const version = (words: string) =>
          article({
            id: 'a',
            text: `Blinken said "${words}".`,
            actors: [{ ...DIPLOMATS[0]!, mentions: ['Blinken'] }],
            quotes: [{ id: 'q1', content: words, speaker: 'c1' }],
          })
        await store.putDocument(version('talks will go on'), { contentHash: '2' })
        await store.putDocument(version('no talks today'), { contentHash: '3' })
        await store.putDocument(version('peace is near'), { contentHash: '4' })
        const search = async (words: string) => (await store.findQuotes({ search: words })).map((q) => q.text)
        assert.deepEqual(await search('talks'), [])
        assert.deepEqual(await search('peace'), ['peace is near'])
        await store.putDocument(version('talks resume'), { contentHash: '5' })
        assert.deepEqual(await search('peace'), [])
        assert.deepEqual(await search('talks'), ['talks resume'])
      })

      it('filters by publication date and by kind', async () => {
        await store.putDocument(
          article({
            id: 'later',
            date: '2022-08-01',
            text: 'Lavrov said talks were possible.',
            actors: [{ ...DIPLOMATS[1]!, mentions: ['Lavrov'] }],
            quotes: [
              { id: 'q1', content: 'talks were possible', kind: 'indirect', speaker: 'c1', cue: 'said' },
            ],
          }),
          { contentHash: 'later' },
        )
        const docs = async (filter: Parameters<Store['findQuotes']>[0]) =>
          (await store.findQuotes(filter)).map((q) => `${q.document.id}/${q.localId}`).sort()
        assert.deepEqual(await docs({ since: '2022-07-10' }), ['later/q1'])
        assert.deepEqual(await docs({ until: '2022-07-09' }), ['a/q1', 'a/q2'])
        assert.deepEqual(await docs({ since: '2022-07-09', until: '2022-07-09' }), ['a/q1', 'a/q2'])
        assert.deepEqual(await docs({ kinds: ['indirect'] }), ['later/q1'])
        assert.deepEqual(await docs({ kinds: [] }), [])
        assert.equal(await store.totalQuotes({ kinds: ['direct'], until: '2022-07-31' }), 2)
      })

      it('pages and filters by document', async () => {
        assert.deepEqual(
          (await store.findQuotes({ limit: 1, offset: 1 })).map((q) => q.localId),
          ['q2'],
        )
        assert.deepEqual(await store.findQuotes({ documentId: 'b' }), [])
        const all = (await store.findQuotes({ limit: 1000 })).length
        assert.equal(await store.totalQuotes({ limit: 1, offset: 1 }), all, 'a total ignores the page')
        assert.equal(
          await store.totalQuotes({ search: 'war' }),
          (await store.findQuotes({ search: 'war' })).length,
        )
        assert.equal(await store.totalQuotes({ search: '*' }), 0)
        assert.equal(await store.totalQuotes({ documentId: 'b' }), 0)
        const [q1] = await store.findQuotes({ search: 'war' })
        assert.equal(q1?.cue?.text, 'said')
        assert.equal(q1?.document.id, 'a')
      })
    })

    reportDedupContract(open)
  })
}
