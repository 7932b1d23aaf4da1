import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { FeedFormat, FeedItem, FeedParse, ParsedFeed } from './feed-types.js'

/**
 * Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF), Atom 1.0, sitemaps with Google-News extensions and sitemap indexes
 * into one shape. Parsing is lenient, as feeds in the wild are (a stray `&` does not lose the feed); a document
 * that is no feed at all is refused with the XML validator's reason. Namespace prefixes are dropped, so
 * `content:encoded`, `dc:date`, `news:publication_date` and `atom:link` are read by their local names.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
})

const REPEATED = new Set(['item', 'entry', 'link', 'url', 'sitemap', 'guid', 'id'])
/** Feeds never need entity declarations; refusing them rules out entity-expansion bombs. */
const ENTITY_DECLARATION = /<!ENTITY/i

/** The end of a whole feed document: its root element's closing tag, then at most comments and white space. */
const CLOSING_ROOT = /<\/(?:[\w-]+:)?(?:rss|RDF|feed|urlset|sitemapindex)\s*>(?:\s|<!--[\s\S]*?-->)*$/

type XmlNode = Readonly<Record<string, unknown>>

export function parseFeed(xml: string, baseUrl: string): FeedParse {
  if (ENTITY_DECLARATION.test(xml.slice(0, 65_536))) {
    return { ok: false, reason: 'the feed declares XML entities, which are refused' }
  }
  let root: XmlNode
  try {
    root = parser.parse(xml) as XmlNode
  } catch (error) {
    return { ok: false, reason: `not well-formed XML (${oneLine(error)})` }
  }
  const feed = readRoot(root, baseUrl)
  if (feed) {
    if (!CLOSING_ROOT.test(xml.slice(-4096))) {
      return { ok: false, reason: 'the feed is cut off: its root element is never closed' }
    }
    return { ok: true, feed }
  }
  const validation = XMLValidator.validate(xml)
  if (validation !== true) {
    const { line, msg } = validation.err
    return { ok: false, reason: `not well-formed XML at line ${line}: ${msg}` }
  }
  const names = Object.keys(root).filter((k) => !k.startsWith('?') && !k.startsWith('#'))
  return {
    ok: false,
    reason: `not a feed: the root element is <${names[0] ?? '?'}>, not rss, RDF, feed, urlset or sitemapindex`,
  }
}

function readRoot(root: XmlNode, base: string): ParsedFeed | null {
  const rss = node(root.rss)
  if (rss) {
    const channel = node(rss.channel) ?? {}
    return feed(
      'rss',
      text(channel.title),
      list(channel.item).map((i) => rssItem(i, base)),
    )
  }
  const rdf = node(root.RDF)
  if (rdf) {
    const channel = node(rdf.channel) ?? {}
    const items = list(rdf.item).length > 0 ? list(rdf.item) : list(channel.item)
    return feed(
      'rdf',
      text(channel.title),
      items.map((i) => rssItem(i, base)),
    )
  }
  const atom = node(root.feed)
  if (atom)
    return feed(
      'atom',
      text(atom.title),
      list(atom.entry).map((e) => atomEntry(e, base)),
    )
  const urlset = node(root.urlset)
  if (urlset)
    return feed(
      'sitemap',
      null,
      list(urlset.url).map((u) => sitemapUrl(u, base)),
    )
  const index = node(root.sitemapindex)
  if (index) {
    const sitemaps = list(index.sitemap).flatMap((s) => {
      const loc = absolute(text(s.loc), base)
      return loc ? [loc] : []
    })
    return { format: 'sitemap-index', title: null, items: [], sitemaps }
  }
  return null
}

function feed(format: FeedFormat, title: string | null, items: readonly (FeedItem | null)[]): ParsedFeed {
  return { format, title, items: items.filter((i): i is FeedItem => i !== null), sitemaps: [] }
}

function rssItem(item: XmlNode, base: string): FeedItem | null {
  const guidNode = list(item.guid)[0]
  const guid = text(guidNode)
  const guidIsLink = guid !== null && attribute(guidNode, 'isPermaLink') !== 'false'
  const link =
    absolute(text(item.origLink), base) ??
    linkOf(item, base) ??
    (guidIsLink ? absolute(guid, base) : null) ??
    absolute(attribute(item, 'about'), base)
  if (!link) return null
  return {
    link,
    title: text(item.title),
    published: text(item.pubDate) ?? text(item.date) ?? text(item.published) ?? text(item.updated),
    guid,
  }
}

function atomEntry(entry: XmlNode, base: string): FeedItem | null {
  const link = absolute(text(entry.origLink), base) ?? linkOf(entry, base)
  if (!link) return null
  return {
    link,
    title: text(entry.title),
    published: text(entry.published) ?? text(entry.updated) ?? text(entry.issued) ?? text(entry.date),
    guid: text(list(entry.id)[0]),
  }
}

function sitemapUrl(url: XmlNode, base: string): FeedItem | null {
  const link = absolute(text(url.loc), base)
  if (!link) return null
  const news = node(url.news) ?? {}
  return {
    link,
    title: text(news.title),
    published: text(news.publication_date) ?? text(url.lastmod),
    guid: null,
  }
}

/**
 * The page an item points to: an RSS `<link>` text, else the Atom `<link href>` whose rel is `alternate` (or
 * absent), never `self`, `enclosure` or `replies`.
 */
function linkOf(item: XmlNode, base: string): string | null {
  let fallback: string | null = null
  for (const link of list(item.link)) {
    const href = absolute(attribute(link, 'href') ?? text(link), base)
    if (!href) continue
    const rel = attribute(link, 'rel') ?? 'alternate'
    if (rel === 'alternate') return href
    if (rel === 'related') fallback ??= href
  }
  return fallback
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** The text of an element: a string, or the text of an element that also has attributes. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0])
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object') return text((value as XmlNode)['#text'])
  return null
}

function attribute(value: unknown, name: string): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const found = (value as XmlNode)[`@_${name}`]
  return typeof found === 'string' ? found : null
}

function node(value: unknown): XmlNode | null {
  if (Array.isArray(value)) return node(value[0])
  return value && typeof value === 'object' ? (value as XmlNode) : value === '' ? {} : null
}

function list(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return []
  const values = Array.isArray(value) ? value : [value]
  return values.map((v) => (typeof v === 'string' ? ({ '#text': v } as XmlNode) : (v as XmlNode)))
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()
}
