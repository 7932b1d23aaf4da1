import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'
import { typeset } from './helpers/typography.js'

/**
 * News sites print ’ for the apostrophe, “ ” for quotation marks and no-break spaces before short words; wire
 * copy types ' and ". The record must not depend on which: every status rule is checked in both forms.
 */

const extractor = createExtractor()

function eventsOf(text: string): string[] {
  const { record } = extractor.extract({ text, meta: { id: 'typography', date: '2024-05-10' } })
  const name = (r: ParleyRecord, id: string) => r.actors.find((a) => a.id === id)?.name ?? id
  return record.events.map(
    (e) =>
      `${e.type}/${e.status} ${e.actor.map((id) => name(record, id)).join('+')}` +
      ` → ${e.recipient.map((id) => name(record, id)).join('+')} [${e.trigger.text.replace(/\u2019/g, "'")}]`,
  )
}

const CASES: readonly { text: string; expect: (events: readonly string[]) => boolean; why: string }[] = [
  {
    text: "Putin didn't meet Biden in Geneva on Monday.",
    expect: (e) => e.length === 1 && e[0]!.startsWith('CONSULT/negated Vladimir Putin → Joe Biden'),
    why: 'a negated meeting',
  },
  {
    text: "Blinken hasn't spoken to Lavrov since January.",
    expect: (e) => e.length === 1 && e[0]!.startsWith('CONSULT/negated'),
    why: 'a negated contact',
  },
  {
    text: "Xi won't meet Biden next week.",
    expect: (e) => !e.some((x) => /^(CONSULT|AGREE)\/asserted/.test(x)),
    why: 'no asserted meeting or agreement (a stated refusal is a REJECT)',
  },
  {
    text: "Macron couldn't meet Scholz in Berlin on Tuesday.",
    expect: (e) => !e.some((x) => x.startsWith('CONSULT/asserted')),
    why: 'no asserted meeting',
  },
  {
    text: "Lavrov said Russia wouldn't negotiate with Ukraine.",
    expect: (e) =>
      e.length === 2 &&
      e.some((x) => x.startsWith('REJECT/asserted')) &&
      e.some((x) => x.startsWith('CONSULT/negated')),
    why: 'a stated refusal: the negotiation negated, the refusal asserted',
  },
  {
    text: "Merkel doesn't plan to call Putin.",
    expect: (e) => !e.some((x) => x.startsWith('CONSULT/asserted')),
    why: 'no asserted call',
  },
  {
    text: 'Erdogan refused to meet Netanyahu on Sunday.',
    expect: (e) => e.length === 1 && e[0]!.startsWith('REJECT/asserted'),
    why: 'a refusal',
  },
  {
    text: 'Modi chose not to meet Sharif at the summit.',
    expect: (e) => e.length === 1 && e[0]!.startsWith('REJECT/asserted'),
    why: 'a refusal by choice',
  },
  {
    text: `"We won't meet them," Zelensky said of the Russian delegation.`,
    expect: (e) => !e.some((x) => x.startsWith('CONSULT/asserted')),
    why: 'no asserted meeting inside the quotation',
  },
]

describe('event status is the same in plain and typeset text', () => {
  for (const c of CASES) {
    it(`${c.text} — ${c.why}`, () => {
      const plain = eventsOf(c.text)
      const printed = eventsOf(typeset(c.text))
      assert.notEqual(typeset(c.text), c.text)
      assert.deepEqual(printed, plain)
      assert.ok(c.expect(plain), plain.join('; '))
    })
  }
})
