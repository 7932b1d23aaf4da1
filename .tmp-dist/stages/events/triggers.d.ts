import type { Sentence } from '../../doc/layers.js';
import { type TokenTable } from '../../doc/token-table.js';
import type { TriggerEntry, TriggerIndex } from './lexicon.js';
/** A lexicon entry found in the text. */
export interface TriggerHit {
    readonly entry: TriggerEntry;
    /** Token indices of the matched lemmas, in order. */
    readonly tokens: readonly number[];
    /** The token that carries the part of speech: the first word of a verb phrase, the last of a noun phrase. */
    readonly head: number;
    readonly first: number;
    /** One past the last matched token. */
    readonly end: number;
}
/**
 * Finds the triggers of one sentence, left to right, by lemma lookup: at each token the longest entry that
 * matches wins and its tokens are not read again.
 */
export declare function findTriggers(table: TokenTable, sentence: Sentence, index: TriggerIndex): TriggerHit[];
