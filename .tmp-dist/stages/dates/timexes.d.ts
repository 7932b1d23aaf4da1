import type { Sentence, Timex } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
export type TimexKind = Timex['kind'];
/** Input of the extraction: the text with its tokens and sentences. */
export interface TimexSource {
    readonly text: string;
    readonly tokens: TokenTable;
    readonly sentences: readonly Sentence[];
}
/** Every time expression of the text, resolved against the anchor (YYYY-MM-DD or null). */
export declare function extractTimexes(source: TimexSource, anchorDate: string | null): Timex[];
/**
 * The time-expressions stage: dates, weekdays, years, relative and open-ended ranges ("since January"),
 * resolved against the publication date `doc.meta.date` (relative ones stay unresolved without it).
 */
export declare function timexes(): import("../../pipeline/stage.js").AnyStage;
/** A resolved expression as tests read it: the matched text, its kind and its range. */
export interface ResolvedTimex {
    readonly text: string;
    readonly kind: TimexKind;
    readonly range: Timex['range'];
}
/** Every time expression of a piece of text, segmented on the spot, resolved against the anchor. */
export declare function resolveTimexes(text: string, anchor: string | null): ResolvedTimex[];
/** The first time expression of a piece of text, or null when there is none. */
export declare function resolveTimex(text: string, anchor: string | null): ResolvedTimex | null;
