import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
let shared = null;
/** The process-wide wink-nlp instance (loading the model takes ~100 ms, so it is done once). */
export function wink() {
    shared ??= winkNLP(model);
    return shared;
}
const POSSESSIVE = /^(.+?)([’']s)$/i;
/**
 * wink-nlp caches tokens it has seen: after reading "Trump’s." once, it keeps "Trump’s" whole in every later
 * document. Splitting the possessive ending here makes tokenization independent of what the process read before.
 */
function splitPossessives(a) {
    if (!a.values.some((v) => v.length > 2 && POSSESSIVE.test(v)))
        return a;
    const values = [];
    const spaces = [];
    const pos = [];
    const lemmas = [];
    const negation = [];
    const newIndex = [];
    a.values.forEach((value, i) => {
        newIndex.push(values.length);
        const m = value.length > 2 ? POSSESSIVE.exec(value) : null;
        values.push(m ? m[1] : value);
        spaces.push(a.spaces[i]);
        pos.push(a.pos[i]);
        lemmas.push(m ? m[1].toLowerCase() : a.lemmas[i]);
        negation.push(a.negation[i]);
        if (m) {
            values.push(m[2]);
            spaces.push('');
            pos.push('PART');
            lemmas.push(m[2].toLowerCase());
            negation.push(a.negation[i]);
        }
    });
    newIndex.push(values.length);
    const sentences = a.sentences.map(([first, last]) => [newIndex[first], newIndex[last + 1] - 1]);
    return { values, spaces, pos, lemmas, negation, sentences };
}
/** One wink-nlp pass over the text: tokens, spaces, POS, lemmas, negation and sentence boundaries. */
export function analyse(text) {
    const nlp = wink();
    const its = nlp.its;
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    return splitPossessives({
        values: tokens.out(its.value),
        spaces: tokens.out(its.precedingSpaces),
        pos: tokens.out(its.pos),
        lemmas: tokens.out(its.lemma),
        negation: tokens.out(its.negationFlag),
        sentences: doc.sentences().out(its.span),
    });
}
//# sourceMappingURL=wink.js.map