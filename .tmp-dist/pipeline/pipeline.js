import { diagnostic, hasFatal } from '../diagnostics/diagnostic.js';
export class PipelineError extends Error {
    name = 'PipelineError';
}
/** Checks that every stage's requirements are provided by an earlier stage (or the input) and builds the pipeline. */
export function createPipeline(stages, given = []) {
    const available = new Set(given);
    for (const stage of stages) {
        for (const layer of stage.requires) {
            if (!available.has(layer)) {
                throw new PipelineError(`stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`);
            }
        }
        for (const layer of stage.provides) {
            if (available.has(layer))
                throw new PipelineError(`layer "${layer}" is provided twice (by "${stage.name}")`);
            available.add(layer);
        }
    }
    const frozenStages = Object.freeze([...stages]);
    return {
        stages: frozenStages,
        run(input, options = {}) {
            const { onStage } = options;
            const diagnostics = [];
            const ctx = { report: (d) => diagnostics.push(d) };
            let layers = { ...input.layers };
            for (const stage of frozenStages) {
                const started = onStage ? performance.now() : 0;
                try {
                    const view = { meta: input.meta, text: input.text, layers };
                    const provided = stage.run(view, ctx);
                    for (const name of stage.provides)
                        Object.freeze(provided[name]);
                    layers = { ...layers, ...provided };
                    onStage?.(stage.name, performance.now() - started);
                }
                catch (error) {
                    const message = error instanceof Error ? error.message : String(error);
                    diagnostics.push(diagnostic('internal/stage-failed', 'fatal', `stage "${stage.name}" failed: ${message}`, {
                        stage: stage.name,
                    }));
                    break;
                }
            }
            const doc = { meta: input.meta, text: input.text, layers: Object.freeze(layers) };
            return { ok: !hasFatal(diagnostics), doc, diagnostics };
        },
    };
}
//# sourceMappingURL=pipeline.js.map