import { type QuoteState } from './quote-state.js';
export interface ReportedOptions {
    /** Report belief verbs ("they believe that …") as indirect quotes. */
    readonly includeBeliefs: boolean;
}
/**
 * Quoted fragments inside a clause that no direct quotation took ("Obama called the holiday “a celebration”"):
 * a mixed quotation of the verb that attributes them. Fragments with no attributing verb are left out (scare
 * quotes, titles, nicknames).
 */
export declare function collectFragments(s: QuoteState): void;
/**
 * Reported speech from the cues no quotation used: "X said (that) …", "according to X, …", "X called for …";
 * mixed when the content holds a quoted fragment. Content that would swallow a direct quotation is dropped.
 */
export declare function collectReportedSpeech(s: QuoteState, options: ReportedOptions): void;
