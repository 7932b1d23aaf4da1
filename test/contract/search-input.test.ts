import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { queryActors, queryEvents, queryQuotes } from '../../src/query/index.js'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import type { Store } from '../../src/store/store.js'
import { article } from './fixtures.js'

/** A store holding names with LIKE metacharacters and quotations with FTS5 operators in them. */
async function storeWithOddNames(): Promise<Store> {
  const store = openSqliteStore(':memory:')
  const text =
    'The group 100% Voters met the account night_owl and Maria Ortiz. ' +
    'Ortiz said “we will NOT meet (again) — ever”. ' +
    'The account said "AND OR NEAR* ^start". Maria Ortiz called Ana Ruiz.'
  await store.putDocument(
    article({
      id: 'odd-names',
      text,
      date: '2024-03-01',
      actors: [
        { id: 'c1', name: '100% Voters', kind: 'group', mentions: ['100% Voters'] },
        { id: 'c2', name: 'night_owl', kind: 'group', mentions: ['night_owl'] },
        { id: 'c3', name: 'Maria Ortiz', country: 'ESP', mentions: ['Maria Ortiz', 'Ortiz'] },
        { id: 'c4', name: 'Ana Ruiz', country: 'ESP', mentions: ['Ana Ruiz'] },
      ],
      quotes: [
        { id: 'q1', content: 'we will NOT meet (again) — ever', speaker: 'c3' },
        { id: 'q2', content: 'AND OR NEAR* ^start', speaker: 'c2' },
      ],
      events: [
        { id: 'e1', type: 'CONSULT', trigger: 'met', actor: ['c1'], recipient: ['c2', 'c3'] },
        { id: 'e2', type: 'CONSULT', trigger: 'called', actor: ['c3'], recipient: ['c4'] },
      ],
    }),
    { contentHash: 'h' },
  )
  return store
}

const names = (actors: readonly { readonly name: string }[]) => actors.map((a) => a.name).sort()

describe('user input in searches is text, never syntax', () => {
  it('treats % and _ in actor searches as the characters themselves', async () => {
    const store = await storeWithOddNames()
    assert.deepEqual(names(await queryActors(store, { search: '_' })), ['night_owl'])
    assert.deepEqual(names(await queryActors(store, { search: '%' })), ['100% Voters'])
    assert.deepEqual(names(await queryActors(store, { search: '%%' })), [])
    assert.deepEqual(names(await queryActors(store, { search: 'ortiz' })), ['Maria Ortiz'])
    await store.close()
  })

  it('resolves an event party named "%" or "_" to the names holding it, not to everyone', async () => {
    const store = await storeWithOddNames()
    assert.equal((await queryEvents(store, {})).length, 2)
    const localIds = async (actor: string) =>
      (await queryEvents(store, { actor })).map((e) => e.mentions[0]?.localId)
    assert.deepEqual(await localIds('%'), ['e1'])
    assert.deepEqual(await localIds('100% Voters'), ['e1'])
    for (const actor of ['_', '%_%', '\\', '%%'])
      assert.deepEqual(await localIds(actor), [], `--actor ${actor}`)
    await store.close()
  })

  it('answers full-text searches holding NUL, quotes and FTS5 operators without an error', async () => {
    const store = await storeWithOddNames()
    const odd = [
      '\u0000',
      'a\u0000b',
      '"',
      '""',
      "'",
      '*',
      '(',
      ')',
      'NEAR(',
      'NOT',
      'AND OR',
      '^',
      '-',
      ':',
      'text:meet',
      '{text}',
      '\u2014',
      '\u00a0',
      '\\',
    ]
    for (const search of odd) {
      await assert.doesNotReject(queryQuotes(store, { search }), `search ${JSON.stringify(search)}`)
    }
    // a search with no word in it finds nothing
    assert.equal((await queryQuotes(store, { search: '\u0000' })).length, 0)
    assert.equal((await queryQuotes(store, { search: '*' })).length, 0)
    // operators are words to be found, not operators
    assert.deepEqual(
      (await queryQuotes(store, { search: 'NOT meet' })).map((q) => q.localId),
      ['q1'],
    )
    assert.deepEqual(
      (await queryQuotes(store, { search: 'near*' })).map((q) => q.localId),
      ['q2'],
    )
    assert.deepEqual(
      (await queryQuotes(store, { search: 'meet\u0000again' })).map((q) => q.localId),
      ['q1'],
    )
    await store.close()
  })
})
