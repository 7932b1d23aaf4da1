import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord, RecordActor } from '../src/record/record.js'
import {
  type GoldenEvent,
  type GoldenQuote,
  loadGoldenArticles,
} from './fixtures/articles/golden-articles.js'

/**
 * The six golden articles (test/fixtures/articles, written for Parley) run through the whole pipeline.
 * Quotations must be found with their speakers; events are scored, and a floor on recall is asserted with
 * the misses listed, so a regression shows which construction broke.
 */
const extractor = createExtractor()
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase()

function actorMatches(actor: RecordActor | undefined, party: string): boolean {
  if (!actor) return false
  if (/^[A-Z]{3}$/.test(party)) return actor.country === party
  if (party.startsWith('@')) return actor.anonymous || actor.kind === 'group'
  const word = normalise(party.split(' ').at(-1) ?? party)
  return actor.mentions.some((m) => normalise(m.text).includes(word)) || normalise(actor.name).includes(word)
}

function eventFound(record: ParleyRecord, expected: GoldenEvent): boolean {
  const byId = new Map(record.actors.map((a) => [a.id, a]))
  const trigger = normalise(expected.trigger)
  return record.events.some(
    (e) =>
      e.type === expected.type &&
      (trigger.includes(normalise(e.trigger.text)) || normalise(e.trigger.text).includes(trigger)) &&
      e.status === expected.status &&
      expected.actor.every((p) => [...e.actor, ...e.recipient].some((id) => actorMatches(byId.get(id), p))) &&
      expected.recipient.every((p) =>
        [...e.actor, ...e.recipient].some((id) => actorMatches(byId.get(id), p)),
      ),
  )
}

/** How one expected quotation came out: found with the right speaker, found with another, or missed. */
function quoteOutcome(record: ParleyRecord, q: GoldenQuote): 'right' | 'wrong speaker' | 'missed' {
  const opening = normalise(q.opening).slice(0, 24)
  const quote = record.quotes.find((p) => normalise(p.text).includes(opening))
  if (!quote) return 'missed'
  if (q.speaker === null) return quote.speaker.actor === null ? 'right' : 'wrong speaker'
  const speaker = record.actors.find((a) => a.id === quote.speaker.actor)
  const mention = quote.speaker.mention?.text ?? ''
  return actorMatches(speaker, q.speaker) || normalise(mention).includes(normalise(q.speaker))
    ? 'right'
    : 'wrong speaker'
}

describe('golden articles', () => {
  const articles = loadGoldenArticles()
  const events = { expected: 0, found: 0, missed: [] as string[] }
  const quotes = { expected: 0, right: 0, missed: [] as string[] }
  const assertedHypotheticals: string[] = []
  for (const article of articles) {
    const { record } = extractor.extract({
      text: article.text,
      meta: { id: article.name, date: article.expected.date },
    })
    for (const q of article.expected.quotes) {
      quotes.expected++
      const outcome = quoteOutcome(record, q)
      if (outcome === 'right') quotes.right++
      else quotes.missed.push(`${article.name}: “${q.opening}” (${q.speaker ?? 'no speaker'}): ${outcome}`)
    }
    for (const e of article.expected.events) {
      if (
        (e.status === 'hypothetical' || e.status === 'future') &&
        eventFound(record, { ...e, status: 'asserted' })
      ) {
        assertedHypotheticals.push(`${article.name}: ${e.type} "${e.trigger}"`)
      }
      if (e.optional) continue
      events.expected++
      if (eventFound(record, e)) events.found++
      else
        events.missed.push(
          `${article.name}: ${e.type}/${e.status} ${e.actor.join('+')}→${e.recipient.join('+')} "${e.trigger}"`,
        )
    }
  }

  it('never reports as asserted what an article says is hypothetical or future', () => {
    assert.deepEqual(assertedHypotheticals, [])
  })

  // Floors at the measured level (see the issue notes): a drop below them is a regression to look at.
  it('finds at least 70 % of the quotations with the right speaker', () => {
    const rate = quotes.right / quotes.expected
    assert.ok(rate >= 0.7, `${quotes.right}/${quotes.expected}; missed:\n${quotes.missed.join('\n')}`)
  })

  it('finds at least 80 % of the expected events (type, status, parties and trigger)', () => {
    const recall = events.found / events.expected
    assert.ok(recall >= 0.8, `${events.found}/${events.expected}; missed:\n${events.missed.join('\n')}`)
  })
})
