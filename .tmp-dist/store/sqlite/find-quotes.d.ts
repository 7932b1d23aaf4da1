import type { QuoteFilter, StoredQuote } from '../store.js';
import type { Statements } from './statements.js';
/**
 * A user's words as an FTS5 query: each word quoted (so punctuation and operators are literal), all required;
 * a trailing `*` keeps its prefix meaning. Empty when nothing searchable is left.
 */
export declare function ftsQuery(search: string): string;
export declare function findQuotes(s: Statements, filter: QuoteFilter): StoredQuote[];
