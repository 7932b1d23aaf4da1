import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  clusterReports,
  datesMatch,
  type EventReportFacts,
  matchKey,
  mergeTargets,
  partyKey,
  rejoinPlan,
  reportsMatch,
  sentenceKey,
} from './dedup.js'

/** A report of an asserted meeting between stored actors 1 and 2 unless told otherwise. */
function report(over: Partial<EventReportFacts> & { parties?: string } = {}): EventReportFacts {
  const parties = over.parties ?? partyKey('CONSULT', [1], [2])
  return {
    doc: 'a',
    matchKey: matchKey('CONSULT', 'asserted', parties),
    sentenceKey: null,
    date: { start: '2022-07-08', end: '2022-07-08' },
    place: null,
    anchor: true,
    ...over,
  }
}

describe('the pure de-duplication rules both stores share', () => {
  it('gives a meeting the same parties whichever side the text names first, but not an accusation', () => {
    assert.equal(partyKey('CONSULT', [2], [1]), partyKey('CONSULT', [1], [2]))
    assert.notEqual(partyKey('ACCUSE', [2], [1]), partyKey('ACCUSE', [1], [2]))
  })

  it('joins reports of the same dyad within three days, not a week apart', () => {
    const monday = report({ doc: 'a' })
    assert.ok(reportsMatch(monday, report({ doc: 'b', date: { start: '2022-07-11', end: '2022-07-11' } })))
    assert.ok(!reportsMatch(monday, report({ doc: 'b', date: { start: '2022-07-15', end: '2022-07-15' } })))
    assert.ok(
      datesMatch({ start: '2022-07-01', end: '2022-07-31' }, { start: '2022-08-02', end: '2022-08-02' }),
    )
  })

  it('keeps a meeting that happened apart from one stated not to have happened', () => {
    const held = report()
    const denied = report({ matchKey: matchKey('CONSULT', 'negated', partyKey('CONSULT', [1], [2])) })
    assert.ok(!reportsMatch(held, denied))
  })

  it('joins the same syndicated sentence across articles even without parties, in plain and typeset copies', () => {
    const plain = 'Blinken didn\'t meet Lavrov on the sidelines of the "G20" talks in Bali.'
    const typeset = 'Blinken didn’t meet Lavrov on the sidelines of the “G20” talks in\u00a0Bali.'
    const at = (text: string) => sentenceKey(text, { start: 0, end: text.length }, { start: 12, end: 16 })
    assert.equal(at(typeset), at(plain))
    const a = report({ doc: 'a', parties: '', sentenceKey: at(plain), date: null })
    const b = report({ doc: 'b', parties: '', sentenceKey: at(typeset), date: null })
    assert.ok(reportsMatch(a, b))
  })

  it('keeps places apart when both are known', () => {
    assert.ok(!reportsMatch(report({ doc: 'a', place: 7 }), report({ doc: 'b', place: 9 })))
    assert.ok(reportsMatch(report({ doc: 'a', place: 7 }), report({ doc: 'b', place: null })))
  })

  it('clusters the same reports into the same events in any order', () => {
    const reports = [
      report({ doc: 'a', date: { start: '2022-07-01', end: '2022-07-01' } }),
      report({ doc: 'b', date: { start: '2022-07-04', end: '2022-07-04' } }),
      report({ doc: 'c', date: { start: '2022-07-07', end: '2022-07-07' } }),
      report({ doc: 'd', date: { start: '2022-09-01', end: '2022-09-01' } }),
    ]
    const canonical = (clusters: EventReportFacts[][]) =>
      clusters
        .map((c) =>
          c
            .map((r) => r.doc)
            .sort()
            .join(''),
        )
        .sort()
    const expected = canonical(clusterReports(reports))
    // a–b–c chain through b, d stands alone
    assert.deepEqual(expected, ['abc', 'd'])
    for (const order of [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ]) {
      assert.deepEqual(canonical(clusterReports(order.map((i) => reports[i]!))), expected)
    }
  })

  it('merges a report that matches several stored events into the oldest of them', () => {
    const incoming = report({ doc: 'x', date: { start: '2022-07-04', end: '2022-07-04' } })
    const candidates = [
      { ...report({ doc: 'a', date: { start: '2022-07-02', end: '2022-07-02' } }), event: 12 },
      { ...report({ doc: 'b', date: { start: '2022-07-06', end: '2022-07-06' } }), event: 5 },
      { ...report({ doc: 'c', date: { start: '2022-08-20', end: '2022-08-20' } }), event: 3 },
    ]
    assert.deepEqual(mergeTargets(incoming, candidates), { target: 5, others: [12] })
    assert.deepEqual(mergeTargets(report({ doc: 'y', date: null, anchor: false }), candidates), {
      target: undefined,
      others: [],
    })
  })
})

describe('rejoinPlan: events that an actor merge makes alike', () => {
  it('keeps the oldest event of each matching group and moves the other reports to it', () => {
    const reports = [
      { ...report({ doc: 'a' }), pk: 11, event: 7 },
      { ...report({ doc: 'b' }), pk: 12, event: 3 },
      { ...report({ doc: 'c', date: { start: '2023-01-05', end: '2023-01-05' } }), pk: 13, event: 9 },
    ]
    const plan = rejoinPlan(reports)
    assert.deepEqual(plan.moves, [{ report: 11, event: 3 }], 'the same meeting: one event, the older id')
    assert.deepEqual(plan.emptied, [7])
    assert.deepEqual([...plan.kept].sort(), [3, 9], 'a meeting months later stays its own event')
  })

  it('moves nothing when no reports match', () => {
    const plan = rejoinPlan([
      { ...report({ doc: 'a' }), pk: 1, event: 1 },
      { ...report({ doc: 'b', date: { start: '2024-01-01', end: '2024-01-01' } }), pk: 2, event: 2 },
    ])
    assert.deepEqual([plan.moves, plan.emptied], [[], []])
  })
})
