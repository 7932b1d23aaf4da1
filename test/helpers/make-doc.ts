import { createDoc, type Doc } from '../../src/doc/doc.js'
import type { LayerMap } from '../../src/doc/layers.js'
import { segment } from '../../src/stages/segment/segment.js'
import { runStage } from './run-stage.js'

/**
 * Builds a Doc for a unit test: the text is segmented (tokens, sentences, paragraphs) and any layers
 * given are added as they are, so one stage can be tested without running the ones before it.
 */
export function makeDoc(
  text: string,
  layers: Partial<LayerMap> = {},
  meta: { id?: string; date?: string | null } = {},
): Doc {
  const doc = createDoc(text, { id: meta.id ?? 'test', date: meta.date ?? null })
  const segmented = runStage(segment(), doc)
  return { ...doc, layers: { ...segmented, ...layers } }
}
