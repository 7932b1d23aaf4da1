import type { ParleyRecord, RecordActor, RecordQuote } from '../record/record.js';
import type { PolnearAttribution, PolnearGold } from './gold.js';
export declare const QUOTE_VIEWS: readonly ["quoted", "all"];
export type QuoteView = (typeof QUOTE_VIEWS)[number];
export declare const DEFAULT_COVERAGES: readonly [0.3, 0.8];
export interface QuoteScoreOptions {
    /** Minimum share of a gold content's characters a predicted quote must cover (default 30 % and 80 %). */
    readonly coverages?: readonly number[];
}
export interface QuoteViewScore {
    readonly view: QuoteView;
    readonly coverage: number;
    readonly gold: number;
    readonly found: number;
    readonly predicted: number;
    readonly correct: number;
    readonly precision: number;
    readonly recall: number;
    readonly f1: number;
    /** Found attributions whose gold has a source (the speaker can be judged). */
    readonly speakerJudged: number;
    readonly speakerRight: number;
    readonly speakerAccuracy: number;
}
/**
 * Gold attributions of one class (view `all`, lowest coverage): how many were found and, of those with a source,
 * how many got the right speaker. Dimensions: `class` (quote marks × pronoun source, the PolNeAR flags), `source`,
 * `speaker position` (gold source before/after/inside the content) and `content` (one span or split).
 */
export interface ClassScore {
    readonly dimension: string;
    readonly value: string;
    readonly gold: number;
    readonly found: number;
    readonly judged: number;
    readonly right: number;
}
export interface KindPrecision {
    readonly kind: string;
    readonly predicted: number;
    readonly correct: number;
}
export interface QuoteExample {
    readonly document: string;
    readonly annotator: string;
    readonly content: string;
    readonly goldSource: string | null;
    readonly predictedMention: string | null;
    readonly predictedActor: string | null;
}
export interface QuoteScore {
    readonly goldLines: number;
    readonly articles: number;
    /** Gold articles with no predicted record at all (scored as empty). */
    readonly missingRecords: readonly string[];
    readonly views: readonly QuoteViewScore[];
    readonly classes: readonly ClassScore[];
    readonly byKind: readonly KindPrecision[];
    readonly speakerErrors: readonly QuoteExample[];
    readonly missedExamples: readonly QuoteExample[];
}
interface Pair {
    readonly gold: number;
    readonly pred: number;
    readonly coverage: number;
}
/**
 * One-to-one matching, best coverage first: a pair is kept when both sides are still free and the predicted
 * spans cover at least `threshold` of the gold content's characters.
 */
export declare function matchOneToOne(pairs: readonly Pair[], threshold: number): Map<number, number>;
/** The predicted speaker is right when its mention overlaps the gold source or its actor's name shares a word. */
export declare function isSpeakerRight(gold: PolnearAttribution, quote: RecordQuote, actors: ReadonlyMap<string, RecordActor>): boolean;
/** The error-analysis classes a gold attribution belongs to, one value per dimension. */
export declare function classesOf(g: PolnearAttribution): [dimension: string, value: string][];
/**
 * Scores predicted quotes against PolNeAR gold. Each gold line (one article as seen by one annotator) is scored
 * against the record with the same document id and the counts are pooled over lines, so an article annotated
 * twice counts twice. View `quoted`: recall over gold attributions with quote marks, precision over predicted
 * direct/mixed quotes (matched against every gold attribution). View `all`: every attribution, every quote.
 */
export declare function scoreQuotes(gold: readonly PolnearGold[], pred: ReadonlyMap<string, ParleyRecord>, options?: QuoteScoreOptions): QuoteScore;
export {};
