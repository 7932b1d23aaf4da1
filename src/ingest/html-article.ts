import { Readability } from '@mozilla/readability'
import { isBoilerplate } from './boilerplate.js'
import { normaliseDate } from './dates.js'
import { type DomDocument, type DomElement, type DomNode, nestingDepth, parseDocument } from './dom.js'
import { blockParagraphs, PAGE_CHROME_TAGS } from './html-blocks.js'
import { cleanTitle, firstTimeElementDate, readPageMetadata, siteFromTitle } from './html-metadata.js'
import { findNamedFurniture, removeFurniture } from './page-furniture.js'
import type { HtmlArticle } from './types.js'

/** Pages whose main text is shorter than this hold no article. */
export const MIN_ARTICLE_CHARS = 80
const PARAGRAPH_BREAK = '\n\n'
/**
 * Readability's cost grows about with the cube of the nesting depth (≈60 ms at 100 levels, ≈2 s at 500), so
 * deeper pages — broken markup with unclosed tags — go straight to the body fallback. Real pages nest 20–40 deep.
 */
const MAX_READABILITY_DEPTH = 100
/** A main text with more of its text than this in elements named as furniture is furniture itself. */
const MAX_FURNITURE_SHARE = 0.5
/** Readability refuses pages with more elements than this, and the body fallback takes over. */
const MAX_READABILITY_ELEMENTS = 50_000

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

/**
 * The main text is the one Readability chooses on the page as it is, without the furniture paragraphs inside it
 * (share bars, newsletter boxes). The furniture pass overrules the choice only with evidence: when most of the
 * chosen text is furniture (a short post drowned in its comment thread) and Readability on the page without its
 * furniture finds a text that mostly is not; or when Readability finds no text at all. The last resort is the
 * paragraphs of the body without its furniture. Furniture is recognised by its paragraphs' text as found on the
 * page, since Readability rebuilds and retags the elements it returns.
 */
function extractArticle(html: string, url: string | null): HtmlArticle | null {
  const document = parseDocument(html)
  const metadata = readPageMetadata(document)
  const fallbackDate = firstTimeElementDate(document)
  const pageTitle = nonEmpty(document.title)
  const isShallow = nestingDepth(document.documentElement, MAX_READABILITY_DEPTH + 1) <= MAX_READABILITY_DEPTH
  const blocks = furnitureParagraphs(findNamedFurniture(document.documentElement))
  const named = furnitureParagraphs(findNamedFurniture(document.documentElement, { anySize: true }))
  const readable = isShallow ? readabilityArticle(document) : null
  const byline = metadata.byline ?? nonEmpty(readable?.byline)
  const isBylineLine = bylineMatcher(byline)
  const keep = (paragraph: string) => !isBoilerplate(paragraph) && !isBylineLine(paragraph)
  const paragraphsOf = (root: DomNode | null | undefined) =>
    root ? blockParagraphs(root, PAGE_CHROME_TAGS).filter(keep) : []
  let paragraphs = paragraphsOf(readable?.content)
  if (furnitureShare(paragraphs, named) > MAX_FURNITURE_SHARE && isShallow) {
    const page = parseDocument(html)
    removeFurniture(page)
    const cleaned = paragraphsOf(readabilityArticle(page)?.content)
    if (joinedLength(cleaned) >= MIN_ARTICLE_CHARS && furnitureShare(cleaned, named) <= MAX_FURNITURE_SHARE) {
      paragraphs = cleaned
    }
  } else if (furnitureShare(paragraphs, blocks) <= MAX_FURNITURE_SHARE) {
    // the furniture inside the article goes, unless it is most of it (class names that mislead)
    paragraphs = paragraphs.filter((p) => !isFurnitureParagraph(p, blocks))
  }
  let text = paragraphs.join(PARAGRAPH_BREAK)
  if (text.length < MIN_ARTICLE_CHARS && isShallow) {
    const page = parseDocument(html)
    removeFurniture(page)
    text = paragraphsOf(readabilityArticle(page)?.content).join(PARAGRAPH_BREAK)
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    const page = parseDocument(html)
    removeFurniture(page)
    text = paragraphsOf(page.body).join(PARAGRAPH_BREAK)
  }
  if (text.length < MIN_ARTICLE_CHARS) return null
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
    const reader = new Readability<DomNode>(document, {
      serializer: (node: DomNode) => node,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    })
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

/** The paragraphs of furniture elements, as text. */
function furnitureParagraphs(elements: readonly DomElement[]): string[] {
  return elements.flatMap((element) => blockParagraphs(element))
}

/** A paragraph that furniture on the page holds (the whole of it, or the part Readability kept). */
function isFurnitureParagraph(paragraph: string, furniture: readonly string[]): boolean {
  return furniture.some((f) => f.includes(paragraph))
}

/** The share of the paragraphs' text that is furniture. */
function furnitureShare(paragraphs: readonly string[], furniture: readonly string[]): number {
  const total = joinedLength(paragraphs)
  if (total === 0 || furniture.length === 0) return 0
  const inFurniture = paragraphs.reduce((n, p) => n + (isFurnitureParagraph(p, furniture) ? p.length : 0), 0)
  return inFurniture / total
}

function joinedLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0)
}
