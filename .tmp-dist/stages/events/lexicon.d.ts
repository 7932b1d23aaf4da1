import { type PloverType } from '../../doc/layers.js';
export type TriggerPos = 'V' | 'N' | 'A';
/** One lexicon entry: a word or phrase, what event it triggers and where its recipient is found. */
export interface TriggerEntry {
    /** Lemmas in order; `~` allows a short gap before the next lemma. */
    readonly phrase: readonly string[];
    readonly pos: TriggerPos;
    /** Null for a phrase that is no event and only keeps its words from triggering one. */
    readonly type: PloverType | null;
    readonly mode: string | null;
    readonly cameo: string | null;
    /** Recipient slots in order of preference: `obj` or a preposition. */
    readonly slots: readonly string[];
    /** Governs another event ("agreed to withdraw") and absorbs it. */
    readonly isControl: boolean;
    /** Kept only with a recipient or an absorbed event. */
    readonly needsRecipient: boolean;
}
/** Parses lexicon lines (`phrase | pos | type | mode | cameo | frame`); throws on a malformed line. */
export declare function parseLexicon(source: string): TriggerEntry[];
/** Number of lemmas a phrase must match (gaps not counted). */
export declare function phraseLength(entry: TriggerEntry): number;
export type TriggerIndex = ReadonlyMap<string, readonly TriggerEntry[]>;
/** Entries by their first lemma, longest phrase first. */
export declare function indexLexicon(entries: readonly TriggerEntry[]): TriggerIndex;
/** The built-in lexicon, parsed once per process. */
export declare function defaultTriggerIndex(): TriggerIndex;
