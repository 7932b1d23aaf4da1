/** A half-open range of UTF-16 code units in a document's text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the text it covers, as published in records. */
export interface TextSpan extends Span {
  readonly text: string
}

export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) }
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}
