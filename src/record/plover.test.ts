import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actor, event, record } from '../../test/helpers/records.js'
import { toPloverRecords } from './plover.js'

const text = 'Blinken met Lavrov in New York on Friday.'

describe('toPloverRecords', () => {
  const source = record(
    'doc1',
    {
      actors: [
        actor('c0', 'Antony Blinken', { country: 'USA', sector: 'GOV', role: 'Secretary of State' }),
        actor('c1', 'United Nations', { kind: 'organization', sector: 'IGO' }),
      ],
      events: [
        event('e0', 'CONSULT', {
          mode: 'meet',
          cameo: '040',
          actor: ['c0'],
          recipient: ['c1'],
          date: { start: '2024-03-01', end: '2024-03-31', text: 'March' },
          location: { name: 'New York', country: 'USA', lat: 40.7, lon: -74 },
          trigger: { start: 8, end: 11, text: 'met' },
          sentence: { start: 0, end: text.length },
        }),
        event('e1', 'ASSAULT', { status: 'hypothetical', actor: ['c0'] }),
      ],
    },
    text,
  )

  it('writes one record per event with the manual’s field names', () => {
    const [consult] = toPloverRecords(source)
    assert.deepEqual(consult, {
      id: 'doc1-e0',
      has_event: true,
      date: '2024-03-01',
      enddate: '2024-03-31',
      actor: [
        {
          code: 'USA',
          sector: 'GOV',
          entity_text: 'Antony Blinken',
          office: 'Secretary of State',
          identifier_id: 'parley:doc1:c0',
          identifier_text: 'Antony Blinken',
        },
      ],
      recipient: [
        {
          code: 'IGO',
          sector: 'IGO',
          entity_text: 'United Nations',
          office: null,
          identifier_id: 'parley:doc1:c1',
          identifier_text: 'United Nations',
        },
      ],
      event: ['CONSULT'],
      mode: ['meet'],
      quad_code: 1,
      event_loc: {
        extracted_place: 'New York',
        resolved_place: 'New York',
        lat: 40.7,
        lon: -74,
        country_code: 'USA',
      },
      event_text: ['met'],
      text_info: { start: 0, end: text.length },
      text,
      status: 'asserted',
      cameo: '040',
      quote: null,
      cite_info: { citation: 'doc1', url: null, title: null, language: null, publication: null },
      coder: 'parley 0.1.0',
    })
  })

  it('writes only what PLOVER can code unless asked: asserted, with an actor, a recipient where required', () => {
    const coded = toPloverRecords(source).map((r) => r.id)
    assert.deepEqual(coded, ['doc1-e0'])
    const all = toPloverRecords(source, { allStatuses: true })
    const assault = all.find((r) => r.id === 'doc1-e1')
    assert.equal(assault?.quad_code, 4)
    assert.deepEqual(assault?.mode, [])
    assert.equal(assault?.status, 'hypothetical')
    // not asserted: dated only by its own time expression, never by the publication date
    assert.equal(assault?.date, null)
    const noActor = record('doc2', { events: [event('e0', 'CONSULT', { recipient: [] })] }, text)
    assert.deepEqual(toPloverRecords(noActor, { allStatuses: true }), [])
    const aidToNobody = record(
      'doc3',
      {
        actors: [actor('c0', 'Japan', { kind: 'country', country: 'JPN' })],
        events: [event('e0', 'AID', { actor: ['c0'] })],
      },
      text,
    )
    assert.deepEqual(toPloverRecords(aidToNobody), [])
  })

  it('leaves the text out when the record has none, and round-trips through JSON', () => {
    const { text: _omitted, ...document } = source.document
    const bare = toPloverRecords({ ...source, document })
    for (const r of bare) {
      assert.equal('text' in r, false)
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r)
    }
  })
})
