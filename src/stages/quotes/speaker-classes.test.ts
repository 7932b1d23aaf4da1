import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'

/**
 * Each class of speaker attachment, in our own sentences, checked in plain (wire) and typeset (web) typography:
 * the speaker is the text of the mention each quotation is attributed through, and its actor's kind.
 */
const extractor = createExtractor()

interface Attribution {
  readonly content: string
  readonly speaker: string | null
  readonly kind: string | null
}

function attributions(text: string): Attribution[] {
  const { record } = extractor.extract({ text, meta: { id: 'speakers', date: '2021-03-04' } })
  return record.quotes.map((q) => ({
    content: q.text,
    speaker: q.speaker.mention?.text ?? null,
    kind: record.actors.find((a) => a.id === q.speaker.actor)?.kind ?? null,
  }))
}

/** The speaker of the quotation whose text holds `words`, in both typographies (apostrophes normalised). */
function speakerOf(
  text: string,
  words: string,
): { plain: Attribution | undefined; typeset: Attribution | undefined } {
  const find = (list: Attribution[]) => list.find((a) => a.content.replace(/\u2019/g, "'").includes(words))
  return { plain: find(attributions(text)), typeset: find(attributions(typeset(text))) }
}

const CASES: readonly { name: string; text: string; words: string; speaker: string; kind?: string }[] = [
  {
    name: 'inverted cue with a lower-case role before the name',
    text: '"The ferry schedule will change in May," said spokesman Oskar Veltman. "Nobody will lose a crossing."',
    words: 'ferry schedule',
    speaker: 'Oskar Veltman',
    kind: 'person',
  },
  {
    name: 'inverted cue with a description before the name',
    text: '"The levy is unfair to small farms," said dairy cooperative chair Wilma Brookhart.',
    words: 'levy is unfair',
    speaker: 'Wilma Brookhart',
  },
  {
    name: 'a surname the tagger reads as a verb, after an inverted cue',
    text: 'The council met again on Tuesday. "We need two more weeks to count the ballots," said Skerrit, explaining the delay.',
    words: 'two more weeks',
    speaker: 'Skerrit',
  },
  {
    name: 'a surname before the cue, not in the given-name list',
    text: 'The vote was close. "We will appeal the count in every district," Drummel told the crowd.',
    words: 'appeal the count',
    speaker: 'Drummel',
  },
  {
    name: 'a document speaks as an organisation',
    text: 'The town clerk sent the notice on Monday. "All permits are suspended until further review," the notice read.',
    words: 'permits are suspended',
    speaker: 'the notice',
    kind: 'organization',
  },
  {
    name: 'an outlet speaks as an organisation',
    text: '"The mayor must resign before the summer," the tabloid wrote in its Sunday edition.',
    words: 'mayor must resign',
    speaker: 'the tabloid',
    kind: 'organization',
  },
  {
    name: 'a descriptive noun phrase not in the person-noun list',
    text: '"It was a pleasant dinner," the shipping magnate told the radio station. "He was very gracious."',
    words: 'pleasant dinner',
    speaker: 'the shipping magnate',
  },
  {
    name: 'a crowd chanting',
    text: 'When the candidate mentioned the new bridge, the crowd chanted, "Build it now!"',
    words: 'Build it now',
    speaker: 'the crowd',
  },
  {
    name: 'the object of a participle cue is not its speaker',
    text: 'At the rally, Vandermeer attacked the mayor, calling him "the worst steward this harbour has had."',
    words: 'worst steward',
    speaker: 'Vandermeer',
  },
  {
    name: 'an aside opened by a participle between the subject and a verb of judging',
    text: 'Halloran, speaking on a morning radio show, called the budget a "disgrace" and promised a recount.',
    words: 'disgrace',
    speaker: 'Halloran',
  },
  {
    name: 'an aside opened by a preposition',
    text: 'For now, Okonjo, at the Lagos institute, said the two ports had reached "a working truce" on fees.',
    words: 'working truce',
    speaker: 'Okonjo',
  },
  {
    name: 'a question whose speaker follows with an appositive',
    text: '"I am calling from the library. Can you return the atlas?" Brennock, a retired ferry pilot, said into the phone.',
    words: 'return the atlas',
    speaker: 'Brennock',
  },
  {
    name: 'a role before the appositive name: the named person speaks',
    text: "Halloran's spokeswoman, Ilse Vandeputte, said the ferry contract would be signed next week.",
    words: 'ferry contract',
    speaker: 'Ilse Vandeputte',
    kind: 'person',
  },
  {
    name: 'a role with a prepositional phrase before the appositive name, content first',
    text: '"We will appeal the fine," a lawyer for the two ferry lines, Oskar Veltman, said on Friday.',
    words: 'appeal the fine',
    speaker: 'Oskar Veltman',
  },
  {
    name: 'a bracketed party tag between the name and its appositive',
    text: 'Rep. Wilma Brookhart (D-Ore.), a member of the harbour panel, said the dredging would start in May.',
    words: 'dredging would start',
    speaker: 'Wilma Brookhart',
  },
  {
    name: 'a possessive determiner opens a role the nominal pass does not know',
    text: 'The inspector was not at the hearing. His lawyer said the inspector would not answer questions.',
    words: 'would not answer',
    speaker: 'His lawyer',
  },
  {
    name: 'the one quoted as saying, not the outlet quoting',
    text: 'The Tarn Courier quoted Ilse Vandeputte as telling dock workers that the cranes would stay.',
    words: 'cranes would stay',
    speaker: 'Ilse Vandeputte',
  },
  {
    name: 'a verb of disclosure is a speech cue',
    text: 'Her campaign later disclosed that the candidate had pneumonia.',
    words: 'had pneumonia',
    speaker: 'Her campaign',
  },
  {
    name: 'a long bracketed aside between the subject and its verb',
    text: 'The minister (who spoke from Velsen, where the dredging resumed after a two-month delay) said the channel would reopen.',
    words: 'channel would reopen',
    speaker: 'The minister',
  },
  {
    name: 'a common noun phrase after an inverted cue, with a relative clause',
    text: '"It is hard to come back to work after 12 weeks," said the designer, who works for another label.',
    words: 'hard to come back',
    speaker: 'the designer',
  },
  {
    name: 'a common noun phrase after an inverted cue, before a prepositional phrase',
    text: '"The harbour towns must be heard," wrote the authors of the Velsen report.',
    words: 'harbour towns must',
    speaker: 'the authors',
  },
  {
    name: 'a long run of capitalised role words after an inverted cue: the name after the last person noun',
    text: '"The 12 ferries will sail again in May," said Tarn Harbour Workers Political Director Oskar Veltman.',
    words: 'ferries will sail',
    speaker: 'Oskar Veltman',
    kind: 'person',
  },
  {
    name: 'a quantifier and "of" before the group after an inverted cue',
    text: 'The ferry advisers met Mr. Halloran twice. "There is no path for the levy," said one of those advisers.',
    words: 'no path for the levy',
    speaker: 'those advisers',
  },
]

describe('speaker attachment by class, plain and typeset', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const found = speakerOf(c.text, c.words)
      for (const [form, a] of Object.entries(found)) {
        assert.ok(a, `${form}: no quotation holding "${c.words}" in ${JSON.stringify(attributions(c.text))}`)
        assert.equal(a.speaker?.replace(/\u00a0/g, ' '), c.speaker, `${form} speaker`)
        if (c.kind) assert.equal(a.kind, c.kind, `${form} actor kind`)
      }
    })
  }
})

describe('an inverted verb that takes its addressee first names no speaker after it', () => {
  it('"…," told the paper: the paper is not the speaker, plain and typeset', () => {
    const text = 'The levy was dropped. "We will not pay it," told the paper on Friday.'
    const found = speakerOf(text, 'will not pay')
    for (const [form, a] of Object.entries(found)) {
      assert.ok(a, `${form}: no quotation`)
      assert.notEqual(a.speaker, 'the paper', `${form} speaker`)
    }
  })
})
