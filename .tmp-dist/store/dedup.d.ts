/**
 * Cross-article de-duplication of events (GDELT's events/mentions split). An event mention from a record joins a
 * stored event when all of these hold, else it starts a new event:
 *
 * 1. the same PLOVER type;
 * 2. the same status family: asserted, negated, or unrealised (hypothetical and future), so a stated absence
 *    of contact never merges with a contact that happened;
 * 3. the same parties, compared as sets of global actor ids: actors with actors and recipients with recipients,
 *    except for symmetric types (CONSULT, COOPERATE), where "A met B" and "B met A" are one meeting and the
 *    union of both sides is compared;
 * 4. dates: when both are dated, the ranges overlap or lie within ±3 days of each other; when either is
 *    undated, only within one document (the stored event already has a mention in the same document);
 *    a mention with no resolved party at all is treated as undated;
 * 5. places: equal when both have one.
 *
 * The first stored event (lowest id) that matches wins, so the result depends on ingest order but is stable
 * under re-ingestion: an unchanged document is skipped, and a changed one is removed before it is stored again.
 */
import type { EventStatus, PloverType } from '../doc/layers.js';
export declare const DATE_WINDOW_DAYS = 3;
export declare const STATUS_FAMILIES: readonly ["asserted", "negated", "unrealised"];
export type StatusFamily = (typeof STATUS_FAMILIES)[number];
export declare function statusFamily(status: EventStatus): StatusFamily;
/** Types whose two sides play the same part: a meeting or a joint effort has no direction. */
export declare const SYMMETRIC_TYPES: ReadonlySet<PloverType>;
/** The parties of an event as one comparable string; empty when no party is resolved. */
export declare function partyKey(type: PloverType, actor: readonly number[], recipient: readonly number[]): string;
/** Adds days to a YYYY-MM-DD date (UTC calendar arithmetic). */
export declare function addDays(date: string, days: number): string;
export interface DateSpan {
    readonly start: string;
    readonly end: string;
}
/** Both dated, and overlapping or within the window of each other. */
export declare function datesMatch(a: DateSpan, b: DateSpan, windowDays?: number): boolean;
/** The place rule: equal when both are known. */
export declare function placesMatch(a: number | null, b: number | null): boolean;
