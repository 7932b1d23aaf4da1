import type { RecordTextSpan } from '../../record/record.js';
import type { DocumentSummary, StoredDocument } from '../store.js';
import type { Statements } from './statements.js';
export declare const DOCUMENT_SUMMARY_COLUMNS = "d.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.language AS doc_language";
export interface DocumentSummaryRow {
    readonly doc_id: string;
    readonly doc_title: string | null;
    readonly doc_date: string | null;
    readonly doc_url: string | null;
    readonly doc_source: string | null;
    readonly doc_language: string | null;
}
export declare function documentSummary(row: DocumentSummaryRow): DocumentSummary;
export declare function textSpan(start: number | null, end: number | null, text: string | null): RecordTextSpan | null;
/** Rebuilds a document's record exactly as it was put, with the global ids its actors and events got. */
export declare function readDocument(s: Statements, id: string): StoredDocument | null;
