import { francAll } from 'franc';
import { ENGLISH_FUNCTION_WORD_SHARE, ENGLISH_FUNCTION_WORDS, MIN_WORDS_TO_JUDGE } from './english-words.js';
/** Languages franc may answer with: English and the languages news most often arrives in instead. */
const CANDIDATE_LANGUAGES = [
    'eng',
    'fra',
    'deu',
    'spa',
    'ita',
    'por',
    'rus',
    'ukr',
    'ara',
    'cmn',
    'jpn',
    'tur',
    'pol',
    'nld',
    'ind',
];
/** Names for messages ("the text looks French"). */
export const LANGUAGE_NAMES = {
    eng: 'English',
    fra: 'French',
    deu: 'German',
    spa: 'Spanish',
    ita: 'Italian',
    por: 'Portuguese',
    rus: 'Russian',
    ukr: 'Ukrainian',
    ara: 'Arabic',
    cmn: 'Chinese',
    jpn: 'Japanese',
    tur: 'Turkish',
    pol: 'Polish',
    nld: 'Dutch',
    ind: 'Indonesian',
};
/** Below this many characters franc cannot tell, and the language is reported as unknown (null). */
export const MIN_LANGUAGE_CHARS = 200;
const SAMPLE_CHARS = 3000;
/**
 * franc costs about half a bare wink-nlp pass on a 3000-character news opening; counting English function words
 * in the first 1000 characters costs a twentieth of that and settles almost every English text on its own.
 */
const FUNCTION_WORD_SAMPLE_CHARS = 1000;
const WORD = /\p{L}+/gu;
/**
 * English wins when its score is at least this share of the best one: short English news openings full of
 * names and datelines sometimes score a hair below French or Portuguese, while real foreign texts put English
 * far behind (below 0.85 in our fixtures).
 */
const ENGLISH_MARGIN = 0.95;
/** ISO 639-3 code of the text's language (from its first ~3000 characters), or null when too short to tell. */
export function detectLanguage(text) {
    const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
    if (sample.trim().length < MIN_LANGUAGE_CHARS)
        return null;
    if (hasEnglishFunctionWords(sample.slice(0, FUNCTION_WORD_SAMPLE_CHARS)))
        return 'eng';
    return languageOf(sample);
}
/** True when English function words are frequent enough that the sample can only be English. */
export function hasEnglishFunctionWords(sample) {
    let words = 0;
    let functionWords = 0;
    for (const [word] of sample.matchAll(WORD)) {
        words++;
        if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))
            functionWords++;
    }
    return words >= MIN_WORDS_TO_JUDGE && functionWords / words >= ENGLISH_FUNCTION_WORD_SHARE;
}
/** franc's verdict over the candidate languages, giving English the benefit of a near tie. */
function languageOf(sample) {
    const scores = francAll(sample, { only: CANDIDATE_LANGUAGES, minLength: MIN_LANGUAGE_CHARS });
    const [best] = scores;
    if (!best || best[0] === 'und')
        return null;
    const english = scores.find(([code]) => code === 'eng');
    return english && english[1] >= ENGLISH_MARGIN * best[1] ? 'eng' : best[0];
}
//# sourceMappingURL=language.js.map