import { type Diagnostic, diagnostic, hasFatal } from '../diagnostics/diagnostic.js'
import type { Doc, DocView } from '../doc/doc.js'
import type { LayerMap, LayerName } from '../doc/layers.js'
import { defaultKnowledge, type Knowledge } from '../knowledge/knowledge.js'
import { english } from '../lang/en/index.js'
import type { Lang } from '../lang/lang.js'
import type { AnyStage, StageContext, TraceEntry } from './stage.js'

const noTrace = () => {}

export interface RunResult {
  readonly ok: boolean
  readonly doc: Doc
  readonly diagnostics: readonly Diagnostic[]
}

export interface RunOptions {
  /** Called after each stage that ran, with its name and wall time in milliseconds (for profiling). */
  readonly onStage?: (stage: string, milliseconds: number) => void
  /** Receives the stages' decisions (`parley extract --explain`); without it tracing costs nothing. */
  readonly trace?: (entry: TraceEntry) => void
}

export interface PipelineOptions {
  /** Layers the input Docs already carry. */
  readonly given?: readonly LayerName[]
  /** The language of the documents (default `english`). */
  readonly lang?: Lang
  /** The knowledge base the stages read (default `defaultKnowledge()`, the shipped data). */
  readonly knowledge?: Knowledge
}

export interface Pipeline {
  readonly stages: readonly AnyStage[]
  run(doc: Doc, options?: RunOptions): RunResult
}

export class PipelineError extends Error {
  override readonly name = 'PipelineError'
}

/** Checks that every stage's requirements are provided by an earlier stage (or the input) and builds the pipeline. */
export function createPipeline(stages: readonly AnyStage[], options: PipelineOptions = {}): Pipeline {
  const { given = [], lang = english, knowledge = defaultKnowledge() } = options
  const available = new Set<LayerName>(given)
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new PipelineError(
          `stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`,
        )
      }
    }
    for (const layer of stage.provides) {
      if (available.has(layer))
        throw new PipelineError(`layer "${layer}" is provided twice (by "${stage.name}")`)
      available.add(layer)
    }
  }
  const frozenStages = Object.freeze([...stages])
  return {
    stages: frozenStages,
    run(input: Doc, options: RunOptions = {}): RunResult {
      const { onStage, trace } = options
      const diagnostics: Diagnostic[] = []
      const report = (d: Diagnostic) => diagnostics.push(d)
      const contextOf = (stage: string): StageContext =>
        trace
          ? {
              report,
              lang,
              knowledge,
              tracing: true,
              trace: (rule, span, note) => trace({ stage, rule, span, note }),
            }
          : { report, lang, knowledge, tracing: false, trace: noTrace }
      let layers: Partial<LayerMap> = { ...input.layers }
      for (const stage of frozenStages) {
        const started = onStage ? performance.now() : 0
        try {
          const view = { meta: input.meta, text: input.text, layers } as DocView<LayerName>
          const provided = stage.run(view, contextOf(stage.name))
          for (const name of stage.provides) Object.freeze(provided[name])
          layers = { ...layers, ...provided }
          onStage?.(stage.name, performance.now() - started)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          diagnostics.push(
            diagnostic('internal/stage-failed', 'fatal', `stage "${stage.name}" failed: ${message}`, {
              stage: stage.name,
            }),
          )
          break
        }
      }
      const doc: Doc = { meta: input.meta, text: input.text, layers: Object.freeze(layers) }
      return { ok: !hasFatal(diagnostics), doc, diagnostics }
    },
  }
}
