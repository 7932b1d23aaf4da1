import { posAt } from '../../doc/token-table.js';
const FIRST_PERSON = new Set([
    'i',
    'me',
    'my',
    'we',
    'us',
    'our',
    'ours',
    'myself',
    'ourselves',
]);
/** The quote whose content covers the offset, if any. */
export function quoteAt(quotes, offset) {
    return quotes.find((q) => q.content.some((s) => s.start <= offset && offset < s.end));
}
export function buildContext(doc) {
    const { layers, text } = doc;
    const tokens = layers.tokens;
    const mentions = layers.mentions;
    const mentionAt = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((m, i) => {
        for (let t = m.tokenStart; t < m.tokenEnd && t < tokens.length; t++)
            mentionAt[t] = i;
    });
    const timexAt = new Uint8Array(tokens.length);
    for (const t of layers.timexes)
        timexAt.fill(1, t.tokenStart, Math.min(t.tokenEnd, tokens.length));
    const actorOf = new Map();
    const countryActor = new Map();
    for (const actor of layers.actors) {
        for (const id of actor.mentions)
            actorOf.set(id, actor.id);
        if (actor.kind === 'country' && actor.country && !countryActor.has(actor.country)) {
            countryActor.set(actor.country, actor.id);
        }
    }
    for (const m of mentions) {
        if (m.type !== 'pronoun' || actorOf.has(m.id))
            continue;
        if (!FIRST_PERSON.has(text.slice(m.start, m.end).toLowerCase()))
            continue;
        const speaker = quoteAt(layers.quotes, m.start)?.speaker;
        if (speaker)
            actorOf.set(m.id, speaker);
    }
    const placeOf = new Map();
    for (const place of layers.places)
        for (const id of place.mentions)
            placeOf.set(id, place.id);
    const bySentence = new Map();
    for (const t of layers.timexes) {
        const s = tokens.sentence[t.tokenStart] ?? -1;
        const list = bySentence.get(s) ?? [];
        list.push(t);
        bySentence.set(s, list);
    }
    return {
        timexesIn: (sentence) => bySentence.get(tokens.sentence[sentence.tokenStart] ?? -2) ?? [],
        text,
        date: doc.meta.date,
        tokens,
        sentences: layers.sentences,
        mentions,
        timexes: layers.timexes,
        quotes: layers.quotes,
        mentionAt,
        timexAt,
        actorOf,
        placeOf,
        countryActor,
    };
}
export function pos(ctx, i) {
    return posAt(ctx.tokens, i);
}
export function lemma(ctx, i) {
    return ctx.tokens.lemma[i];
}
export function lower(ctx, i) {
    return ctx.tokens.lower[i];
}
/** The mention covering token i, if any. */
export function mentionAtToken(ctx, i) {
    const k = ctx.mentionAt[i] ?? -1;
    return k < 0 ? undefined : ctx.mentions[k];
}
/** The party a mention stands for: its actor, or for a place the document's actor for its country. */
export function partyOf(ctx, m, allowPlaces) {
    const actor = ctx.actorOf.get(m.id);
    if (actor)
        return actor;
    const country = m.type === 'place' ? (m.country ?? m.place?.country ?? null) : null;
    return allowPlaces && country ? (ctx.countryActor.get(country) ?? null) : null;
}
//# sourceMappingURL=context.js.map