import type { LayerMap, LayerName } from './layers.js'

/** Facts about the article that do not come from its text. */
export interface DocMeta {
  readonly id: string
  readonly title: string | null
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  readonly date: string | null
  readonly url: string | null
  readonly source: string | null
  /** ISO 639-3 code from language identification, or null when the text is too short to tell. */
  readonly language: string | null
}

/** The article text, unchanged, and the annotation layers added so far. */
export interface Doc {
  readonly meta: DocMeta
  readonly text: string
  readonly layers: Readonly<Partial<LayerMap>>
}

/**
 * What a stage sees of a Doc: exactly the layers R it declared in `requires`, each known to be present.
 * Reading any other layer does not compile.
 */
export interface DocView<R extends LayerName> {
  readonly meta: DocMeta
  readonly text: string
  readonly layers: Readonly<Pick<LayerMap, R>>
}

export function makeMeta(partial: Partial<DocMeta> & { id: string }): DocMeta {
  return {
    id: partial.id,
    title: partial.title ?? null,
    date: partial.date ?? null,
    url: partial.url ?? null,
    source: partial.source ?? null,
    language: partial.language ?? null,
  }
}

export function createDoc(text: string, meta: Partial<DocMeta> & { id: string }): Doc {
  return { meta: makeMeta(meta), text, layers: {} }
}
