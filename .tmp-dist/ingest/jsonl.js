import { byteLines } from './byte-lines.js';
import { decodeUtf8, firstInvalidUtf8 } from './bytes.js';
import { htmlToArticle } from './html-article.js';
import { errorItem, finishDocument } from './items.js';
/** Optional string fields of a JSONL record. */
const OPTIONAL_FIELDS = ['title', 'date', 'url', 'source'];
/** A JSON line may escape its text heavily; lines above this many bytes per allowed character are refused. */
const LINE_BYTES_PER_CHAR = 16;
const MIN_LINE_BYTES = 1 << 20;
/**
 * One item per non-blank line of a JSONL stream `{id, text | html, title?, date?, url?, source?}`, in order and
 * streaming; a malformed line becomes an error item and the rest proceeds.
 */
export async function* readJsonl(source, name, options) {
    const maxLineBytes = Math.max(MIN_LINE_BYTES, options.maxChars * LINE_BYTES_PER_CHAR);
    let items = 0;
    for await (const { line, bytes } of byteLines(source, maxLineBytes)) {
        const item = lineItem(bytes, `${name}:${line}`, maxLineBytes, options);
        if (item === null)
            continue;
        items++;
        yield item;
    }
    if (items === 0)
        yield errorItem(name, name, 'input/empty', 'no JSONL records, only blank lines');
}
/** The item for one line, or null for a blank line. */
function lineItem(bytes, input, maxLineBytes, options) {
    if (bytes === null)
        return errorItem(input, input, 'input/too-large', `line is longer than ${maxLineBytes} bytes`);
    const text = decodeUtf8(bytes);
    if (text === null) {
        return errorItem(input, input, 'input/bad-encoding', `line is not valid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
    }
    return text.trim() === '' ? null : recordItem(text, input, options);
}
function recordItem(line, input, options) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return errorItem(input, input, 'input/bad-json', `line is not valid JSON (${detail})`);
    }
    if (!isObject(value))
        return errorItem(input, input, 'input/bad-json', 'line is not a JSON object');
    const id = recordId(value.id);
    if (id === null)
        return errorItem(input, input, 'input/bad-record', 'record has no "id" (string or number)');
    const fields = {};
    for (const field of OPTIONAL_FIELDS) {
        const fieldValue = value[field];
        if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== 'string') {
            return errorItem(input, id, 'input/bad-record', `record "${id}" has a non-string "${field}"`);
        }
        fields[field] = fieldValue ?? null;
    }
    const own = {
        input,
        id,
        title: fields.title ?? null,
        date: fields.date ?? null,
        url: fields.url ?? null,
        source: fields.source ?? null,
    };
    if (typeof value.text === 'string')
        return finishDocument({ ...own, text: value.text }, options);
    if (typeof value.html === 'string')
        return htmlRecordItem(value.html, own, options);
    return errorItem(input, id, 'input/bad-record', `record "${id}" has neither a "text" nor an "html" string`);
}
function htmlRecordItem(html, own, options) {
    if (html.trim() === '')
        return errorItem(own.input, own.id, 'input/empty', 'the HTML is empty or only whitespace');
    const article = htmlToArticle(html, own.url);
    if (article === null)
        return errorItem(own.input, own.id, 'input/no-article', 'no article text in the HTML');
    return finishDocument({
        ...own,
        text: article.text,
        title: own.title ?? article.title,
        date: own.date ?? article.date,
        url: own.url ?? article.url,
        source: own.source ?? article.source,
    }, options);
}
function recordId(id) {
    if (typeof id === 'string' && id.trim() !== '')
        return id;
    if (typeof id === 'number' && Number.isFinite(id))
        return String(id);
    return null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=jsonl.js.map