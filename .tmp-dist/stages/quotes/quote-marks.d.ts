import type { Sentence } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import type { TokenTable } from '../../doc/token-table.js';
/** Text between a pair of quote marks (or from an opening mark to where an unclosed quotation must stop). */
export interface QuotedSegment {
    /** Token index of the opening mark (its last token when typed as two apostrophes). */
    readonly open: number;
    /** First token of the opening mark. */
    readonly openFirst: number;
    /** Token index of the closing mark, or -1 when the quotation was never closed. */
    readonly close: number;
    /** Token after the closing mark (a mark typed as two apostrophes takes two tokens), or -1. */
    readonly afterClose: number;
    /** Content tokens, marks excluded. */
    readonly tokenStart: number;
    readonly tokenEnd: number;
    /** Content characters, marks and surrounding blanks excluded. */
    readonly content: Span;
    readonly paragraph: number;
    /** Single marks at the top level (‘…’), not nested in a double-quoted passage. */
    readonly isSingle: boolean;
    /** The quotation carries on into the next paragraph, which opens with a new mark and no close here. */
    readonly continues: boolean;
    /** The marks did not balance and the end was recovered (paragraph end or next opening mark). */
    readonly isRecovered: boolean;
}
export interface UnbalancedMark {
    /** Token index of the mark left without a partner. */
    readonly token: number;
    readonly reason: 'unclosed' | 'unopened';
}
export interface QuoteMarkScan {
    readonly segments: readonly QuotedSegment[];
    readonly unbalanced: readonly UnbalancedMark[];
}
/**
 * Pairs quote marks in one pass over the tokens. A quotation never runs past its paragraph unless the next
 * paragraph opens with a quote mark (a multi-paragraph quotation); an opening mark met while a quotation is
 * open closes the earlier one where the new one starts. Single marks inside a double-quoted passage are
 * nested quotes and stay part of its content; single marks at the top level pair only when they look like
 * quote marks (apostrophes are left alone).
 */
export declare function scanQuoteMarks(text: string, tokens: TokenTable, sentences: readonly Sentence[]): QuoteMarkScan;
