import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../../test/helpers/make-doc.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import type { Timex } from '../../doc/layers.js'
import { resolveTimex, resolveTimexes, timexes } from './timexes.js'

/** A Sunday, like the publication dates of many weekend stories. */
const JULY = '2022-07-10'

interface Case {
  readonly sentence: string
  readonly anchor: string | null
  /** The matched text, its kind and range as "start..end", or null for unresolved. */
  readonly expect: readonly [string, Timex['kind'], string | null]
}

function check(cases: readonly Case[]) {
  for (const { sentence, anchor, expect } of cases) {
    it(`${sentence} (${anchor ?? 'no date'})`, () => {
      const found = resolveTimex(sentence, anchor)
      assert.ok(found, 'no time expression found')
      const range = found.range === null ? null : `${found.range.start}..${found.range.end}`
      assert.deepEqual([found.text, found.kind, range], expect)
    })
  }
}

describe('resolveTimex: the constructions of the events issue', () => {
  check([
    {
      sentence: 'In March, the adviser phoned his counterpart in Moscow.',
      anchor: JULY,
      expect: ['March', 'point', '2022-03-01..2022-03-31'],
    },
    {
      sentence: 'The two envoys met on Saturday.',
      anchor: JULY,
      expect: ['Saturday', 'point', '2022-07-09..2022-07-09'],
    },
    {
      sentence: 'Last month, the ambassador complained about the lack of contact.',
      anchor: JULY,
      expect: ['Last month', 'point', '2022-06-01..2022-06-30'],
    },
    {
      sentence: 'Tanks rolled across the border in 2008.',
      anchor: JULY,
      expect: ['2008', 'point', '2008-01-01..2008-12-31'],
    },
    {
      sentence: 'They met a month after the army invaded its neighbour in 2008.',
      anchor: JULY,
      expect: ['2008', 'point', '2008-01-01..2008-12-31'],
    },
    {
      sentence: 'The minister has not called his rival since January.',
      anchor: JULY,
      expect: ['since January', 'since', '2022-01-01..2022-07-10'],
    },
    {
      sentence: 'The treaty was signed on March 3, 2014, in a hurry.',
      anchor: JULY,
      expect: ['March 3, 2014', 'point', '2014-03-03..2014-03-03'],
    },
    {
      sentence: 'The talks collapsed two weeks ago.',
      anchor: JULY,
      expect: ['two weeks ago', 'point', '2022-06-20..2022-06-26'],
    },
    {
      sentence: 'The delegation arrived yesterday.',
      anchor: JULY,
      expect: ['yesterday', 'point', '2022-07-09..2022-07-09'],
    },
    {
      sentence: 'The annexation of the peninsula in 2014 sparked an insurgency.',
      anchor: JULY,
      expect: ['2014', 'point', '2014-01-01..2014-12-31'],
    },
  ])
})

describe('resolveTimex: month names lean to the past', () => {
  check([
    {
      sentence: 'In November, the council voted.',
      anchor: JULY,
      expect: ['November', 'point', '2021-11-01..2021-11-30'],
    },
    { sentence: 'In July, prices rose.', anchor: JULY, expect: ['July', 'point', '2022-07-01..2022-07-31'] },
    {
      sentence: 'In December, the parties agreed on a truce.',
      anchor: '2023-01-15',
      expect: ['December', 'point', '2022-12-01..2022-12-31'],
    },
    {
      sentence: 'The summit will take place in December.',
      anchor: '2023-01-15',
      expect: ['December', 'point', '2023-12-01..2023-12-31'],
    },
    {
      sentence: 'They will meet again in January.',
      anchor: '2022-12-20',
      expect: ['January', 'point', '2023-01-01..2023-01-31'],
    },
    {
      sentence: 'In January, the two sides exchanged prisoners.',
      anchor: '2022-12-20',
      expect: ['January', 'point', '2022-01-01..2022-01-31'],
    },
    {
      sentence: 'The vote on Dec. 28 was close.',
      anchor: '2023-01-03',
      expect: ['Dec. 28', 'point', '2022-12-28..2022-12-28'],
    },
    {
      sentence: 'All eyes are on the state’s June 7 primary.',
      anchor: '2016-05-27',
      expect: ['June 7', 'point', '2016-06-07..2016-06-07'],
    },
    {
      sentence: 'The central bank is widely seen moving on Dec. 16.',
      anchor: '2015-12-01',
      expect: ['Dec. 16', 'point', '2015-12-16..2015-12-16'],
    },
    {
      sentence: 'The envoys met on Oct. 10 in Vienna.',
      anchor: '2016-01-20',
      expect: ['Oct. 10', 'point', '2015-10-10..2015-10-10'],
    },
    {
      sentence: 'The leaders spoke last March.',
      anchor: JULY,
      expect: ['last March', 'point', '2022-03-01..2022-03-31'],
    },
    {
      sentence: 'The leaders spoke last July.',
      anchor: JULY,
      expect: ['last July', 'point', '2021-07-01..2021-07-31'],
    },
    {
      sentence: 'Protests began in early March.',
      anchor: JULY,
      expect: ['early March', 'point', '2022-03-01..2022-03-10'],
    },
  ])
})

describe('resolveTimex: weekdays follow the tense of their clause', () => {
  check([
    {
      sentence: 'The foreign ministers will meet on Saturday.',
      anchor: JULY,
      expect: ['Saturday', 'point', '2022-07-16..2022-07-16'],
    },
    {
      sentence: '“If they are ready, we will engage in that,” he said on Saturday.',
      anchor: JULY,
      expect: ['Saturday', 'point', '2022-07-09..2022-07-09'],
    },
    {
      sentence: 'Officials said Monday that the talks had stalled.',
      anchor: JULY,
      expect: ['Monday', 'point', '2022-07-04..2022-07-04'],
    },
    {
      sentence: 'The premier said Friday that he would call an election.',
      anchor: JULY,
      expect: ['Friday', 'point', '2022-07-08..2022-07-08'],
    },
    {
      sentence: 'He said Saturday that the talks will resume.',
      anchor: JULY,
      expect: ['Saturday', 'point', '2022-07-09..2022-07-09'],
    },
    {
      sentence: 'On Tuesday, the envoys will sign the accord.',
      anchor: JULY,
      expect: ['Tuesday', 'point', '2022-07-12..2022-07-12'],
    },
    {
      sentence: 'The cabinet meets on Sunday.',
      anchor: JULY,
      expect: ['Sunday', 'point', '2022-07-10..2022-07-10'],
    },
    {
      sentence: 'He left last Sunday.',
      anchor: JULY,
      expect: ['last Sunday', 'point', '2022-07-03..2022-07-03'],
    },
    {
      sentence: 'They return next Friday.',
      anchor: JULY,
      expect: ['next Friday', 'point', '2022-07-15..2022-07-15'],
    },
    {
      sentence: 'The vote took place Saturday, March 5.',
      anchor: JULY,
      expect: ['Saturday, March 5', 'point', '2022-03-05..2022-03-05'],
    },
    {
      sentence: 'Talks resumed late Friday night.',
      anchor: JULY,
      expect: ['Friday night', 'point', '2022-07-08..2022-07-08'],
    },
  ])
})

describe('resolveTimex: periods relative to the publication date', () => {
  check([
    {
      sentence: 'Fighting intensified in recent days.',
      anchor: JULY,
      expect: ['recent days', 'recent', '2022-07-04..2022-07-10'],
    },
    {
      sentence: 'Several countries engaged with the regime in recent weeks.',
      anchor: JULY,
      expect: ['recent weeks', 'recent', '2022-06-13..2022-07-10'],
    },
    {
      sentence: 'Many governments have engaged with Moscow in recent months.',
      anchor: JULY,
      expect: ['recent months', 'recent', '2022-04-11..2022-07-10'],
    },
    {
      sentence: 'The envoy recently visited Kyiv.',
      anchor: JULY,
      expect: ['recently', 'recent', '2022-05-12..2022-07-10'],
    },
    {
      sentence: 'Trade fell over the past two weeks.',
      anchor: JULY,
      expect: ['the past two weeks', 'recent', '2022-06-27..2022-07-10'],
    },
    {
      sentence: 'A ceasefire was agreed a few days ago.',
      anchor: JULY,
      expect: ['a few days ago', 'recent', '2022-07-03..2022-07-09'],
    },
    {
      sentence: 'The talks ended this week.',
      anchor: JULY,
      expect: ['this week', 'point', '2022-07-04..2022-07-10'],
    },
    {
      sentence: 'They meet again next week.',
      anchor: JULY,
      expect: ['next week', 'point', '2022-07-11..2022-07-17'],
    },
    {
      sentence: 'Elections are due next month.',
      anchor: JULY,
      expect: ['next month', 'point', '2022-08-01..2022-08-31'],
    },
    {
      sentence: 'The embassy closed last week.',
      anchor: JULY,
      expect: ['last week', 'point', '2022-06-27..2022-07-03'],
    },
    {
      sentence: 'The embassy closed last year.',
      anchor: JULY,
      expect: ['last year', 'point', '2021-01-01..2021-12-31'],
    },
    {
      sentence: 'The budget passed this month.',
      anchor: JULY,
      expect: ['this month', 'point', '2022-07-01..2022-07-31'],
    },
    {
      sentence: 'The ministers met earlier this year.',
      anchor: JULY,
      expect: ['earlier this year', 'point', '2022-01-01..2022-07-10'],
    },
    {
      sentence: 'The talks continued over the weekend.',
      anchor: JULY,
      expect: ['the weekend', 'point', '2022-07-09..2022-07-10'],
    },
    {
      sentence: 'The debate last night was tense.',
      anchor: JULY,
      expect: ['last night', 'point', '2022-07-09..2022-07-09'],
    },
  ])
})

describe('resolveTimex: open ranges and absolute forms', () => {
  check([
    {
      sentence: 'The sanctions stay in force until March 2023.',
      anchor: JULY,
      expect: ['until March 2023', 'until', '2022-07-10..2023-03-31'],
    },
    {
      sentence: 'He served as envoy through 2014.',
      anchor: JULY,
      expect: ['through 2014', 'until', '2014-01-01..2014-12-31'],
    },
    {
      sentence: 'Relations have soured since last year.',
      anchor: JULY,
      expect: ['since last year', 'since', '2021-01-01..2022-07-10'],
    },
    {
      sentence: 'It began in the 1990s.',
      anchor: JULY,
      expect: ['the 1990s', 'point', '1990-01-01..1999-12-31'],
    },
    {
      sentence: 'The pact lapsed in mid-2014.',
      anchor: JULY,
      expect: ['mid-2014', 'point', '2014-05-01..2014-08-31'],
    },
    {
      sentence: 'The accord was signed on 2022-07-01.',
      anchor: null,
      expect: ['2022-07-01', 'point', '2022-07-01..2022-07-01'],
    },
    {
      sentence: 'Inspectors came on 3 March 2014.',
      anchor: null,
      expect: ['3 March 2014', 'point', '2014-03-03..2014-03-03'],
    },
    {
      sentence: 'Security changed after the Sept. 11 attacks.',
      anchor: JULY,
      expect: ['Sept. 11', 'point', '2001-09-11..2001-09-11'],
    },
    {
      sentence: 'The 2016 election divided the country.',
      anchor: JULY,
      expect: ['2016', 'point', '2016-01-01..2016-12-31'],
    },
    {
      sentence: 'Between April and May the talks stalled.',
      anchor: JULY,
      expect: ['April and May', 'point', '2022-04-01..2022-05-31'],
    },
    {
      sentence: 'From March to May 2015, the talks stalled.',
      anchor: JULY,
      expect: ['March to May 2015', 'point', '2015-03-01..2015-05-31'],
    },
    {
      sentence: 'Emissions fell from 2014 to 32 percent.',
      anchor: JULY,
      expect: ['2014', 'point', '2014-01-01..2014-12-31'],
    },
    {
      sentence: 'The show runs from Aug. 5 through Aug. 12.',
      anchor: '2016-08-05',
      expect: ['Aug. 5 through Aug. 12', 'point', '2016-08-05..2016-08-12'],
    },
    {
      sentence: 'The season lasts between June and early October.',
      anchor: '2016-06-29',
      expect: ['June and early October', 'point', '2016-06-01..2016-10-10'],
    },
    {
      sentence: 'The papers must be filed by Feb. 29.',
      anchor: '2016-02-19',
      expect: ['by Feb. 29', 'until', '2016-02-19..2016-02-29'],
    },
    {
      sentence: 'From November to February the front froze.',
      anchor: JULY,
      expect: ['November to February', 'point', '2021-11-01..2022-02-28'],
    },
    {
      sentence: 'In the nearly five months since the invasion began, he refused to call.',
      anchor: JULY,
      expect: ['five months since', 'since', '2022-02-01..2022-07-10'],
    },
    {
      sentence: 'By the end of the year, the troops had left.',
      anchor: '2022-03-15',
      expect: ['By the end of the year', 'until', '2022-03-15..2022-12-31'],
    },
    {
      sentence: 'At the end of March, they met.',
      anchor: JULY,
      expect: ['the end of March', 'point', '2022-03-21..2022-03-31'],
    },
    {
      sentence: 'The beginning of last year was calm.',
      anchor: JULY,
      expect: ['The beginning of last year', 'point', '2021-01-01..2021-04-30'],
    },
    {
      sentence: 'Last summer they met twice.',
      anchor: JULY,
      expect: ['Last summer', 'point', '2021-06-01..2021-08-31'],
    },
    {
      sentence: 'In the summer of 2014 the war began.',
      anchor: JULY,
      expect: ['the summer of 2014', 'point', '2014-06-01..2014-08-31'],
    },
    {
      sentence: 'This spring, he became the chairman.',
      anchor: '2016-08-17',
      expect: ['This spring', 'point', '2016-03-01..2016-05-31'],
    },
    {
      sentence: 'The delegates gather at the convention this summer.',
      anchor: '2016-03-15',
      expect: ['this summer', 'point', '2016-06-01..2016-08-31'],
    },
    {
      sentence: 'During the winter, gas prices rose.',
      anchor: JULY,
      expect: ['the winter', 'point', '2021-12-01..2022-02-28'],
    },
  ])
})

describe('resolveTimex: without a publication date only absolute expressions resolve', () => {
  check([
    { sentence: 'In March, the adviser phoned him.', anchor: null, expect: ['March', 'point', null] },
    {
      sentence: 'The forces withdrew in 2008.',
      anchor: null,
      expect: ['2008', 'point', '2008-01-01..2008-12-31'],
    },
    {
      sentence: 'The treaty was signed on March 3, 2014.',
      anchor: null,
      expect: ['March 3, 2014', 'point', '2014-03-03..2014-03-03'],
    },
    { sentence: 'She has not called since January.', anchor: null, expect: ['since January', 'since', null] },
    { sentence: 'They met on Saturday.', anchor: null, expect: ['Saturday', 'point', null] },
    { sentence: 'Tensions rose in recent days.', anchor: null, expect: ['recent days', 'recent', null] },
    { sentence: 'The envoy left last month.', anchor: 'not a date', expect: ['last month', 'point', null] },
  ])
})

describe('resolveTimex: what is not a date', () => {
  const sentences = [
    'Officials said they may respond.',
    'May God protect the negotiators.',
    'The march drew thousands of people.',
    'The Sunday Times reported the story first.',
    'Voters went to the polls on Super Tuesday.',
    'She hosted Saturday Night Live once.',
    'Ministers from the 20 largest economies gathered.',
    'The G20 and the G-20 summit are the same thing.',
    'The senator, 45, won the race 3-1.',
    'Some 2000 troops were deployed.',
    'Nearly 1500 people signed the petition.',
    'April Ryan asked the first question.',
    'The rally was called March for Peace.',
    'The next day, the envoy left.',
    'The attacks of 9/11 changed everything.',
    'It has been quiet since then.',
    'Until recently, the border was open.',
    'He spoke on ABC’s This Week about the talks.',
    'He paid $2014 for the ticket.',
    'The summer camp opened its doors.',
    'This fall in prices hurt exporters.',
    'The fall of the capital shocked the region.',
  ]
  for (const sentence of sentences) {
    it(sentence, () => assert.deepEqual(resolveTimexes(sentence, JULY), []))
  }
})

describe('timexes stage', () => {
  const text =
    'In March, the adviser spoke with his counterpart.\nThe ministers will meet on Saturday; they last met in 2019.'
  const doc = makeDoc(text, {}, { date: JULY })
  const { timexes: found } = runStage(timexes(), doc)

  it('declares its layers', () => {
    const stage = timexes()
    assert.deepEqual(stage.requires, ['tokens', 'sentences'])
    assert.deepEqual(stage.provides, ['timexes'])
  })

  it('numbers expressions in text order with spans and token ranges that agree', () => {
    assert.ok(found)
    assert.deepEqual(
      found.map((t) => [t.id, text.slice(t.start, t.end)]),
      [
        ['t0', 'March'],
        ['t1', 'Saturday'],
        ['t2', '2019'],
      ],
    )
    const tokens = doc.layers.tokens!
    for (const t of found) {
      assert.equal(tokens.start[t.tokenStart], t.start)
      assert.equal(tokens.end[t.tokenEnd - 1], t.end)
    }
  })

  it('resolves against doc.meta.date and survives a JSON round trip', () => {
    assert.deepEqual(
      found?.map((t) => t.range),
      [
        { start: '2022-03-01', end: '2022-03-31' },
        { start: '2022-07-16', end: '2022-07-16' },
        { start: '2019-01-01', end: '2019-12-31' },
      ],
    )
    assert.deepEqual(JSON.parse(JSON.stringify(found)), found)
  })

  it('leaves relative expressions unresolved without a publication date', () => {
    const undated = makeDoc(text)
    const result = runStage(timexes(), undated).timexes
    assert.deepEqual(
      result?.map((t) => t.range?.start ?? null),
      [null, null, '2019-01-01'],
    )
  })

  it('finds nothing in an empty document', () => {
    assert.deepEqual(runStage(timexes(), makeDoc('')).timexes, [])
  })
})

describe('timexes over a whole article (own words, shaped like a weekend news story)', () => {
  const article = [
    'JAKARTA — In the six months since the war began, the foreign minister has kept his distance from Moscow.',
    'He has not spoken to his counterpart since February and skipped a dinner at the summit on Friday.',
    '“We will talk when they are serious,” he told reporters Saturday.',
    'In April, the national security adviser spoke by phone with his opposite number.',
    'In November, the two defence chiefs met in Geneva, a year after the border clashes of 2020.',
    'Officials may meet again next month, and the ministers will gather on Thursday.',
    'May 2019 was the last time the leaders shook hands, at the 20-nation summit.',
  ].join('\n')
  const doc = makeDoc(article, {}, { date: '2022-08-07' })
  const found = runStage(timexes(), doc).timexes ?? []

  it('finds and resolves every expression, and nothing else', () => {
    assert.deepEqual(
      found.map((t) => `${article.slice(t.start, t.end)} ${t.kind} ${t.range?.start}..${t.range?.end}`),
      [
        'six months since since 2022-02-01..2022-08-07',
        'since February since 2022-02-01..2022-08-07',
        'Friday point 2022-08-05..2022-08-05',
        'Saturday point 2022-08-06..2022-08-06',
        'April point 2022-04-01..2022-04-30',
        'November point 2021-11-01..2021-11-30',
        '2020 point 2020-01-01..2020-12-31',
        'next month point 2022-09-01..2022-09-30',
        'Thursday point 2022-08-11..2022-08-11',
        'May 2019 point 2019-05-01..2019-05-31',
      ],
    )
  })
})
