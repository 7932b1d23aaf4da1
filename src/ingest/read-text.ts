import { open, stat } from 'node:fs/promises'
import type { DiagnosticCode } from '../diagnostics/codes.js'
import { completeUtf8Length, decodeUtf8, firstInvalidUtf8, sniffBytes } from './bytes.js'

export type TextRead =
  | { readonly ok: true; readonly text: string; readonly wasCut: boolean; readonly totalBytes: number }
  | { readonly ok: false; readonly code: DiagnosticCode; readonly reason: string }

/**
 * Decodes the bytes read from an input: refuses binary data and invalid UTF-8. A UTF-8 BOM is kept (U+FEFF at
 * offset 0), so the text is the file's whole content and offsets into it index the file as decoded. When the
 * input was longer than `head`, the partial character at the end is dropped first.
 */
export function decodeText(head: Uint8Array, wasCut: boolean, totalBytes: number): TextRead {
  if (totalBytes === 0) return { ok: false, code: 'input/empty', reason: 'the input is empty' }
  const problem = sniffBytes(head)
  if (problem === 'utf16') {
    return { ok: false, code: 'input/bad-encoding', reason: 'the text is UTF-16; only UTF-8 is read' }
  }
  if (problem === 'binary') {
    return { ok: false, code: 'input/binary', reason: 'binary data (NUL or control bytes), not text' }
  }
  const bytes = wasCut ? head.subarray(0, completeUtf8Length(head)) : head
  const text = decodeUtf8(bytes, { keepBom: true })
  if (text === null) {
    const at = firstInvalidUtf8(bytes)
    return {
      ok: false,
      code: 'input/bad-encoding',
      reason: `not valid UTF-8 at byte ${at} (convert it to UTF-8 first)`,
    }
  }
  return { ok: true, text, wasCut, totalBytes }
}

/** Reads at most `headBytes` from the start of a file (a 50 MB file costs only its head), then decodes it. */
export async function readTextFile(path: string, headBytes: number, maxFileBytes: number): Promise<TextRead> {
  const size = (await stat(path)).size
  if (size > maxFileBytes) {
    return {
      ok: false,
      code: 'input/too-large',
      reason: `${size} bytes, above the ${maxFileBytes}-byte limit`,
    }
  }
  const head = await readHead(path, Math.min(size, headBytes))
  return decodeText(head, head.length < size, size)
}

/** The first `length` bytes of a file (fewer if it is shorter). */
export async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    let filled = 0
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  } finally {
    await handle.close()
  }
}
