import { DOUBLE_CLOSERS, SINGLE_CLOSERS } from '../../lang/en/speech-verbs.js';
export const lowerAt = (ctx, i) => ctx.tokens.lower[i] ?? '';
export const isComma = (ctx, i) => lowerAt(ctx, i) === ',';
export const isCloser = (ctx, i) => {
    const w = lowerAt(ctx, i);
    return DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w);
};
const TERMINALS = new Set(['.', '!', '?', '…']);
/** A short capitalised word glued to the full stop after it: "Rev.", "Gov.", "Md.". */
function isAbbreviation(ctx, i) {
    if (i < 0)
        return false;
    const start = ctx.tokens.start[i];
    const end = ctx.tokens.end[i];
    const initial = ctx.text[start] ?? '';
    return end === ctx.tokens.start[i + 1] && end - start <= 3 && initial !== initial.toLowerCase();
}
/** The sentence ends with real final punctuation (possibly inside a closing quote mark). */
function endsSentence(ctx, last) {
    const w = lowerAt(ctx, last);
    if (w === '.' && isAbbreviation(ctx, last - 1))
        return false;
    if (TERMINALS.has(w))
        return true;
    return (DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w)) && TERMINALS.has(lowerAt(ctx, last - 1));
}
/**
 * The sentence holding token i, joined to its neighbours in the same paragraph where the tagger split it
 * without final punctuation ("Rep. Jo Ames (D-Md.) | said").
 */
export function sentenceBounds(ctx, i) {
    const { sentences, tokens } = ctx;
    let s = tokens.sentence[i];
    let e = s;
    const paragraph = sentences[s]?.paragraph;
    while (s > 0 &&
        sentences[s - 1].paragraph === paragraph &&
        !endsSentence(ctx, sentences[s - 1].tokenEnd - 1))
        s--;
    while (e + 1 < sentences.length &&
        sentences[e + 1].paragraph === paragraph &&
        !endsSentence(ctx, sentences[e].tokenEnd - 1)) {
        e++;
    }
    const first = sentences[s];
    const last = sentences[e];
    return first && last ? { first: first.tokenStart, end: last.tokenEnd } : { first: 0, end: tokens.length };
}
//# sourceMappingURL=token-context.js.map