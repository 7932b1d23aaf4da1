import type { Doc } from '../doc/doc.js'
import { contentHash } from './keys.js'
import type { PutOptions } from './store.js'

/**
 * The options to store an extracted article with: the hash of its input (text and metadata) and the
 * knowledge-base ids of its actors, which the record itself does not carry but cross-article merging uses.
 */
export function putOptionsFor(
  input: { readonly text: string; readonly meta: object },
  doc?: Doc,
): PutOptions {
  const actors = doc?.layers.actors ?? []
  const actorKbIds: Record<string, string | null> = {}
  for (const a of actors) if (a.kbId) actorKbIds[a.id] = a.kbId
  return { contentHash: contentHash(input.text, input.meta), actorKbIds }
}
