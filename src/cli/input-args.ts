import { existsSync } from 'node:fs'
import { isIsoDate } from '../ingest/index.js'
import { UsageError } from './io.js'

/**
 * The inputs and `--date` every command that reads articles takes, checked: at least one input, each a file, a
 * directory or `-` (stdin), and the date a real YYYY-MM-DD day.
 */
export function checkedInputs(
  positionals: readonly string[],
  date: string | undefined,
): { readonly inputs: readonly string[]; readonly date: string | null } {
  if (positionals.length === 0) throw new UsageError('no input given')
  if (date !== undefined && !isIsoDate(date)) {
    throw new UsageError(`--date must be a valid YYYY-MM-DD date, not "${date}"`)
  }
  for (const input of positionals) {
    if (input !== '-' && !existsSync(input)) throw new UsageError(`no such file or directory: ${input}`)
  }
  return { inputs: positionals, date: date ?? null }
}
