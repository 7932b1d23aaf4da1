import { open, stat } from 'node:fs/promises';
import { completeUtf8Length, decodeUtf8, firstInvalidUtf8, sniffBytes } from './bytes.js';
/**
 * Decodes the bytes read from an input: refuses binary data and invalid UTF-8, drops a BOM. When the input was
 * longer than `head`, the partial character at the end is dropped first.
 */
export function decodeText(head, wasCut, totalBytes) {
    if (totalBytes === 0)
        return { ok: false, code: 'input/empty', reason: 'the input is empty' };
    const problem = sniffBytes(head);
    if (problem === 'utf16') {
        return { ok: false, code: 'input/bad-encoding', reason: 'the text is UTF-16; only UTF-8 is read' };
    }
    if (problem === 'binary') {
        return { ok: false, code: 'input/binary', reason: 'binary data (NUL or control bytes), not text' };
    }
    const bytes = wasCut ? head.subarray(0, completeUtf8Length(head)) : head;
    const text = decodeUtf8(bytes);
    if (text === null) {
        const at = firstInvalidUtf8(bytes);
        return {
            ok: false,
            code: 'input/bad-encoding',
            reason: `not valid UTF-8 at byte ${at} (convert it to UTF-8 first)`,
        };
    }
    return { ok: true, text, wasCut, totalBytes };
}
/** Reads at most `headBytes` from the start of a file (a 50 MB file costs only its head), then decodes it. */
export async function readTextFile(path, headBytes, maxFileBytes) {
    const size = (await stat(path)).size;
    if (size > maxFileBytes) {
        return {
            ok: false,
            code: 'input/too-large',
            reason: `${size} bytes, above the ${maxFileBytes}-byte limit`,
        };
    }
    const head = await readHead(path, Math.min(size, headBytes));
    return decodeText(head, head.length < size, size);
}
/** The first `length` bytes of a file (fewer if it is shorter). */
export async function readHead(path, length) {
    const handle = await open(path, 'r');
    try {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
//# sourceMappingURL=read-text.js.map