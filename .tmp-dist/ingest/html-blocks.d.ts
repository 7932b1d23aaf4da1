import { type DomNode } from './dom.js';
/** Page regions (navigation, headers, footers, sidebars) never read as article text. */
export declare const PAGE_CHROME_TAGS: ReadonlySet<string>;
/**
 * The paragraphs under `root`, one per block element, with whitespace collapsed; two `<br>` in a row also end a paragraph.
 * Walks with an explicit stack, so a deeply nested page cannot overflow the call stack.
 */
export declare function blockParagraphs(root: DomNode, skip?: ReadonlySet<string>): string[];
