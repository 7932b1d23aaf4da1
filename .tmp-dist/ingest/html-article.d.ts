import type { HtmlArticle } from './types.js';
/** Pages whose main text is shorter than this hold no article. */
export declare const MIN_ARTICLE_CHARS = 80;
/**
 * The main text of an HTML page, rebuilt paragraph by paragraph (joined with a blank line) with page furniture
 * dropped, and its metadata; null when the page holds no article text.
 */
export declare function htmlToArticle(html: string, url?: string | null): HtmlArticle | null;
