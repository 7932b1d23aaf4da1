/**
 * Stored (de-duplicated) events as PLOVER JSON records, one per line, after the field tables of the PLOVER
 * manual: `id`, `date`/`enddate`, `actor`/`recipient` entity objects, `event`, `mode`, `quad_code`,
 * `event_loc`, `event_text`, `text_info` and `cite_info`. Parley adds named fields the manual allows:
 * `status` (only asserted events are exported unless asked), `mentions` (how many reports) and `sources`.
 */
import type { PloverType } from '../doc/layers.js';
import type { StoredEvent } from '../store/store.js';
export declare const PLOVER_CODER = "parley 0.1.0";
export declare const PLOVER_CODEBOOK = "plover-2.0";
/** The manual's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export declare const QUAD_CODES: {
    readonly AGREE: 1;
    readonly CONSULT: 1;
    readonly SUPPORT: 1;
    readonly CONCEDE: 1;
    readonly COOPERATE: 2;
    readonly AID: 2;
    readonly RETREAT: 2;
    readonly REQUEST: 3;
    readonly ACCUSE: 3;
    readonly REJECT: 3;
    readonly THREATEN: 3;
    readonly PROTEST: 4;
    readonly SANCTION: 4;
    readonly MOBILIZE: 4;
    readonly COERCE: 4;
    readonly ASSAULT: 4;
};
export interface PloverEntity {
    readonly code: string | null;
    readonly entity_text: string;
    readonly identifier_id: string;
    readonly identifier_text: string;
}
export interface PloverRecord {
    readonly id: string;
    readonly has_event: boolean;
    readonly date: string | null;
    readonly enddate?: string;
    readonly actor: readonly PloverEntity[];
    readonly recipient: readonly PloverEntity[];
    readonly event: readonly PloverType[];
    readonly mode?: readonly string[];
    readonly quad_code: 1 | 2 | 3 | 4;
    readonly event_loc?: {
        readonly extracted_place: string;
        readonly resolved_place: string;
        readonly lat: number | null;
        readonly lon: number | null;
        readonly country_code: string | null;
    };
    readonly event_text: readonly string[];
    readonly text_info?: {
        readonly start: number;
        readonly end: number;
    };
    readonly cite_info?: {
        readonly citation: string;
        readonly url: string | null;
        readonly title: string | null;
        readonly language: string | null;
        readonly publication: string | null;
        readonly coder: string;
        readonly codebook: string;
    };
    readonly coder: string;
    readonly status: StoredEvent['status'];
    readonly mentions: number;
    readonly sources: readonly string[];
}
export declare function toPloverRecord(e: StoredEvent): PloverRecord;
