import { textSpan } from '../doc/span.js';
/** Projects a processed Doc onto the published record. The only place the contract is produced. */
export function toRecord(doc, options = {}) {
    const { text, meta, layers } = doc;
    const mentionsById = new Map((layers.mentions ?? []).map((m) => [m.id, m]));
    const mentionSpan = (id) => {
        const m = mentionsById.get(id);
        return m ? textSpan(text, m) : null;
    };
    const spansOf = (ids) => ids.map(mentionSpan).filter((s) => s !== null);
    const placesById = new Map((layers.places ?? []).map((p) => [p.id, p]));
    const sentences = layers.sentences ?? [];
    const quotes = (layers.quotes ?? []).map((q) => ({
        id: q.id,
        kind: q.kind,
        text: q.content.map((s) => text.slice(s.start, s.end)).join(' … '),
        spans: q.content.map((s) => ({ start: s.start, end: s.end })),
        cue: q.cue ? textSpan(text, q.cue) : null,
        speaker: { actor: q.speaker, mention: q.speakerMention ? mentionSpan(q.speakerMention) : null },
    }));
    const events = (layers.events ?? []).map((e) => {
        const place = e.place ? placesById.get(e.place) : undefined;
        const sentence = sentences[e.sentence];
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
            sentence: sentence
                ? { start: sentence.start, end: sentence.end }
                : { start: e.trigger.start, end: e.trigger.end },
            quote: e.quote,
        };
    });
    return {
        document: { ...meta, ...(options.includeText === false ? {} : { text }) },
        actors: (layers.actors ?? []).map((a) => ({
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
    };
}
//# sourceMappingURL=to-record.js.map