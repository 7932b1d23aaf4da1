import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocView } from '../doc/doc.js'
import type { LayerMap, LayerName } from '../doc/layers.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { Lang } from '../lang/lang.js'

/** What a stage may use besides the Doc: the language, the knowledge base and a channel for diagnostics. */
export interface StageContext {
  /** Reports a diagnostic about the document being processed. */
  report(diagnostic: Diagnostic): void
  /** The language of the document: tokenizer, norm exceptions and vocabulary (`english` by default). */
  readonly lang: Lang
  /** The actor knowledge base (`defaultKnowledge()` unless the extractor was given another). */
  readonly knowledge: Knowledge
}

/**
 * One step of the pipeline: reads the layers it requires and returns the layers it provides.
 * `run` must not mutate the Doc or module state.
 */
export interface Stage<R extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly name: string
  readonly requires: readonly R[]
  readonly provides: readonly P[]
  run(doc: DocView<R>, ctx: StageContext): Pick<LayerMap, P>
}

/** A stage with its layer types erased, as held by a pipeline. */
export type AnyStage = Stage<LayerName, LayerName>

export function defineStage<R extends LayerName, P extends LayerName>(stage: Stage<R, P>): AnyStage {
  return stage as unknown as AnyStage
}
