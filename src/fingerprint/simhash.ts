/**
 * 64-bit SimHash (Charikar 2002) over word shingles, for near-duplicate texts: syndicated copies of one story,
 * the same sentence carried by several articles, a page fetched twice with small edits. Two texts whose
 * fingerprints differ in few bits (`hammingDistance`) share most of their shingles.
 *
 * Each feature is hashed with two 32-bit FNV-1a variants (different offset bases), giving 64 bits without BigInt
 * arithmetic in the loop; the fingerprint is returned as 16 lower-case hex digits, which sorts and stores as text.
 */

const FNV_PRIME = 0x01000193
const OFFSET_LOW = 0x811c9dc5
const OFFSET_HIGH = 0x050c5d1f

function fnv1a32(text: string, offset: number): number {
  let hash = offset
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

/** Lower-case words of a text (letters and digits, accents kept), the unit shingles are made of. */
export function fingerprintWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Overlapping runs of `size` words ("the two ministers", "two ministers met"); one run for shorter texts. */
export function wordShingles(words: readonly string[], size = 3): string[] {
  if (words.length <= size) return words.length > 0 ? [words.join(' ')] : []
  const shingles: string[] = []
  for (let i = 0; i + size <= words.length; i++) shingles.push(words.slice(i, i + size).join(' '))
  return shingles
}

/** The SimHash of a set of features, as 16 hex digits; "0000000000000000" for no features. */
export function simhash64(features: Iterable<string>): string {
  const weights = new Int32Array(64)
  for (const feature of features) {
    const low = fnv1a32(feature, OFFSET_LOW)
    const high = fnv1a32(feature, OFFSET_HIGH)
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (low >>> bit) & 1 ? 1 : -1
      weights[bit + 32]! += (high >>> bit) & 1 ? 1 : -1
    }
  }
  let low = 0
  let high = 0
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) low |= 1 << bit
    if (weights[bit + 32]! > 0) high |= 1 << bit
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0')
}

/** The fingerprint of a text: SimHash over its 3-word shingles. */
export function textFingerprint(text: string, shingleSize = 3): string {
  return simhash64(wordShingles(fingerprintWords(text), shingleSize))
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** Number of differing bits between two fingerprints from `simhash64`. */
export function hammingDistance(a: string, b: string): number {
  const high = Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)
  const low = Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16)
  return popcount32(high) + popcount32(low)
}
