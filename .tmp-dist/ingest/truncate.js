/** A boundary is only used when it keeps at least this share of the cap. */
const MIN_KEPT_SHARE = 0.5;
const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;
/** How far back from the cap a sentence end is looked for (keeps the regex scan short). */
const SENTENCE_WINDOW = 20_000;
/** Cuts `text` to at most `maxChars`, at the last paragraph, else sentence, else word boundary before the cap. */
export function truncateText(text, maxChars) {
    if (text.length <= maxChars)
        return { text, cut: 'character' };
    const floor = Math.floor(maxChars * MIN_KEPT_SHARE);
    const paragraph = lastParagraphBreak(text, maxChars);
    if (paragraph >= floor)
        return { text: text.slice(0, paragraph).trimEnd(), cut: 'paragraph' };
    const sentence = lastSentenceEnd(text, maxChars, Math.max(floor, maxChars - SENTENCE_WINDOW));
    if (sentence >= floor)
        return { text: text.slice(0, sentence).trimEnd(), cut: 'sentence' };
    const space = text.lastIndexOf(' ', maxChars);
    if (space >= floor)
        return { text: text.slice(0, space).trimEnd(), cut: 'word' };
    return { text: text.slice(0, safeCut(text, maxChars)), cut: 'character' };
}
function lastParagraphBreak(text, maxChars) {
    const blank = text.lastIndexOf('\n\n', maxChars - 2);
    if (blank >= 0)
        return blank;
    return text.lastIndexOf('\n', maxChars - 1);
}
function lastSentenceEnd(text, maxChars, from) {
    const window = text.slice(from, maxChars + 1);
    let last = -1;
    for (const match of window.matchAll(SENTENCE_END))
        last = from + match.index + match[0].length - 1;
    return last;
}
/** Never split a surrogate pair. */
function safeCut(text, at) {
    const code = text.charCodeAt(at - 1);
    return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
//# sourceMappingURL=truncate.js.map