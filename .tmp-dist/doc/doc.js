export function makeMeta(partial) {
    return {
        id: partial.id,
        title: partial.title ?? null,
        date: partial.date ?? null,
        url: partial.url ?? null,
        source: partial.source ?? null,
        language: partial.language ?? null,
    };
}
export function createDoc(text, meta) {
    return { meta: makeMeta(meta), text, layers: {} };
}
//# sourceMappingURL=doc.js.map