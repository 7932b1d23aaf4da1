import type { Diagnostic } from './diagnostics/diagnostic.js'
import { createDoc, type Doc, type DocMeta } from './doc/doc.js'
import { defaultStages } from './pipeline/default-stages.js'
import { createPipeline, type Pipeline } from './pipeline/pipeline.js'
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

export interface Extractor {
  readonly pipeline: Pipeline
  extract(input: ExtractInput, options?: RecordOptions): ExtractResult
}

/** Builds the default pipeline once; `extract` then turns one article into a Parley record. */
export function createExtractor(pipeline: Pipeline = createPipeline(defaultStages())): Extractor {
  return {
    pipeline,
    extract(input, options = {}) {
      const { ok, doc, diagnostics } = pipeline.run(createDoc(input.text, input.meta))
      return { ok, doc, record: toRecord(doc, options), diagnostics }
    },
  }
}
