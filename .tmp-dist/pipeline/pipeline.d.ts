import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';
import type { AnyStage } from './stage.js';
export interface RunResult {
    readonly ok: boolean;
    readonly doc: Doc;
    readonly diagnostics: readonly Diagnostic[];
}
export interface RunOptions {
    /** Called after each stage that ran, with its name and wall time in milliseconds (for profiling). */
    readonly onStage?: (stage: string, milliseconds: number) => void;
}
export interface Pipeline {
    readonly stages: readonly AnyStage[];
    run(doc: Doc, options?: RunOptions): RunResult;
}
export declare class PipelineError extends Error {
    readonly name = "PipelineError";
}
/** Checks that every stage's requirements are provided by an earlier stage (or the input) and builds the pipeline. */
export declare function createPipeline(stages: readonly AnyStage[], given?: readonly LayerName[]): Pipeline;
