import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import { bothForms } from './helpers/typography.js'

/**
 * Background clauses and frames: what a sentence mentions only to describe something is not one of its events,
 * and a trigger sense needs the arguments of its event. Each case in plain and typeset form.
 */

const extractor = createExtractor()

function eventsOf(text: string): string[] {
  const { record } = extractor.extract({ text, meta: { id: 'background', date: '2019-10-02' } })
  return record.events.map(
    (e) => `${e.type}/${e.status} [${e.trigger.text.replace(/\u2019/g, "'").replace(/\u00a0/g, ' ')}]`,
  )
}

const CASES: readonly { text: string; expected: readonly string[]; why: string }[] = [
  {
    text: 'A crowd at the airport greeted Rouhani on his return from New York, state television showed.',
    expected: [],
    why: "a person's return home is no RETREAT: the noun needs what is returned or to whom",
  },
  {
    text: 'Israel completed the return of the Sinai to Egypt on Sunday.',
    expected: ['RETREAT/asserted [return]'],
    why: 'the return of a territory to a country is a RETREAT',
  },
  {
    text: 'Palestinian gunmen fired on Israeli soldiers in the occupied West Bank on Tuesday.',
    expected: ['ASSAULT/asserted [fired]'],
    why: 'a participle describing a noun is no event',
  },
  {
    text: 'Terry Anderson, whom Shiite militants had kidnapped in Beirut in 1985, was released on Wednesday.',
    expected: ['RETREAT/asserted [released]'],
    why: 'an object relative in the pluperfect is background',
  },
  {
    text: 'Egypt demanded the extradition of the hijackers who seized the Italian cruise ship.',
    expected: ['REQUEST/asserted [demanded]'],
    why: 'a relative clause identifying a common noun is background',
  },
  {
    text: 'Putin, who congratulated Yanukovych on Monday, criticised the observers.',
    expected: ['SUPPORT/asserted [congratulated]', 'ACCUSE/asserted [criticised]'],
    why: 'a relative clause adding news about a named actor is kept',
  },
  {
    text: 'Moscow condemned what it called a hostile campaign by the West.',
    expected: ['ACCUSE/asserted [condemned]'],
    why: 'naming in a free relative is no consultation',
  },
  {
    text: 'EC foreign ministers demanded the withdrawal of Serbian forces, calling them an occupying army.',
    expected: ['REQUEST/asserted [demanded]'],
    why: 'a naming verb with what its object is called names; it calls nobody',
  },
  {
    text: 'Biden called Putin a "killer" in an interview.',
    expected: [],
    why: 'naming a person with a quoted word is no phone call',
  },
  {
    text: 'Blinken called Lavrov last week to discuss the grain deal.',
    expected: ['CONSULT/asserted [called]'],
    why: 'a call followed by a time expression is a call',
  },
  {
    text: 'The rebels will return weapons and equipment seized last year from United Nations peacekeepers.',
    expected: ['RETREAT/future [return]', 'AGREE/asserted [return]'],
    why: 'a participle describing the thing before it is background',
  },
  {
    text: 'Landowners demanded the return of property seized by government forces in the 1970s.',
    expected: ['REQUEST/asserted [demanded]'],
    why: 'a participle after "the return of property" describes the property',
  },
  {
    text: 'Security forces seized weapons in a raid on Tuesday.',
    expected: ['COERCE/asserted [seized]'],
    why: 'a verb with an actor before it and an object after it is an act',
  },
  {
    text: 'The Senate committee killed the plan to sell fighter jets to Turkey.',
    expected: [],
    why: 'a violent verb with an abstract object is figurative',
  },
  {
    text: 'The envoy was sent to Pyongyang to deliver a message from Seoul.',
    expected: [],
    why: 'sending a person is no aid',
  },
  {
    text: 'Japan sent 500 tons of rice and blankets to Turkey.',
    expected: ['AID/asserted [sent]'],
    why: 'sending goods is aid',
  },
  {
    text: "Trump's administration provides the vast majority of aid to Ukraine.",
    expected: ['AID/asserted [provides]'],
    why: 'the head of an "of" complement counts',
  },
  {
    text: 'Kerry said the Russian action in Crimea was a violation of international law.',
    expected: ['ACCUSE/asserted [was a violation]'],
    why: 'calling an act a violation accuses its author',
  },
  {
    text: 'Egypt said the Israeli raid on the reactor was an act of aggression.',
    expected: ['COERCE/asserted [raid]', 'ACCUSE/asserted [was an act of aggression]'],
    why: '"an act of" an evaluative noun accuses too',
  },
  {
    text: 'The court said the decision was not a violation of the treaty.',
    expected: [],
    why: 'a negated judgement accuses nobody',
  },
  {
    text: 'Peru granted asylum to five Panamanian officers after the U.S. invasion.',
    expected: ['AID/asserted [granted asylum]'],
    why: 'an event noun in a circumstance phrase is background when the sentence has news of its own',
  },
  {
    text: 'Sudan lifted the curfew in Darfur that was imposed after bloody tribal clashes there.',
    expected: ['CONCEDE/asserted [lifted the curfew]'],
    why: 'adverbs and adjectives may stand between the opener and its noun',
  },
  {
    text: "Iran threatened to shell Iraqi towns in retaliation for Iraq's air raid on Susangerd.",
    expected: ['THREATEN/asserted [threatened]'],
    why: 'the noun of a multi-word opener ("in retaliation for") is no event either',
  },
  {
    text: 'Cuba was silent after the U.S. invasion of Panama.',
    expected: ['ASSAULT/asserted [invasion]'],
    why: 'alone, the event noun of a circumstance phrase is kept',
  },
]

describe('background clauses and frames', () => {
  for (const c of CASES) {
    for (const [form, text] of bothForms(c.text)) {
      it(`${form}: ${c.why}`, () => {
        assert.deepEqual(eventsOf(text), c.expected)
      })
    }
  }
})
