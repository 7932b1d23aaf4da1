import { parseHTML } from 'linkedom';
export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;
export function parseDocument(html) {
    return parseHTML(html).document;
}
/** How deep elements nest under `root` (iteratively: a broken page may nest thousands of unclosed tags). */
export function nestingDepth(root, stopAt) {
    let deepest = 0;
    const stack = [[root, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > deepest) {
            deepest = depth;
            if (deepest >= stopAt)
                return deepest;
        }
        const children = node.childNodes;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child?.nodeType === ELEMENT_NODE)
                stack.push([child, depth + 1]);
        }
    }
    return deepest;
}
//# sourceMappingURL=dom.js.map