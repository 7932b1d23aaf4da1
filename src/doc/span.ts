/** A half-open range of UTF-16 code units in a document's text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the text it covers, as published in records. */
export interface TextSpan extends Span {
  readonly text: string
}

export function span(start: number, end: number): Span {
  return { start, end }
}

export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) }
}

export function spanLength(s: Span): number {
  return s.end - s.start
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/** Index of the first span in a start-sorted array whose start is >= offset (binary search). */
export function lowerBound(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
