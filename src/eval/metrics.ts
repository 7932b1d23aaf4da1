/** Precision, recall and F1 from counts; 0 when a denominator is 0. */
export interface Prf {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

export function prf(correctPredicted: number, predicted: number, foundGold: number, gold: number): Prf {
  const precision = ratio(correctPredicted, predicted)
  const recall = ratio(foundGold, gold)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Function words long enough to pass the length filter but too common to identify a speaker. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'who',
  'that',
  'this',
])

/** Lower-cased words of at least `minLength` letters, without function words (non-letters split words). */
export function contentWords(text: string, minLength = 3): Set<string> {
  const words = new Set<string>()
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= minLength && !FUNCTION_WORDS.has(w)) words.add(w)
  }
  return words
}

export function sharesWord(a: string, b: string, minLength = 3): boolean {
  const wa = contentWords(a, minLength)
  for (const w of contentWords(b, minLength)) if (wa.has(w)) return true
  return false
}

/** The map's value for `key`, created with `make` and stored when absent. */
export function getOrInsert<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const existing = map.get(key)
  if (existing !== undefined) return existing
  const value = make()
  map.set(key, value)
  return value
}
