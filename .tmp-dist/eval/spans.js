/** Sorts and merges ranges so that overlaps are counted once. */
export function mergeRanges(ranges) {
    const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const r of sorted) {
        const last = merged[merged.length - 1];
        if (last && r.start <= last.end)
            last.end = Math.max(last.end, r.end);
        else
            merged.push({ start: r.start, end: r.end });
    }
    return merged;
}
/** Total characters covered by the ranges (overlaps counted once). */
export function coveredLength(ranges) {
    let total = 0;
    for (const r of mergeRanges(ranges))
        total += r.end - r.start;
    return total;
}
/** Characters shared by two sets of ranges (each merged first). */
export function intersectionLength(a, b) {
    const x = mergeRanges(a);
    const y = mergeRanges(b);
    let i = 0;
    let j = 0;
    let total = 0;
    while (i < x.length && j < y.length) {
        const p = x[i];
        const q = y[j];
        const lo = Math.max(p.start, q.start);
        const hi = Math.min(p.end, q.end);
        if (hi > lo)
            total += hi - lo;
        if (p.end < q.end)
            i++;
        else
            j++;
    }
    return total;
}
/** Fraction of `gold`'s characters covered by `pred` (0 when gold is empty). */
export function coverage(gold, pred) {
    const size = coveredLength(gold);
    return size === 0 ? 0 : intersectionLength(gold, pred) / size;
}
export function overlaps(a, b) {
    return a.start < b.end && b.start < a.end;
}
//# sourceMappingURL=spans.js.map