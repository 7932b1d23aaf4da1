import { createDoc } from './doc/doc.js';
import { defaultStages } from './pipeline/default-stages.js';
import { createPipeline } from './pipeline/pipeline.js';
import { toRecord } from './record/to-record.js';
/** Builds the default pipeline once; `extract` then turns one article into a Parley record. */
export function createExtractor(pipeline = createPipeline(defaultStages())) {
    return {
        pipeline,
        extract(input, options = {}) {
            const { ok, doc, diagnostics } = pipeline.run(createDoc(input.text, input.meta));
            return { ok, doc, record: toRecord(doc, options), diagnostics };
        },
    };
}
//# sourceMappingURL=extract.js.map