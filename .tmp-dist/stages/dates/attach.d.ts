import type { TimeRange, Timex } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
/** True when the text between two offsets crosses a clause boundary. */
export declare function crossesClause(text: string, from: number, to: number): boolean;
/**
 * The time expression that best dates an event whose trigger starts at `triggerStart`: among the expressions of
 * the same sentence and clause, the nearest one after the trigger ("met … in March"), else the nearest one before
 * it ("In March, Sullivan spoke …"). Clauses are told apart only when the document `text` is given; `timexes`
 * must be sorted by start, as the layer is. Null when no expression qualifies.
 */
export declare function timexForSpan(timexes: readonly Timex[], sentence: Span, triggerStart: number, text?: string): Timex | null;
/** The event date a time expression gives, as the record carries it; null when the expression is unresolved. */
export declare function timeRangeOf(timex: Timex, text: string): TimeRange | null;
