import type { Cue } from './cues.js'
import { attributeFragment } from './fragments.js'
import { DIRECT, FRAGMENT, paragraphOf, type QuoteState, sentenceOf, tokenSpan } from './quote-state.js'
import { reportedContent, type TokenRange } from './reported-content.js'
import { normAt } from './token-context.js'

/** Cue classes not reported again when they stand inside another speaker's reported content. */
const NESTABLE_CLASSES: ReadonlySet<string> = new Set(['stance', 'belief', 'intent'])

export interface ReportedOptions {
  /** Report belief verbs ("they believe that …") as indirect quotes. */
  readonly includeBeliefs: boolean
}

export function pushReported(s: QuoteState, cue: Cue, found: readonly TokenRange[], isMixed: boolean): void {
  // content never takes the cue's own words ("told reporters: …" when a line break cut the sentence before "told")
  const ranges = found
    .map((r) =>
      r.tokenStart < cue.tokenEnd && cue.tokenStart < r.tokenEnd
        ? { tokenStart: Math.max(r.tokenStart, cue.tokenEnd), tokenEnd: r.tokenEnd }
        : r,
    )
    .filter((r) => r.tokenEnd > r.tokenStart)
  if (ranges.length === 0) return
  s.drafts.push({
    kind: isMixed ? 'mixed' : 'indirect',
    spans: ranges.map((r) => tokenSpan(s, r.tokenStart, r.tokenEnd)),
    cue,
    speaker: cue.speaker,
    firstSentence: sentenceOf(s, ranges[0]!.tokenStart),
    lastSentence: Math.max(sentenceOf(s, cue.head), sentenceOf(s, ranges[ranges.length - 1]!.tokenEnd - 1)),
    paragraph: paragraphOf(s, cue.head),
  })
}

/** "Rubio suggested that A, while Cruz said B": reported content stops where another speaker's clause starts. */
function cutAtNestedCues(s: QuoteState, ranges: readonly TokenRange[], self: Cue): TokenRange[] {
  return ranges.map((r) => {
    for (let t = r.tokenStart + 2; t < r.tokenEnd; t++) {
      const c = s.cueAt[t]!
      if (c < 0) continue
      const other = s.cues[c]!
      if (other === self || other.head !== t || other.side === 'right' || other.side === 'none') continue
      let end = other.clusterStart
      if (end <= r.tokenStart + 1 || !s.lang.speech.CLAUSE_BOUNDARIES.has(normAt(s, end - 1))) continue
      while (end > r.tokenStart && s.lang.speech.CLAUSE_BOUNDARIES.has(normAt(s, end - 1))) end--
      if (end - r.tokenStart >= 2) return { tokenStart: r.tokenStart, tokenEnd: end }
    }
    return r
  })
}

/** "Trump said that “ethanol people” “do a fantastic job. And …”": content ending inside a quotation runs to its end. */
function extendIntoQuotes(s: QuoteState, ranges: readonly TokenRange[]): TokenRange[] {
  return ranges.map((r) => {
    const k = s.quotedBy[r.tokenEnd - 1]!
    const seg = k >= 0 ? s.segments[k] : undefined
    return seg && seg.tokenEnd > r.tokenEnd ? { tokenStart: r.tokenStart, tokenEnd: seg.tokenEnd } : r
  })
}

/**
 * Quoted fragments inside a clause that no direct quotation took ("Obama called the holiday “a celebration”"):
 * a mixed quotation of the verb that attributes them. Fragments with no attributing verb are left out (scare
 * quotes, titles, nicknames).
 */
export function collectFragments(s: QuoteState): void {
  const unusedCueAt = (t: number): Cue | null => {
    const c = s.cueAt[t]!
    return c >= 0 && s.cues[c]!.head === t && !s.usedCue.has(c) ? s.cues[c]! : null
  }
  s.segments.forEach((seg, k) => {
    if (s.usedSegment[k] || seg.isSingle) return
    const isOtherQuoted = (t: number) => s.quotedBy[t]! >= 0 && s.quotedBy[t] !== k
    const found = attributeFragment(s, s.index, seg, isOtherQuoted, unusedCueAt)
    if (!found) return
    let cue = found.cue
    let ranges: readonly TokenRange[] = [found.content]
    const c = s.cueAt[cue.head]!
    if (c >= 0 && s.cues[c]!.head === cue.head) {
      // the verb is a speech cue: its own reported content, when it holds the fragment, is the better span
      if (s.usedCue.has(c)) return
      const own = reportedContent(s, s.index, s.cues[c]!)
      if (own?.some((r) => r.tokenStart <= seg.openFirst && seg.tokenStart < r.tokenEnd)) ranges = own
      cue = s.cues[c]!
      s.usedCue.add(c)
    }
    ranges = extendIntoQuotes(s, cutAtNestedCues(s, ranges, cue))
    for (const r of ranges) {
      for (let t = r.tokenStart; t < r.tokenEnd; t++) {
        const q = s.quotedBy[t]!
        if (q >= 0 && !s.usedSegment[q]) s.usedSegment[q] = FRAGMENT
      }
    }
    pushReported(s, cue, ranges, true)
  })
}

/**
 * Reported speech from the cues no quotation used: "X said (that) …", "according to X, …", "X called for …";
 * mixed when the content holds a quoted fragment. Content that would swallow a direct quotation is dropped.
 */
export function collectReportedSpeech(s: QuoteState, options: ReportedOptions): void {
  // reported content taken so far: a stance, belief or intent inside it is part of what was said
  const reported = new Uint8Array(s.tokens.length)
  s.cues.forEach((cue, c) => {
    if (s.usedCue.has(c)) return
    if (NESTABLE_CLASSES.has(cue.cueClass) && reported[cue.head] === 1) return
    if (cue.cueClass === 'belief' && !options.includeBeliefs) return
    const isQuestion = cue.cueClass === 'direct'
    // a speech verb with no subject in reach ("was told that …", "…, and later said …") still reports a clause,
    // but only a plain one: a quoted fragment without a speaker is left to the fragment pass
    const isBareSpeech = cue.cueClass === 'speech' && cue.speaker < 0 && cue.side === 'none'
    if (
      cue.speaker < 0 &&
      cue.cueClass !== 'source-first' &&
      cue.side !== 'unresolved' &&
      !isQuestion &&
      !isBareSpeech
    ) {
      return
    }
    const found = reportedContent(s, s.index, cue)
    if (!found) return
    const ranges = extendIntoQuotes(s, cutAtNestedCues(s, found, cue))
    const fragments = new Set<number>()
    let isMixed = false
    for (const r of ranges) {
      for (let t = r.tokenStart; t < r.tokenEnd; t++) {
        const k = s.quotedBy[t]!
        if (k < 0) continue
        if (s.usedSegment[k] === DIRECT || isBareSpeech) return
        if (s.usedSegment[k] === FRAGMENT) isMixed = true
        else if (!s.segments[k]!.isSingle) fragments.add(k)
      }
    }
    for (const k of fragments) s.usedSegment[k] = FRAGMENT
    s.usedCue.add(c)
    if (cue.cueClass === 'speech') for (const r of ranges) reported.fill(1, r.tokenStart, r.tokenEnd)
    pushReported(s, cue, ranges, isMixed || fragments.size > 0)
  })
}
