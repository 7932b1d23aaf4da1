export { isIsoDate, normaliseDate } from './dates.js';
export { htmlToArticle, MIN_ARTICLE_CHARS } from './html-article.js';
export { readJsonl } from './jsonl.js';
export { detectLanguage, MIN_LANGUAGE_CHARS } from './language.js';
export { DEFAULT_MAX_CHARS, DEFAULT_MAX_FILE_BYTES, readInputs, resolveOptions } from './read-inputs.js';
//# sourceMappingURL=index.js.map