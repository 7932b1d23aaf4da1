import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { typeset } from '../../eval/typeset.js'
import { createExtractor } from '../../extract.js'

/**
 * Reported-speech forms in our own sentences, plain and typeset. Documents and organisations as sources:
 * "according to" with a phrase the mention does not start, a document issued by a body, a body named before its
 * document. Nouns of saying with a possessor: "his claim that …", "her call for …", "her pledge to …".
 */
const extractor = createExtractor()

interface Attribution {
  readonly content: string
  readonly speaker: string | null
  readonly kind: string
}

function attributions(text: string): Attribution[] {
  const { record } = extractor.extract({ text, meta: { id: 'sources', date: '2022-05-06' } })
  return record.quotes.map((q) => ({
    content: q.text.replace(/\u2019/g, "'").replace(/\u00a0/g, ' '),
    speaker: q.speaker.mention?.text.replace(/\u00a0/g, ' ') ?? null,
    kind: q.kind,
  }))
}

interface Case {
  readonly name: string
  readonly text: string
  /** Words of the content that identify the quotation. */
  readonly words: string
  readonly speaker: string
  /** Words the content must not hold (the source phrase). */
  readonly notInContent?: string
  /** The whole content, when the case checks where it ends. */
  readonly content?: string
  /** The quotation's kind (direct, mixed, indirect), when the case checks it. */
  readonly kind?: string
}

const CASES: readonly Case[] = [
  {
    name: 'a statement from a body, after "according to": the body speaks, the phrase is not content',
    text: 'According to a statement from the Tarn Harbour Board, three ferries will stop running in June.',
    words: 'three ferries will stop',
    speaker: 'Tarn Harbour Board',
    notInContent: 'statement',
  },
  {
    name: 'a report by a body, after the content',
    text: 'The toll rose by a third last year, according to a report by the Velsen Port Authority.',
    words: 'toll rose by a third',
    speaker: 'Velsen Port Authority',
    notInContent: 'report',
  },
  {
    name: 'a source phrase that no name or nominal pass covered, opened by a word read as a verb',
    text: 'According to court filings, the dredging firm paid two inspectors for favourable reports.',
    words: 'dredging firm paid',
    speaker: 'court filings',
    notInContent: 'court',
  },
  {
    name: 'a determiner before the mention of the source',
    text: 'According to the OECD, the harbour towns of the north grew faster than the capital.',
    words: 'harbour towns',
    speaker: 'OECD',
    notInContent: 'OECD',
  },
  {
    name: 'a body named before its document speaks through it',
    text: 'Interpol notes revealed that the cargo had been relabelled twice before it reached Tarn.',
    words: 'cargo had been relabelled',
    speaker: 'Interpol',
  },
  {
    name: 'a document issued by a body, as the subject of a cue',
    text: 'A statement from the Velsen Port Authority said the cranes would be replaced by autumn.',
    words: 'cranes would be replaced',
    speaker: 'Velsen Port Authority',
  },
]

const NOUN_CUE_CASES: readonly Case[] = [
  {
    name: "a possessor's claim that a clause",
    text: "The inspectors rejected Tomas Halloran's claim that the ferry had been checked twice in May.",
    words: 'ferry had been checked',
    speaker: 'Tomas Halloran',
    content: 'the ferry had been checked twice in May',
  },
  {
    name: 'a possessive pronoun before the noun, in a fronted phrase that ends at the comma',
    text: 'Ilse Vandeputte spoke first. Despite her warning that the dock would flood, the crews stayed until dark.',
    words: 'dock would flood',
    speaker: 'her',
    content: 'the dock would flood',
  },
  {
    name: 'a call for a noun phrase that is itself the subject of the sentence',
    text: "Oskar Veltman's call for a new harbour survey was ignored by the board.",
    words: 'new harbour survey',
    speaker: 'Oskar Veltman',
    content: 'a new harbour survey',
  },
  {
    name: 'a pledge to an infinitive, up to the verb of the sentence',
    text: "Wilma Brookhart's pledge to cut ferry fares by half won her the vote.",
    words: 'cut ferry fares',
    speaker: 'Wilma Brookhart',
    content: 'to cut ferry fares by half',
  },
]

const CLAUSE_CASES: readonly Case[] = [
  {
    name: 'a quotation right after its verb that the clause goes on past is a mixed quotation to the clause end',
    text: 'Ilse Vandeputte said "it makes me furious" every time Mr. Veltman cancels 12 ferries without notice.',
    words: 'every time Mr. Veltman cancels 12 ferries',
    speaker: 'Ilse Vandeputte',
    kind: 'mixed',
  },
  {
    name: 'a quotation right after its verb that ends the sentence stays direct',
    text: 'The 12 ferries stayed in port. Ilse Vandeputte said "it makes me furious."',
    words: 'makes me furious',
    speaker: 'Ilse Vandeputte',
    kind: 'direct',
  },
  {
    name: 'a cue after "and" opens its own clause: the quotation keeps the verb before it',
    text: 'Wilma Brookhart declared "What a night!" and said that her campaign would keep "breaking barriers" in 12 districts.',
    words: 'What a night',
    speaker: 'Wilma Brookhart',
    kind: 'direct',
  },
  {
    name: 'the fragment after that second verb is reported by it, to the clause end',
    text: 'Wilma Brookhart declared "What a night!" and said that her campaign would keep "breaking barriers" in 12 districts.',
    words: 'her campaign would keep',
    speaker: 'Wilma Brookhart',
    kind: 'mixed',
  },
  {
    name: 'a passive verb with its agent quotes no one: the speech verb before it reports the fragment',
    text: 'Halloran argued that the Velsen toll, which is widely supported by 12 councils, "would not last a year" without the levy.',
    words: 'the Velsen toll',
    speaker: 'Halloran',
    kind: 'mixed',
  },
]

function check(c: Case): void {
  for (const [form, text] of [
    ['plain', c.text],
    ['typeset', typeset(c.text)],
  ] as const) {
    const all = attributions(text)
    const found = all.find((a) => (c.content ? a.content === c.content : a.content.includes(c.words)))
    assert.ok(found, `${form}: no quotation holding "${c.words}" in ${JSON.stringify(all)}`)
    assert.equal(found.speaker, c.speaker, `${form} speaker`)
    if (c.notInContent)
      assert.ok(!found.content.includes(c.notInContent), `${form} content: ${found.content}`)
    if (c.content) assert.equal(found.content, c.content, `${form} content`)
    if (c.kind) assert.equal(found.kind, c.kind, `${form} kind`)
  }
}

describe('documents and organisations as sources, plain and typeset', () => {
  for (const c of CASES) it(c.name, () => check(c))
})

describe('nouns of saying with a possessor, plain and typeset', () => {
  for (const c of NOUN_CUE_CASES) it(c.name, () => check(c))
  it('a noun of saying without a possessor reports nothing', () => {
    const text = 'The claim that the dock is closed is false.'
    for (const form of [text, typeset(text)]) assert.deepEqual(attributions(form), [])
  })
})

describe('quotations inside a clause, plain and typeset', () => {
  for (const c of CLAUSE_CASES) it(c.name, () => check(c))
})
