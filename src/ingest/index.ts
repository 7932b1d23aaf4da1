export { isIsoDate, normaliseDate } from './dates.js'
export { htmlToArticle, MIN_ARTICLE_CHARS } from './html-article.js'
export { readJsonl } from './jsonl.js'
export { detectLanguage, ENGLISH_THRESHOLD, MIN_LANGUAGE_LETTERS } from './language.js'
export { DEFAULT_MAX_CHARS, DEFAULT_MAX_FILE_BYTES, readInputs, resolveOptions } from './read-inputs.js'
export type {
  HtmlArticle,
  IngestDocument,
  IngestError,
  IngestItem,
  IngestMeta,
  IngestOptions,
  ResolvedOptions,
} from './types.js'
