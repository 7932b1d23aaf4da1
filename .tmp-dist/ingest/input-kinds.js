import { extname } from 'node:path';
/** File extensions Parley reads, and how. */
export const INPUT_KINDS_BY_EXTENSION = {
    '.txt': 'text',
    '.html': 'html',
    '.htm': 'html',
    '.jsonl': 'jsonl',
};
export function inputKindOf(path) {
    return INPUT_KINDS_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
const HTML_MARKERS = /<(?:!doctype\s+html|html|head|body|p|div|article)[\s>]/i;
/** What stdin holds, from its first bytes: JSONL if it opens with `{`, HTML if it opens with `<` or has HTML tags. */
export function sniffInputKind(head) {
    const start = head.trimStart();
    if (start.startsWith('{'))
        return 'jsonl';
    if (start.startsWith('<') || HTML_MARKERS.test(head))
        return 'html';
    return 'text';
}
//# sourceMappingURL=input-kinds.js.map