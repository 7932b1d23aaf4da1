import type { Sentence } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
import { type DraftMention } from './build-mentions.js';
/**
 * Noun phrases naming people or bodies: "the official", "a Western official", "some veteran diplomats",
 * "his Russian counterpart", "Russia's ambassador", "US officials", "Russian forces". `used[t]` marks tokens
 * already inside a name mention or a title; `countryAt[t]` gives the country of a demonym or country token.
 */
export declare function findNominals(tokens: TokenTable, sentence: Sentence, used: Uint8Array, countryAt: readonly (string | null)[]): DraftMention[];
/** Personal pronouns that can stand for a speaker or a participant. */
export declare function findPronouns(tokens: TokenTable, sentence: Sentence, used: Uint8Array): DraftMention[];
