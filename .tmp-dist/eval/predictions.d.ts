import type { ParleyRecord } from '../record/record.js';
import { type JsonlContent, type JsonlProblem } from './jsonl.js';
export interface Predictions {
    /** Records by document id; error records become empty records. */
    readonly records: ReadonlyMap<string, ParleyRecord>;
    /** Ids that came as error records. */
    readonly errors: ReadonlySet<string>;
    readonly problems: readonly JsonlProblem[];
}
/** A record with no annotations, standing for a document that could not be processed. */
export declare function emptyRecord(id: string): ParleyRecord;
/**
 * Reads predicted records (one per line). Error records `{document:{id}, error}` count as empty predictions;
 * lines without `document.id` are reported as problems. Layers missing from a record are read as empty.
 */
export declare function parsePredictions(content: JsonlContent): Predictions;
