import type { CountryInfo, KbHit, SeatSector } from './types.js';
/** One entry of countries-overlay.yaml (schema: schema/countries-overlay.schema.json). */
export interface CountryOverlay {
    readonly code?: string;
    readonly name?: string;
    readonly aliases?: readonly string[];
    readonly acronyms?: readonly string[];
    readonly drop?: readonly string[];
    readonly demonyms?: readonly string[];
    readonly plurals?: readonly string[];
    readonly homonym?: 'person' | 'common-word' | 'place';
    readonly capitalSeat?: boolean;
    readonly seats?: Partial<Record<SeatSector, readonly string[]>>;
}
export interface CountriesOverlayFile {
    readonly version: number;
    readonly countries: Readonly<Record<string, CountryOverlay>>;
}
/** A phrase to index, with the hit it yields. */
export interface IndexedForm {
    readonly key: string;
    readonly hit: KbHit;
}
export interface CountryTable {
    readonly byCode: ReadonlyMap<string, CountryInfo>;
    /** Forms in priority order: sovereign countries first, larger first, names before demonyms. */
    readonly forms: readonly IndexedForm[];
}
/**
 * The plural people-noun of a demonym, or null when English has no regular one: "Russian" → "Russians",
 * "Chinese" → "Chinese", "Frenchman" → "Frenchmen"; "French", "Swiss", "Kyrgyz" → null (the overlay lists
 * "the French", "Swiss" where they are used as plurals).
 */
export declare function pluralDemonym(demonym: string): string | null;
/** Merges overlays: lists are concatenated, single values from later overlays win. */
export declare function mergeOverlays(base: CountriesOverlayFile, extra: readonly Readonly<Record<string, CountryOverlay>>[]): CountriesOverlayFile;
export declare function loadCountries(extra?: readonly Readonly<Record<string, CountryOverlay>>[]): CountryTable;
