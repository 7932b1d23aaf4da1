import type { AnyStage } from './stage.js';
/** The stages `parley extract` runs, in order. */
export declare function defaultStages(): AnyStage[];
