import assert from 'node:assert/strict'
import { it } from 'node:test'
import { article } from '../../test/contract/fixtures.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { resolveActors } from './resolve-actors.js'

it('finds a family name written first by the whole word, before any name merely containing it', async () => {
  const store = openSqliteStore(':memory:')
  const text =
    'Ri Yong-ho met Rex Tillerson. Syria and Chris Christie and Marie Curie were named. Xi Jinping spoke in Mexico.'
  await store.putDocument(
    article({
      id: 'a',
      text,
      actors: [
        { id: 'c1', name: 'Ri Yong-ho', country: 'PRK', mentions: ['Ri Yong-ho'] },
        { id: 'c2', name: 'Rex Tillerson', country: 'USA', mentions: ['Rex Tillerson'] },
        { id: 'c3', name: 'Syria', kind: 'country', country: 'SYR', mentions: ['Syria'] },
        { id: 'c4', name: 'Chris Christie', country: 'USA', mentions: ['Chris Christie'] },
        { id: 'c5', name: 'Marie Curie', country: 'FRA', mentions: ['Marie Curie'] },
        { id: 'c6', name: 'Xi Jinping', country: 'CHN', mentions: ['Xi Jinping'] },
        { id: 'c7', name: 'Mexico', kind: 'country', country: 'MEX', mentions: ['Mexico'] },
      ],
    }),
    { contentHash: 'a' },
  )
  const names = async (query: string) => (await resolveActors(store, query)).actors.map((a) => a.name)
  assert.deepEqual(await names('Ri'), ['Ri Yong-ho'])
  assert.deepEqual(await names('ri'), ['Ri Yong-ho'])
  assert.deepEqual(await names('Xi'), ['Xi Jinping'])
  assert.deepEqual(await names('Tillerson'), ['Rex Tillerson'])
  assert.deepEqual(await names('Yong-ho'), ['Ri Yong-ho'])
  // nothing on word boundaries: a substring still finds it
  assert.deepEqual(await names('Curi'), ['Marie Curie'])
  assert.deepEqual(await names('Nobodyxyz'), [])
  await store.close()
})
