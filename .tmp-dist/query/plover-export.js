export const PLOVER_CODER = 'parley 0.1.0';
export const PLOVER_CODEBOOK = 'plover-2.0';
/** The manual's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
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
    THREATEN: 3,
    PROTEST: 4,
    SANCTION: 4,
    MOBILIZE: 4,
    COERCE: 4,
    ASSAULT: 4,
};
function entity(actor) {
    return {
        code: actor.country,
        entity_text: actor.name,
        identifier_id: `parley:actor:${actor.id}`,
        identifier_text: actor.name,
    };
}
export function toPloverRecord(e) {
    const first = e.mentions[0];
    const range = e.date ?? e.sortDate;
    return {
        id: `parley-${e.id}`,
        has_event: true,
        date: range?.start ?? null,
        ...(range && range.end !== range.start ? { enddate: range.end } : {}),
        actor: e.actor.map(entity),
        recipient: e.recipient.map(entity),
        event: [e.type],
        ...(e.mode ? { mode: [e.mode] } : {}),
        quad_code: QUAD_CODES[e.type],
        ...(e.place
            ? {
                event_loc: {
                    extracted_place: e.place.name,
                    resolved_place: e.place.name,
                    lat: e.place.lat,
                    lon: e.place.lon,
                    country_code: e.place.country,
                },
            }
            : {}),
        event_text: [...new Set(e.mentions.map((m) => m.trigger.text))],
        ...(first ? { text_info: { start: first.sentence.start, end: first.sentence.end } } : {}),
        ...(first
            ? {
                cite_info: {
                    citation: first.document.id,
                    url: first.document.url,
                    title: first.document.title,
                    language: first.document.language,
                    publication: first.document.source,
                    coder: PLOVER_CODER,
                    codebook: PLOVER_CODEBOOK,
                },
            }
            : {}),
        coder: PLOVER_CODER,
        status: e.status,
        mentions: e.mentionCount,
        sources: [...new Set(e.mentions.map((m) => m.document.id))],
    };
}
//# sourceMappingURL=plover-export.js.map