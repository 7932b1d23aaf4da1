import { foldTypography } from './typography.js'

/** A language's norm exceptions (spaCy-style): the form a lexicon or grammar rule looks a token up by. */
export interface NormExceptions {
  /** Whole tokens, after typography is folded: "n't" → "not", "'ll" → "will". */
  readonly forms: ReadonlyMap<string, string>
  /** Verb stems the tokenizer splits off before a glued negation: "wo" (won't) → "will", "ca" → "can". */
  readonly negatedStems: ReadonlyMap<string, string>
  /** The norm of the negation those stems are glued to ("not"). */
  readonly negation: string
}

const SEPARATING_DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2015', '--', '---'])

/**
 * A dash by what it does: one that separates (an em dash, "--", or a dash with a blank on either side:
 * "Kerry - who …") reads "--"; one that joins ("Syrian-backed", "Lavrov–Kerry", "2014–16") reads "-".
 */
function dashNorm(lower: readonly string[], start: Int32Array, end: Int32Array, i: number): string {
  if (SEPARATING_DASHES.has(lower[i]!)) return '--'
  const blank = (k: number) => k < 0 || k >= lower.length || lower[k]!.trim() === ''
  const spacedBefore = blank(i - 1) || end[i - 1]! < start[i]!
  const spacedAfter = blank(i + 1) || end[i]! < start[i + 1]!
  return spacedBefore || spacedAfter ? '--' : '-'
}

/**
 * The `norm` column of a token table: each lower-cased token with its typography folded (’ → ', “ → ", no-break
 * space → space; a separating dash — – -- → "--", a joining one → "-") and the language's exceptions applied, so that "didn’t", "didn't" and "did not"
 * all read "did" + "not".
 */
export function normColumn(
  lower: readonly string[],
  start: Int32Array,
  end: Int32Array,
  exceptions: NormExceptions,
): string[] {
  const n = lower.length
  const norm = new Array<string>(n)
  for (let i = 0; i < n; i++) {
    const folded = foldTypography(lower[i]!)
    norm[i] = exceptions.forms.get(folded) ?? folded
  }
  for (let i = 0; i < n; i++)
    if (norm[i] === '-' || norm[i] === '---') norm[i] = dashNorm(lower, start, end, i)
  for (let i = 0; i + 1 < n; i++) {
    const stem = exceptions.negatedStems.get(norm[i]!)
    if (stem !== undefined && norm[i + 1] === exceptions.negation && end[i] === start[i + 1]) norm[i] = stem
  }
  return norm
}
