import type { PloverType } from '../doc/layers.js';
import type { Store, StoredEvent } from '../store/store.js';
import { type ResolvedParty } from './resolve-actors.js';
/**
 * Types that are a contact between the parties when they happened: meetings, calls and visits (CONSULT),
 * agreements, joint work, aid given and concessions made. Statements about the other side (SUPPORT, ACCUSE)
 * are not contact.
 */
export declare const CONTACT_TYPES: ReadonlySet<PloverType>;
/** Most events a contacts timeline lists. */
export declare const MAX_TIMELINE_EVENTS = 5000;
export declare const TIMELINE_MENTIONS = 10;
export interface ContactsOptions {
    readonly since?: string;
    readonly until?: string;
}
/** The analyst's answer: when they last engaged, and what was refused or said not to have happened. */
export interface ContactsSummary {
    /** The most recent asserted contact (CONTACT_TYPES) between the two. */
    readonly lastContact: StoredEvent | null;
    /** Stated refusals between them (asserted REJECT), most recent first. */
    readonly refusals: readonly StoredEvent[];
    /** Stated absence of contact (negated contact: "no meeting or call since January"), most recent first. */
    readonly absences: readonly StoredEvent[];
    readonly counts: {
        readonly events: number;
        readonly mentions: number;
    };
}
export interface ContactsResult {
    readonly a: ResolvedParty;
    readonly b: ResolvedParty;
    readonly summary: ContactsSummary;
    /** Every event between the two, oldest first, each with its mentions (provenance). */
    readonly events: readonly StoredEvent[];
}
export declare function summariseContacts(events: readonly StoredEvent[]): ContactsSummary;
/** The timeline between two actors (people or countries, by name, code or id) with its summary. */
export declare function contacts(store: Store, a: string, b: string, options?: ContactsOptions): Promise<ContactsResult>;
