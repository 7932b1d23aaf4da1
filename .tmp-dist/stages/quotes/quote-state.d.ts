import type { QuoteKind } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import type { Cue } from './cues.js';
import type { MentionIndex } from './mention-index.js';
import type { QuotedSegment } from './quote-marks.js';
import type { TokenContext } from './token-context.js';
/** How a quoted segment was used: as (part of) a direct quotation, or as a fragment of reported speech. */
export declare const DIRECT = 1;
export declare const FRAGMENT = 2;
export declare const SENTENCE_END: ReadonlySet<string>;
/** A quotation being assembled: token-level facts kept until ids are given out. */
export interface Draft {
    kind: QuoteKind;
    readonly spans: Span[];
    cue: Cue | null;
    /** Index into the mention list, or -1. */
    speaker: number;
    /** Sentence index of the first and the last material (span or cue) of the quotation, for continuations. */
    readonly firstSentence: number;
    lastSentence: number;
    readonly paragraph: number;
}
/** What the passes over one document share: its tokens, marks, cues, and what each pass has used. */
export interface QuoteState extends TokenContext {
    readonly index: MentionIndex;
    readonly segments: readonly QuotedSegment[];
    /** Cues found in the text; passes may add synthetic ones (a colon before a quotation). */
    readonly cues: Cue[];
    /** Segment index holding each token (marks included), or -1. */
    readonly quotedBy: Int32Array;
    /** Cue index covering each token, or -1. */
    readonly cueAt: Int32Array;
    readonly usedCue: Set<number>;
    /** 0, DIRECT or FRAGMENT per segment. */
    readonly usedSegment: Uint8Array;
    readonly drafts: Draft[];
}
export declare const sentenceOf: (s: QuoteState, i: number) => number;
export declare const paragraphOf: (s: QuoteState, i: number) => number;
/** A quote mark other than an opening double mark (those may also open a new quotation). */
export declare const isMark: (w: string) => boolean;
/** The token before i, line breaks and other blanks skipped; -1 at the start. */
export declare function tokenBefore(s: QuoteState, i: number): number;
export declare function tokenSpan(s: QuoteState, tokenStart: number, tokenEnd: number): Span;
/** Adds a cue found while pairing quotations with their lead-in, and returns its index. */
export declare function addCue(s: QuoteState, cue: Cue): number;
