/** The manual's quad categories. */
export const QUAD_CODES = {
    AGREE: 1,
    CONSULT: 1,
    SUPPORT: 1,
    CONCEDE: 1,
    COOPERATE: 2,
    AID: 2,
    RETREAT: 2,
    REQUEST: 3,
    ACCUSE: 3,
    REJECT: 3,
    SANCTION: 3,
    THREATEN: 3,
    PROTEST: 4,
    MOBILIZE: 4,
    COERCE: 4,
    ASSAULT: 4,
};
function entityOf(actor) {
    const code = actor.country ?? (actor.sector === 'IGO' ? 'IGO' : null);
    return { code, sector: actor.sector, entity_text: actor.name, office: actor.role };
}
/**
 * The events of a Parley record as PLOVER records, one per event, in record order. Pure: the same record
 * always gives the same output. The sentence text is included only when the record carries the document text.
 */
export function toPloverRecords(record) {
    const actors = new Map(record.actors.map((a) => [a.id, a]));
    const entities = (ids) => ids.flatMap((id) => {
        const actor = actors.get(id);
        return actor ? [entityOf(actor)] : [];
    });
    const documentText = record.document.text;
    return record.events.map((e) => {
        const location = e.location;
        const base = {
            id: `${record.document.id}-${e.id}`,
            date: e.date?.start ?? record.document.date,
            enddate: e.date && e.date.end !== e.date.start ? e.date.end : null,
            actor: entities(e.actor),
            recipient: entities(e.recipient),
            event: [e.type],
            mode: e.mode ? [e.mode] : [],
            quad_code: QUAD_CODES[e.type],
            event_loc: location
                ? {
                    extracted_place: location.name,
                    resolved_place: location.name,
                    lat: location.lat,
                    lon: location.lon,
                    country_code: location.country,
                }
                : null,
            event_text: [e.trigger.text],
            text_info: { start: e.sentence.start, end: e.sentence.end },
            status: e.status,
            cameo: e.cameo,
            quote: e.quote,
        };
        return documentText === undefined
            ? base
            : { ...base, text: documentText.slice(e.sentence.start, e.sentence.end) };
    });
}
//# sourceMappingURL=plover.js.map