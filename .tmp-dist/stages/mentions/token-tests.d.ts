import { type TokenTable } from '../../doc/token-table.js';
export declare const POS: {
    readonly NOUN: number;
    readonly PROPN: number;
    readonly ADJ: number;
    readonly ADV: number;
    readonly VERB: number;
    readonly AUX: number;
    readonly NUM: number;
    readonly PRON: number;
    readonly DET: number;
    readonly PUNCT: number;
    readonly ADP: number;
    readonly PART: number;
};
/** The token's text starts with an upper-case letter. */
export declare function isCapitalised(text: string, tokens: TokenTable, i: number): boolean;
/** A capitalised token that can be part of a name: not a sentence-initial function word. */
export declare function isNameToken(text: string, tokens: TokenTable, i: number, sentenceStart: number): boolean;
export declare function tokenText(text: string, tokens: TokenTable, i: number): string;
/** The text from the start of token `from` to the end of token `to - 1`. */
export declare function rangeText(text: string, tokens: TokenTable, from: number, to: number): string;
