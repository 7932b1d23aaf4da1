import { type FormatName, isOffered } from '../query/output-formats.js'
import { UsageError } from './io.js'

/**
 * The `--format` a command was given, checked against the formats it offers (src/query/output-formats.ts);
 * without one, the first offered, or a usage error when `required`.
 */
export function formatOption<F extends FormatName>(
  value: string | undefined,
  offered: readonly F[],
  options: { readonly required?: boolean } = {},
): F {
  if (value === undefined && !options.required) return offered[0]!
  if (value !== undefined && isOffered(value, offered)) return value
  const not = value === undefined ? '' : `, not "${value}"`
  throw new UsageError(`--format must be ${offered.join(', ')}${not}`)
}
