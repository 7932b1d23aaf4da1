/** Byte-level checks made before any text is decoded. */

const SNIFF_BYTES = 8192
/** Share of control bytes in the sniffed head above which the data is taken for binary. */
const MAX_CONTROL_SHARE = 0.1
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

export type ByteProblem = 'binary' | 'utf16' | null

/** Binary when the first 8 KB hold a NUL byte or many control characters; UTF-16 is told apart by its BOM. */
export function sniffBytes(bytes: Uint8Array): ByteProblem {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return 'utf16'
  }
  const end = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number
    if (byte === 0) return 'binary'
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) {
      control++
    }
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE ? 'binary' : null
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]
}

/**
 * Length of the longest prefix of `bytes` that does not end inside a multi-byte UTF-8 sequence, so that a head
 * read from a larger file can be decoded strictly.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const length = bytes.length
  for (let back = 1; back <= Math.min(4, length); back++) {
    const byte = bytes[length - back] as number
    if ((byte & 0xc0) === 0x80) continue // continuation byte: look further back for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return needed > back ? length - back : length
  }
  return length
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const bomKeepingDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Strict UTF-8 decoding; null when the bytes are not valid UTF-8. A leading BOM is dropped unless `keepBom`
 * (then it stays as U+FEFF, so offsets into the text index the whole file).
 */
export function decodeUtf8(bytes: Uint8Array, options: { readonly keepBom?: boolean } = {}): string | null {
  try {
    return (options.keepBom ? bomKeepingDecoder : strictDecoder).decode(bytes)
  } catch {
    return null
  }
}

/** Allowed range of the second byte of a sequence, by lead byte (the rest are 0x80–0xBF). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]
  if (lead === 0xed) return [0x80, 0x9f]
  if (lead === 0xf0) return [0x90, 0xbf]
  if (lead === 0xf4) return [0x80, 0x8f]
  return [0x80, 0xbf]
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid (for error messages). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const lead = bytes[at] as number
    const length = sequenceLength(lead)
    if (length === 0 || at + length > bytes.length) return at
    const [low, high] = secondByteRange(lead)
    for (let k = 1; k < length; k++) {
      const byte = bytes[at + k] as number
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      if (byte < min || byte > max) return at
    }
    at += length
  }
  return -1
}
