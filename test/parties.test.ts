import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'
import { bothForms } from './helpers/typography.js'

/** Parties of events: possessed actors, conjoined subjects, first persons in quotations, conditions. */

const extractor = createExtractor()

function eventsOf(text: string, date = '2012-05-19'): string[] {
  const { record } = extractor.extract({ text, meta: { id: 'parties', date } })
  const country = (r: ParleyRecord, id: string) => r.actors.find((a) => a.id === id)?.country ?? '?'
  return record.events.map(
    (e) =>
      `${e.type}/${e.status} ${e.actor.map((id) => country(record, id)).join('+')}` +
      `→${e.recipient.map((id) => country(record, id)).join('+')}`,
  )
}

const CASES: readonly { text: string; date?: string; expected: readonly string[]; why: string }[] = [
  {
    text: 'Reagan and Gorbachev met today in Geneva.',
    date: '1985-11-19',
    expected: ['CONSULT/asserted USA→RUS'],
    why: 'a lone surname of a leader in office on the date is that leader, even opening the sentence',
  },
  {
    text: 'Bush and Putin spoke by phone on Monday about Iraq.',
    date: '2003-05-06',
    expected: ['CONSULT/asserted USA→RUS'],
    why: 'the office-holder of the date decides which Bush',
  },
  {
    text: '"We will meet our American partners in New York," the Iranian foreign minister said.',
    expected: ['CONSULT/future IRN→USA', 'AGREE/asserted IRN→USA'],
    why: 'a possessive determiner gives way to the actor it possesses, not the speaker',
  },
  {
    text: '"I spoke with my Chinese counterpart this morning," Clinton said.',
    expected: ['CONSULT/asserted USA→CHN'],
    why: 'the speaker does not meet herself',
  },
  {
    text: 'Vladimir Putin and Joe Biden met in Geneva on Wednesday.',
    expected: ['CONSULT/asserted RUS→USA'],
    why: 'conjoined subjects of a meeting: the first meets the others',
  },
  {
    text: '"If Iran is ready to negotiate, we will engage in it," Clinton said.',
    expected: ['AGREE/hypothetical IRN→USA', 'CONSULT/hypothetical USA→IRN'],
    why: 'an act under a condition named before it is aimed at the party the condition names',
  },
  {
    text: "Chad opened its border to refugees driven out of Sudan's Darfur region, but was still refusing entry to Libyans.",
    expected: ['REJECT/asserted TCD→LBY'],
    why: 'a conjunct shares the subject of the main verb, not of a participle describing a noun',
  },
  {
    text: "A group of Kurdish refugees began a hunger strike in Ankara on Monday, the refugees' lawyer said.",
    expected: ['PROTEST/asserted TUR→TUR'],
    why: '"a group of X": the people counted act, not the quantity',
  },
  {
    text: "Kenya Farmers Association officials demanded support from the country's parliament.",
    expected: ['REQUEST/asserted KEN→'],
    why: "a country's name written before an unknown organisation is its country",
  },
  {
    text: 'The Peruvian government on Friday accepted demands from Maoist rebels that it free prisoners.',
    expected: ['CONCEDE/asserted PER→PER'],
    why: "rebels named without a place are of the sentence's one country (a domestic event X→X)",
  },
  {
    text: 'Kenya\'s interior minister warned that police will not tolerate "illegal" marches by the opposition.',
    expected: ['THREATEN/asserted KEN→KEN'],
    why: 'police named without a country are of the one country the sentence names',
  },
  {
    text: "Peru's government ordered the newspaper La Republica to suspend publication.",
    expected: ['COERCE/asserted PER→?'],
    why: 'ordered to suffer a coercive act: the one who orders does it, to the one ordered',
  },
  {
    text: "Peru's junta ordered the army to attack rebel camps in Ecuador.",
    expected: ['ASSAULT/asserted PER→ECU'],
    why: "a state's forces ordered to act carry the act out; they are not its target",
  },
  {
    text: "Kenya's Supreme Court allowed opposition leader Joseph Mwangi to stand in the election.",
    expected: ['CONCEDE/asserted KEN→?'],
    why: 'a lower-case title ending in a person noun belongs to the name after it',
  },
  {
    text: "Kenya's Supreme Court allowed the plan Mwangi drafted.",
    expected: ['CONCEDE/asserted KEN→'],
    why: 'a thing before a name is no title ("the plan Mwangi drafted")',
  },
  {
    text: 'Up to 500 ethnic Hungarians demonstrated on Sunday in Romania, police said.',
    expected: ['PROTEST/asserted ROU→ROU'],
    why: "an ethnic group is placed where the sentence puts it, not in its demonym's country",
  },
  {
    text: 'Governor Peter Mwangi has been accused of stealing US $20 million, most of it aid money, by Kenyan prosecutors.',
    expected: ['ACCUSE/asserted KEN→?'],
    why: 'a passive\'s agent after an aside between commas; a currency ("US $") names no country',
  },
  {
    text: "Israel's cabinet on Monday rejected calls by Jordan for talks.",
    expected: ['REJECT/asserted ISR→JOR'],
    why: 'the agent right after what is refused made it ("calls by Jordan")',
  },
  {
    text: 'Thai-led troops have retaken the border village after heavy fighting with rebels in Northern Laos, Lao officials said.',
    expected: ['ASSAULT/asserted THA→LAO'],
    why: 'an event noun of a circumstance phrase is the act of the clause\'s subject; "X-led" troops are X\'s; a compass word before a country is no name',
  },
  {
    text: "Vietnamese-led forces have retaken the town in Cambodia after fierce fighting with guerrillas, Thailand's radio said.",
    expected: ['ASSAULT/asserted VNM→KHM'],
    why: "neither an army's country nor the closing attribution's places the guerrillas; the place does",
  },
  {
    text: 'The Peruvian government on Friday accepted demands from Maoist rebels, Chilean radio reported.',
    expected: ['CONCEDE/asserted PER→PER'],
    why: "the closing attribution's country does not count against the one the sentence names",
  },
  {
    text: "He said the US wanted Syria to withdraw its troops from Lebanon's east.",
    expected: ['REQUEST/asserted USA→SYR'],
    why: 'wanting someone to act is a request to them, not their act',
  },
  {
    text: "Russia doesn't want Ukraine to meet NATO's envoys.",
    expected: ['REQUEST/negated RUS→UKR'],
    why: 'a wish denied is no asserted request, nor a meeting',
  },
]

describe('parties of events', () => {
  for (const c of CASES) {
    for (const [form, text] of bothForms(c.text)) {
      it(`${form}: ${c.why}`, () => {
        assert.deepEqual(eventsOf(text, c.date), c.expected)
      })
    }
  }
})
