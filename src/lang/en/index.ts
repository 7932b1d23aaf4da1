import model from 'wink-eng-lite-web-model'
import { winkTokenizer } from '../../nlp/wink.js'
import type { Lang } from '../lang.js'
import * as events from './events-grammar.js'
import { EVENT_LEXICON } from './events-lexicon.js'
import * as givenNames from './given-names.js'
import * as grammar from './grammar.js'
import * as nominals from './nominals.js'
import { ENGLISH_NORMS } from './norms.js'
import * as speech from './speech-verbs.js'
import * as time from './time-words.js'

/**
 * English: wink-nlp's English lite model as tokenizer, and the data modules of this folder as vocabulary
 * (copied into plain objects, which the stages read in their inner loops).
 */
export const english: Lang = Object.freeze({
  code: 'en',
  tokenizer: winkTokenizer('wink-nlp/wink-eng-lite-web-model', model),
  norms: ENGLISH_NORMS,
  grammar: { ...grammar },
  events: { ...events, EVENT_LEXICON },
  speech: { ...speech },
  names: { ...nominals, ...givenNames },
  time: { ...time },
})
