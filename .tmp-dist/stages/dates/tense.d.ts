import type { TokenWindow } from './grammar.js';
/**
 * Whether the clause around a time expression speaks of the future: a cue ("will", "plans", "’ll", "scheduled")
 * before it in the same clause, or after it when the expression opens the clause ("On Saturday, they will meet").
 */
export declare function isFutureClause(w: TokenWindow, tokenStart: number, tokenEnd: number): boolean;
