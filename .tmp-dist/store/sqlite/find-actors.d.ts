import type { ActorFilter, PlaceFilter, StoredActor, StoredPlace } from '../store.js';
import type { Statements } from './statements.js';
/** Actors matching every given condition, the most mentioned first; anonymous ones only when asked by id. */
export declare function findActors(s: Statements, filter: ActorFilter): StoredActor[];
export declare function findPlaces(s: Statements, filter: PlaceFilter): StoredPlace[];
