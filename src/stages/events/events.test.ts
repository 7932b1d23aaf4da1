import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type HandMention, makeDocWithMentions } from '../../../test/helpers/hand-mentions.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import type { Doc } from '../../doc/doc.js'
import type { Actor, PlaceId, PoliticalEvent, Quote, QuoteId, Timex, TimexId } from '../../doc/layers.js'
import { alignSpan } from '../../doc/token-table.js'
import { events } from './events.js'

interface Extra {
  readonly date?: string
  /** Text of a time expression in the sentence and the range it stands for. */
  readonly timex?: { readonly text: string; readonly start: string; readonly end: string }
  /** Text of a quotation's content, spoken by the actor with this name (a direct quotation unless told). */
  readonly quote?: { readonly text: string; readonly speaker: string; readonly kind?: Quote['kind'] }
  /** Countries (ISO alpha-3) and roles of actors, by actor name. */
  readonly info?: Readonly<Record<string, { readonly country?: string; readonly role?: string }>>
  /** Plural nominal mentions ("two leaders"), by text, with the noun they are named by. */
  readonly plural?: Readonly<Record<string, string>>
  /** Sectors of actors, by actor name. */
  readonly sectors?: Readonly<Record<string, string>>
  /** Mention texts that are places (their mention type must be `place`). */
  readonly places?: readonly string[]
}

/** Runs the events stage over a hand-annotated sentence and names each event's parties. */
function run(text: string, mentions: readonly HandMention[], extra: Extra = {}) {
  const base = makeDocWithMentions(text, mentions)
  const tokens = base.layers.tokens!
  const allMentions = base.layers.mentions!.map((m) => {
    const noun = extra.plural?.[text.slice(m.start, m.end)]
    return noun === undefined ? m : { ...m, plural: true, role: noun }
  })
  const actors: readonly Actor[] = base.layers.actors!.map((a) => ({
    ...a,
    sector: extra.sectors?.[a.name] ?? a.sector,
    country: extra.info?.[a.name]?.country ?? a.country,
    role: extra.info?.[a.name]?.role ?? a.role,
  }))
  const timexes: Timex[] = []
  if (extra.timex) {
    const start = text.indexOf(extra.timex.text)
    const span = { start, end: start + extra.timex.text.length }
    const range = alignSpan(tokens, span, 'expand')!
    timexes.push({
      id: 't0' as TimexId,
      ...span,
      ...range,
      kind: 'point',
      range: { start: extra.timex.start, end: extra.timex.end },
    })
  }
  const quotes: Quote[] = []
  if (extra.quote) {
    const start = text.indexOf(extra.quote.text)
    const speaker = actors.find((a) => a.name === extra.quote?.speaker)?.id ?? null
    quotes.push({
      id: 'q0' as QuoteId,
      kind: extra.quote.kind ?? 'direct',
      content: [{ start, end: start + extra.quote.text.length }],
      cue: null,
      speakerMention: null,
      speaker,
    })
  }
  const places = (extra.places ?? []).map((name, i) => {
    const m = allMentions.find((x) => text.slice(x.start, x.end) === name)!
    return { id: `p${i}` as PlaceId, name, country: null, lat: 0, lon: 0, mentions: [m.id] }
  })
  const doc: Doc = {
    ...base,
    meta: { ...base.meta, date: extra.date ?? '2024-05-10' },
    layers: { ...base.layers, mentions: allMentions, actors, places, timexes, quotes },
  }
  const out = runStage(events(), doc).events as readonly PoliticalEvent[]
  const names = new Map(actors.map((a) => [a.id, a.name]))
  const show = (ids: readonly string[]) => ids.map((id) => names.get(id as Actor['id']) ?? id)
  return out.map((e) => ({
    ...e,
    actorNames: show(e.actor),
    recipientNames: show(e.recipient),
    triggerText: text.slice(e.trigger.start, e.trigger.end),
  }))
}

const person = (text: string, actor = text, nth?: number): HandMention =>
  nth === undefined ? { text, type: 'person', actor } : { text, type: 'person', actor, nth }
const country = (text: string, actor = text): HandMention => ({ text, type: 'country', actor })

describe('events: types, parties and grammatical roles', () => {
  const cases: {
    name: string
    text: string
    mentions: HandMention[]
    type: string
    mode?: string | null
    status?: string
    actor: string[]
    recipient: string[]
  }[] = [
    {
      name: 'subject → actor, object → recipient',
      text: 'Blinken met Lavrov in Geneva on Friday.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      mode: 'meet',
      actor: ['Blinken'],
      recipient: ['Lavrov'],
    },
    {
      name: '"X and Y met": the first meets the other',
      text: 'Blinken and Lavrov met on Friday.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      actor: ['Blinken'],
      recipient: ['Lavrov'],
    },
    {
      name: 'lists kept as lists, "by phone" sets the mode',
      text: 'Milley and Austin spoke by phone with their Russian counterparts.',
      mentions: [
        person('Milley'),
        person('Austin'),
        { text: 'their Russian counterparts', type: 'nominal', actor: 'r' },
      ],
      type: 'CONSULT',
      mode: 'phone',
      actor: ['Milley', 'Austin'],
      recipient: ['r'],
    },
    {
      name: 'passive: "X was attacked by Y"',
      text: 'Ukraine was attacked by Russia on Thursday.',
      mentions: [country('Ukraine'), country('Russia')],
      type: 'ASSAULT',
      actor: ['Russia'],
      recipient: ['Ukraine'],
    },
    {
      name: 'noun with "between X and Y"',
      text: 'A phone call between Biden and Xi lasted two hours.',
      mentions: [person('Biden'), person('Xi')],
      type: 'CONSULT',
      mode: 'phone',
      actor: ['Biden'],
      recipient: ['Xi'],
    },
    {
      name: 'noun object of a support verb: "held talks with X"',
      text: 'Blinken held talks with Lavrov in Bali.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      actor: ['Blinken'],
      recipient: ['Lavrov'],
    },
    {
      name: 'noun with "on X": sanctions',
      text: 'The United States imposed new sanctions on Iran.',
      mentions: [country('United States'), country('Iran')],
      type: 'SANCTION',
      actor: ['United States'],
      recipient: ['Iran'],
    },
    {
      name: 'possessor and "of X": an invasion',
      text: "Analysts still debate Russia's invasion of Ukraine.",
      mentions: [country('Russia'), country('Ukraine')],
      type: 'ASSAULT',
      actor: ['Russia'],
      recipient: ['Ukraine'],
    },
    {
      name: 'relative clause between commas is skipped',
      text: 'Marsudi, who hosted the meeting, praised Germany on Monday.',
      mentions: [person('Marsudi'), country('Germany')],
      type: 'SUPPORT',
      actor: ['Marsudi'],
      recipient: ['Germany'],
    },
    {
      name: 'a title before the object is part of the name',
      text: 'Rouhani met President Donald Trump in New York.',
      mentions: [person('Rouhani'), person('Donald Trump')],
      type: 'CONSULT',
      actor: ['Rouhani'],
      recipient: ['Donald Trump'],
    },
    {
      name: 'a possessive before the object yields to the person it names',
      text: "Sullivan met China's top diplomat, Yang Jiechi, in Zurich.",
      mentions: [person('Sullivan'), country('China'), person('Yang Jiechi')],
      type: 'CONSULT',
      actor: ['Sullivan'],
      recipient: ['Yang Jiechi'],
    },
    {
      name: 'a gerund after a preposition takes the subject of the main verb',
      text: 'Rouhani left on Thursday after turning down a call from Macron.',
      mentions: [person('Rouhani'), person('Macron')],
      type: 'REJECT',
      mode: 'meet',
      actor: ['Rouhani'],
      recipient: ['Macron'],
    },
    {
      name: 'verbs coordinated share their subject',
      text: 'Blinken has not spoken to Lavrov since January and criticized Moscow.',
      mentions: [person('Blinken'), person('Lavrov'), country('Moscow')],
      type: 'ACCUSE',
      actor: ['Blinken'],
      recipient: ['Moscow'],
    },
    {
      name: 'a reported obligation is a demand on its subject',
      text: 'Russia said on Tuesday that Sudan must return the helicopter.',
      mentions: [country('Russia'), country('Sudan')],
      type: 'REQUEST',
      actor: ['Russia'],
      recipient: ['Sudan'],
    },
    {
      name: '"demanded that X …": the that-clause subject is the recipient',
      text: 'Egypt demanded that Israel withdraw its troops.',
      mentions: [country('Egypt'), country('Israel')],
      type: 'REQUEST',
      mode: 'yield',
      actor: ['Egypt'],
      recipient: ['Israel'],
    },
    {
      name: 'a threat absorbs the act threatened',
      text: 'Iran threatened to shell Iraq.',
      mentions: [country('Iran'), country('Iraq')],
      type: 'THREATEN',
      mode: 'violence',
      actor: ['Iran'],
      recipient: ['Iraq'],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const found = run(c.text, c.mentions)
      const e = found.find((x) => x.type === c.type)
      assert.ok(e, `no ${c.type} in ${JSON.stringify(found.map((x) => x.type))}`)
      assert.deepEqual(e.actorNames, c.actor)
      assert.deepEqual(e.recipientNames, c.recipient)
      if (c.mode !== undefined) assert.equal(e.mode, c.mode)
      assert.equal(e.status, c.status ?? 'asserted')
    })
  }
})

describe('events: status', () => {
  const cases: { name: string; text: string; mentions: HandMention[]; type: string; status: string }[] = [
    {
      name: 'negated: has not spoken to',
      text: 'Blinken has not spoken to Lavrov since January.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      status: 'negated',
    },
    {
      name: 'negated: never met',
      text: 'Biden never met Kim.',
      mentions: [person('Biden'), person('Kim')],
      type: 'CONSULT',
      status: 'negated',
    },
    {
      name: 'negated: no contact with',
      text: 'Blinken has had no contact with Lavrov.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      status: 'negated',
    },
    {
      name: 'one negated event for "a meeting or phone call"',
      text: 'Blinken has not had a single meeting or phone call with Lavrov.',
      mentions: [person('Blinken'), person('Lavrov')],
      type: 'CONSULT',
      status: 'negated',
    },
    {
      name: 'negated: left without meeting',
      text: 'Rouhani left New York without meeting Trump.',
      mentions: [person('Rouhani'), person('Trump')],
      type: 'CONSULT',
      status: 'negated',
    },
    {
      name: 'hypothetical: would … if',
      text: 'Scholz would meet Putin if the shelling stopped.',
      mentions: [person('Scholz'), person('Putin')],
      type: 'CONSULT',
      status: 'hypothetical',
    },
    {
      name: 'hypothetical: a condition before the main clause',
      text: 'If Russia withdraws, Biden will meet Putin.',
      mentions: [country('Russia'), person('Biden'), person('Putin')],
      type: 'CONSULT',
      status: 'hypothetical',
    },
    {
      name: 'hypothetical: could',
      text: 'Macron could visit Moscow.',
      mentions: [person('Macron'), country('Moscow')],
      type: 'CONSULT',
      status: 'hypothetical',
    },
    {
      name: 'future: will meet',
      text: 'Biden will meet Xi next week.',
      mentions: [person('Biden'), person('Xi')],
      type: 'CONSULT',
      status: 'future',
    },
    {
      name: 'future: is scheduled to',
      text: 'Biden is scheduled to meet Xi.',
      mentions: [person('Biden'), person('Xi')],
      type: 'CONSULT',
      status: 'future',
    },
    {
      name: 'future: plans to visit',
      text: 'Biden plans to visit Ukraine.',
      mentions: [person('Biden'), country('Ukraine')],
      type: 'CONSULT',
      status: 'future',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const found = run(c.text, c.mentions).filter((x) => x.type === c.type)
      assert.equal(found.length, 1, JSON.stringify(found.map((x) => [x.type, x.status, x.triggerText])))
      assert.equal(found[0]!.status, c.status)
    })
  }

  it('a refusal is a REJECT with the refused meeting as its mode, not a negated CONSULT', () => {
    for (const text of [
      'Blinken chose not to meet Lavrov.',
      'Blinken refused to meet Lavrov.',
      'Blinken declined to talk to Lavrov.',
    ]) {
      const found = run(text, [person('Blinken'), person('Lavrov')])
      assert.deepEqual(
        found.map((e) => [e.type, e.mode, e.status, e.actorNames, e.recipientNames]),
        [['REJECT', 'meet', 'asserted', ['Blinken'], ['Lavrov']]],
        text,
      )
    }
  })

  it('a condition after a threat is part of the threat; "while" ends the condition\'s reach', () => {
    const found = run(
      'Moscow warned Kyiv against it, while Washington threatened Russia with sanctions if Russia failed to act.',
      [country('Moscow'), country('Kyiv'), country('Washington'), country('Russia')],
    )
    assert.deepEqual(
      found.map((e) => [e.type, e.status, e.actorNames]),
      [
        ['THREATEN', 'asserted', ['Moscow']],
        ['THREATEN', 'asserted', ['Washington']],
      ],
    )
  })

  it('talking to reporters is no consultation', () => {
    const found = run(
      'Lighthizer did not speak to reporters.',
      [person('Lighthizer'), { text: 'reporters', type: 'nominal', actor: 'r' }],
      { sectors: { r: 'MED' } },
    )
    assert.deepEqual(found, [])
  })

  it('"declined to comment" is no event', () => {
    assert.deepEqual(run('Lavrov declined to comment.', [person('Lavrov')]), [])
  })

  it('an announced cooperative act is also a statement of intent (AGREE)', () => {
    const found = run('Biden will visit Kyiv next week.', [person('Biden'), country('Kyiv')])
    assert.deepEqual(
      found.map((e) => [e.type, e.status]),
      [
        ['CONSULT', 'future'],
        ['AGREE', 'asserted'],
      ],
    )
  })

  it('meeting a deadline is no meeting', () => {
    assert.deepEqual(run('Greece met the deadline.', [country('Greece')]), [])
  })
})

describe('events: what PLOVER codes as one event', () => {
  it('a protest that makes a demand is a protest, directed at whom the demand is addressed', () => {
    const found = run('Students staged demonstrations to demand the resignation of Mubarak.', [
      { text: 'Students', type: 'nominal', actor: 's' },
      person('Mubarak'),
    ])
    assert.deepEqual(
      found.map((e) => [e.type, e.actorNames, e.recipientNames]),
      [['PROTEST', ['s'], ['Mubarak']]],
    )
  })

  it('an action carried out in a country targets it when no one else is named', () => {
    const [e] = run('Opposition parties in Nepal organized a general strike.', [
      { text: 'Opposition parties', type: 'nominal', actor: 'o' },
      country('Nepal'),
    ])
    assert.equal(e?.type, 'PROTEST')
    assert.deepEqual(e?.recipientNames, ['Nepal'])
  })

  it('what talks are about is not an event of its own', () => {
    const found = run('Israel and Lebanon renewed negotiations on a troop pullback.', [
      country('Israel'),
      country('Lebanon'),
    ])
    assert.deepEqual(
      found.map((e) => e.type),
      ['CONSULT'],
    )
  })

  it('an event noun modifying another noun and words inside names trigger nothing', () => {
    assert.deepEqual(
      run('The invasion forces left.', [{ text: 'The invasion forces', type: 'nominal', actor: 'f' }]),
      [],
    )
    const found = run('The Economic Cooperation Forum met Japan.', [
      { text: 'Economic Cooperation Forum', type: 'organization', actor: 'f' },
      country('Japan'),
    ])
    assert.deepEqual(
      found.map((e) => e.type),
      ['CONSULT'],
    )
  })

  it('the object of another event keeps only the actors it names ("condemned the attack")', () => {
    const found = run('The United Nations condemned the attack.', [
      { text: 'United Nations', type: 'organization', actor: 'un' },
    ])
    assert.deepEqual(
      found.map((e) => [e.type, e.actorNames]),
      [['ACCUSE', ['United Nations']]],
    )
  })

  it('plural nouns the lemmatizer does not know still trigger ("airstrikes")', () => {
    const [e] = run('Israel launched airstrikes on Lebanon.', [country('Israel'), country('Lebanon')])
    assert.deepEqual(
      [e?.type, e?.mode, e?.actorNames, e?.recipientNames],
      ['ASSAULT', 'aerial', ['Israel'], ['Lebanon']],
    )
  })

  it('an offer reads its recipient through the complement', () => {
    const found = run('Norway is willing to send material to help defend Oman.', [
      country('Norway'),
      country('Oman'),
    ])
    assert.deepEqual(
      found.map((e) => [e.type, e.actorNames, e.recipientNames]),
      [['AGREE', ['Norway'], ['Oman']]],
    )
  })
})

describe('events: date, place and quotation', () => {
  it('takes the date from the time expression of the clause', () => {
    const [e] = run(
      'In March, Sullivan spoke by phone with Patrushev.',
      [person('Sullivan'), person('Patrushev')],
      {
        timex: { text: 'March', start: '2024-03-01', end: '2024-03-31' },
      },
    )
    assert.deepEqual(e?.date, { start: '2024-03-01', end: '2024-03-31', text: 'March' })
  })

  it('falls back to the publication date for asserted events and to null for future ones', () => {
    const [asserted] = run('Blinken met Lavrov.', [person('Blinken'), person('Lavrov')], {
      date: '2022-07-10',
    })
    assert.deepEqual(asserted?.date, { start: '2022-07-10', end: '2022-07-10', text: null })
    const [future] = run('Blinken will meet Lavrov.', [person('Blinken'), person('Lavrov')])
    assert.equal(future?.type, 'CONSULT')
    assert.equal(future?.date, null)
  })

  it('places the event where "in"/"at" says', () => {
    const [e] = run(
      'Rice met with Lavrov on the sidelines of the assembly in New York.',
      [person('Rice'), person('Lavrov'), { text: 'New York', type: 'place' }],
      { places: ['New York'] },
    )
    assert.equal(e?.place, 'p0')
  })

  it('links an event stated inside a quotation, with "we" as the speaker; "will never" is a refusal', () => {
    const text = '“We will never negotiate with Moscow,” Zelensky said.'
    const found = run(text, [{ text: 'We', type: 'pronoun' }, country('Moscow'), person('Zelensky')], {
      quote: { text: 'We will never negotiate with Moscow,', speaker: 'Zelensky' },
    })
    const e = found.find((x) => x.type === 'REJECT')
    assert.equal(e?.quote, 'q0')
    assert.equal(e?.mode, 'meet')
    assert.equal(e?.status, 'asserted')
    assert.deepEqual(e?.actorNames, ['Zelensky'])
    assert.deepEqual(e?.recipientNames, ['Moscow'])
  })

  it('drops events without any party', () => {
    assert.deepEqual(run('The talks resumed on Monday.', []), [])
  })
})

describe('events: constructions read beyond the clause', () => {
  const shown = (found: ReturnType<typeof run>) =>
    found.map((e) => [e.type, e.status, e.actorNames, e.recipientNames, e.triggerText])

  it('"the two leaders" are the latest pair of persons who consulted and whose roles fit the noun', () => {
    const text =
      'Biden met Xi in Bali. Sullivan met Yang in Rome. The two leaders could meet again next year.'
    const found = run(
      text,
      [
        person('Biden'),
        person('Xi'),
        person('Sullivan'),
        person('Yang'),
        { text: 'two leaders', type: 'nominal', actor: 'pair' },
      ],
      {
        plural: { 'two leaders': 'leader' },
        info: {
          Biden: { role: 'President' },
          Xi: { role: 'President' },
          Sullivan: { role: 'National Security Adviser' },
          Yang: { role: 'Director of the Foreign Affairs Office' },
        },
      },
    )
    const later = found.filter((e) => e.type === 'CONSULT' && e.triggerText === 'meet')
    assert.deepEqual(shown(later), [['CONSULT', 'hypothetical', ['Biden'], ['Xi'], 'meet']])
  })

  it('"never" negates a contact between a pair named before', () => {
    const text = 'Rouhani left without meeting Trump. The two presidents have never spoken.'
    const found = run(
      text,
      [person('Rouhani'), person('Trump'), { text: 'two presidents', type: 'nominal', actor: 'pair' }],
      {
        plural: { 'two presidents': 'president' },
        info: { Rouhani: { role: 'President' }, Trump: { role: 'President' } },
      },
    )
    const spoken = found.filter((e) => e.triggerText === 'spoken')
    assert.deepEqual(shown(spoken), [['CONSULT', 'negated', ['Rouhani'], ['Trump'], 'spoken']])
  })

  it('a reported "would" with a date ahead is future, without one hypothetical', () => {
    const mentions = [
      person('Lavrov'),
      { text: 'he', type: 'pronoun' as const, actor: 'Lavrov' },
      person('Kerry'),
    ]
    const timex = { text: 'next week', start: '2024-05-13', end: '2024-05-19' }
    const ahead = run('Lavrov said he would speak with Kerry again next week.', mentions, { timex })
    assert.deepEqual(shown(ahead.filter((e) => e.type === 'CONSULT')), [
      ['CONSULT', 'future', ['Lavrov'], ['Kerry'], 'speak'],
    ])
    const open = run('Lavrov said he would speak with Kerry again.', mentions)
    assert.equal(open.find((e) => e.type === 'CONSULT')?.status, 'hypothetical')
  })

  it('"He said" after a quotation is its speaker, when no other person was named since', () => {
    const text = '“The work starts today,” Lavrov said. He said he would speak with Kerry.'
    const found = run(
      text,
      [
        person('Lavrov'),
        { text: 'He', type: 'pronoun' },
        { text: 'he', type: 'pronoun', nth: 1 },
        person('Kerry'),
      ],
      { quote: { text: 'The work starts today,', speaker: 'Lavrov' } },
    )
    assert.deepEqual(found.find((e) => e.type === 'CONSULT')?.actorNames, ['Lavrov'])
  })

  it('a refusal reported by a person of the refusing state is theirs, aimed at the other state named', () => {
    const text = 'Zarif said Iran would not negotiate under what Washington calls pressure.'
    const found = run(text, [person('Zarif'), country('Iran'), country('Washington')], {
      info: { Zarif: { country: 'IRN' }, Iran: { country: 'IRN' }, Washington: { country: 'USA' } },
    })
    // the negotiation does not happen, and saying so is a refusal
    assert.deepEqual(shown(found), [
      ['CONSULT', 'negated', ['Zarif'], ['Washington'], 'negotiate'],
      ['REJECT', 'asserted', ['Zarif'], ['Washington'], 'negotiate'],
    ])
    const other = run('Lavrov said Ukraine would not negotiate.', [person('Lavrov'), country('Ukraine')], {
      info: { Lavrov: { country: 'RUS' }, Ukraine: { country: 'UKR' } },
    })
    assert.deepEqual(other.find((e) => e.type === 'REJECT')?.actorNames, ['Ukraine'])
  })

  it('a warning that states a refusal is the refusal; a threat is aimed at the subject of its condition', () => {
    const text =
      'The Kremlin warned that it would not accept ultimatums, while Washington threatened further sanctions if Russia failed to act.'
    const found = run(
      text,
      [
        { text: 'Kremlin', type: 'country', actor: 'RUS' },
        { text: 'it', type: 'pronoun', actor: 'RUS' },
        country('Washington'),
        { text: 'Russia', type: 'country', actor: 'RUS' },
      ],
      { info: { Kremlin: { country: 'RUS' }, Washington: { country: 'USA' } } },
    )
    assert.deepEqual(shown(found), [
      ['CONCEDE', 'negated', ['Kremlin'], ['Washington'], 'accept'],
      ['REJECT', 'asserted', ['Kremlin'], ['Washington'], 'accept'],
      ['THREATEN', 'asserted', ['Washington'], ['Kremlin'], 'threatened'],
    ])
  })

  it('an unnamed government delegation in reported speech is the speaker\'s side; "only if X" names X', () => {
    const text =
      'Negotiators would resume talks only if the United States lifted tariffs, according to an official.'
    const found = run(
      text,
      [
        { text: 'Negotiators', type: 'nominal', actor: 'negotiators' },
        country('United States'),
        { text: 'an official', type: 'person', actor: 'official' },
      ],
      {
        plural: { Negotiators: 'negotiator' },
        quote: {
          text: 'Negotiators would resume talks only if the United States lifted tariffs',
          speaker: 'an official',
          kind: 'indirect',
        },
      },
    )
    assert.deepEqual(shown(found.filter((e) => e.type === 'CONSULT')), [
      ['CONSULT', 'hypothetical', ['an official'], ['United States'], 'talks'],
    ])
  })

  it('an agreement named with the verb of its relative clause ("the agreement he reached with …")', () => {
    const text = 'Lavrov defended the agreement he reached on Thursday with Secretary of State John Kerry.'
    const found = run(text, [
      person('Lavrov'),
      { text: 'he', type: 'pronoun', actor: 'Lavrov', nth: 1 },
      person('John Kerry'),
    ])
    assert.deepEqual(shown(found.filter((e) => e.type === 'AGREE')), [
      ['AGREE', 'asserted', ['Lavrov'], ['John Kerry'], 'agreement he reached'],
    ])
  })

  it('phrasal verbs of refusal; a refused call borrows the counterpart of the contact beside it', () => {
    const cases: [string, HandMention[], string[]][] = [
      ['Rouhani ruled out talks with Trump.', [person('Rouhani'), person('Trump')], ['Trump']],
      ['Rouhani turned the invitation from Trump down.', [person('Rouhani'), person('Trump')], ['Trump']],
      [
        'Rouhani left without meeting Trump, after turning down a call that Macron had set up.',
        [person('Rouhani'), person('Trump'), person('Macron')],
        ['Trump'],
      ],
    ]
    for (const [text, mentions, recipient] of cases) {
      const e = run(text, mentions).find((x) => x.type === 'REJECT')
      assert.ok(e, text)
      assert.equal(e.status, 'asserted', text)
      assert.deepEqual(e.actorNames, ['Rouhani'], text)
      assert.deepEqual(e.recipientNames, recipient, text)
    }
  })
})

describe('event dates from "since" ranges', () => {
  it('dates a negated contact by its "since" range, an asserted one by the publication date', async () => {
    const { createExtractor } = await import('../../extract.js')
    const extractor = createExtractor()
    const meta = { id: 't', date: '2013-09-28' }
    const negated = extractor.extract({ text: 'Obama has not spoken with Rouhani since 2009.', meta }).record
      .events
    assert.equal(negated.find((e) => e.status === 'negated')?.date?.start, '2009-01-01')
    const asserted = extractor.extract({
      text: 'Obama spoke with Rouhani by phone, the first conversation between the two countries’ leaders since 1979.',
      meta,
    }).record.events
    const call = asserted.find((e) => e.type === 'CONSULT' && e.status === 'asserted')
    assert.equal(call?.date?.start, '2013-09-28')
  })
})
