import type { Actor, Mention, Quote, Sentence } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
import { type DirectOptions } from './direct-quotes.js';
import { type UnbalancedMark } from './quote-marks.js';
import { type ReportedOptions } from './reported-speech.js';
export interface AttributionOptions extends DirectOptions, ReportedOptions {
}
export interface AttributionInput {
    readonly text: string;
    readonly tokens: TokenTable;
    readonly sentences: readonly Sentence[];
    readonly mentions: readonly Mention[];
    readonly actors: readonly Actor[];
}
export interface AttributionResult {
    readonly quotes: readonly Quote[];
    readonly unbalanced: readonly UnbalancedMark[];
}
/**
 * Finds the quotations of a document and their speakers, in passes over shared state: quote marks are paired
 * and speech cues found (each with the mention nearest it that names the speaker); direct quotations take the
 * cue beside them and carry on across split and continued quotations; quoted fragments inside a clause become
 * mixed quotations of the verb that attributes them; the remaining cues give reported speech. Quotations with
 * neither cue nor speaker right after another quotation inherit its speaker.
 */
export declare function attributeQuotes(input: AttributionInput, options: AttributionOptions): AttributionResult;
