import type { TextRead } from './read-text.js';
import type { IngestItem, ResolvedOptions } from './types.js';
/** Bytes read per allowed character: the head of a text or HTML input that is read at most. */
export declare const HEAD_BYTES_PER_CHAR: {
    readonly text: 4;
    readonly html: 16;
};
/** The item for one whole text or HTML input (a file or stdin), once its bytes are read and decoded. */
export declare function pageItem(kind: 'text' | 'html', read: TextRead, input: string, id: string, options: ResolvedOptions): IngestItem;
/** A plain-text file carries no metadata; a name starting with its date ("2022-07-10-bali.txt") gives one. */
export declare function dateInFileName(path: string): string | null;
/** A first line that reads as a headline: short, on its own line, not ending like a sentence. */
export declare function headlineOf(text: string): string | null;
