import { type QuoteState } from './quote-state.js';
export interface DirectOptions {
    /** Fewest content tokens a quotation without a cue needs to be kept as a direct quote. */
    readonly minCuelessTokens: number;
}
/**
 * Direct quotations: each quoted segment that stands free of a clause takes the cue right after its closing
 * mark or right before its opening mark; segments without a cue carry on the quotation before them (split
 * quotes, continuation sentences and paragraphs, multi-paragraph quotes). Single-quoted segments without a cue
 * (headlines, nicknames) and segments inside a clause (scare quotes, fragments) are left to the later passes.
 */
export declare function collectDirectQuotes(s: QuoteState, options: DirectOptions): void;
