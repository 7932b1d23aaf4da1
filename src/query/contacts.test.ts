import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { article, DIPLOMATS } from '../../test/contract/fixtures.js'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'
import { contacts } from './contacts.js'
import { resolveActors } from './resolve-actors.js'

const RUSSIA = { id: 'c3', name: 'Russia', kind: 'country' as const, country: 'RUS', mentions: ['Moscow'] }
const US = {
  id: 'c4',
  name: 'United States',
  kind: 'country' as const,
  country: 'USA',
  mentions: ['Washington'],
}
const KREMLIN = {
  id: 'c5',
  name: 'Kremlin',
  kind: 'organization' as const,
  country: 'RUS',
  sector: 'GOV',
  mentions: ['Kremlin'],
}
const GAZPROM = {
  id: 'c6',
  name: 'Gazprom',
  kind: 'organization' as const,
  country: 'RUS',
  sector: 'BUS',
  mentions: ['Gazprom'],
}

/** Three articles over a year: a meeting in January, then a refusal and "no call since" in July. */
async function fill(store: Store): Promise<void> {
  const actors = [
    { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
    { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
  ]
  await store.putDocument(
    article({
      id: 'jan',
      date: '2022-01-22',
      text: 'Blinken met Lavrov in Geneva on Friday. The two agreed to keep talking.',
      actors,
      events: [
        {
          id: 'e1',
          type: 'CONSULT',
          trigger: 'met',
          actor: ['c1'],
          recipient: ['c2'],
          date: ['2022-01-21', '2022-01-21'],
        },
        { id: 'e2', type: 'AGREE', trigger: 'agreed', actor: ['c1', 'c2'] },
      ],
    }),
    { contentHash: 'jan' },
  )
  await store.putDocument(
    article({
      id: 'jul',
      date: '2022-07-08',
      text: 'Blinken has not spoken to Lavrov since January and refused to meet him. Lavrov accused Blinken.',
      actors,
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
        { id: 'e2', type: 'REJECT', trigger: 'refused', actor: ['c1'], recipient: ['c2'] },
        { id: 'e3', type: 'ACCUSE', trigger: 'accused', actor: ['c2'], recipient: ['c1'] },
      ],
    }),
    { contentHash: 'jul' },
  )
  await store.putDocument(
    article({
      id: 'states',
      date: '2022-07-09',
      text: 'Washington and Moscow may meet. The Kremlin thanked Washington. Gazprom sued Washington. Michael Jordan.',
      actors: [
        { ...US, mentions: ['Washington', 'Washington', 'Washington'] },
        RUSSIA,
        KREMLIN,
        GAZPROM,
        { id: 'c7', name: 'Michael Jordan', country: 'USA', mentions: ['Michael Jordan'] },
      ],
      events: [
        { id: 'e1', type: 'CONSULT', trigger: 'meet', status: 'hypothetical', actor: ['c4', 'c3'] },
        { id: 'e2', type: 'SUPPORT', trigger: 'thanked', actor: ['c5'], recipient: ['c4'] },
        { id: 'e3', type: 'COERCE', trigger: 'sued', actor: ['c6'], recipient: ['c4'] },
      ],
    }),
    { contentHash: 'states' },
  )
}

describe('contacts', () => {
  let store: Store
  beforeEach(async () => {
    store = openSqliteStore(':memory:')
    await fill(store)
  })
  afterEach(() => store.close())

  it('answers the analyst: last asserted contact, refusals, stated absence of contact', async () => {
    const result = await contacts(store, 'Blinken', 'Lavrov')
    assert.deepEqual(
      result.a.actors.map((a) => a.name),
      ['Antony Blinken'],
    )
    const { lastContact, lastCooperation, refusals, absences, counts } = result.summary
    assert.deepEqual(
      [lastContact?.type, lastContact?.sortDate?.start],
      ['CONSULT', '2022-01-21'],
      'a contact is a meeting, call, visit or talks',
    )
    assert.deepEqual(
      [lastCooperation?.type, lastCooperation?.sortDate?.start],
      ['AGREE', '2022-01-22'],
      'an agreement is other cooperation, dated by its article',
    )
    assert.deepEqual(counts, { events: 5, mentions: 5 })
    assert.deepEqual(
      refusals.map((e) => [e.type, e.mentions[0]?.trigger.text]),
      [['REJECT', 'refused']],
    )
    assert.deepEqual(
      absences.map((e) => [e.type, e.status, e.date?.start]),
      [['CONSULT', 'negated', '2022-01-01']],
    )
    assert.deepEqual(
      result.events.map((e) => e.type),
      ['CONSULT', 'CONSULT', 'AGREE', 'REJECT', 'ACCUSE'],
      'oldest first',
    )
    const refusal = refusals[0]!.mentions[0]!
    assert.equal(refusal.document.id, 'jul')
    assert.equal(
      refusal.sentence.text,
      'Blinken has not spoken to Lavrov since January and refused to meet him.',
    )
  })

  it('finds the most recent asserted contact by date', async () => {
    await store.putDocument(
      article({
        id: 'mar',
        date: '2022-03-02',
        text: 'Blinken called Lavrov.',
        actors: [
          { ...DIPLOMATS[0]!, mentions: ['Blinken'] },
          { ...DIPLOMATS[1]!, mentions: ['Lavrov'] },
        ],
        events: [
          {
            id: 'e1',
            type: 'CONSULT',
            trigger: 'called',
            actor: ['c1'],
            recipient: ['c2'],
            date: ['2022-03-01', '2022-03-01'],
          },
        ],
      }),
      { contentHash: 'mar' },
    )
    const { summary } = await contacts(store, 'Antony Blinken', 'sergei lavrov')
    assert.equal(summary.lastContact?.mentions[0]?.document.id, 'mar')
  })

  it('limits the timeline to a period', async () => {
    const result = await contacts(store, 'Blinken', 'Lavrov', { until: '2022-06-30' })
    assert.deepEqual(
      result.events.map((e) => [e.type, e.status]),
      [
        ['CONSULT', 'negated'],
        ['CONSULT', 'asserted'],
        ['AGREE', 'asserted'],
      ],
    )
    assert.equal(result.summary.refusals.length, 0, 'the refusal is dated July 8')
  })

  it('relates countries through their people and state bodies, by name or code', async () => {
    const byName = await contacts(store, 'Russia', 'United States')
    const byCode = await contacts(store, 'rus', 'USA')
    assert.deepEqual(byName.events, byCode.events)
    assert.equal(byName.a.actorCount, 3)
    assert.deepEqual(
      byName.events.map((e) => e.type).sort(),
      ['ACCUSE', 'AGREE', 'CONSULT', 'CONSULT', 'CONSULT', 'REJECT', 'SUPPORT'],
      'persons of each country and the Kremlin count; Gazprom (a business) does not',
    )
    assert.equal(byName.summary.lastContact?.type, 'CONSULT')
    assert.equal(byName.summary.lastCooperation?.type, 'SUPPORT')
  })

  it('returns an empty answer when a name matches no stored actor', async () => {
    const result = await contacts(store, 'Blinken', 'Nobody Known')
    assert.equal(result.b.actors.length, 0)
    assert.deepEqual(result.events, [])
    assert.equal(result.summary.lastContact, null)
  })
})

describe('resolveActors', () => {
  let store: Store
  beforeEach(async () => {
    store = openSqliteStore(':memory:')
    await fill(store)
  })
  afterEach(() => store.close())

  const cases: readonly [string, readonly string[]][] = [
    ['Lavrov', ['Sergei Lavrov']],
    ['  sergei LAVROV ', ['Sergei Lavrov']],
    ['Sergei', ['Sergei Lavrov']],
    ['RUS', ['Kremlin', 'Russia', 'Sergei Lavrov']],
    ['Russia', ['Kremlin', 'Russia', 'Sergei Lavrov']],
    ['Russian Federation', ['Kremlin', 'Russia', 'Sergei Lavrov']],
    ['gazprom', ['Gazprom']],
    ['Jordan', ['Michael Jordan']],
    ['Nobody', []],
    ['', []],
  ]
  for (const [query, names] of cases) {
    it(`"${query}" → ${names.join(', ') || 'nothing'}`, async () => {
      const resolved = await resolveActors(store, query)
      assert.deepEqual(resolved.actors.map((a) => a.name).sort(), names)
    })
  }

  it('takes a stored id', async () => {
    const [lavrov] = (await resolveActors(store, 'Lavrov')).actors
    assert.ok(lavrov)
    assert.deepEqual(
      (await resolveActors(store, String(lavrov.id))).actors.map((a) => a.name),
      ['Sergei Lavrov'],
    )
  })
})
