import type { StoredActor, StoredDocument, StoredEvent, StoredQuote } from '../store/store.js';
import type { ContactsResult } from './contacts.js';
export declare const OUTPUT_FORMATS: readonly ["table", "json", "csv"];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export declare function isOutputFormat(value: string): value is OutputFormat;
type Cell = string | number | null;
/** Space-aligned columns, each at most its maximum width (clipped with …), a rule under the header. */
export declare function textTable(header: readonly string[], rows: readonly (readonly Cell[])[], maxWidths: readonly number[]): string;
/** RFC 4180: fields quoted when they hold a comma, quote or line break; quotes doubled; CRLF line ends. */
export declare function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string;
export declare function eventDate(e: StoredEvent): string;
/** `parley events --db`: one row per stored event (json: the events with all their listed mentions). */
export declare function formatEvents(events: readonly StoredEvent[], format: OutputFormat): string;
/** `parley quotes --db`: who said what, where. */
export declare function formatQuotes(quotes: readonly StoredQuote[], format: OutputFormat): string;
/** `parley actors`: the stored actors, most mentioned first. */
export declare function formatActors(actors: readonly StoredActor[], format: OutputFormat): string;
/** `parley contacts`: the answer first, then the timeline (json: `{a, b, summary, events}`). */
export declare function formatContacts(result: ContactsResult, format: OutputFormat): string;
/** `parley show`: the article, then its actors, quotations and events with offsets and global ids. */
export declare function formatDocument(stored: StoredDocument, format: Exclude<OutputFormat, 'csv'>): string;
export {};
