import type { IngestItem, ResolvedOptions } from './types.js';
/**
 * One item per non-blank line of a JSONL stream `{id, text | html, title?, date?, url?, source?}`, in order and
 * streaming; a malformed line becomes an error item and the rest proceeds.
 */
export declare function readJsonl(source: AsyncIterable<Uint8Array | string>, name: string, options: ResolvedOptions): AsyncGenerator<IngestItem>;
