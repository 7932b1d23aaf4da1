import { type PloverType } from '../doc/layers.js';
import { type Extractor } from '../extract.js';
import type { ParleyRecord, RecordEvent } from '../record/record.js';
export declare const EVENTS_USAGE = "usage: parley events <input\u2026> [--actor NAME] [--type T] [--format table|json|plover] [--date YYYY-MM-DD]\n\n  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin\n  --actor NAME     only events whose source or recipient name (or country code) contains every word of NAME\n  --type T         only events of this PLOVER type (AGREE, CONSULT, \u2026, ASSAULT)\n  --format F       table (default): date, type/mode, status, actor \u2192 recipient, trigger, sentence;\n                   json: an array of listings; plover: one PLOVER JSON record per event per line\n  --date D         publication date (YYYY-MM-DD) for the articles";
export declare const EVENT_FORMATS: readonly ["table", "json", "plover"];
export type EventFormat = (typeof EVENT_FORMATS)[number];
export interface EventsCommandOptions {
    readonly inputs: readonly string[];
    readonly actor: string | null;
    readonly type: PloverType | null;
    readonly format: EventFormat;
    readonly date: string | null;
}
export interface EventsCommandDeps {
    readonly out: (chunk: string) => Promise<void> | void;
    readonly err: (line: string) => void;
    readonly extractor: Extractor;
}
export declare function parseEventsArgs(args: readonly string[]): EventsCommandOptions;
/** The default pipeline, with the stages events need added when the default stages do not run them yet. */
export declare function eventsExtractor(): Extractor;
/** One event as listed, with actor names instead of ids. */
export interface EventListing {
    readonly document: string;
    readonly id: string;
    readonly type: PloverType;
    readonly mode: string | null;
    readonly status: RecordEvent['status'];
    readonly actor: readonly string[];
    readonly recipient: readonly string[];
    readonly date: RecordEvent['date'];
    readonly location: string | null;
    readonly trigger: string;
    readonly sentence: string | null;
    readonly quote: string | null;
}
export declare function listEvents(record: ParleyRecord): EventListing[];
/** Every word of the wanted name appears in the name of one of the event's parties. */
export declare function eventInvolves(listing: EventListing, wanted: string): boolean;
/** One line per event: date, type/mode, status, parties, trigger; the sentence excerpt below it. */
export declare function formatEventTable(document: string, listings: readonly EventListing[]): string;
/** `parley events`: lists the PLOVER events found in the given articles. */
export declare function runEventsCommand(args: readonly string[], deps?: Partial<EventsCommandDeps>): Promise<number>;
