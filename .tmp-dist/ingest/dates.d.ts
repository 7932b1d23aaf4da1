/** True for a real calendar date written YYYY-MM-DD. */
export declare function isIsoDate(value: string): boolean;
/**
 * Normalises a metadata date ("2022-07-10T08:00:00Z", "2022/7/10", "July 10, 2022", "Sun, 10 Jul 2022 …")
 * to YYYY-MM-DD, keeping the calendar day as the publisher wrote it; null when it cannot be read.
 */
export declare function normaliseDate(raw: string | null | undefined): string | null;
