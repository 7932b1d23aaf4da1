import { statSync } from 'node:fs'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Knowledge } from '../knowledge/index.js'
import { defaultWorkerCount } from '../parallel/extract-pool.js'

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
  /** The files that knowledge was built from, for worker threads to build their own. */
  readonly knowledgeFiles?: readonly string[]
}

/**
 * One file that is not a JSONL feed (a .txt or .html page, or a file Parley cannot read) is a single document:
 * its failure is a one-line error and exit code 1. Several inputs, a directory, a .jsonl file or stdin are a batch.
 */
export function isSingleDocument(inputs: readonly string[]): boolean {
  const [input] = inputs
  if (inputs.length !== 1 || input === undefined || input === '-' || /\.jsonl$/i.test(input)) return false
  return statSync(input, { throwIfNoEntry: false })?.isDirectory() !== true
}

/** `--workers N`: 1 to 999 (default: the available cores). */
export function workersOption(value: string | undefined): number {
  if (value === undefined) return defaultWorkerCount()
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--workers must be a whole number from 1 to 999, not "${value}"`)
  }
  return Number(value)
}
