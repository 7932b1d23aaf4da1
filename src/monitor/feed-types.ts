/** What a feed says, whatever its format: the pages it points to, newest first as the publisher listed them. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'sitemap' | 'sitemap-index'

export interface FeedItem {
  /** The page's address, absolute (resolved against the feed's URL), as the feed gives it. */
  readonly link: string
  readonly title: string | null
  /** The item's publication date as the feed wrote it (RFC 822, ISO 8601, …), or null. */
  readonly published: string | null
  /** The item's own id (RSS guid, Atom id), or null. */
  readonly guid: string | null
}

export interface ParsedFeed {
  readonly format: FeedFormat
  readonly title: string | null
  readonly items: readonly FeedItem[]
  /** A sitemap index lists further sitemaps rather than pages. */
  readonly sitemaps: readonly string[]
}

export type FeedParse =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly reason: string }
