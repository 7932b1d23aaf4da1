import { ELEMENT_NODE, TEXT_NODE } from './dom.js';
function wordSet(words) {
    return new Set(words.split(/\s+/));
}
/** Elements that start a new paragraph: their text never runs into the text around them. */
const BLOCK_TAGS = wordSet('p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 hgroup ul ol li dl dt dd blockquote pre address figure table thead tbody tfoot tr td th caption details summary hr');
/** Elements whose text is never article text. */
const SKIPPED_TAGS = wordSet('script style noscript template svg math iframe object embed canvas video audio picture button select option input textarea form figcaption head');
/** Page regions (navigation, headers, footers, sidebars) never read as article text. */
export const PAGE_CHROME_TAGS = wordSet('nav header footer aside menu');
const NO_EXTRA_SKIP = new Set();
const WHITESPACE = /\s+/g;
/** Invisible characters pages use for line-breaking hints (soft hyphen, zero-width space and joiners, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * The paragraphs under `root`, one per block element, with whitespace collapsed; two `<br>` in a row also end a paragraph.
 * Walks with an explicit stack, so a deeply nested page cannot overflow the call stack.
 */
export function blockParagraphs(root, skip = NO_EXTRA_SKIP) {
    const paragraphs = [];
    let pieces = [];
    // One <br> is a line break inside the paragraph; two in a row end it.
    let afterBreak = false;
    const flush = () => {
        afterBreak = false;
        if (pieces.length === 0)
            return;
        const paragraph = pieces.join('').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
        if (paragraph)
            paragraphs.push(paragraph);
        pieces = [];
    };
    // A null entry marks the end of a block element.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node === null) {
            flush();
            continue;
        }
        if (node === undefined)
            break;
        if (node.nodeType === TEXT_NODE) {
            const text = node.textContent ?? '';
            pieces.push(text);
            if (afterBreak && text.trim() !== '')
                afterBreak = false;
            continue;
        }
        if (node.nodeType !== ELEMENT_NODE && node !== root)
            continue;
        const tag = node.nodeName.toLowerCase();
        if (skip.has(tag) || SKIPPED_TAGS.has(tag))
            continue;
        if (tag === 'br') {
            if (afterBreak)
                flush();
            else {
                pieces.push(' ');
                afterBreak = true;
            }
            continue;
        }
        if (BLOCK_TAGS.has(tag)) {
            flush();
            stack.push(null);
        }
        const children = node.childNodes;
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (child)
                stack.push(child);
        }
    }
    flush();
    return paragraphs;
}
//# sourceMappingURL=html-blocks.js.map