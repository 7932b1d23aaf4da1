import type { SplitPlan } from './identity.js'
import type { SplitOutcome, Store } from './store.js'

/**
 * The second half of a split: each article whose actor the split moves is stored again from its stored record
 * (the rule now gives that actor its own key), so its quotations, event parties and de-duplicated events are
 * rebuilt by the one writing path. Knowledge-base ids are kept from the actors the article had.
 */
export async function restoreSplitDocuments(store: Store, plan: SplitPlan): Promise<SplitOutcome> {
  const documents = [...new Set(plan.links.map((l) => l.documentId))]
  let into: number | null = null
  for (const id of documents) {
    const stored = await store.getDocument(id)
    if (!stored) continue
    const actors = await store.findActors({ ids: Object.values(stored.actorIds), limit: 10_000 })
    const kbOf = new Map(actors.map((a) => [a.id, a.kbId]))
    const actorKbIds = Object.fromEntries(
      Object.entries(stored.actorIds).map(([local, global]) => [local, kbOf.get(global) ?? null]),
    )
    await store.putDocument(stored.record, { contentHash: stored.contentHash, replace: true, actorKbIds })
    // the new actor's id, read back once from the first article stored again
    const moved = plan.links.find((l) => l.documentId === id)
    if (into === null && moved) into = (await store.getDocument(id))?.actorIds[moved.localId] ?? null
  }
  return { from: plan.from, into, documents: documents.length }
}
