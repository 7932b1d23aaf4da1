import { ELEMENT_NODE } from './dom.js';
/**
 * Words in a `class` or `id` that mark page furniture around an article: share bars, newsletter boxes,
 * related links, bylines and timestamps, comment counters, adverts. Matched as whole words of the attribute
 * split at spaces, dashes and underscores ("post-newsletter", "share-tools", "article-date").
 */
const FURNITURE_WORDS = new Set([
    'newsletter newsletters subscribe subscription signup promo promotion paywall cookie cookies consent',
    'share sharing sharebar social follow related recirc recirculation readmore outbrain taboola',
    'by byline author authors bio timestamp date meta published updated',
    'comments comment cmt disqus',
    'ad ads advert advertisement sponsor sponsored dfp',
    'caption credit credits tags breadcrumb breadcrumbs toolbar',
]
    .join(' ')
    .split(' '));
/** Furniture is short; a container with this much text is the article itself, whatever its class says. */
const MAX_FURNITURE_CHARS = 400;
const ATTRIBUTE_WORD = /[^a-z0-9]+/;
/** True for a short element whose class or id names it as page furniture. */
export function isFurnitureBlock(element) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (names.trim() === '')
        return false;
    if (!names.split(ATTRIBUTE_WORD).some((word) => FURNITURE_WORDS.has(word)))
        return false;
    return (element.textContent ?? '').length <= MAX_FURNITURE_CHARS;
}
/** Removes the page furniture from a parsed page, before Readability or the body fallback read it. */
export function removeFurniture(document) {
    const furniture = [];
    const stack = [document.documentElement];
    while (stack.length > 0) {
        const children = stack.pop().childNodes;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child?.nodeType !== ELEMENT_NODE)
                continue;
            if (isFurnitureBlock(child))
                furniture.push(child);
            else
                stack.push(child);
        }
    }
    for (const element of furniture)
        element.remove();
}
//# sourceMappingURL=page-furniture.js.map