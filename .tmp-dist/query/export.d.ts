import type { Store } from '../store/store.js';
export declare const EXPORT_FORMATS: readonly ["plover", "jsonl", "csv"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export declare function isExportFormat(value: string): value is ExportFormat;
export interface ExportOptions {
    /** PLOVER: export negated, hypothetical and future events too (with their `status`); default asserted only. */
    readonly allStatuses?: boolean;
    /** Rows read from the store per query. */
    readonly batchSize?: number;
}
/**
 * The whole store for downstream analysis, in chunks of text, streaming: `jsonl` one Parley record per
 * document (as `extract` prints it); `csv` one row per de-duplicated event with its first report;
 * `plover` one PLOVER JSON record per de-duplicated event.
 */
export declare function exportRecords(store: Store, format: ExportFormat, options?: ExportOptions): AsyncGenerator<string>;
