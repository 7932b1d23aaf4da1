import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Knowledge } from '../knowledge/index.js'

/** Thrown for bad command lines: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** One line per diagnostic: `input: code message` (the CLI's error format). */
export function formatDiagnostic(input: string, d: Diagnostic): string {
  return `${input}: ${d.code} ${d.message.replace(/\s+/g, ' ')}`
}

/** Writes to stdout, waiting when the pipe is full so a large batch never piles up in memory. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve))
  }
}

export function writeErr(line: string): void {
  process.stderr.write(`${line}\n`)
}

/** What every command gets from `main`: the knowledge base built once from `--kb`/PARLEY_KB. */
export interface CommandEnv {
  readonly knowledge?: Knowledge
}
