/** Renders rows as plain, space-aligned text with a rule under the header. */
export function formatTable(header, rows, options = {}) {
    const cells = [header, ...rows.map((r) => r.map(String))];
    const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
    const alignOf = (c) => options.align?.[c] ??
        (rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[\d.%/-]+$/.test(String(r[c] ?? '')))
            ? 'right'
            : 'left');
    const line = (r) => r
        .map((cell, c) => (alignOf(c) === 'right' ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(header), rule, ...cells.slice(1).map(line)].join('\n');
}
/** A ratio as a fixed three-decimal string. */
export const fmt3 = (value) => value.toFixed(3);
/** A ratio as a percentage with one decimal. */
export const pct = (value) => `${(value * 100).toFixed(1)}%`;
//# sourceMappingURL=table.js.map