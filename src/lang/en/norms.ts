/** English norm exceptions: contractions read as the words they stand for. Data only. */
import type { NormExceptions } from '../norm.js'

export const ENGLISH_NORMS: NormExceptions = {
  forms: new Map([
    ["n't", 'not'],
    ["'ll", 'will'],
    ["'re", 'are'],
    ["'ve", 'have'],
    ["'m", 'am'],
  ]),
  negatedStems: new Map([
    ['wo', 'will'],
    ['ca', 'can'],
    ['sha', 'shall'],
  ]),
  negation: 'not',
}
