import type { EventFilter, StoredEvent } from '../store.js';
import type { Statements } from './statements.js';
export declare const DEFAULT_LIMIT = 100;
export declare const DEFAULT_MENTION_LIMIT = 20;
export declare function findEvents(s: Statements, filter: EventFilter): StoredEvent[];
export declare function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]>;
