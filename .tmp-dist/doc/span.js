export function span(start, end) {
    return { start, end };
}
export function textSpan(text, s) {
    return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}
export function spanLength(s) {
    return s.end - s.start;
}
export function spansOverlap(a, b) {
    return a.start < b.end && b.start < a.end;
}
export function spanContains(outer, inner) {
    return outer.start <= inner.start && inner.end <= outer.end;
}
export function compareSpans(a, b) {
    return a.start - b.start || a.end - b.end;
}
/** Index of the first span in a start-sorted array whose start is >= offset (binary search). */
export function lowerBound(spans, offset) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (spans[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=span.js.map