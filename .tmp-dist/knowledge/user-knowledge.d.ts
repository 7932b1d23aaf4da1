import type { CountryOverlay } from './countries.js';
import type { OrganizationEntry } from './organizations.js';
import type { RegionEntry } from './places.js';
/**
 * A user's own knowledge file (`--kb my-actors.yaml`): the shapes of the shipped files, any part optional.
 *
 * ```yaml
 * version: 1
 * organizations:
 *   - { id: acme-institute, name: Acme Institute, kind: ngo, sector: EDU, country: USA, aliases: [Acme] }
 * places:
 *   - { name: Camp Bondsteel, kind: landmark, country: XKX, lat: 42.36, lon: 21.25 }
 * countries:
 *   GBR: { seats: { GOV: [King Charles Street] } }
 * ```
 * User entries come before the shipped ones of the same name.
 */
export interface UserKnowledge {
    readonly version: number;
    readonly organizations?: readonly OrganizationEntry[];
    readonly places?: readonly RegionEntry[];
    readonly countries?: Readonly<Record<string, CountryOverlay>>;
}
/** Checks parsed data against the user-file schema; returns readable errors (empty when valid). */
export declare function validateUserKnowledge(data: unknown, source: string): string[];
/** Reads a YAML or JSON user file; returns the data or the reasons it cannot be used. */
export declare function readUserKnowledge(path: string): {
    data: UserKnowledge;
} | {
    errors: string[];
};
