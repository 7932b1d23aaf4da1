/** When, where and in whose words: the date, place and quotation of an event. */
import type { EventStatus, PlaceId, QuoteId, Sentence, TimeRange, Timex } from '../../doc/layers.js';
import { type EventContext } from './context.js';
/** The time expression of the sentence nearest the trigger, preferring one in the trigger's own clause. */
export declare function timexForTrigger(ctx: EventContext, sentence: Sentence, trigger: number): Timex | undefined;
/**
 * The event's date: its time expression; else, for asserted and negated events, the publication date as a
 * one-day range without text; future and hypothetical events without a time expression get none.
 */
export declare function eventDate(ctx: EventContext, timex: Timex | undefined, status: EventStatus): TimeRange | null;
/** A place mention of the sentence introduced by "in", "at", "near" …, nearest after the trigger first. */
export declare function placeForTrigger(ctx: EventContext, sentence: Sentence, trigger: number): PlaceId | null;
/** The quotation whose content holds the trigger. */
export declare function quoteForTrigger(ctx: EventContext, offset: number): QuoteId | null;
