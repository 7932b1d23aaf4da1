import type { DiagnosticCode } from '../diagnostics/codes.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IngestError, IngestItem, ResolvedOptions } from './types.js';
/** A text found in an input, before the checks every document goes through. */
export interface DocumentDraft {
    readonly input: string;
    readonly id: string;
    readonly text: string;
    readonly title?: string | null;
    /** The article's own date as written in its metadata; normalised here. */
    readonly date?: string | null;
    readonly url?: string | null;
    readonly source?: string | null;
    /** Only the head of the input was read (`totalBytes` long in all): the text must be cut even if it fits the cap. */
    readonly wasCut?: boolean;
    readonly totalBytes?: number;
    /** Warnings found before this point (e.g. an HTML page whose markup was only partly read). */
    readonly warnings?: readonly Diagnostic[];
}
/** An error item whose one fatal diagnostic says on one line why the input failed (the CLI prefixes the input). */
export declare function errorItem(input: string, id: string, code: DiagnosticCode, reason: string): IngestError;
/** Applies the checks every document goes through: empty, size cap, language, date. */
export declare function finishDocument(draft: DocumentDraft, options: ResolvedOptions): IngestItem;
