import type { Doc } from '../doc/doc.js'
import type { Mention, MentionId } from '../doc/layers.js'
import { textSpan } from '../doc/span.js'
import type { ParleyRecord, RecordEvent, RecordQuote, RecordTextSpan } from './record.js'

export interface RecordOptions {
  /** Include document.text (default true). */
  readonly includeText?: boolean
}

/** Projects a processed Doc onto the published record. The only place the contract is produced. */
export function toRecord(doc: Doc, options: RecordOptions = {}): ParleyRecord {
  const { text, meta, layers } = doc
  const mentionsById = new Map<MentionId, Mention>((layers.mentions ?? []).map((m) => [m.id, m]))
  const mentionSpan = (id: MentionId): RecordTextSpan | null => {
    const m = mentionsById.get(id)
    return m ? textSpan(text, m) : null
  }
  const spansOf = (ids: readonly MentionId[]) =>
    ids.map(mentionSpan).filter((s): s is RecordTextSpan => s !== null)
  const placesById = new Map((layers.places ?? []).map((p) => [p.id, p]))
  const sentences = layers.sentences ?? []

  const quotes: RecordQuote[] = (layers.quotes ?? []).map((q) => ({
    id: q.id,
    kind: q.kind,
    text: q.content.map((s) => text.slice(s.start, s.end)).join(' … '),
    spans: q.content.map((s) => ({ start: s.start, end: s.end })),
    cue: q.cue ? textSpan(text, q.cue) : null,
    speaker: { actor: q.speaker, mention: q.speakerMention ? mentionSpan(q.speakerMention) : null },
  }))

  const events: RecordEvent[] = (layers.events ?? []).map((e) => {
    const place = e.place ? placesById.get(e.place) : undefined
    const sentence = sentences[e.sentence]
    return {
      id: e.id,
      type: e.type,
      mode: e.mode,
      cameo: e.cameo,
      status: e.status,
      actor: [...e.actor],
      recipient: [...e.recipient],
      date: e.date ? { start: e.date.start, end: e.date.end, text: e.date.text } : null,
      location: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null,
      trigger: textSpan(text, e.trigger),
      status_cue: e.statusCue ? textSpan(text, e.statusCue) : null,
      sentence: sentence
        ? { start: sentence.start, end: sentence.end }
        : { start: e.trigger.start, end: e.trigger.end },
      quote: e.quote,
      rule: e.rule,
    }
  })

  // a country named only by its places is kept where an event names it
  const parties = new Set(events.flatMap((e) => [...e.actor, ...e.recipient]))
  return {
    document: { ...meta, ...(options.includeText === false ? {} : { text }) },
    actors: (layers.actors ?? [])
      .filter((a) => !a.byPlace || parties.has(a.id))
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        country: a.country,
        sector: a.sector,
        role: a.role,
        anonymous: a.anonymous,
        mentions: spansOf(a.mentions),
      })),
    places: (layers.places ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      mentions: spansOf(p.mentions),
    })),
    quotes,
    events,
  }
}
