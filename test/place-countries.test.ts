import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'
import { bothForms } from './helpers/typography.js'

/**
 * A country the text names only by places in it is the target of an action carried out there ("fired at
 * targets in Jericho" → Palestine), as event coders code it; a place alone is no party, and the record lists
 * such a country only when an event names it.
 */
const extractor = createExtractor()

function extract(text: string): ParleyRecord {
  return extractor.extract({ text, meta: { id: 'places', date: '2019-10-02' } }).record
}

function eventsOf(record: ParleyRecord): string[] {
  const country = (ids: readonly string[]) =>
    ids.map((id) => record.actors.find((a) => a.id === id)?.country ?? '-').join('+') || '?'
  return record.events.map((e) => `${e.type} ${country(e.actor)}→${country(e.recipient)}`)
}

describe('countries named by their places', () => {
  for (const [form, text] of bothForms(
    'Israeli tanks fired four shells at targets in Jericho, witnesses said.',
  ))
    it(`${form}: an attack on targets in a city targets the city's country`, () => {
      assert.deepEqual(eventsOf(extract(text)), ['ASSAULT ISR→PSE'])
    })

  for (const [form, text] of bothForms('Protesters demonstrated in Caracas on Sunday.'))
    it(`${form}: a protest in a city is against that city's country`, () => {
      assert.deepEqual(eventsOf(extract(text)), ['PROTEST VEN→VEN'])
    })

  for (const [form, text] of bothForms('The 12-point truce took effect in Minsk on Friday.'))
    it(`${form}: where a truce was signed is no party, and the record lists no such country`, () => {
      const record = extract(text)
      assert.equal(
        record.events.some((e) => e.actor.length === 0 && e.recipient.length > 0),
        false,
      )
      assert.equal(
        record.actors.some((a) => a.country === 'BLR'),
        false,
      )
    })
})
