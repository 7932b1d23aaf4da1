import type { ParleyRecord, RecordActor, RecordEvent, RecordQuote } from '../../src/record/record.js'

/** Builders of small records for the scorer tests (no extraction involved). */
export function actor(id: string, name: string, extra: Partial<RecordActor> = {}): RecordActor {
  return {
    id,
    name,
    kind: 'person',
    country: null,
    sector: null,
    role: null,
    anonymous: false,
    mentions: [],
    ...extra,
  }
}

export function quote(
  id: string,
  spans: readonly (readonly [number, number])[],
  extra: Partial<RecordQuote> = {},
): RecordQuote {
  return {
    id,
    kind: 'direct',
    text: '',
    spans: spans.map(([start, end]) => ({ start, end })),
    cue: null,
    speaker: { actor: null, mention: null },
    ...extra,
  }
}

export function event(id: string, type: RecordEvent['type'], extra: Partial<RecordEvent> = {}): RecordEvent {
  return {
    id,
    type,
    mode: null,
    cameo: null,
    status: 'asserted',
    actor: [],
    recipient: [],
    date: null,
    location: null,
    trigger: { start: 0, end: 1, text: 'x' },
    sentence: { start: 0, end: 1 },
    quote: null,
    ...extra,
  }
}

export function record(
  id: string,
  layers: Partial<Omit<ParleyRecord, 'document'>> = {},
  text?: string,
): ParleyRecord {
  return {
    document: {
      id,
      title: null,
      date: null,
      url: null,
      source: null,
      language: null,
      ...(text === undefined ? {} : { text }),
    },
    actors: [],
    places: [],
    quotes: [],
    events: [],
    ...layers,
  }
}
