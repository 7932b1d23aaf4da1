export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/codes.js'
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js'
export { createDoc, type Doc, type DocMeta, type DocView } from './doc/doc.js'
export * from './doc/layers.js'
export type { Span, TextSpan } from './doc/span.js'
export {
  createExtractor,
  type ExtractInput,
  type Extractor,
  type ExtractorOptions,
  type ExtractResult,
} from './extract.js'
export { type IngestItem, type IngestOptions, readInputs } from './ingest/index.js'
export { type IngestIntoStoreOptions, type IngestSummary, ingest } from './ingest-into-store.js'
export {
  createKnowledge,
  defaultKnowledge,
  type Knowledge,
  KnowledgeError,
  type KnowledgeOptions,
} from './knowledge/index.js'
export { english } from './lang/en/index.js'
export type { Lang, Tokenizer, TokenizerOutput } from './lang/lang.js'
export * from './monitor/index.js'
export { defaultStages } from './pipeline/default-stages.js'
export { createPipeline, type Pipeline, PipelineError, type RunResult } from './pipeline/pipeline.js'
export type { AnyStage, Stage, StageContext } from './pipeline/stage.js'
export {
  contacts,
  exportRecords,
  noActorMatches,
  queryActors,
  queryDocument,
  queryEvents,
  queryQuotes,
  totalOfActors,
  totalOfEvents,
  totalOfQuotes,
  unmatchedNames,
} from './query/index.js'
export { toPloverRecords } from './record/plover.js'
export type * from './record/record.js'
export { toRecord } from './record/to-record.js'
export { recordSchema, validateRecord } from './record/validate.js'
export { createServer, type ServerOptions } from './server/server.js'
export { openStore, putOptionsFor, type Store } from './store/index.js'
