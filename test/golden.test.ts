import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord, RecordActor, RecordEvent } from '../src/record/record.js'
import { SYMMETRIC_TYPES } from '../src/store/dedup.js'
import {
  type GoldenEvent,
  type GoldenQuote,
  loadGoldenArticles,
} from './fixtures/articles/golden-articles.js'
import {
  goldenName,
  goldenView,
  lineDiff,
  loadGoldenDocs,
  readGoldenRecord,
  viewText,
} from './helpers/golden-records.js'

/**
 * The golden articles (test/fixtures/articles, written for Parley) run through the whole pipeline, read as
 * `parley extract NAME.txt --date D` reads them. Each extraction must equal its checked-in expected record
 * (NAME.record.json, rewritten only by `npm run golden:update`, so every change is reviewed in the diff).
 * Beside that exact comparison, what a reader expects (NAME.expected.json) is scored: quotations with their
 * speakers and events with status and direction, with floors on recall and the misses listed.
 */
const extractor = createExtractor()
const docs = await loadGoldenDocs()
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase()

function actorMatches(actor: RecordActor | undefined, party: string): boolean {
  if (!actor) return false
  if (/^[A-Z]{3}$/.test(party)) return actor.country === party
  if (party.startsWith('@')) return actor.anonymous || actor.kind === 'group'
  const word = normalise(party.split(' ').at(-1) ?? party)
  return actor.mentions.some((m) => normalise(m.text).includes(word)) || normalise(actor.name).includes(word)
}

/** The party lists agree: each expected actor among the event's actors and each recipient among its
 * recipients; for a symmetric type (CONSULT, COOPERATE: "A and B met") either way round. */
function partiesAgree(record: ParleyRecord, e: RecordEvent, expected: GoldenEvent): boolean {
  const byId = new Map(record.actors.map((a) => [a.id, a]))
  const covers = (ids: readonly string[], parties: readonly string[]) =>
    parties.every((p) => ids.some((id) => actorMatches(byId.get(id), p)))
  if (covers(e.actor, expected.actor) && covers(e.recipient, expected.recipient)) return true
  if (!SYMMETRIC_TYPES.has(e.type)) return false
  const all = [...e.actor, ...e.recipient]
  return covers(all, expected.actor) && covers(all, expected.recipient)
}

/** An event of the expected type and status on the expected trigger (parties aside). */
function sameTrigger(e: RecordEvent, expected: GoldenEvent, status = expected.status): boolean {
  const trigger = normalise(expected.trigger)
  const found = normalise(e.trigger.text)
  return (
    e.type === expected.type && e.status === status && (trigger.includes(found) || found.includes(trigger))
  )
}

function eventFound(record: ParleyRecord, expected: GoldenEvent): boolean {
  return record.events.some((e) => sameTrigger(e, expected) && partiesAgree(record, e, expected))
}

/**
 * Negated contacts still reported as asserted, known today and listed so the list can only shrink (the curly
 * "hasn’t" of the typography article was one until the normalised token form). A case that starts to pass must
 * be removed from here.
 */
const KNOWN_NEGATED_AS_ASSERTED: readonly string[] = []

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

describe('golden articles: the extraction equals the checked-in record', () => {
  for (const doc of docs) {
    const name = goldenName(doc)
    it(name, () => {
      const expected = readGoldenRecord(name)
      assert.ok(expected, `${name}.record.json is missing: run npm run golden:update and review it`)
      const { record } = extractor.extract(doc)
      const actual = viewText(goldenView(record, doc.text, `${name}.txt`))
      const wanted = expected
      if (actual !== wanted) {
        assert.fail(
          `${name}: the extraction differs from ${name}.record.json (- expected, + actual):\n` +
            `${lineDiff(wanted, actual)}\n` +
            'If the change is intended, run `npm run golden:update` and review the diff.',
        )
      }
    })
  }
})

describe('golden articles: what a reader expects', () => {
  const articles = loadGoldenArticles()
  const events = { expected: 0, found: 0, missed: [] as string[] }
  const quotes = { expected: 0, right: 0, missed: [] as string[] }
  const assertedHypotheticals: string[] = []
  const assertedNegations: string[] = []
  for (const article of articles) {
    const doc = docs.find((d) => goldenName(d) === article.name)
    assert.ok(doc, article.name)
    const { record } = extractor.extract(doc)
    for (const q of article.expected.quotes) {
      quotes.expected++
      const outcome = quoteOutcome(record, q)
      if (outcome === 'right') quotes.right++
      else quotes.missed.push(`${article.name}: “${q.opening}” (${q.speaker ?? 'no speaker'}): ${outcome}`)
    }
    for (const e of article.expected.events) {
      // the same trigger asserted, whatever the parties: a status error either way
      const assertedToo = record.events.some((found) => sameTrigger(found, e, 'asserted'))
      if ((e.status === 'hypothetical' || e.status === 'future') && assertedToo) {
        assertedHypotheticals.push(`${article.name}: ${e.type} "${e.trigger}"`)
      }
      const negatedToo = record.events.some((found) => sameTrigger(found, e, 'negated'))
      if (e.status === 'negated' && assertedToo && !negatedToo) {
        assertedNegations.push(`${article.name}: ${e.type} "${e.trigger}" (negated)`)
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

  it('reports as asserted no negated contact but the known ones', () => {
    assert.deepEqual(assertedNegations, KNOWN_NEGATED_AS_ASSERTED)
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
