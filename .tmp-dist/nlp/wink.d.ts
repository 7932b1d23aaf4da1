import winkNLP from 'wink-nlp';
/** The raw per-token output of one wink-nlp pass, before alignment to character offsets. */
export interface WinkAnalysis {
    readonly values: readonly string[];
    readonly spaces: readonly string[];
    readonly pos: readonly string[];
    readonly lemmas: readonly string[];
    readonly negation: readonly boolean[];
    /** Inclusive [first, last] token indices per sentence, as wink-nlp reports them. */
    readonly sentences: readonly (readonly [number, number])[];
}
type Nlp = ReturnType<typeof winkNLP>;
/** The process-wide wink-nlp instance (loading the model takes ~100 ms, so it is done once). */
export declare function wink(): Nlp;
/** One wink-nlp pass over the text: tokens, spaces, POS, lemmas, negation and sentence boundaries. */
export declare function analyse(text: string): WinkAnalysis;
export {};
