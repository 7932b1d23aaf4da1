import type { ParleyRecord, RecordActor, RecordEvent } from '../record/record.js';
import type { PloverGold } from './gold.js';
export interface EventTypeScore {
    readonly type: string;
    /** Gold sentences with this type. */
    readonly gold: number;
    readonly typeFound: number;
    readonly dyadFound: number;
    /** Asserted predicted events of this type, and how many of them are in their sentence's gold. */
    readonly predicted: number;
    readonly correct: number;
}
export interface EventMiss {
    readonly id: string;
    readonly text: string;
    readonly gold: string;
    readonly predicted: readonly string[];
}
export interface EventScore {
    /** Gold events (recall denominators) and the distinct sentences they come from. */
    readonly goldEvents: number;
    readonly sentences: number;
    readonly missingRecords: readonly string[];
    readonly typeFound: number;
    readonly dyadFound: number;
    readonly typeRecall: number;
    readonly dyadRecall: number;
    readonly predicted: number;
    readonly correct: number;
    readonly precision: number;
    /** F1 of type recall and precision. */
    readonly f1: number;
    readonly byType: readonly EventTypeScore[];
    readonly misses: readonly EventMiss[];
}
/**
 * Source and recipient agree when some gold source code matches a predicted actor, and the gold target is empty
 * or some gold target code matches a predicted recipient.
 */
export declare function dyadAgrees(gold: PloverGold, event: RecordEvent, actors: ReadonlyMap<string, RecordActor>): boolean;
/**
 * Scores predicted events sentence by sentence (one gold event per input id): type recall counts a gold type
 * produced with any status but negated; dyad recall also needs agreeing source/recipient countries; precision
 * is over asserted events.
 */
export declare function scoreEvents(gold: readonly PloverGold[], pred: ReadonlyMap<string, ParleyRecord>): EventScore;
