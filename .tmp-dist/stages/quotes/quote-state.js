import { posCode } from '../../doc/token-table.js';
import { DOUBLE_CLOSERS, DOUBLE_OPENERS, SINGLE_CLOSERS } from '../../lang/en/speech-verbs.js';
const SPACE = posCode('SPACE');
/** How a quoted segment was used: as (part of) a direct quotation, or as a fragment of reported speech. */
export const DIRECT = 1;
export const FRAGMENT = 2;
export const SENTENCE_END = new Set(['.', '!', '?']);
export const sentenceOf = (s, i) => s.tokens.sentence[i];
export const paragraphOf = (s, i) => s.sentences[s.tokens.sentence[i]]?.paragraph ?? 0;
/** A quote mark other than an opening double mark (those may also open a new quotation). */
export const isMark = (w) => DOUBLE_OPENERS.has(w) || DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w);
/** The token before i, line breaks and other blanks skipped; -1 at the start. */
export function tokenBefore(s, i) {
    let j = i - 1;
    while (j >= 0 && s.tokens.pos[j] === SPACE)
        j--;
    return j;
}
export function tokenSpan(s, tokenStart, tokenEnd) {
    return { start: s.tokens.start[tokenStart], end: s.tokens.end[tokenEnd - 1] };
}
/** Adds a cue found while pairing quotations with their lead-in, and returns its index. */
export function addCue(s, cue) {
    s.cues.push(cue);
    const k = s.cues.length - 1;
    for (let t = cue.tokenStart; t < cue.tokenEnd; t++)
        s.cueAt[t] = k;
    return k;
}
//# sourceMappingURL=quote-state.js.map