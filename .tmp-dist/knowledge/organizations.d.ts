import type { IndexedForm } from './countries.js';
import type { OrganizationKind, Sector } from './types.js';
/** One entry of organizations.yaml (schema: schema/organizations.schema.json). */
export interface OrganizationEntry {
    readonly id: string;
    readonly name: string;
    readonly kind: OrganizationKind;
    readonly sector: Sector | null;
    readonly country?: string | null;
    readonly aliases?: readonly string[];
    readonly acronyms?: readonly string[];
    readonly homonym?: 'person' | 'common-word' | 'place';
}
export interface OrganizationsFile {
    readonly version: number;
    readonly organizations: readonly OrganizationEntry[];
}
/** Index forms of the shipped organisations; `extra` entries (a user's file) come first. */
export declare function loadOrganizations(extra?: readonly OrganizationEntry[]): IndexedForm[];
