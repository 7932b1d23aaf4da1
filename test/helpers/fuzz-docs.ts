/**
 * Fuzzed articles for the extractor's property test and the CI fuzz loop: real sentences from our own corpus
 * (samples and golden articles) put together and mutated the ways real news text varies — quote-mark and
 * apostrophe kinds, dashes, no-break and thin spaces, case, dropped or doubled punctuation, glued paragraphs,
 * stray Unicode (emoji, combining marks, zero-width and direction marks, lone surrogates). Deterministic for a
 * seed, so a failure can be replayed.
 */
import type { Extractor } from '../../src/extract.js'
import { recordViolations } from './record-invariants.js'

/** A small fast PRNG (mulberry32): the same sequence for the same seed on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const QUOTE_MARKS = ["'", '’', '‘', '"', '“', '”', '«', '»', '‚', '„', '‹', '›', '`', '´', 'ʼ']
const DASHES = ['—', '–', '-', '--', '‒', '―', '−', ' — ', '—']
const SPACES = ['\u00a0', '\u202f', '\u2009', '\u2007', '  ', '\t', '\u3000']
const PUNCTUATION = /[.,;:!?…()[\]]/g
const STRAY = [
  '😀',
  '🇺🇸',
  '\u0301',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u202e',
  '\ud800',
  '\udc00',
  '\u0000',
  '\r\n',
  '\r',
  '\u2028',
  'ﬁ',
  'Ⅻ',
  '中文',
  'العربية',
  '…',
  '\u00ad',
]

/** Every sentence of every text: split after . ! ? (and a closing mark), paragraph by paragraph. */
export function sentencePool(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .split(/\n\s*\n/)
      .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=\S)/))
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  )
}

/** Replaces each match of `pattern` with `replace()` with probability `rate`. */
function replaceSome(
  text: string,
  pattern: RegExp,
  rate: number,
  random: Random,
  replace: (m: string) => string,
): string {
  return text.replace(pattern, (m) => (random() < rate ? replace(m) : m))
}

function insertAt(text: string, random: Random, piece: string): string {
  const at = Math.floor(random() * (text.length + 1))
  return text.slice(0, at) + piece + text.slice(at)
}

/** The mutations, each a whole-text change; names appear in the replay output. */
export const MUTATIONS: Record<string, (text: string, random: Random) => string> = {
  quoteKinds: (t, r) => replaceSome(t, /['’‘"“”«»]/g, 0.6, r, () => pick(r, QUOTE_MARKS)),
  dashes: (t, r) => replaceSome(t, /\s?[—–-]\s?/g, 0.5, r, () => pick(r, DASHES)),
  spaces: (t, r) => replaceSome(t, / /g, 0.15, r, () => pick(r, SPACES)),
  upperCase: (t, r) =>
    r() < 0.5 ? t.toUpperCase() : replaceSome(t, /\b\w+\b/g, 0.2, r, (w) => w.toUpperCase()),
  lowerCase: (t, r) =>
    r() < 0.5 ? t.toLowerCase() : replaceSome(t, /\b\w+\b/g, 0.3, r, (w) => w.toLowerCase()),
  dropPunctuation: (t, r) => replaceSome(t, PUNCTUATION, 0.3, r, () => ''),
  doublePunctuation: (t, r) => replaceSome(t, PUNCTUATION, 0.2, r, (m) => m + m),
  gluedParagraphs: (t, r) => replaceSome(t, /\s*\n\s*\n\s*/g, 0.7, r, () => pick(r, ['', ' ', '\n'])),
  gluedSentences: (t, r) => replaceSome(t, /(?<=[.!?"”])\s+/g, 0.5, r, () => ''),
  strayUnicode: (t, r) => {
    let out = t
    const count = 1 + Math.floor(r() * 6)
    for (let i = 0; i < count; i++) out = insertAt(out, r, pick(r, STRAY))
    return out
  },
  unbalancedQuote: (t, r) => insertAt(t, r, pick(r, ['“', '”', '"', '‘', '«'])),
  cutAnywhere: (t, r) => t.slice(0, Math.floor(r() * t.length) + 1),
  repeated: (t, r) => (r() < 0.5 ? `${t}\n\n${t}` : `${t} ${t.slice(0, Math.floor(t.length / 2))}`),
  headline: (t, r) => `${pick(r, ['BREAKING', 'Comment', 'Analysis', '‘He’s in hell’', 'UPDATE 2-'])}\n${t}`,
}

const MUTATION_NAMES = Object.keys(MUTATIONS)

export interface FuzzDoc {
  readonly seed: number
  readonly index: number
  readonly mutations: readonly string[]
  readonly text: string
  readonly date: string | null
}

/** The `index`-th fuzzed article for `seed`: 1-8 pooled sentences in 1-4 paragraphs, then 1-4 mutations. */
export function fuzzDoc(pool: readonly string[], seed: number, index: number): FuzzDoc {
  const random = createRandom(seed * 7919 + index)
  const sentences = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(random, pool))
  const paragraphs: string[] = []
  for (const sentence of sentences) {
    if (paragraphs.length === 0 || random() < 0.35) paragraphs.push(sentence)
    else paragraphs[paragraphs.length - 1] += ` ${sentence}`
  }
  let text = paragraphs.join('\n\n')
  const mutations = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, MUTATION_NAMES))
  for (const name of mutations) text = MUTATIONS[name]!(text, random)
  const year = 1995 + Math.floor(random() * 31)
  const date = random() < 0.8 ? `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : null
  return { seed, index, mutations, text, date }
}

/** How to replay one fuzzed article: its seed, index, mutations and text. */
export function describeFuzzDoc(doc: FuzzDoc): string {
  return `seed ${doc.seed} index ${doc.index} (${doc.mutations.join(', ')}), date ${doc.date}:\n${JSON.stringify(doc.text)}`
}

/**
 * What goes wrong when `extractor` reads the fuzzed article: an exception, a failed stage, or a broken record
 * invariant (none: `[]`).
 */
export function fuzzProblems(extractor: Extractor, doc: FuzzDoc): string[] {
  try {
    const { ok, record, diagnostics } = extractor.extract({
      text: doc.text,
      meta: { id: `fuzz-${doc.seed}-${doc.index}`, date: doc.date },
    })
    const failed = diagnostics.filter((d) => d.severity === 'fatal').map((d) => `${d.code} ${d.message}`)
    return [...(ok ? [] : failed), ...recordViolations(record, doc.text)]
  } catch (error) {
    return [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]
  }
}
