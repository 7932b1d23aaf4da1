import type { ActorKind, PloverType } from '../doc/layers.js';
import type { StoredEvent } from '../store/store.js';
export type Tone = 'cooperation' | 'conflict' | 'neutral';
/** What a PLOVER type says about a relationship: the colour of a network edge. */
export declare const TONE_OF_TYPE: {
    readonly AGREE: "cooperation";
    readonly CONSULT: "cooperation";
    readonly SUPPORT: "cooperation";
    readonly COOPERATE: "cooperation";
    readonly AID: "cooperation";
    readonly CONCEDE: "cooperation";
    readonly RETREAT: "cooperation";
    readonly REQUEST: "neutral";
    readonly ACCUSE: "conflict";
    readonly REJECT: "conflict";
    readonly THREATEN: "conflict";
    readonly PROTEST: "conflict";
    readonly SANCTION: "conflict";
    readonly MOBILIZE: "conflict";
    readonly COERCE: "conflict";
    readonly ASSAULT: "conflict";
};
export interface NetworkNode {
    readonly id: number;
    readonly name: string;
    readonly kind: ActorKind;
    readonly country: string | null;
    /** Events the actor takes part in (within the network's period). */
    events: number;
}
/** One pair of actors (a < b by id), with its events counted by tone and by type. */
export interface NetworkEdge {
    readonly a: number;
    readonly b: number;
    total: number;
    cooperation: number;
    conflict: number;
    neutral: number;
    /** Events stated not to have happened (no meeting, talks that did not take place). */
    negated: number;
    readonly negatedByTone: Record<Tone, number>;
    readonly types: Partial<Record<PloverType, number>>;
}
export interface Network {
    readonly nodes: readonly NetworkNode[];
    readonly edges: readonly NetworkEdge[];
}
export declare const DEFAULT_NETWORK_NODES = 60;
/**
 * Who engages whom: every actor–recipient pair of the events (undirected; an event with several actors or
 * recipients counts once per pair), keeping the `maxNodes` most engaged actors and the edges between them
 * (an actor left without any edge among them is dropped too).
 */
export declare function buildNetwork(events: Iterable<StoredEvent>, maxNodes?: number): Network;
