export const DOCUMENT_SUMMARY_COLUMNS = 'd.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.language AS doc_language';
export function documentSummary(row) {
    return {
        id: row.doc_id,
        title: row.doc_title,
        date: row.doc_date,
        url: row.doc_url,
        source: row.doc_source,
        language: row.doc_language,
    };
}
export function textSpan(start, end, text) {
    return start === null || end === null ? null : { start, end, text: text ?? '' };
}
/** Rebuilds a document's record exactly as it was put, with the global ids its actors and events got. */
export function readDocument(s, id) {
    const doc = s.get('SELECT * FROM documents WHERE id = ?').get(id);
    if (!doc)
        return null;
    const actorRows = s
        .get('SELECT * FROM document_actors WHERE doc = ? ORDER BY rowid')
        .all(doc.pk);
    const placeRows = s
        .get('SELECT * FROM document_places WHERE doc = ? ORDER BY rowid')
        .all(doc.pk);
    const quoteRows = s.get('SELECT * FROM quotes WHERE doc = ? ORDER BY pk').all(doc.pk);
    const eventRows = s
        .get('SELECT m.*, e.type AS type FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? ORDER BY m.pk')
        .all(doc.pk);
    const actors = actorRows.map((a) => ({
        id: a.local_id,
        name: a.name,
        kind: a.kind,
        country: a.country,
        sector: a.sector,
        role: a.role,
        anonymous: a.anonymous === 1,
        mentions: JSON.parse(a.mentions),
    }));
    const places = placeRows.map((p) => ({
        id: p.local_id,
        name: p.name,
        country: p.country,
        lat: p.lat,
        lon: p.lon,
        mentions: JSON.parse(p.mentions),
    }));
    const quotes = quoteRows.map((q) => ({
        id: q.local_id,
        kind: q.kind,
        text: q.text,
        spans: JSON.parse(q.spans),
        cue: textSpan(q.cue_start, q.cue_end, q.cue_text),
        speaker: { actor: q.speaker_local_id, mention: textSpan(q.speaker_start, q.speaker_end, q.speaker_text) },
    }));
    const events = eventRows.map((e) => ({
        id: e.local_id,
        type: e.type,
        mode: e.mode,
        cameo: e.cameo,
        status: e.status,
        actor: JSON.parse(e.actors),
        recipient: JSON.parse(e.recipients),
        date: e.date_start === null || e.date_end === null
            ? null
            : { start: e.date_start, end: e.date_end, text: e.date_text },
        location: e.location === null ? null : JSON.parse(e.location),
        trigger: { start: e.trigger_start, end: e.trigger_end, text: e.trigger_text },
        sentence: { start: e.sentence_start, end: e.sentence_end },
        quote: e.quote,
    }));
    const record = {
        document: {
            id: doc.id,
            title: doc.title,
            date: doc.date,
            url: doc.url,
            source: doc.source,
            language: doc.language,
            text: doc.text,
        },
        actors,
        places,
        quotes,
        events,
    };
    return {
        record,
        contentHash: doc.hash,
        ingestedAt: doc.ingested_at,
        actorIds: Object.fromEntries(actorRows.map((a) => [a.local_id, a.actor])),
        eventIds: Object.fromEntries(eventRows.map((e) => [e.local_id, e.event])),
    };
}
//# sourceMappingURL=read-document.js.map