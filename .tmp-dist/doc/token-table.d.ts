import type { Span } from './span.js';
/** Universal POS tags as produced by wink-nlp, interned as small integers. */
export declare const POS_TAGS: readonly ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"];
export type PosTag = (typeof POS_TAGS)[number];
export declare function posCode(tag: string): number;
/**
 * Dense token columns (one entry per token), in document order.
 * Offsets are half-open UTF-16 indices into the document text.
 */
export interface TokenTable {
    readonly length: number;
    readonly start: Int32Array;
    readonly end: Int32Array;
    /** Index of the sentence holding the token. */
    readonly sentence: Int32Array;
    /** Index into POS_TAGS. */
    readonly pos: Uint8Array;
    /** Lower-cased lemma (wink-nlp), interned strings. */
    readonly lemma: readonly string[];
    /** Lower-cased surface form. */
    readonly lower: readonly string[];
    /** 1 when wink-nlp marks the token as being in a negation scope. */
    readonly negated: Uint8Array;
}
/** A cheap read-only view of one token. */
export interface TokenView extends Span {
    readonly index: number;
    readonly text: string;
    readonly lower: string;
    readonly lemma: string;
    readonly pos: PosTag;
    readonly sentence: number;
}
export declare function tokenView(table: TokenTable, text: string, index: number): TokenView;
export declare function posAt(table: TokenTable, index: number): PosTag;
/** Index of the first token whose end is > offset (the token at or after offset). */
export declare function tokenAtOrAfter(table: TokenTable, offset: number): number;
export type Alignment = 'strict' | 'contract' | 'expand';
/**
 * Maps a character span onto a token range [tokenStart, tokenEnd).
 * strict: the span must begin and end on token boundaries; contract: tokens fully inside;
 * expand: tokens touching the span. Returns null when no token range fits.
 */
export declare function alignSpan(table: TokenTable, s: Span, mode: Alignment): {
    tokenStart: number;
    tokenEnd: number;
} | null;
