/** Month names and abbreviations as they appear in page metadata ("July 10, 2022", "10 Jul 2022"). */
const MONTHS = {
    jan: 1,
    january: 1,
    feb: 2,
    february: 2,
    mar: 3,
    march: 3,
    apr: 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    oct: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
};
const ISO_PREFIX = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\b/i;
/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match !== null && toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}
/**
 * Normalises a metadata date ("2022-07-10T08:00:00Z", "2022/7/10", "July 10, 2022", "Sun, 10 Jul 2022 …")
 * to YYYY-MM-DD, keeping the calendar day as the publisher wrote it; null when it cannot be read.
 */
export function normaliseDate(raw) {
    const value = raw?.trim();
    if (!value)
        return null;
    const iso = ISO_PREFIX.exec(value) ?? COMPACT.exec(value);
    if (iso)
        return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const monthFirst = MONTH_FIRST.exec(value);
    if (monthFirst)
        return fromNamedMonth(monthFirst[1], monthFirst[2], monthFirst[3]);
    const dayFirst = DAY_FIRST.exec(value);
    if (dayFirst)
        return fromNamedMonth(dayFirst[2], dayFirst[1], dayFirst[3]);
    return null;
}
function fromNamedMonth(month, day, year) {
    const monthNumber = MONTHS[month?.toLowerCase() ?? ''];
    return monthNumber === undefined ? null : toIsoDate(Number(year), monthNumber, Number(day));
}
function toIsoDate(year, month, day) {
    if (year < 1000 || month < 1 || month > 12 || day < 1)
        return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1)
        return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
//# sourceMappingURL=dates.js.map