const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/**
 * Splits a byte stream into lines without holding more than one line in memory; a line longer than
 * `maxLineBytes` is skipped (reported as null) without being buffered. Bytes, not strings, so that each line's
 * UTF-8 can be checked on its own.
 */
export async function* byteLines(source, maxLineBytes) {
    let parts = [];
    let partBytes = 0;
    let overflow = false;
    let line = 0;
    const take = (piece) => {
        line++;
        if (overflow || partBytes + piece.length > maxLineBytes) {
            parts = [];
            partBytes = 0;
            overflow = false;
            return { line, bytes: null };
        }
        const whole = parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
        parts = [];
        partBytes = 0;
        const end = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
        return { line, bytes: whole.subarray(0, end) };
    };
    for await (const chunk of source) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        let start = 0;
        for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, start)) {
            yield take(bytes.subarray(start, at));
            start = at + 1;
        }
        const rest = bytes.subarray(start);
        if (rest.length === 0)
            continue;
        if (overflow || partBytes + rest.length > maxLineBytes) {
            overflow = true;
            parts = [];
            partBytes = 0;
        }
        else {
            parts.push(rest);
            partBytes += rest.length;
        }
    }
    if (partBytes > 0 || overflow)
        yield take(new Uint8Array(0));
}
//# sourceMappingURL=byte-lines.js.map