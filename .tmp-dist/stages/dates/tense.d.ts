import type { Sentence } from '../../doc/layers.js';
import { type TokenTable } from '../../doc/token-table.js';
import type { TokenWindow } from './grammar.js';
/**
 * Whether the clause around a time expression speaks of the future: a cue ("will", "plans", "’ll", "scheduled")
 * before it in the same clause, or after it when the expression opens the clause ("On Saturday, they will meet").
 */
export declare function isFutureClause(w: TokenWindow, tokenStart: number, tokenEnd: number): boolean;
/**
 * The same test for any token range of a sentence (an event trigger, a time expression): true when a future cue
 * ("will", "’ll", "plans to", "scheduled for", "upcoming") stands before it in its clause, or after it when it
 * opens the clause.
 */
export declare function isFutureContext(text: string, tokens: TokenTable, sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>, tokenStart: number, tokenEnd: number): boolean;
