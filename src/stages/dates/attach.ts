import type { Timex } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Lang } from '../../lang/lang.js'
import { foldTypography } from '../../lang/typography.js'

/** A hyphen or en dash inside a word ("Syrian-backed", "2014–16") joins; only a free-standing dash separates. */
function isJoiningHyphen(text: string, i: number): boolean {
  const c = text[i]!
  return (
    c !== '\u2014' &&
    c !== '\u2015' &&
    foldTypography(c) === '-' &&
    /\S/.test(text[i - 1] ?? ' ') &&
    /\S/.test(text[i + 1] ?? ' ')
  )
}

/** True when the text between two offsets crosses a clause boundary. */
export function crossesClause(lang: Lang, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!
    if (lang.time.CLAUSE_MARK_CHARACTERS.has(foldTypography(c)) && !isJoiningHyphen(text, i)) return true
    if (c === ',' && lang.time.CLAUSE_OPENING_LINKS.some((opener) => text.startsWith(opener, i))) return true
  }
  return false
}

/** The document text and its language, for telling clauses apart. */
export interface ClauseReader {
  readonly text: string
  readonly lang: Lang
}

function sameClause(clauses: ClauseReader | undefined, a: number, b: number): boolean {
  return clauses === undefined || !crossesClause(clauses.lang, clauses.text, Math.min(a, b), Math.max(a, b))
}

/**
 * The time expression that best dates an event whose trigger starts at `triggerStart`: among the expressions of
 * the same sentence and clause, the nearest one after the trigger ("met … in March"), else the nearest one before
 * it ("In March, Sullivan spoke …"). Clauses are told apart only when `clauses` is given; `timexes`
 * must be sorted by start, as the layer is. Null when no expression qualifies.
 */
export function timexForSpan(
  timexes: readonly Timex[],
  sentence: Span,
  triggerStart: number,
  clauses?: ClauseReader,
): Timex | null {
  let before: Timex | null = null
  for (const timex of timexes) {
    if (timex.start < sentence.start) continue
    if (timex.end > sentence.end) break
    if (timex.start >= triggerStart) {
      if (sameClause(clauses, triggerStart, timex.start)) return timex
      break
    }
    if (sameClause(clauses, timex.end, triggerStart)) before = timex
  }
  return before
}
