import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'
import { loadCorpus } from './helpers/corpus.js'
import { recordViolations } from './helpers/record-invariants.js'

/** The record contract holds on every sample (txt, html, jsonl) and every golden article. */
const corpus = await loadCorpus()
const extractor = createExtractor()

describe('record invariants over the samples and golden articles', () => {
  it('reads every sample format', () => {
    for (const kind of ['.txt', '.html', '.jsonl:', 'golden:']) {
      assert.ok(
        corpus.some((doc) => doc.origin.includes(kind)),
        `no ${kind} document`,
      )
    }
  })
  for (const doc of corpus) {
    it(doc.origin.replace(/^.*\/samples\//, 'samples/'), () => {
      const { ok, record, diagnostics } = extractor.extract(doc)
      assert.equal(ok, true, diagnostics.map((d) => d.message).join('; '))
      assert.deepEqual(recordViolations(record, doc.text), [])
      assert.ok(record.actors.length > 0 && record.events.length > 0 && record.quotes.length > 0)
    })
  }
})

describe('the invariant checker', () => {
  const doc = corpus.find((d) => d.origin.startsWith('golden:split-quotes'))!
  const valid = extractor.extract(doc).record
  /** A deep copy of the valid record with one change made to it. */
  const broken = (change: (r: Mutable<ParleyRecord>) => void): ParleyRecord => {
    const copy = structuredClone(valid) as Mutable<ParleyRecord>
    change(copy)
    return copy
  }
  const cases: [string, RegExp, (r: Mutable<ParleyRecord>) => void][] = [
    [
      'a mention shifted off its text',
      /is not the slice/,
      (r) => {
        r.actors[0]!.mentions[0]!.start++
      },
    ],
    [
      'a span past the end',
      /outside the text/,
      (r) => {
        r.events[0]!.sentence.end = 1e6
      },
    ],
    [
      'an empty trigger',
      /empty span/,
      (r) => {
        r.events[0]!.trigger.end = r.events[0]!.trigger.start
      },
    ],
    ['a dangling party', /is not an actor/, (r) => r.events[0]!.actor.push('c999')],
    [
      'a dangling quote',
      /does not exist/,
      (r) => {
        r.events[0]!.quote = 'q999'
      },
    ],
    [
      'a dangling speaker',
      /is not an actor/,
      (r) => {
        r.quotes[0]!.speaker.actor = 'c999'
      },
    ],
    [
      'mentions out of order',
      /out of order/,
      (r) => r.actors.find((a) => a.mentions.length > 1)!.mentions.reverse(),
    ],
    ['quotes out of order', /out of order/, (r) => r.quotes.reverse()],
    [
      'a quote text not its spans',
      /joined/,
      (r) => {
        r.quotes[0]!.text += '!'
      },
    ],
    [
      'an id used twice',
      /used twice/,
      (r) => {
        r.actors[1]!.id = r.actors[0]!.id
      },
    ],
    [
      'a trigger outside its sentence',
      /outside its sentence/,
      (r) => {
        r.events[0]!.sentence = { start: 0, end: 1 }
      },
    ],
    [
      'an unknown status (schema)',
      /schema/,
      (r) => {
        ;(r.events[0] as { status: string }).status = 'maybe'
      },
    ],
    [
      'a value JSON cannot carry',
      /round trip/,
      (r) => {
        ;(r.places[0] as { lat: number | null }).lat = Number.NaN
      },
    ],
    [
      'a location that is no place',
      /not one of the places/,
      (r) => {
        r.events[0]!.location = { name: 'Atlantis', country: null, lat: null, lon: null }
      },
    ],
  ]
  it('accepts the valid record', () => assert.deepEqual(recordViolations(valid, doc.text), []))
  it('reports a span that splits a surrogate pair, and accepts one beside a lone half', () => {
    const text = 'Envoys 😀 met.\udc00'
    const withSpan = (start: number, end: number) =>
      broken((r) => {
        r.document.text = text
        r.actors = [{ ...r.actors[0]!, mentions: [{ start, end, text: text.slice(start, end) }] }]
        r.places = []
        r.quotes = []
        r.events = []
      })
    assert.match(recordViolations(withSpan(0, 8), text).join('\n'), /splits a character/)
    assert.deepEqual(recordViolations(withSpan(0, 9), text), [])
    assert.deepEqual(recordViolations(withSpan(10, 14), text), [])
  })
  for (const [name, expected, change] of cases) {
    it(`reports ${name}`, () => {
      const problems = recordViolations(broken(change), doc.text)
      assert.ok(
        problems.some((p) => expected.test(p)),
        `expected ${expected}, got:\n${problems.join('\n')}`,
      )
    })
  }
})

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] }
