import { isObject, stringArray, stringOr } from './jsonl.js';
export class GoldFormatError extends Error {
    name = 'GoldFormatError';
}
function goldSpans(value) {
    if (!isObject(value) || !Array.isArray(value.spans))
        return null;
    const spans = [];
    for (const pair of value.spans) {
        if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number') {
            spans.push({ start: pair[0], end: pair[1] });
        }
    }
    return spans.length === 0 ? null : { spans, text: stringOr(value.text, '') };
}
function attribution(value, index) {
    return {
        id: stringOr(value.id, `#${index}`),
        source: goldSpans(value.source),
        cue: goldSpans(value.cue),
        content: goldSpans(value.content),
        quoted: value.quoted === true,
        sourceIsPronoun: value.source_is_pronoun === true,
    };
}
function requireId(value, line, file) {
    if (typeof value.id !== 'string')
        throw new GoldFormatError(`${file}:${line}: gold line has no string "id"`);
    return value.id;
}
/** Reads PolNeAR gold lines; throws GoldFormatError on a line that is not a gold article. */
export function parsePolnearGold(content, file = 'gold') {
    return content.lines.map(({ line, value }) => {
        if (!isObject(value) || !Array.isArray(value.attributions)) {
            throw new GoldFormatError(`${file}:${line}: not a PolNeAR gold line (no "attributions" array)`);
        }
        return {
            id: requireId(value, line, file),
            annotator: stringOr(value.annotator, ''),
            text: stringOr(value.text, ''),
            attributions: value.attributions.filter(isObject).map(attribution),
        };
    });
}
/** Reads PLOVER gold lines; throws GoldFormatError on a line without an event. */
export function parsePloverGold(content, file = 'gold') {
    return content.lines.map(({ line, value }) => {
        if (!isObject(value) || typeof value.event !== 'string') {
            throw new GoldFormatError(`${file}:${line}: not a PLOVER gold line (no "event")`);
        }
        return {
            id: requireId(value, line, file),
            text: stringOr(value.text, ''),
            event: value.event,
            mode: stringOr(value.mode, null),
            source: stringArray(value.source),
            target: stringArray(value.target),
        };
    });
}
//# sourceMappingURL=gold.js.map