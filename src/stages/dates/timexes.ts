import { createDoc } from '../../doc/doc.js'
import type { Sentence, Timex } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import { defaultKnowledge } from '../../knowledge/knowledge.js'
import { english } from '../../lang/en/index.js'
import type { Lang } from '../../lang/lang.js'
import { defineStage } from '../../pipeline/stage.js'
import { segment } from '../segment/segment.js'
import { type Day, type DayRange, formatDay, parseDay } from './calendar.js'
import { canStart, matchAt, type TimexMatch } from './grammar.js'
import { isFutureClause } from './tense.js'
import { needsTense, resolveValue } from './time-value.js'
import { sentenceWindow } from './token-window.js'

export type TimexKind = Timex['kind']

/** Input of the extraction: the text with its tokens and sentences. */
export interface TimexSource {
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
}

function kindOf(match: TimexMatch): TimexKind {
  if (match.opener !== null) return match.opener
  return match.value.type === 'trailing' ? 'recent' : 'point'
}

/**
 * Places a match on the calendar. "since X" runs from the start of X to the anchor; "until X" (also "through X",
 * "by X") from the anchor to the end of X when X lies ahead, else it is X itself (the period in which it ended).
 */
function rangeOf(match: TimexMatch, kind: TimexKind, anchor: Day | null, isFuture: boolean): DayRange | null {
  const leansFuture = kind === 'since' ? false : isFuture
  // a day that does not exist on the preferred side ("by Feb. 29" in a non-leap year) is read on the other side
  const range =
    resolveValue(match.value, anchor, leansFuture) ??
    (anchor !== null && kind !== 'since' ? resolveValue(match.value, anchor, !leansFuture) : null)
  if (range === null || kind === 'point' || kind === 'recent') return range
  if (kind === 'since')
    return anchor === null || range.start > anchor ? null : { start: range.start, end: anchor }
  return anchor !== null && range.end >= anchor ? { start: anchor, end: range.end } : range
}

/** Every time expression of the text, resolved against the anchor (YYYY-MM-DD or null). */
export function extractTimexes(source: TimexSource, anchorDate: string | null): Timex[] {
  const { lang, text, tokens, sentences } = source
  const anchor = parseDay(anchorDate)
  const found: Timex[] = []
  for (const sentence of sentences) {
    const w = sentenceWindow(lang, text, tokens, sentence)
    for (let i = w.first; i < w.last; i++) {
      if (!canStart(lang, tokens.norm[i]!)) continue
      const match = matchAt(w, i)
      if (match === null) continue
      const kind = kindOf(match)
      const isFuture = needsTense(match.value) && isFutureClause(w, match.tokenStart, match.tokenEnd)
      const range = rangeOf(match, kind, anchor, isFuture)
      found.push({
        id: `t${found.length}`,
        start: tokens.start[match.tokenStart]!,
        end: tokens.end[match.tokenEnd - 1]!,
        tokenStart: match.tokenStart,
        tokenEnd: match.tokenEnd,
        kind,
        range: range === null ? null : { start: formatDay(range.start), end: formatDay(range.end) },
      })
      i = match.tokenEnd - 1
    }
  }
  return found
}

/**
 * The time-expressions stage: dates, weekdays, years, relative and open-ended ranges ("since January"),
 * resolved against the publication date `doc.meta.date` (relative ones stay unresolved without it).
 */
export function timexes() {
  return defineStage({
    name: 'timexes',
    requires: ['tokens', 'sentences'],
    provides: ['timexes'],
    run(doc, ctx) {
      const { text, layers } = doc
      const source = { lang: ctx.lang, text, tokens: layers.tokens, sentences: layers.sentences }
      return {
        timexes: extractTimexes(source, doc.meta.date),
      }
    },
  })
}

/** A resolved expression as tests read it: the matched text, its kind and its range. */
export interface ResolvedTimex {
  readonly text: string
  readonly kind: TimexKind
  readonly range: Timex['range']
}

/** Every time expression of a piece of text, segmented on the spot, resolved against the anchor. */
export function resolveTimexes(text: string, anchor: string | null, lang: Lang = english): ResolvedTimex[] {
  const doc = createDoc(text, { id: 'timex' })
  const { tokens, sentences } = segment().run(doc, {
    report: () => {},
    lang,
    knowledge: defaultKnowledge(),
    tracing: false,
    trace: () => {},
  })
  return extractTimexes({ lang, text, tokens, sentences }, anchor).map((t) => ({
    text: text.slice(t.start, t.end),
    kind: t.kind,
    range: t.range,
  }))
}

/** The first time expression of a piece of text, or null when there is none. */
export function resolveTimex(text: string, anchor: string | null): ResolvedTimex | null {
  return resolveTimexes(text, anchor)[0] ?? null
}
