import type { Sentence } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
/** The tokens and sentences a cue finder needs, with small accessors. */
export interface TokenContext {
    readonly text: string;
    readonly tokens: TokenTable;
    readonly sentences: readonly Sentence[];
}
export declare const lowerAt: (ctx: TokenContext, i: number) => string;
export declare const isComma: (ctx: TokenContext, i: number) => boolean;
export declare const isCloser: (ctx: TokenContext, i: number) => boolean;
/**
 * The sentence holding token i, joined to its neighbours in the same paragraph where the tagger split it
 * without final punctuation ("Rep. Jo Ames (D-Md.) | said").
 */
export declare function sentenceBounds(ctx: TokenContext, i: number): {
    first: number;
    end: number;
};
