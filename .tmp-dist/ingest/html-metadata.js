import { normaliseDate } from './dates.js';
/** Meta keys (`property`, `name` or `itemprop`, lower-cased) tried in order for each field. */
const META_KEYS = {
    title: ['og:title', 'twitter:title', 'headline', 'dc.title', 'title'],
    byline: ['author', 'byline', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author'],
    date: words('article:published_time og:article:published_time datepublished date pubdate publishdate publish-date', 'publish_date publication_date dc.date dc.date.issued dcterms.date dcterms.issued dcterms.created', 'sailthru.date parsely-pub-date article.published'),
    url: ['og:url', 'twitter:url'],
    source: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
};
/** Elements that hold the author's name in the page body, tried in order when the metadata has none. */
const BYLINE_SELECTORS = [
    '[rel="author"]',
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    'a[href*="/author/"]',
    '.byline',
    '.author',
    '.by',
    '[class*="byline"]',
    '[class*="author"]',
];
/** A byline longer than this is a paragraph that happens to carry the class, not a name. */
const MAX_BYLINE_CHARS = 100;
/** Reads title, byline, date, canonical URL and site name from a page's metadata, before Readability alters it. */
export function readPageMetadata(document) {
    const meta = metaContents(document);
    const pick = (keys) => firstOf(keys.map((key) => meta.get(key)));
    return {
        title: pick(META_KEYS.title),
        byline: cleanByline(nonUrl(pick(META_KEYS.byline))) ?? bodyByline(document),
        date: firstDate([...META_KEYS.date.map((key) => meta.get(key)), itemDatePublished(document)]),
        url: firstOf([
            document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
            pick(META_KEYS.url),
        ]),
        source: pick(META_KEYS.source),
    };
}
/** The `datetime` of the page's first `<time>` (inside `<article>` when there is one): a last resort. */
export function firstTimeElementDate(document) {
    const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
    return normaliseDate(time?.getAttribute('datetime'));
}
/** Separators between a headline and the site name in a page's `<title>`. */
const MAX_SITE_CHARS = 40;
const MAX_SITE_WORDS = 5;
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '];
/** Drops the site name from a title such as "Talks stall | The Daily". */
export function cleanTitle(title, source) {
    if (!title)
        return null;
    if (!source)
        return title;
    const site = source.toLowerCase();
    for (const separator of TITLE_SEPARATORS) {
        const at = title.lastIndexOf(separator);
        const suffix = title.slice(at + separator.length).trim();
        if (at > 0 && suffix.toLowerCase() === site)
            return title.slice(0, at).trim();
    }
    return title;
}
/**
 * The site name a page's `<title>` appends to the headline ("Talks stall — The Daily" → "The Daily"): the last
 * short segment after a separator, when the headline from the metadata does not contain it.
 */
export function siteFromTitle(pageTitle, headline) {
    if (!pageTitle || !headline || pageTitle === headline)
        return null;
    for (const separator of TITLE_SEPARATORS) {
        const at = pageTitle.lastIndexOf(separator);
        if (at <= 0)
            continue;
        const site = pageTitle.slice(at + separator.length).trim();
        if (looksLikeSiteName(site) && !headline.includes(site))
            return site;
    }
    return null;
}
/** Short, and every longer word capitalised: "The Northern Times", "BBC News", not "Biden summit ends". */
function looksLikeSiteName(site) {
    const siteWords = site.split(' ');
    if (site === '' || site.length > MAX_SITE_CHARS || siteWords.length > MAX_SITE_WORDS)
        return false;
    return siteWords.every((word) => word.length <= 3 || /^[\p{Lu}\d]/u.test(word));
}
function bodyByline(document) {
    for (const selector of BYLINE_SELECTORS) {
        const name = cleanByline(document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim());
        if (name && name.length <= MAX_BYLINE_CHARS)
            return name;
    }
    return null;
}
/** "By Lena Varga · 5 July 2024" → "Lena Varga". */
function cleanByline(byline) {
    const name = byline
        ?.replace(/^by\s+/i, '')
        .split(/\s+[·|•]\s+/)[0]
        ?.trim();
    return name ? name : null;
}
function words(...lines) {
    return lines.join(' ').split(' ');
}
function metaContents(document) {
    const contents = new Map();
    const elements = document.querySelectorAll('meta');
    for (let i = 0; i < elements.length; i++) {
        const element = elements[i];
        const key = element?.getAttribute('property') ?? element?.getAttribute('name') ?? element?.getAttribute('itemprop');
        const content = element?.getAttribute('content')?.trim();
        if (key && content && !contents.has(key.toLowerCase()))
            contents.set(key.toLowerCase(), content);
    }
    return contents;
}
function itemDatePublished(document) {
    const element = document.querySelector('[itemprop="datePublished"]');
    if (!element)
        return null;
    return element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent;
}
function firstOf(values) {
    for (const value of values) {
        const trimmed = value?.replace(/\s+/g, ' ').trim();
        if (trimmed)
            return trimmed;
    }
    return null;
}
function firstDate(values) {
    for (const value of values) {
        const date = normaliseDate(value);
        if (date)
            return date;
    }
    return null;
}
function nonUrl(value) {
    return value && /^https?:\/\//i.test(value) ? null : value;
}
//# sourceMappingURL=html-metadata.js.map