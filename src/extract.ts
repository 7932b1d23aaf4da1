import type { Diagnostic } from './diagnostics/diagnostic.js'
import { createDoc, type Doc, type DocMeta } from './doc/doc.js'
import type { Knowledge } from './knowledge/knowledge.js'
import type { Lang } from './lang/lang.js'
import { defaultStages } from './pipeline/default-stages.js'
import { createPipeline, type Pipeline } from './pipeline/pipeline.js'
import type { TraceEntry } from './pipeline/stage.js'
import type { ParleyRecord } from './record/record.js'
import { type RecordOptions, toRecord } from './record/to-record.js'

export interface ExtractInput {
  readonly text: string
  readonly meta: Partial<DocMeta> & { readonly id: string }
}

export interface ExtractResult {
  readonly ok: boolean
  readonly doc: Doc
  readonly record: ParleyRecord
  readonly diagnostics: readonly Diagnostic[]
}

export interface ExtractOptions extends RecordOptions {
  /** Receives every decision the stages trace (`parley extract --explain`). */
  readonly trace?: (entry: TraceEntry) => void
}

export interface Extractor {
  readonly pipeline: Pipeline
  extract(input: ExtractInput, options?: ExtractOptions): ExtractResult
}

export interface ExtractorOptions {
  /** The knowledge base (`createKnowledge({ files })`; default: the shipped data). */
  readonly knowledge?: Knowledge
  /** The language of the articles (default `english`). */
  readonly lang?: Lang
  /** A pipeline to use instead of the default stages (then `knowledge` and `lang` are its own). */
  readonly pipeline?: Pipeline
}

/** Builds the pipeline once; `extract` then turns one article into a Parley record. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const pipeline =
    options.pipeline ??
    createPipeline(defaultStages(), {
      ...(options.knowledge ? { knowledge: options.knowledge } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
    })
  return {
    pipeline,
    extract(input, options = {}) {
      const run = options.trace ? { trace: options.trace } : {}
      const { ok, doc, diagnostics } = pipeline.run(createDoc(input.text, input.meta), run)
      return { ok, doc, record: toRecord(doc, options), diagnostics }
    },
  }
}
