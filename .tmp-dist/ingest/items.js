import { diagnostic } from '../diagnostics/diagnostic.js';
import { normaliseDate } from './dates.js';
import { detectLanguage, LANGUAGE_NAMES } from './language.js';
import { truncateText } from './truncate.js';
/** An error item whose one fatal diagnostic says on one line why the input failed (the CLI prefixes the input). */
export function errorItem(input, id, code, reason) {
    return {
        kind: 'error',
        input,
        id,
        diagnostics: [diagnostic(code, 'fatal', oneLine(reason))],
    };
}
/** Applies the checks every document goes through: empty, size cap, language, date. */
export function finishDocument(draft, options) {
    const { input, id } = draft;
    if (draft.text.trim() === '')
        return errorItem(input, id, 'input/empty', 'the text is empty or only whitespace');
    const warnings = [...(draft.warnings ?? [])];
    let text = draft.text;
    if (text.length > options.maxChars || draft.wasCut) {
        const cap = Math.min(options.maxChars, draft.wasCut ? text.length - 1 : text.length);
        const truncation = truncateText(text, cap);
        const size = draft.wasCut && draft.totalBytes !== undefined
            ? `${draft.totalBytes} bytes`
            : `${draft.text.length} characters`;
        warnings.push(diagnostic('input/truncated', 'warning', oneLine(`text is longer than the cap (${size}); kept the first ${truncation.text.length} characters, cut at a ${truncation.cut} boundary`)));
        text = truncation.text;
    }
    const language = detectLanguage(text);
    if (language !== null && language !== 'eng') {
        const name = LANGUAGE_NAMES[language] ?? language;
        return errorItem(input, id, 'input/not-english', `the text is in ${name} (${language}), not English`);
    }
    const ownDate = normaliseDate(draft.date);
    if (draft.date && ownDate === null && options.date === null) {
        warnings.push(diagnostic('input/bad-date', 'warning', oneLine(`cannot read the date "${draft.date}"; date left unknown`)));
    }
    return {
        kind: 'document',
        input,
        text,
        meta: {
            id,
            title: draft.title ?? null,
            date: options.date ?? ownDate,
            url: draft.url ?? null,
            source: draft.source ?? null,
            language,
        },
        diagnostics: warnings,
    };
}
function oneLine(message) {
    return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
//# sourceMappingURL=items.js.map