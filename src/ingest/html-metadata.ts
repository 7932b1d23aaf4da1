import { normaliseDate } from './dates.js'
import type { DomDocument } from './dom.js'

/** Meta keys (`property`, `name` or `itemprop`, lower-cased) tried in order for each field. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'headline', 'dc.title', 'title'],
  byline: ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author'],
  date: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'publication_date',
    'dc.date',
    'dc.date.issued',
    'dcterms.date',
    'dcterms.issued',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
    'article.published',
  ],
  url: ['og:url', 'twitter:url'],
  source: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
} as const

export interface PageMetadata {
  readonly title: string | null
  readonly byline: string | null
  readonly date: string | null
  readonly url: string | null
  readonly source: string | null
}

/** Reads title, byline, date, canonical URL and site name from a page's metadata, before Readability alters it. */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const meta = metaContents(document)
  const pick = (keys: readonly string[]) => firstOf(keys.map((key) => meta.get(key)))
  return {
    title: pick(META_KEYS.title),
    byline: nonUrl(pick(META_KEYS.byline)),
    date: firstDate([...META_KEYS.date.map((key) => meta.get(key)), itemDatePublished(document)]),
    url: firstOf([
      document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      pick(META_KEYS.url),
    ]),
    source: pick(META_KEYS.source),
  }
}

/** The `datetime` of the page's first `<time>` (inside `<article>` when there is one): a last resort. */
export function firstTimeElementDate(document: DomDocument): string | null {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]')
  return normaliseDate(time?.getAttribute('datetime'))
}

/** Separators between a headline and the site name in a page's `<title>`. */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '] as const

/** Drops the site name from a title such as "Talks stall | The Daily". */
export function cleanTitle(title: string | null, source: string | null): string | null {
  if (!title) return null
  if (!source) return title
  const site = source.toLowerCase()
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator)
    const suffix = title.slice(at + separator.length).trim()
    if (at > 0 && suffix.toLowerCase() === site) return title.slice(0, at).trim()
  }
  return title
}

/** The site name a page's `<title>` appends to the headline ("Talks stall — The Daily" → "The Daily"). */
export function siteFromTitle(pageTitle: string | null, headline: string | null): string | null {
  if (!pageTitle || !headline || !pageTitle.startsWith(headline)) return null
  const rest = pageTitle.slice(headline.length)
  const separator = TITLE_SEPARATORS.find((candidate) => rest.startsWith(candidate))
  const site = separator ? rest.slice(separator.length).trim() : ''
  return site === '' ? null : site
}

function metaContents(document: DomDocument): Map<string, string> {
  const contents = new Map<string, string>()
  const elements = document.querySelectorAll('meta')
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]
    const key =
      element?.getAttribute('property') ?? element?.getAttribute('name') ?? element?.getAttribute('itemprop')
    const content = element?.getAttribute('content')?.trim()
    if (key && content && !contents.has(key.toLowerCase())) contents.set(key.toLowerCase(), content)
  }
  return contents
}

function itemDatePublished(document: DomDocument): string | null {
  const element = document.querySelector('[itemprop="datePublished"]')
  if (!element) return null
  return element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent
}

function firstOf(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const trimmed = value?.replace(/\s+/g, ' ').trim()
    if (trimmed) return trimmed
  }
  return null
}

function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = normaliseDate(value)
    if (date) return date
  }
  return null
}

function nonUrl(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? null : value
}
