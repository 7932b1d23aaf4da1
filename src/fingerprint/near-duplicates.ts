import { hammingDistance, textFingerprint } from './simhash.js'

/**
 * Fingerprints within this many bits (of 64) are near-duplicates: the same story with small edits (a 100-word
 * story with an outlet line appended moves 5 bits; unrelated texts differ in about 32).
 */
export const NEAR_DUPLICATE_BITS = 6

/** The eight 8-bit bands of a fingerprint: two within 7 bits of each other share at least one. */
function bands(fingerprint: string): string[] {
  return [0, 2, 4, 6, 8, 10, 12, 14].map((at) => `${at}:${fingerprint.slice(at, at + 2)}`)
}

export interface NearDuplicate {
  readonly id: string
  /** The earlier text it nearly repeats. */
  readonly of: string
  readonly distance: number
}

/**
 * Near-duplicate texts among those added so far (SimHash over 3-word shingles, found through band buckets): a
 * text is reported against the first earlier one within `NEAR_DUPLICATE_BITS`, unless it repeats one exactly.
 */
export class NearDuplicateIndex {
  readonly #buckets = new Map<string, { id: string; fingerprint: string; text: string }[]>()

  add(id: string, text: string): NearDuplicate | null {
    const fingerprint = textFingerprint(text)
    const candidates = bands(fingerprint).flatMap((band) => this.#buckets.get(band) ?? [])
    // the same text again is a duplicate (one document), not a near-duplicate
    if (candidates.some((other) => other.text === text)) return null
    let found: NearDuplicate | null = null
    for (const band of bands(fingerprint)) {
      for (const other of this.#buckets.get(band) ?? []) {
        if (found !== null || other.id === id) continue
        const distance = hammingDistance(fingerprint, other.fingerprint)
        if (distance <= NEAR_DUPLICATE_BITS) found = { id, of: other.id, distance }
      }
    }
    const entry = { id, fingerprint, text }
    for (const band of bands(fingerprint)) {
      const bucket = this.#buckets.get(band)
      if (bucket) bucket.push(entry)
      else this.#buckets.set(band, [entry])
    }
    return found
  }
}
