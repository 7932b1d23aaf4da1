import type { TokenTable } from '../../doc/token-table.js';
import type { KbHit } from '../../knowledge/index.js';
export interface PhraseContext {
    readonly text: string;
    readonly tokens: TokenTable;
    readonly sentenceStart: number;
    readonly tokenStart: number;
    readonly tokenEnd: number;
}
/** Whether a place name is used as a location here: "in Moscow", "flew to Kyiv", "take Kyiv", "a Washington restaurant". */
export declare function isLocativeUse(ctx: PhraseContext): boolean;
/** A dateline: the place opens its sentence and is followed by a comma, a dash or a parenthesis. */
export declare function isDateline(ctx: PhraseContext): boolean;
/**
 * Drops place hits that should not be believed here: month and weekday names, and small towns named
 * without a locative context ("Obama" the Japanese town, "Austin" the surname).
 */
export declare function trustedHits(hits: readonly KbHit[], key: string, ctx: PhraseContext): readonly KbHit[];
