import { type CountryTable } from './countries.js';
import type { KbHit } from './types.js';
import type { UserKnowledge } from './user-knowledge.js';
/** Longest phrase, in space-separated words of its normalised key, that the knowledge base indexes. */
export declare const MAX_PHRASE_WORDS = 8;
export interface PhraseIndex {
    lookup(key: string): readonly KbHit[];
    readonly countries: CountryTable;
    readonly stats: {
        readonly keys: number;
        readonly cities: number;
        readonly loadMs: number;
    };
}
export declare function buildPhraseIndex(user?: readonly UserKnowledge[]): PhraseIndex;
