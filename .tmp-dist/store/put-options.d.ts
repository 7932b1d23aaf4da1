import type { Doc } from '../doc/doc.js';
import type { PutOptions } from './store.js';
/**
 * The options to store an extracted article with: the hash of its input (text and metadata) and the
 * knowledge-base ids of its actors, which the record itself does not carry but cross-article merging uses.
 */
export declare function putOptionsFor(input: {
    readonly text: string;
    readonly meta: object;
}, doc?: Doc): PutOptions;
