import { Readability } from '@mozilla/readability'
import { isBoilerplate } from './boilerplate.js'
import { normaliseDate } from './dates.js'
import { type DomDocument, type DomNode, parseDocument } from './dom.js'
import { blockParagraphs, PAGE_CHROME_TAGS } from './html-blocks.js'
import { cleanTitle, firstTimeElementDate, readPageMetadata, siteFromTitle } from './html-metadata.js'
import type { HtmlArticle } from './types.js'

/** Pages whose main text is shorter than this hold no article. */
export const MIN_ARTICLE_CHARS = 80
const PARAGRAPH_BREAK = '\n\n'

/**
 * The main text of an HTML page, rebuilt paragraph by paragraph (joined with a blank line) with page furniture
 * dropped, and its metadata; null when the page holds no article text.
 */
export function htmlToArticle(html: string, url?: string | null): HtmlArticle | null {
  try {
    return extractArticle(html, url ?? null)
  } catch {
    // The page defeated the HTML parser: for the caller it simply holds no article.
    return null
  }
}

function extractArticle(html: string, url: string | null): HtmlArticle | null {
  const document = parseDocument(html)
  const metadata = readPageMetadata(document)
  const fallbackDate = firstTimeElementDate(document)
  const readable = readabilityArticle(document)
  const byline = metadata.byline ?? nonEmpty(readable?.byline)
  const isBylineLine = bylineMatcher(byline)
  const keep = (paragraph: string) => !isBoilerplate(paragraph) && !isBylineLine(paragraph)
  let text = readable
    ? blockParagraphs(readable.content, PAGE_CHROME_TAGS).filter(keep).join(PARAGRAPH_BREAK)
    : ''
  if (text.length < MIN_ARTICLE_CHARS) {
    const body = parseDocument(html).body
    text = body ? blockParagraphs(body, PAGE_CHROME_TAGS).filter(keep).join(PARAGRAPH_BREAK) : ''
  }
  if (text.length < MIN_ARTICLE_CHARS) return null
  const pageTitle = nonEmpty(document.title)
  const source =
    metadata.source ?? nonEmpty(readable?.siteName) ?? siteFromTitle(pageTitle, metadata.title ?? null)
  return {
    text,
    title: cleanTitle(metadata.title ?? nonEmpty(readable?.title) ?? pageTitle, source),
    byline,
    date: metadata.date ?? normaliseDate(readable?.publishedTime) ?? fallbackDate,
    url: metadata.url ?? nonEmpty(url),
    source,
  }
}

interface ReadableParts {
  readonly content: DomNode
  readonly title: string | null | undefined
  readonly byline: string | null | undefined
  readonly siteName: string | null | undefined
  readonly publishedTime: string | null | undefined
}

function readabilityArticle(document: DomDocument): ReadableParts | null {
  try {
    const reader = new Readability<DomNode>(document, { serializer: (node: DomNode) => node })
    const parsed = reader.parse()
    if (!parsed?.content) return null
    return { ...parsed, content: parsed.content }
  } catch {
    // Readability gave up on this page's structure; the body fallback takes over.
    return null
  }
}

/** A paragraph that only repeats the byline ("By Jane Doe") is page furniture too. */
function bylineMatcher(byline: string | null): (paragraph: string) => boolean {
  if (!byline) return () => false
  const name = byline.replace(/^by\s+/i, '').toLowerCase()
  return (paragraph) => {
    if (paragraph.length > name.length + 4) return false
    return paragraph.replace(/^by\s+/i, '').toLowerCase() === name
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}
