import type { Span } from '../../doc/span.js';
/** Paragraphs are runs of text separated by line breaks; blank lines are not paragraphs. */
export declare function findParagraphs(text: string): Span[];
/**
 * Tokens, sentences and paragraphs from one wink-nlp pass. Sentences never cross a paragraph break and
 * their spans exclude surrounding whitespace.
 */
export declare function segment(): import("../../pipeline/stage.js").AnyStage;
