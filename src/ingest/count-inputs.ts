import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { inputKindOf } from './input-kinds.js'
import { STDIN_INPUT } from './stdin.js'
import { walkInputFiles } from './walk.js'

/** JSONL files above this size are not read twice just to count their lines: the total stays unknown. */
const MAX_COUNTED_BYTES = 256 * 1024 * 1024

/**
 * How many items `readInputs` will yield for these inputs (documents and per-input errors), for a progress
 * display with a total; null when it cannot be known cheaply (stdin, a very large JSONL file).
 */
export async function countInputDocuments(inputs: readonly string[]): Promise<number | null> {
  let total = 0
  for (const input of inputs) {
    if (input === STDIN_INPUT) return null
    const stats = await stat(input).catch(() => null)
    if (stats === null || (!stats.isDirectory() && !stats.isFile())) {
      total++
      continue
    }
    if (stats.isFile()) {
      const n = await countFile(input, stats.size)
      if (n === null) return null
      total += n
      continue
    }
    let found = 0
    for await (const path of walkInputFiles(input)) {
      const n = await countFile(path, (await stat(path)).size)
      if (n === null) return null
      found += n
    }
    total += Math.max(found, 1)
  }
  return total
}

async function countFile(path: string, size: number): Promise<number | null> {
  if (inputKindOf(path) !== 'jsonl') return 1
  if (size > MAX_COUNTED_BYTES) return null
  // a file of blank lines only is one error item
  return Math.max(1, await countNonBlankLines(path))
}

/** Lines holding something other than white space: the JSONL lines that become items. */
async function countNonBlankLines(path: string): Promise<number> {
  let lines = 0
  let content = false
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (content) lines++
        content = false
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) content = true
    }
  }
  return content ? lines + 1 : lines
}
