import type { ParleyRecord } from '../../record/record.js';
import type { PutOptions, PutOutcome } from '../store.js';
import type { Statements } from './statements.js';
/**
 * Stores one record in the caller's transaction: removes an older version of the document first, then
 * writes the document, its actors, places, quotes and event mentions (merged into events by dedup.ts).
 */
export declare function writeDocument(s: Statements, record: ParleyRecord, options: PutOptions): PutOutcome;
/**
 * Removes a document and everything it contributed: its mentions leave their events (an event left without
 * mentions goes, the others are recounted and re-dated from what remains), then unreferenced actors and places go.
 */
export declare function removeDocument(s: Statements, docPk: number): void;
