import { type RoleInfo } from './roles.js';
import type { CountryInfo, KbHit } from './types.js';
export { normalizeKey } from './normalize-key.js';
export { addOfficeHolders, holderOf, lookupOfficeHolder, type OfficeHolderEntry, type OfficeHolding, officeHoldersAsOf, officeOfRole, } from './office-holders.js';
export { MAX_PHRASE_WORDS } from './phrase-index.js';
export { ROLE_MAX_WORDS, type RoleInfo } from './roles.js';
export type { CountryHit, CountryInfo, KbHit, OrganizationHit, OrganizationKind, PlaceHit, PlaceKind, SeatHit, SeatSector, Sector, } from './types.js';
export type { UserKnowledge } from './user-knowledge.js';
/**
 * Everything the knowledge base knows under a normalised key, most likely first; empty when nothing.
 * Given the `surface` text, forms valid only in capitals ("US", "WHO", "IS") are dropped unless the
 * surface is written exactly so; without it they are returned with their `caseSensitive` field set.
 */
export declare function lookupPhrase(key: string, surface?: string): readonly KbHit[];
/** A country by ISO alpha-3 code ("RUS"; Kosovo is "XKX"), with its canonical name and demonym. */
export declare function countryByCode(code: string): CountryInfo | undefined;
/**
 * The role named by a lower-case phrase ("foreign minister", "former defense secretary", "gen."),
 * normalised with `normalizeKey`. Modifiers are handled here: "former"/"ex-" set `former`, "deputy"
 * prefixes the title, "acting"/"then-" are dropped.
 */
export declare function lookupRole(key: string): RoleInfo | undefined;
/**
 * Adds a user's knowledge (organisations, places, country aliases and seats; see UserKnowledge) to the
 * shipped data, for this process. Returns the validation errors, or an empty list once added.
 */
export declare function addKnowledge(data: unknown, source?: string): readonly string[];
/** `addKnowledge` from a YAML or JSON file (the CLI's `--kb PATH`); returns errors naming the file. */
export declare function addKnowledgeFile(path: string): readonly string[];
/** Loads everything now and reports sizes and the load time (for benchmarks and diagnostics). */
export declare function knowledgeStats(): {
    keys: number;
    cities: number;
    roles: number;
    loadMs: number;
};
