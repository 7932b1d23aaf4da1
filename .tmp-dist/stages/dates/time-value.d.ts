import { type Day, type DayRange } from './calendar.js';
import type { Part, Unit } from './time-words.js';
/**
 * What a time expression says, before it is placed on the calendar. A `null` year, a shift or an offset makes
 * the value relative to the publication date.
 */
export type TimeValue = 
/** "March 3, 2014", "on March 3" (year from the anchor). */
{
    readonly type: 'date';
    readonly year: number | null;
    readonly month: number;
    readonly day: number;
}
/** "March 2014", "In March", "last March" (shift −1), "early March". */
 | {
    readonly type: 'month';
    readonly year: number | null;
    readonly month: number;
    readonly shift: number | null;
    readonly part: Part | null;
}
/** "in 2008", "late 2014", "the 1990s", "2014-2016". */
 | {
    readonly type: 'years';
    readonly first: number;
    readonly last: number;
    readonly part: Part | null;
}
/** "on Saturday", "last Friday" (shift −1). */
 | {
    readonly type: 'weekday';
    readonly weekday: number;
    readonly shift: number | null;
}
/** "over the weekend", "next weekend". */
 | {
    readonly type: 'weekend';
    readonly shift: number | null;
}
/** "yesterday" (−1 day), "two weeks ago" (−2 weeks): the calendar unit that far from the anchor. */
 | {
    readonly type: 'offset';
    readonly unit: Unit;
    readonly n: number;
}
/** "last week", "this month", "next year"; "earlier this year" keeps the side before the anchor. */
 | {
    readonly type: 'calendar';
    readonly unit: Unit;
    readonly shift: number;
    readonly side: 'before' | 'after' | null;
}
/** A window ending at the anchor: "the past two weeks", "in recent days", "recently"; before it for "a few days ago". */
 | {
    readonly type: 'trailing';
    readonly unit: Unit;
    readonly n: number;
    readonly skipsAnchor: boolean;
}
/** A range already placed on the calendar (numeric dates read by chrono). */
 | {
    readonly type: 'fixed';
    readonly range: DayRange;
}
/** "last summer", "the summer of 2014", "in the spring". */
 | {
    readonly type: 'season';
    readonly months: {
        readonly first: number;
        readonly last: number;
    };
    readonly year: number | null;
    readonly shift: number | null;
}
/** "from March to May", "between 1983 and 1986": from the start of one to the end of the other. */
 | {
    readonly type: 'span';
    readonly first: TimeValue;
    readonly last: TimeValue;
}
/** "the end of last year", "the beginning of next month": a third of another period. */
 | {
    readonly type: 'part';
    readonly part: Part;
    readonly inner: TimeValue;
};
export type TimeValueType = TimeValue['type'];
/** True when the value's placement depends on whether the clause speaks of the past or the future. */
export declare function needsTense(value: TimeValue): boolean;
/** Places a value on the calendar; null when it is relative and there is no anchor. */
export declare function resolveValue(value: TimeValue, anchor: Day | null, isFuture: boolean): DayRange | null;
