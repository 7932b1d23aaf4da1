import type { Sentence } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
import { type KbHit, type RoleInfo } from '../../knowledge/index.js';
/** A piece of a sentence recognised on the way to mentions: a known phrase, a role title or an unknown name. */
export type Part = {
    readonly kind: 'kb';
    readonly tokenStart: number;
    readonly tokenEnd: number;
    readonly hits: readonly KbHit[];
} | {
    readonly kind: 'role';
    readonly tokenStart: number;
    readonly tokenEnd: number;
    readonly role: RoleInfo;
} | {
    readonly kind: 'honorific';
    readonly tokenStart: number;
    readonly tokenEnd: number;
} | {
    readonly kind: 'name';
    readonly tokenStart: number;
    readonly tokenEnd: number;
};
/**
 * Scans one sentence left to right into parts. At each token the longest of a knowledge-base phrase and a
 * role title wins; capitalised tokens that are neither extend an unknown name, joined by connectors
 * ("Bank of England") and initials ("Mark A. Milley").
 */
export declare function scanParts(text: string, tokens: TokenTable, sentence: Sentence): Part[];
