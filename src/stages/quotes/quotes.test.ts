import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type HandMention, makeDocWithMentions } from '../../../test/helpers/hand-mentions.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import type { Doc } from '../../doc/doc.js'
import type { Quote } from '../../doc/layers.js'
import { quotes } from './quotes.js'

interface Seen {
  readonly kind: Quote['kind']
  readonly content: string[]
  readonly cue: string | null
  readonly mention: string | null
  readonly actor: string | null
}

function run(doc: Doc): { seen: Seen[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const out = runStage(quotes(), doc, { report: (d) => diagnostics.push(d) })
  const mentions = new Map((doc.layers.mentions ?? []).map((m) => [m.id, m]))
  const actors = new Map((doc.layers.actors ?? []).map((a) => [a.id, a]))
  const seen = out.quotes.map((q) => {
    const m = q.speakerMention ? mentions.get(q.speakerMention) : undefined
    return {
      kind: q.kind,
      content: q.content.map((s) => doc.text.slice(s.start, s.end)),
      cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
      mention: m ? doc.text.slice(m.start, m.end) : null,
      actor: q.speaker ? (actors.get(q.speaker)?.name ?? null) : null,
    }
  })
  return { seen, diagnostics }
}

interface Case {
  readonly name: string
  readonly text: string
  readonly mentions: readonly HandMention[]
  readonly expected: readonly Partial<Seen>[]
}

const CASES: readonly Case[] = [
  {
    name: 'curly quote, speaker after',
    text: '“The harbour will reopen next week,” Mara Lind told reporters.',
    mentions: [{ text: 'Mara Lind', type: 'person', actor: 'lind' }],
    expected: [
      {
        kind: 'direct',
        content: ['The harbour will reopen next week,'],
        cue: 'told reporters',
        mention: 'Mara Lind',
        actor: 'Mara Lind',
      },
    ],
  },
  {
    name: 'straight quote, inverted speaker with appositive',
    text: '"Nobody wants another winter like that," said Piet Varga, a retired harbour master.',
    mentions: [
      { text: 'Piet Varga', type: 'person', actor: 'varga' },
      { text: 'a retired harbour master', type: 'nominal', actor: 'varga' },
    ],
    expected: [{ kind: 'direct', cue: 'said', mention: 'Piet Varga', actor: 'Piet Varga' }],
  },
  {
    name: 'speaker before, colon',
    text: 'The mayor said: “We have done what we could.”',
    mentions: [{ text: 'The mayor', type: 'nominal', actor: 'mayor' }],
    expected: [
      { kind: 'direct', content: ['We have done what we could.'], cue: 'said', mention: 'The mayor' },
    ],
  },
  {
    name: 'inverted cue before the quote',
    text: 'Said Ona Brik, a farmer from the valley, “The river took everything.”',
    mentions: [{ text: 'Ona Brik', type: 'person', actor: 'brik' }],
    expected: [{ kind: 'direct', content: ['The river took everything.'], mention: 'Ona Brik' }],
  },
  {
    name: 'split around the cue: one quote, two spans',
    text: '“The problem is money,” Lind told reporters. “We see no sign of it arriving soon.”',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [
      {
        kind: 'direct',
        content: ['The problem is money,', 'We see no sign of it arriving soon.'],
        mention: 'Lind',
      },
    ],
  },
  {
    name: 'split mid-sentence',
    text: '“What kept us going,” she said, “was the thought of spring.”',
    mentions: [{ text: 'she', type: 'pronoun', actor: 'x' }],
    expected: [
      { content: ['What kept us going,', 'was the thought of spring.'], cue: 'said', mention: 'she' },
    ],
  },
  {
    name: 'continuation paragraph without a cue goes to the previous speaker',
    text: '“The dam held,” Varga said.\n\n“Nobody believed it would hold for a second night.”\n\nThe rain stopped on Monday.',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [
      { content: ['The dam held,'], mention: 'Varga', actor: 'Varga' },
      {
        kind: 'direct',
        content: ['Nobody believed it would hold for a second night.'],
        cue: null,
        actor: 'Varga',
      },
    ],
  },
  {
    name: 'multi-paragraph quote: the paragraph opens again without closing',
    text: 'Lind said: “We will rebuild the bridge first.\n\n“Then the school, which matters more to the families here.”',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [
      {
        kind: 'direct',
        content: [
          'We will rebuild the bridge first.',
          'Then the school, which matters more to the families here.',
        ],
        mention: 'Lind',
      },
    ],
  },
  {
    name: 'nested single quotes stay inside the quotation',
    text: '“He told me, ‘Leave the boats,’ and I did,” Brik said.',
    mentions: [{ text: 'Brik', type: 'person', actor: 'brik' }],
    expected: [{ content: ['He told me, ‘Leave the boats,’ and I did,'], mention: 'Brik' }],
  },
  {
    name: 'pronoun speaker resolved through its actor',
    text: 'Ona Brik farms near the river. “The water came at night,” she said.',
    mentions: [
      { text: 'Ona Brik', type: 'person', actor: 'brik' },
      { text: 'she', type: 'pronoun', actor: 'brik' },
    ],
    expected: [{ content: ['The water came at night,'], mention: 'she', actor: 'Ona Brik' }],
  },
  {
    name: 'indirect speech with that',
    text: 'Varga said that the dam would need new gates before winter.',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [{ kind: 'indirect', content: ['the dam would need new gates before winter'], cue: 'said' }],
  },
  {
    name: 'indirect speech without that, speaker after',
    text: 'The gates will be replaced by October, the minister said on Friday.',
    mentions: [{ text: 'the minister', type: 'nominal', actor: 'minister' }],
    expected: [
      { kind: 'indirect', content: ['The gates will be replaced by October'], mention: 'the minister' },
    ],
  },
  {
    name: 'according to',
    text: 'According to Lind, the repairs will cost twice the estimate.',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [
      {
        kind: 'indirect',
        content: ['the repairs will cost twice the estimate'],
        cue: 'According to',
        mention: 'Lind',
      },
    ],
  },
  {
    name: 'warned, told with an object',
    text: 'Some veteran engineers warned the repairs were too slow. Lind told the council the money had arrived.',
    mentions: [
      { text: 'Some veteran engineers', type: 'nominal', actor: 'engineers' },
      { text: 'Lind', type: 'person', actor: 'lind' },
      { text: 'the council', type: 'organization', actor: 'council' },
    ],
    expected: [
      { kind: 'indirect', content: ['the repairs were too slow'], mention: 'Some veteran engineers' },
      { kind: 'indirect', content: ['the money had arrived'], mention: 'Lind' },
    ],
  },
  {
    name: 'mixed: reported speech holding a quoted fragment',
    text: 'Brik said the new plan was “a waste of good concrete” and should be dropped.',
    mentions: [{ text: 'Brik', type: 'person', actor: 'brik' }],
    expected: [
      {
        kind: 'mixed',
        content: ['the new plan was “a waste of good concrete” and should be dropped'],
        mention: 'Brik',
      },
    ],
  },
  {
    name: 'scare quotes and titles are not quotations',
    text: 'The “family photo” was cancelled. Critics call the plan the “Green Mile” in private.',
    mentions: [],
    expected: [],
  },
  {
    name: 'a glued single-quoted headline is not a quotation',
    text: '“We are staying,” Lind said. ‘We’re in hell’: Flood waters rise in the north Residents fled on Sunday.',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [{ content: ['We are staying,'], mention: 'Lind' }],
  },
  {
    name: 'relative clause between the name and the cue',
    text: 'Lind, who often defends the plan, said she would resign if it failed.',
    mentions: [
      { text: 'Lind', type: 'person', actor: 'lind' },
      { text: 'she', type: 'pronoun', actor: 'lind' },
    ],
    expected: [
      // the stance inside the aside ends at the aside's comma
      { kind: 'indirect', content: ['the plan'], cue: 'defends', mention: 'Lind' },
      { kind: 'indirect', content: ['she would resign if it failed'], mention: 'Lind', actor: 'Lind' },
    ],
  },
  {
    name: 'a nickname is not a quotation',
    text: 'Lind, known as “the Hammer” in the valley, left early.',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [],
  },
  {
    name: 'a quoted fragment attributed by a verb of naming',
    text: 'Brik called the new plan “a waste of good concrete.”',
    mentions: [{ text: 'Brik', type: 'person', actor: 'brik' }],
    expected: [
      { kind: 'mixed', content: ['the new plan “a waste of good concrete.'], cue: 'called', mention: 'Brik' },
    ],
  },
  {
    name: 'reported speech stops where another speaker’s clause starts',
    text: 'Lind suggested that the dam was safe, while Varga said the gates were “beyond repair.”',
    mentions: [
      { text: 'Lind', type: 'person', actor: 'lind' },
      { text: 'Varga', type: 'person', actor: 'varga' },
    ],
    expected: [
      { kind: 'indirect', content: ['the dam was safe'], mention: 'Lind' },
      { kind: 'mixed', content: ['the gates were “beyond repair.'], mention: 'Varga' },
    ],
  },
  {
    name: 'a cue after a full stop that closes the sentence',
    text: '“The boats are gone.” Varga said.',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [{ kind: 'direct', content: ['The boats are gone.'], mention: 'Varga' }],
  },
  {
    name: 'a bracketed party tag between speaker and cue',
    text: '“We need the money now,” Rep. Jo Ames (D-Md.) said on Monday.',
    mentions: [{ text: 'Rep. Jo Ames', type: 'person', actor: 'ames' }],
    expected: [{ kind: 'direct', cue: 'said', mention: 'Rep. Jo Ames' }],
  },
  {
    name: 'a colon at the end of the previous paragraph introduces the quotation',
    text: 'Brik made the following comment:\n\n“Nobody from the ministry has visited the valley.”',
    mentions: [{ text: 'Brik', type: 'person', actor: 'brik' }],
    expected: [{ kind: 'direct', cue: ':', mention: 'Brik' }],
  },
  {
    name: 'a dash after the quotation names the speaker',
    text: '“We can build the wall ourselves.” ― Ona Brik',
    mentions: [{ text: 'Ona Brik', type: 'person', actor: 'brik' }],
    expected: [{ kind: 'direct', cue: '―', mention: 'Ona Brik' }],
  },
  {
    name: 'coordinated verb: the subject of the clause before',
    text: 'Varga looked at the river and said, “It will rise again.”',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [{ kind: 'direct', content: ['It will rise again.'], mention: 'Varga' }],
  },
  {
    name: 'participle after a comma: the subject of the main clause',
    text: 'Lind visited the dam on Friday, telling workers, “You saved the town.”',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [{ kind: 'direct', cue: 'telling', mention: 'Lind' }],
  },
  {
    name: 'a gerund after while: the subject of the main clause',
    text: 'Small groups of farmers marched to the dam while chanting, “Open the gates!”',
    mentions: [{ text: 'Small groups of farmers', type: 'nominal', actor: 'farmers' }],
    expected: [{ kind: 'direct', cue: 'chanting', mention: 'Small groups of farmers' }],
  },
  {
    name: 'a statement saying: the one who issued it',
    text: 'The council issued a statement saying the dam was “safe for now.”',
    mentions: [
      { text: 'The council', type: 'organization', actor: 'council' },
      { text: 'a statement', type: 'nominal' },
    ],
    expected: [{ kind: 'mixed', cue: 'saying', mention: 'The council' }],
  },
  {
    name: 'a second cue joined by but keeps the first speaker',
    text: 'Lind said on Friday that the report should be published but said “the timing is not mine.”',
    mentions: [
      { text: 'Lind', type: 'person', actor: 'lind' },
      { text: 'the report', type: 'nominal' },
    ],
    expected: [
      { kind: 'indirect', content: ['the report should be published'], mention: 'Lind' },
      { kind: 'direct', content: ['the timing is not mine.'], mention: 'Lind' },
    ],
  },
  {
    name: 'an abbreviated title does not end the cue sentence',
    text: '“The water is falling,” said the Rev. Jo Ames, of St. Mary’s church. “We can go home soon.”',
    mentions: [{ text: 'Jo Ames', type: 'person', actor: 'ames' }],
    expected: [
      { kind: 'direct', content: ['The water is falling,', 'We can go home soon.'], mention: 'Jo Ames' },
    ],
  },
  {
    name: 'a progressive cue keeps its subject (passives name none)',
    text: 'Lind is telling farmers that the gates will open. Varga was told that they would not.',
    mentions: [
      { text: 'Lind', type: 'person', actor: 'lind' },
      { text: 'Varga', type: 'person', actor: 'varga' },
    ],
    expected: [
      { kind: 'indirect', content: ['the gates will open'], mention: 'Lind' },
      // the passive still reports what was said, with no speaker
      { kind: 'indirect', content: ['they would not'], cue: 'told', mention: null },
    ],
  },
  {
    name: 'a time phrase between subject and cue',
    text: 'Lind, who in 2010 said the dam was “a disgrace,” now runs it.',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [{ kind: 'mixed', mention: 'Lind' }],
  },
  {
    name: 'phrasal cue with its object',
    text: 'The mayor called for an inquiry into the flood.',
    mentions: [{ text: 'The mayor', type: 'nominal', actor: 'mayor' }],
    expected: [
      { kind: 'indirect', content: ['an inquiry into the flood'], cue: 'called for', mention: 'The mayor' },
    ],
  },
  {
    name: 'asked whether: the embedded question',
    text: 'Lind asked whether the gates would hold.',
    mentions: [{ text: 'Lind', type: 'person', actor: 'lind' }],
    expected: [{ kind: 'indirect', content: ['whether the gates would hold'], mention: 'Lind' }],
  },
  {
    name: 'a headline naming its source before a colon',
    text: 'Varga: The dam will not hold another winter\n\nThe river rose on Monday.',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [
      { kind: 'indirect', content: ['The dam will not hold another winter'], cue: ':', mention: 'Varga' },
    ],
  },
  {
    name: 'a quotation right after reported speech carries on its speaker',
    text: 'Varga said the gates were rusted. “Nobody has oiled them in ten years.”',
    mentions: [{ text: 'Varga', type: 'person', actor: 'varga' }],
    expected: [
      { kind: 'indirect', mention: 'Varga' },
      { kind: 'direct', cue: null, mention: 'Varga', actor: 'Varga' },
    ],
  },
  {
    name: 'a place taken as the speaker’s mention still names the speaker',
    text: '“You should resign,” Warren told the director.',
    mentions: [{ text: 'Warren', type: 'place' }],
    expected: [{ kind: 'direct', mention: 'Warren', actor: null }],
  },
  {
    name: 'quote without any cue is direct without speaker',
    text: 'The town is quiet now.\n\n“Everyone who could leave has already left the valley.”',
    mentions: [],
    expected: [{ kind: 'direct', mention: null, actor: null }],
  },
]

describe('quotes stage', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { seen } = run(makeDocWithMentions(c.text, c.mentions))
      assert.equal(seen.length, c.expected.length, JSON.stringify(seen, null, 1))
      c.expected.forEach((e, i) => {
        const got = seen[i]!
        for (const key of Object.keys(e) as (keyof Seen)[]) {
          assert.deepEqual(got[key], e[key], `${key} of quote ${i}: ${JSON.stringify(got)}`)
        }
      })
    })
  }

  it('recovers from an unclosed mark at the paragraph end and reports it', () => {
    const text = '“The bridge is closed, Lind said.\n\nTraffic was diverted through the valley on Monday.'
    const { seen, diagnostics } = run(
      makeDocWithMentions(text, [{ text: 'Lind', type: 'person', actor: 'l' }]),
    )
    assert.ok(seen.every((q) => q.content.every((s) => !s.includes('Traffic'))))
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['quotes/unbalanced-mark'],
    )
  })

  it('reports beliefs as indirect quotes unless told not to', () => {
    const doc = makeDocWithMentions('Some farmers believe that the dam will break.', [
      { text: 'Some farmers', type: 'nominal', actor: 'farmers' },
    ])
    const withBeliefs = runStage(quotes(), doc).quotes
    const without = runStage(quotes({ includeBeliefs: false }), doc).quotes
    assert.equal(withBeliefs.length, 1)
    assert.equal(withBeliefs[0]!.kind, 'indirect')
    assert.equal(without.length, 0)
  })

  it('copes with empty text, stray marks and quotations that run to the end', () => {
    for (const text of ['', '“', '”', '"', 'He said: “', '“ ” “ ”', '‘’’‘']) {
      const { seen } = run(makeDocWithMentions(text, []))
      for (const q of seen) for (const c of q.content) assert.ok(c.length > 0)
    }
  })

  it('declares its layers', () => {
    const stage = quotes()
    assert.deepEqual([...stage.provides], ['quotes'])
    assert.deepEqual([...stage.requires].sort(), ['actors', 'mentions', 'paragraphs', 'sentences', 'tokens'])
  })
})
