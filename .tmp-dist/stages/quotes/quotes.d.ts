import { type AttributionOptions } from './attribute.js';
export type QuotesOptions = Partial<AttributionOptions>;
/**
 * The quotations stage: direct, indirect and mixed quotations with their cue, the mention nearest the cue
 * and the actor holding that mention. Reports quote marks that do not pair as `quotes/unbalanced-mark`.
 */
export declare function quotes(options?: QuotesOptions): import("../../pipeline/stage.js").AnyStage;
