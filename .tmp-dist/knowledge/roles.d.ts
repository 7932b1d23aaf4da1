import type { Sector } from './types.js';
export interface RoleInfo {
    /** Canonical title: "Foreign Minister", "Deputy Foreign Minister". */
    readonly role: string;
    readonly sector: Sector;
    /** Coarse office class shared by equivalent titles: "foreign-minister" for Secretary of State too. */
    readonly office: string;
    /** Set when a modifier said the holder no longer holds the office ("former", "ex-"). */
    readonly former?: true;
    /** Set when the title comes from an open family ("culture minister") rather than a listed form. */
    readonly generic?: true;
}
/** Shape of src/lang/en/roles.yaml (schema: schema/roles.schema.json). */
export interface RolesFile {
    readonly version: number;
    readonly modifiers: Readonly<Record<string, {
        readonly former?: boolean;
        readonly prefix?: string;
    }>>;
    readonly generic: readonly {
        readonly suffix?: string;
        readonly prefix?: string;
        readonly sector: Sector;
        readonly office: string;
    }[];
    readonly roles: readonly {
        readonly role: string;
        readonly sector: Sector;
        readonly office: string;
        readonly forms: readonly string[];
    }[];
}
/** Longest role phrase, in words, worth passing to lookupRole (modifiers included). */
export declare const ROLE_MAX_WORDS = 8;
export interface RoleTable {
    lookup(key: string): RoleInfo | undefined;
    readonly forms: ReadonlyMap<string, RoleInfo>;
}
/**
 * `isCountryWord` tells whether a word names a country or nationality: a generic title never absorbs
 * one ("Russian Foreign Minister" is a demonym followed by a role, not a role of its own).
 */
export declare function loadRoles(isCountryWord?: (key: string) => boolean): RoleTable;
