/** Names for messages ("the text looks French"). */
export declare const LANGUAGE_NAMES: Readonly<Record<string, string>>;
/** Below this many characters franc cannot tell, and the language is reported as unknown (null). */
export declare const MIN_LANGUAGE_CHARS = 200;
/** ISO 639-3 code of the text's language (from its first ~3000 characters), or null when too short to tell. */
export declare function detectLanguage(text: string): string | null;
/** True when English function words are frequent enough that the sample can only be English. */
export declare function hasEnglishFunctionWords(sample: string): boolean;
