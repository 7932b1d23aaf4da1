import type { Doc } from '../doc/doc.js';
import type { ParleyRecord } from './record.js';
export interface RecordOptions {
    /** Include document.text (default true). */
    readonly includeText?: boolean;
}
/** Projects a processed Doc onto the published record. The only place the contract is produced. */
export declare function toRecord(doc: Doc, options?: RecordOptions): ParleyRecord;
