import { sniffInputKind } from './input-kinds.js';
import { readJsonl } from './jsonl.js';
import { HEAD_BYTES_PER_CHAR, pageItem } from './page-item.js';
import { decodeText } from './read-text.js';
export const STDIN_INPUT = '-';
export const STDIN_ID = 'stdin';
const SNIFF_BYTES = 8192;
/** Reads `-`: sniffs JSONL, HTML or plain text from the first bytes, then streams (JSONL) or reads up to the cap. */
export async function* readStdin(options) {
    const iterator = options.stdin[Symbol.asyncIterator]();
    const head = [];
    let headBytes = 0;
    let ended = false;
    const pull = async () => {
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            return false;
        }
        const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        head.push(bytes);
        headBytes += bytes.length;
        return true;
    };
    while (headBytes < SNIFF_BYTES && (await pull())) { }
    const sniffed = new TextDecoder().decode(Buffer.concat(head).subarray(0, SNIFF_BYTES));
    const kind = sniffInputKind(sniffed);
    if (kind === 'jsonl') {
        yield* readJsonl(resume(head, iterator, ended), STDIN_ID, options);
        return;
    }
    const cap = options.maxChars * HEAD_BYTES_PER_CHAR[kind];
    while (!ended && headBytes < cap && (await pull())) { }
    let totalBytes = headBytes;
    for (let next = ended ? null : await iterator.next(); next && !next.done; next = await iterator.next()) {
        totalBytes += Buffer.byteLength(next.value); // drained, not kept
    }
    const bytes = Buffer.concat(head);
    const kept = bytes.subarray(0, Math.min(bytes.length, cap));
    yield pageItem(kind, decodeText(kept, kept.length < totalBytes, totalBytes), STDIN_INPUT, STDIN_ID, options);
}
/** The bytes already read, then the rest of the stream. */
async function* resume(head, iterator, ended) {
    yield* head;
    if (ended)
        return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value;
}
//# sourceMappingURL=stdin.js.map