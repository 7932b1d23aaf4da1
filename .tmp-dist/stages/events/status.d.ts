import type { EventStatus, Sentence } from '../../doc/layers.js';
import { type EventContext } from './context.js';
export interface StatusMarkers {
    negated: boolean;
    future: boolean;
    hypothetical: boolean;
    /** True when the event is announced with a modal or an intent verb ("will", "plans to", "would"). */
    announced: boolean;
}
/**
 * Negation, modality and intent around a verb group, following "to"-chains upwards ("does not plan to
 * meet", "is scheduled to visit", "tried to hack").
 */
export declare function verbGroupMarkers(ctx: EventContext, sentence: Sentence, groupStart: number, head: number): StatusMarkers;
/** Negators inside a noun phrase before an event noun ("no contact", "without a meeting"). */
export declare function nounPhraseNegated(ctx: EventContext, from: number, to: number): boolean;
/** Is there a conditional ("if", "unless", "whether") anywhere in the sentence? */
export declare function sentenceIsConditional(ctx: EventContext, sentence: Sentence): boolean;
/** "We see no sign that Russia is ready …": a clause that is the complement of a negated noun or verb. */
export declare function underNegatedComplement(ctx: EventContext, sentence: Sentence, groupStart: number): boolean;
/** Combines the markers: a condition first, then negation, then modality, then announced future. */
export declare function decideStatus(markers: StatusMarkers, conditional: boolean): EventStatus;
