import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocView } from '../doc/doc.js'
import type { LayerMap, LayerName } from '../doc/layers.js'
import type { Span } from '../doc/span.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { Lang } from '../lang/lang.js'

/** One decision of a stage, for `parley extract --explain`: which rule decided what, where. */
export interface TraceEntry {
  readonly stage: string
  /** The rule or lexicon entry: "meet.v", "status/negated", "party/recipient", "quote/speaker". */
  readonly rule: string
  /** Where in the text (UTF-16 offsets). */
  readonly span: Span
  readonly note: string
}

/** What a stage may use besides the Doc: the language, the knowledge base and a channel for diagnostics. */
export interface StageContext {
  /** Reports a diagnostic about the document being processed. */
  report(diagnostic: Diagnostic): void
  /** The language of the document: tokenizer, norm exceptions and vocabulary (`english` by default). */
  readonly lang: Lang
  /** The actor knowledge base (`defaultKnowledge()` unless the extractor was given another). */
  readonly knowledge: Knowledge
  /** True when decisions are being traced; build a note only then (`if (ctx.tracing) ctx.trace(…)`). */
  readonly tracing: boolean
  /** Records one decision (a no-op unless tracing). */
  trace(rule: string, span: Span, note: string): void
}

/** Exactly the layers P: each of them, and no other (another layer's key may only be absent). */
export type Provided<P extends LayerName> = Pick<LayerMap, P> & {
  readonly [K in Exclude<LayerName, P>]?: never
}

/**
 * One step of the pipeline: reads the layers it requires and returns the layers it provides.
 * `run` must not mutate the Doc or module state.
 */
export interface Stage<R extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly name: string
  readonly requires: readonly R[]
  readonly provides: readonly P[]
  run(doc: DocView<R>, ctx: StageContext): Provided<P>
}

/**
 * Any stage, as a pipeline holds it: the pipeline checks `requires`/`provides` between stages when it is
 * built, so it needs only that `run` returns some layers.
 */
export interface AnyStage {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly provides: readonly LayerName[]
  run(doc: DocView<LayerName>, ctx: StageContext): Partial<LayerMap>
}

/**
 * Declares a stage, keeping its contract in its type: `run` sees only the layers named in `requires` and
 * must return exactly those named in `provides`, or the stage does not compile.
 */
export function defineStage<R extends LayerName, P extends LayerName>(stage: Stage<R, P>): Stage<R, P> {
  return stage
}
