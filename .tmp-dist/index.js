export { DIAGNOSTIC_CODES } from './diagnostics/codes.js';
export { createDoc } from './doc/doc.js';
export * from './doc/layers.js';
export { createExtractor } from './extract.js';
export { defaultStages } from './pipeline/default-stages.js';
export { createPipeline, PipelineError } from './pipeline/pipeline.js';
export { toRecord } from './record/to-record.js';
//# sourceMappingURL=index.js.map