/** PLOVER/CAMEO-like sector codes used for actors. */
export declare const SECTORS: readonly ["GOV", "MIL", "LEG", "JUD", "ELI", "IGO", "NGO", "MED", "PTY", "BUS", "REB", "OPP", "SPY", "COP", "REL", "EDU", "HLH", "CVL"];
export type Sector = (typeof SECTORS)[number];
/** Sectors a seat of government can stand for ("the Pentagon" → MIL, "Capitol Hill" → LEG). */
export type SeatSector = 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'ELI' | 'SPY';
export declare const ORGANIZATION_KINDS: readonly ["igo", "government", "party", "media", "ngo", "company", "armed-group"];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export declare const PLACE_KINDS: readonly ["city", "region", "landmark"];
export type PlaceKind = (typeof PLACE_KINDS)[number];
/**
 * Fields every hit may carry.
 * - `caseSensitive`: the form is only valid written exactly as this string ("US" but not "us", "WHO" but
 *   not "who"); `lookupPhrase(key, surface)` already drops such hits when the surface differs.
 * - `homonym`: the form is also something else that is common in news text ("Jordan" a first name,
 *   "Turkey" a bird, "Georgia" a US state): the caller should want some context before trusting it.
 */
interface HitBase {
    readonly caseSensitive?: string;
    readonly homonym?: 'person' | 'common-word' | 'place';
}
export interface CountryHit extends HitBase {
    readonly type: 'country';
    /** ISO 3166 alpha-3 (XKX for Kosovo). */
    readonly code: string;
    /** Canonical common name used in records: "United States", "Turkey". */
    readonly name: string;
    readonly form: 'name' | 'demonym' | 'demonym-plural';
}
export interface SeatHit extends HitBase {
    readonly type: 'seat';
    readonly code: string;
    /** Canonical country name. */
    readonly name: string;
    readonly sector: SeatSector;
    /** The seat's own name: "White House", "Moscow". */
    readonly label: string;
}
export interface OrganizationHit extends HitBase {
    readonly type: 'organization';
    readonly id: string;
    readonly name: string;
    readonly kind: OrganizationKind;
    readonly country: string | null;
    readonly sector: Sector | null;
}
export interface PlaceHit extends HitBase {
    readonly type: 'place';
    readonly name: string;
    readonly country: string | null;
    readonly lat: number;
    readonly lon: number;
    readonly kind: PlaceKind;
    readonly population: number;
}
export type KbHit = CountryHit | SeatHit | OrganizationHit | PlaceHit;
export interface CountryInfo {
    readonly code: string;
    readonly name: string;
    readonly demonym: string | null;
    readonly lat: number;
    readonly lon: number;
}
export {};
