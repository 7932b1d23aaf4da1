import { francAll } from 'franc'
import { data as TRIGRAM_MODELS } from 'franc/data.js'

/**
 * The language gate: one detector, one threshold. The detector is franc's — its trigram language models and
 * its distance — computed here directly over the opening of the text, so that every text (a .txt file, a page's
 * main text, a JSONL record, a posted article) is judged by the same rule:
 * - a text with fewer than MIN_LANGUAGE_LETTERS letters is too short to tell (null, let through);
 * - a text written mostly in another script than Latin is not English (Hangul, Han, Kana, Cyrillic, Arabic…);
 * - otherwise it is English when English scores at least ENGLISH_THRESHOLD of the best-scoring candidate
 *   language (scores are franc's: 1 for the best, lower for the others).
 * franc itself names the language of a refused text, over all the languages it knows.
 */

/** Below this many letters the language is not told (null). */
export const MIN_LANGUAGE_LETTERS = 150
/**
 * English wins when its score is at least this share of the best one. In our measures English news scores
 * 1.0 (924 of 924 PolNeAR articles; openings dense with names ≥ 0.99), and foreign news at most 0.83 (Danish).
 */
export const ENGLISH_THRESHOLD = 0.9
/** The opening judged: enough for a verdict, cheap next to the pipeline. */
const SAMPLE_CHARS = 1000
/** franc's cost of a trigram missing from a language's model. */
const MISSING_TRIGRAM = 300

/**
 * Latin-script candidates: the languages news is published in most, so that a foreign text finds its own
 * language rather than falling back on English.
 */
const LATIN_CANDIDATES = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'cat',
  'glg',
  'ron',
  'dan',
  'swe',
  'nob',
  'fin',
  'ekk',
  'lvs',
  'lit',
  'pol',
  'ces',
  'slk',
  'slv',
  'hrv',
  'bos',
  'srp',
  'hun',
  'als',
  'tur',
  'azj',
  'uzn',
  'ind',
  'zlm',
  'jav',
  'tgl',
  'ceb',
  'vie',
  'swh',
  'hau',
  'yor',
  'ibo',
  'som',
  'zul',
  'xho',
  'afr',
  'hat',
  'epo',
] as const

/** Names for messages ("the text is in French"). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  spa: 'Spanish',
  por: 'Portuguese',
  fra: 'French',
  deu: 'German',
  ita: 'Italian',
  nld: 'Dutch',
  cat: 'Catalan',
  glg: 'Galician',
  ron: 'Romanian',
  dan: 'Danish',
  swe: 'Swedish',
  nob: 'Norwegian',
  fin: 'Finnish',
  ekk: 'Estonian',
  lvs: 'Latvian',
  lit: 'Lithuanian',
  pol: 'Polish',
  ces: 'Czech',
  slk: 'Slovak',
  slv: 'Slovenian',
  hrv: 'Croatian',
  bos: 'Bosnian',
  srp: 'Serbian',
  hun: 'Hungarian',
  als: 'Albanian',
  tur: 'Turkish',
  azj: 'Azerbaijani',
  uzn: 'Uzbek',
  ind: 'Indonesian',
  zlm: 'Malay',
  jav: 'Javanese',
  tgl: 'Tagalog',
  ceb: 'Cebuano',
  vie: 'Vietnamese',
  swh: 'Swahili',
  hau: 'Hausa',
  yor: 'Yoruba',
  ibo: 'Igbo',
  som: 'Somali',
  zul: 'Zulu',
  xho: 'Xhosa',
  afr: 'Afrikaans',
  hat: 'Haitian Creole',
  epo: 'Esperanto',
  rus: 'Russian',
  ukr: 'Ukrainian',
  bel: 'Belarusian',
  bul: 'Bulgarian',
  mkd: 'Macedonian',
  kaz: 'Kazakh',
  arb: 'Arabic',
  pes: 'Persian',
  urd: 'Urdu',
  heb: 'Hebrew',
  ell: 'Greek',
  hin: 'Hindi',
  ben: 'Bengali',
  tha: 'Thai',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  kat: 'Georgian',
  hye: 'Armenian',
  amh: 'Amharic',
  tam: 'Tamil',
}

/**
 * The candidates' models as dense columns: every trigram of any model gets an id, and each model a rank per id
 * (-1 where it lacks the trigram), so a sample's trigrams are looked up once, not once per language.
 */
const TRIGRAM_IDS = new Map<string, number>()
const MODEL_TRIGRAMS = LATIN_CANDIDATES.map((code) => (TRIGRAM_MODELS.Latin?.[code] ?? '').split('|'))
for (const trigrams of MODEL_TRIGRAMS) {
  for (const trigram of trigrams) if (!TRIGRAM_IDS.has(trigram)) TRIGRAM_IDS.set(trigram, TRIGRAM_IDS.size)
}
const MODEL_RANKS: readonly Int16Array[] = MODEL_TRIGRAMS.map((trigrams) => {
  const ranks = new Int16Array(TRIGRAM_IDS.size).fill(-1)
  trigrams.forEach((trigram, rank) => {
    ranks[TRIGRAM_IDS.get(trigram)!] = rank
  })
  return ranks
})

const LETTER = /\p{L}/gu
const LATIN_LETTER = /\p{Script=Latin}/gu

/**
 * ISO 639-3 code of the text's language, judged on its opening: 'eng', another code, 'und' for a text that is
 * not English and whose language franc cannot name, or null when the text is too short to tell.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS)
  const letters = count(sample, LETTER)
  if (letters < MIN_LANGUAGE_LETTERS) return null
  if (count(sample, LATIN_LETTER) * 2 < letters) return nameLanguage(sample)
  const scores = candidateScores(sample)
  const english = scores.get('eng') ?? 0
  if (english >= ENGLISH_THRESHOLD) return 'eng'
  return [...scores].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** franc's name for a text in another script, over every language it knows; never English. */
function nameLanguage(sample: string): string {
  const best = francAll(sample, { minLength: MIN_LANGUAGE_LETTERS })[0]?.[0] ?? 'und'
  return best === 'eng' ? 'und' : best
}

/**
 * Each Latin candidate's score, franc's way: the distance of the sample's trigram counts from the language's
 * trigram ranks (a trigram the language lacks costs MISSING_TRIGRAM), scaled so the closest language scores 1.
 */
export function candidateScores(sample: string): Map<string, number> {
  const known: number[] = []
  const knownCounts: number[] = []
  let unknownCost = 0
  for (const [trigram, n] of trigramCounts(sample)) {
    const id = TRIGRAM_IDS.get(trigram)
    if (id === undefined) unknownCost += MISSING_TRIGRAM
    else {
      known.push(id)
      knownCounts.push(n)
    }
  }
  const distances = MODEL_RANKS.map((ranks) => {
    let distance = unknownCost
    for (let i = 0; i < known.length; i++) {
      const rank = ranks[known[i]!]!
      distance += rank < 0 ? MISSING_TRIGRAM : Math.abs(knownCounts[i]! - rank - 1)
    }
    return distance
  })
  const min = Math.min(...distances)
  const span = sample.length * MISSING_TRIGRAM - min
  return new Map(LATIN_CANDIDATES.map((code, i) => [code, span > 0 ? 1 - (distances[i]! - min) / span : 1]))
}

/** Trigram counts of a sample as franc reads it: ASCII punctuation and digits are spaces, case is ignored. */
function trigramCounts(sample: string): Map<string, number> {
  const clean = ` ${sample
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= clean.length; i++) {
    const trigram = clean.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}
