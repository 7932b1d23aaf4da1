/**
 * English function words that are not also common words of the other candidate languages (so no "a", "in",
 * "is", "on", "an", "was", "to", "die"). In English news they make 8–35 % of the words of an opening
 * (PolNeAR: minimum 8 %, median 20 %); in French, German, Spanish, Italian, Portuguese or Dutch prose, ~0 %.
 */
export const ENGLISH_FUNCTION_WORDS = new Set([
    'the',
    'of',
    'and',
    'that',
    'for',
    'with',
    'from',
    'said',
    'has',
    'have',
    'which',
    'who',
    'would',
    'were',
    'been',
    'their',
    'they',
    'this',
    'but',
    'not',
    'his',
    'she',
    'its',
    'by',
    'at',
    'are',
    'be',
    'it',
]);
/** Share of function words above which a sample is English without asking franc. */
export const ENGLISH_FUNCTION_WORD_SHARE = 0.06;
/** Fewer words than this are not enough to judge by function words. */
export const MIN_WORDS_TO_JUDGE = 30;
//# sourceMappingURL=english-words.js.map