import { type TriggerIndex } from './lexicon.js';
export interface EventsOptions {
    /** A trigger lexicon to use instead of the built-in one (see src/lang/en/events-lexicon.ts). */
    readonly lexicon?: TriggerIndex;
}
/**
 * The PLOVER events stage: triggers from the lexicon, source and recipient by grammatical role, status
 * (asserted, negated, hypothetical, future), date, place and the quotation an event is stated in.
 */
export declare function events(options?: EventsOptions): import("../../pipeline/stage.js").AnyStage;
