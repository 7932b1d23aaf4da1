/**
 * News typography folded to plain ASCII, one UTF-16 code unit for one, so that offsets computed on the folded
 * copy index the original text. Language-independent; the word-level exceptions live with each language.
 */

/** Apostrophes and primes typed for "'": right and left single quotation marks, reversed-9, prime, modifier. */
const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u02bc]/g
/** Double quotation marks of every style. */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g
/** Figure dash, en dash, em dash, horizontal bar. */
const DASHES = /[\u2012\u2013\u2014\u2015]/g
/** No-break, en/em/thin/hair, narrow no-break, medium mathematical and ideographic spaces (not line breaks). */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const TYPOGRAPHIC =
  /[\u2018\u2019\u201b\u2032\u02bc\u201c-\u201f\u00ab\u00bb\u2012-\u2015\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/

/**
 * The copy of `text` a tokenizer reads: typographic apostrophes and Unicode spaces as their ASCII forms, so
 * that "didn’t" and "didn't", "Trump’s" and "Trump's" tokenize alike. Quotation marks and dashes are kept:
 * they are tokens of their own either way, and an ASCII hyphen would glue "Kerry–Lavrov" into one word.
 * Same length as `text`.
 */
export function tokenizerCopy(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(SPACES, ' ')
}

/** A token's characters folded: ’ ‘ → ', “ ” « » „ → ", — – → -, Unicode spaces → ' '. Same length. */
export function foldTypography(token: string): string {
  if (!TYPOGRAPHIC.test(token)) return token
  return token.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(SPACES, ' ')
}
