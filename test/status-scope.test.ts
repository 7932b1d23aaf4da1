import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import { bothForms } from './helpers/typography.js'

/**
 * Status from clause scope, with the word that decided it (`status_cue`): control verbs and nouns, purpose
 * clauses, conditions, dates ahead of publication, stated refusals. Each case in plain and typeset form.
 */

const extractor = createExtractor()

/** "TYPE/status [trigger] cue" per event, quotes and apostrophes read back as plain. */
function eventsOf(text: string, date: string): string[] {
  const { record } = extractor.extract({ text, meta: { id: 'status-scope', date } })
  const plain = (s: string) => s.replace(/\u2019/g, "'")
  return record.events.map(
    (e) =>
      `${e.type}/${e.status} [${plain(e.trigger.text)}] ${e.status_cue ? plain(e.status_cue.text) : '-'}`,
  )
}

interface Case {
  readonly text: string
  readonly date?: string
  readonly expected: readonly string[]
}

const CASES: readonly Case[] = [
  // what a noun of asking governs has not happened, and is nobody's announcement
  {
    text: 'The United Nations rejected a call for its peacekeeping forces to be deployed in East Timor.',
    expected: ['REJECT/asserted [rejected] -', 'MOBILIZE/hypothetical [deployed] call'],
  },
  {
    text: "The government said it would not meet the kidnappers' demands to release the prisoners.",
    expected: [
      "CONCEDE/negated [meet the kidnappers' demands] not",
      "REJECT/asserted [meet the kidnappers' demands] -",
      'RETREAT/hypothetical [release] demands',
    ],
  },
  // a controlling verb of failure negates what it governs
  {
    text: 'The European Union failed to agree on new sanctions against Russia.',
    expected: ['AGREE/negated [agree] failed'],
  },
  // a negated controlling noun: no commitment, no plans
  {
    text: 'The Group of Seven leaders made no commitment to support Greece with new loans.',
    expected: ['SUPPORT/negated [support] no'],
  },
  {
    text: 'Turkey has no plans to send troops to Syria, the minister said.',
    expected: ['MOBILIZE/negated [send troops] no'],
  },
  // a purpose clause is aimed at, not done
  {
    text: 'Pompeo flew to Brussels in order to meet NATO foreign ministers.',
    expected: ['CONSULT/future [meet] in'],
  },
  // sworn to: the act is future, and announcing it is a threat
  {
    text: 'The militants have sworn to attack Baghdad.',
    expected: ['ASSAULT/future [attack] sworn', 'THREATEN/asserted [attack] -'],
  },
  // an event dated after the publication date has not happened
  {
    text: 'Blinken meets Lavrov in Geneva on July 15.',
    date: '2022-07-11',
    expected: ['CONSULT/future [meets] July'],
  },
  // a condition, and the conditional word as cue
  {
    text: 'If Russia withdraws, Biden will meet Putin.',
    expected: ['RETREAT/hypothetical [withdraws] If', 'CONSULT/hypothetical [meet] If'],
  },
  // a stated refusal: the meeting does not happen and saying so is a refusal
  {
    text: "Xi won't meet Biden in Bali.",
    expected: ["CONSULT/negated [meet] n't", 'REJECT/asserted [meet] -'],
  },
  // a scheduled meeting is future but promises nothing
  {
    text: 'Blinken is due to meet Lavrov in Geneva.',
    expected: ['CONSULT/future [meet] due'],
  },
  // an event noun in the "for" phrase of a trip told in the present is ahead
  {
    text: 'Rice leaves on Wednesday for talks with Abbas in Ramallah.',
    expected: ['CONSULT/future [talks] leaves'],
  },
  // what is to be deterred or prevented has not happened
  {
    text: 'Washington sent more troops to Saudi Arabia to deter an Iraqi attack.',
    expected: ['MOBILIZE/asserted [sent more troops] -', 'ASSAULT/hypothetical [attack] deter'],
  },
  // an allegation is not an assertion
  {
    text: 'Saudi police questioned a man suspected of bombing the barracks.',
    expected: ['ASSAULT/hypothetical [bombing] suspected'],
  },
  // "unless" and "in case" open conditions, which bind the clause before them too
  {
    text: 'Israel will keep its blockade of Lebanon in place unless Hezbollah frees the soldiers.',
    expected: [
      'COERCE/hypothetical [blockade] unless',
      'THREATEN/hypothetical [blockade] unless',
      'RETREAT/hypothetical [frees] unless',
    ],
  },
  {
    text: 'Turkey will send troops in case Iran attacks the Kurds.',
    expected: [
      'MOBILIZE/hypothetical [send troops] in',
      'THREATEN/hypothetical [send troops] in',
      'ASSAULT/hypothetical [attacks] in',
    ],
  },
  // an event noun no verb governs takes the modality of its clause
  {
    text: 'Merkel said Germany could not go it alone on sanctions against Iran.',
    expected: ['SANCTION/hypothetical [sanctions] not'],
  },
  // a sentence that denies an event between two parties does not also report one (rule denied-in-sentence)
  {
    text: 'Kerry and Zarif attended the same regional security meeting in Geneva on Monday but did not meet.',
    expected: ['CONSULT/negated [meet] not'],
  },
  {
    text: '"We have not had any conversation with Zarif, and we are not going to talk just for the sake of talking," Kerry said.',
    date: '2015-05-10',
    expected: ['CONSULT/negated [conversation] not', 'CONSULT/negated [talk] not'],
  },
]

describe('status from clause scope, with the word that decided it', () => {
  for (const c of CASES) {
    for (const [form, text] of bothForms(c.text)) {
      it(`${form}: ${text}`, () => {
        assert.deepEqual(eventsOf(text, c.date ?? '2024-05-10'), c.expected)
      })
    }
  }
})
