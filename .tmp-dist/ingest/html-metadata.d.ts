import type { DomDocument } from './dom.js';
export interface PageMetadata {
    readonly title: string | null;
    readonly byline: string | null;
    readonly date: string | null;
    readonly url: string | null;
    readonly source: string | null;
}
/** Reads title, byline, date, canonical URL and site name from a page's metadata, before Readability alters it. */
export declare function readPageMetadata(document: DomDocument): PageMetadata;
/** The `datetime` of the page's first `<time>` (inside `<article>` when there is one): a last resort. */
export declare function firstTimeElementDate(document: DomDocument): string | null;
/** Drops the site name from a title such as "Talks stall | The Daily". */
export declare function cleanTitle(title: string | null, source: string | null): string | null;
/**
 * The site name a page's `<title>` appends to the headline ("Talks stall — The Daily" → "The Daily"): the last
 * short segment after a separator, when the headline from the metadata does not contain it.
 */
export declare function siteFromTitle(pageTitle: string | null, headline: string | null): string | null;
