import { Readability } from '@mozilla/readability';
import { isBoilerplate } from './boilerplate.js';
import { normaliseDate } from './dates.js';
import { nestingDepth, parseDocument } from './dom.js';
import { blockParagraphs, PAGE_CHROME_TAGS } from './html-blocks.js';
import { cleanTitle, firstTimeElementDate, readPageMetadata, siteFromTitle } from './html-metadata.js';
import { removeFurniture } from './page-furniture.js';
/** Pages whose main text is shorter than this hold no article. */
export const MIN_ARTICLE_CHARS = 80;
const PARAGRAPH_BREAK = '\n\n';
/**
 * Readability's cost grows about with the cube of the nesting depth (≈60 ms at 100 levels, ≈2 s at 500), so
 * deeper pages — broken markup with unclosed tags — go straight to the body fallback. Real pages nest 20–40 deep.
 */
const MAX_READABILITY_DEPTH = 100;
/** Readability refuses pages with more elements than this, and the body fallback takes over. */
const MAX_READABILITY_ELEMENTS = 50_000;
/**
 * The main text of an HTML page, rebuilt paragraph by paragraph (joined with a blank line) with page furniture
 * dropped, and its metadata; null when the page holds no article text.
 */
export function htmlToArticle(html, url) {
    try {
        return extractArticle(html, url ?? null);
    }
    catch {
        // The page defeated the HTML parser: for the caller it simply holds no article.
        return null;
    }
}
function extractArticle(html, url) {
    const document = parseDocument(html);
    const metadata = readPageMetadata(document);
    const fallbackDate = firstTimeElementDate(document);
    removeFurniture(document);
    const pageTitle = nonEmpty(document.title);
    const readable = nestingDepth(document.documentElement, MAX_READABILITY_DEPTH + 1) <= MAX_READABILITY_DEPTH
        ? readabilityArticle(document)
        : null;
    const byline = metadata.byline ?? nonEmpty(readable?.byline);
    const isBylineLine = bylineMatcher(byline);
    const keep = (paragraph) => !isBoilerplate(paragraph) && !isBylineLine(paragraph);
    let text = readable
        ? blockParagraphs(readable.content, PAGE_CHROME_TAGS).filter(keep).join(PARAGRAPH_BREAK)
        : '';
    if (text.length < MIN_ARTICLE_CHARS) {
        const page = parseDocument(html);
        removeFurniture(page);
        const body = page.body;
        text = body ? blockParagraphs(body, PAGE_CHROME_TAGS).filter(keep).join(PARAGRAPH_BREAK) : '';
    }
    if (text.length < MIN_ARTICLE_CHARS)
        return null;
    const source = metadata.source ?? nonEmpty(readable?.siteName) ?? siteFromTitle(pageTitle, metadata.title ?? null);
    return {
        text,
        title: cleanTitle(metadata.title ?? nonEmpty(readable?.title) ?? pageTitle, source),
        byline,
        date: metadata.date ?? normaliseDate(readable?.publishedTime) ?? fallbackDate,
        url: metadata.url ?? nonEmpty(url),
        source,
    };
}
function readabilityArticle(document) {
    try {
        const reader = new Readability(document, {
            serializer: (node) => node,
            maxElemsToParse: MAX_READABILITY_ELEMENTS,
        });
        const parsed = reader.parse();
        if (!parsed?.content)
            return null;
        return { ...parsed, content: parsed.content };
    }
    catch {
        // Readability gave up on this page's structure; the body fallback takes over.
        return null;
    }
}
/** A paragraph that only repeats the byline ("By Jane Doe") is page furniture too. */
function bylineMatcher(byline) {
    if (!byline)
        return () => false;
    const name = byline.replace(/^by\s+/i, '').toLowerCase();
    return (paragraph) => {
        if (paragraph.length > name.length + 4)
            return false;
        return paragraph.replace(/^by\s+/i, '').toLowerCase() === name;
    };
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : null;
}
//# sourceMappingURL=html-article.js.map