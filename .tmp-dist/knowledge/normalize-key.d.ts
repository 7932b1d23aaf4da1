/**
 * The key under which a phrase is stored and looked up: lower case, without diacritics, typographic
 * apostrophes and dashes made plain, whitespace collapsed and trimmed, a leading "the " dropped.
 * "The Élysée" → "elysee", "Côte d’Ivoire" → "cote d'ivoire".
 */
export declare function normalizeKey(surface: string): string;
/** Number of space-separated words in a normalised key. */
export declare function keyWords(key: string): number;
