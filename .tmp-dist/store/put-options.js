import { contentHash } from './keys.js';
/**
 * The options to store an extracted article with: the hash of its input (text and metadata) and the
 * knowledge-base ids of its actors, which the record itself does not carry but cross-article merging uses.
 */
export function putOptionsFor(input, doc) {
    const actors = doc?.layers.actors ?? [];
    const actorKbIds = {};
    for (const a of actors)
        if (a.kbId)
            actorKbIds[a.id] = a.kbId;
    return { contentHash: contentHash(input.text, input.meta), actorKbIds };
}
//# sourceMappingURL=put-options.js.map