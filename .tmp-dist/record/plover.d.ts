import type { PloverType } from '../doc/layers.js';
import type { ParleyRecord, RecordEvent } from './record.js';
/** An entity object of a PLOVER record (manual, "Information object for entities"). */
export interface PloverEntity {
    readonly code: string | null;
    readonly sector: string | null;
    readonly entity_text: string;
    readonly office: string | null;
}
/** The event location object (manual, "Location object"). */
export interface PloverLocation {
    readonly extracted_place: string;
    readonly resolved_place: string;
    readonly lat: number | null;
    readonly lon: number | null;
    readonly country_code: string | null;
}
/**
 * One PLOVER JSON record (manual, "PLOVER JSON"), with Parley's own fields `status`, `cameo` and `quote`
 * added as the manual allows for fields it does not define.
 */
export interface PloverRecord {
    readonly id: string;
    readonly date: string | null;
    readonly enddate: string | null;
    readonly actor: readonly PloverEntity[];
    readonly recipient: readonly PloverEntity[];
    readonly event: readonly PloverType[];
    readonly mode: readonly string[];
    readonly quad_code: 1 | 2 | 3 | 4;
    readonly event_loc: PloverLocation | null;
    readonly event_text: readonly string[];
    readonly text_info: {
        readonly start: number;
        readonly end: number;
    };
    readonly text?: string;
    readonly status: RecordEvent['status'];
    readonly cameo: string | null;
    readonly quote: string | null;
}
/** The manual's quad categories. */
export declare const QUAD_CODES: Readonly<Record<PloverType, 1 | 2 | 3 | 4>>;
/**
 * The events of a Parley record as PLOVER records, one per event, in record order. Pure: the same record
 * always gives the same output. The sentence text is included only when the record carries the document text.
 */
export declare function toPloverRecords(record: ParleyRecord): PloverRecord[];
