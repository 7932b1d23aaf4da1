import type { EventScore } from './events.js';
import type { QuoteScore } from './quotes.js';
import type { SeedScore } from './seed.js';
export interface FormatOptions {
    readonly verbose?: boolean;
}
export declare function formatQuoteScore(score: QuoteScore, options?: FormatOptions): string;
export declare function formatEventScore(score: EventScore, options?: FormatOptions): string;
export declare function formatSeedScore(score: SeedScore): string;
