import type { Actor, Mention, Sentence } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
/**
 * In-document coreference: person names by surname, countries by code (their capitals and seats included),
 * organisations by id, appositives ("Tom Shannon, a former official"), role nominals ("the top US diplomat") to
 * the office-holder named earlier, pronouns to the most recent compatible person in subject position, and new
 * anonymous or group actors for "a Western official" and "some veteran diplomats".
 */
export declare function resolveActors(text: string, tokens: TokenTable, sentences: readonly Sentence[], mentions: readonly Mention[], date: string | null): Actor[];
export declare function actors(): import("../../pipeline/stage.js").AnyStage;
