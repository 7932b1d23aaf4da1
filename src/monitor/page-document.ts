import { sniffBytes } from '../ingest/bytes.js'
import { normaliseDate } from '../ingest/dates.js'
import { pageItem } from '../ingest/page-item.js'
import { resolveOptions } from '../ingest/read-inputs.js'
import type { IngestItem } from '../ingest/types.js'
import type { FetchSuccess } from './http-fetch.js'

/** Ingest defaults; a fetched page never reads stdin. */
const PAGE_OPTIONS = resolveOptions({ stdin: (async function* () {})() })

/**
 * A fetched web page as an ingest item, through the same HTML path as `parley ingest page.html` (Readability,
 * furniture and boilerplate dropped, the checks every document goes through). The feed item's date stands in
 * when the page carries none, and its title when the page has no title; the id is the page's canonical URL.
 */
export function pageDocument(
  page: FetchSuccess,
  id: string,
  item: { readonly title: string | null; readonly published: string | null },
): IngestItem {
  const problem = sniffBytes(page.body)
  const text = problem === null ? decodePage(page.body, page.charset) : ''
  const read =
    problem === null
      ? ({ ok: true, text, wasCut: false, totalBytes: page.body.byteLength } as const)
      : ({ ok: false, code: 'input/binary', reason: 'the page is binary data, not HTML' } as const)
  const result = pageItem('html', read, page.url, id, PAGE_OPTIONS)
  if (result.kind === 'error') return result
  return {
    ...result,
    meta: {
      ...result.meta,
      date: result.meta.date ?? normaliseDate(item.published),
      title: result.meta.title ?? item.title,
      url: result.meta.url ?? page.url,
    },
  }
}

/**
 * The page's text in its declared encoding: the Content-Type charset, else a `<meta charset>` (or http-equiv)
 * in the first 2 KB, else UTF-8. Bytes that do not decode become U+FFFD, as browsers show them.
 */
export function decodePage(body: Uint8Array, headerCharset: string | null): string {
  return decodeDeclared(body, headerCharset, /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)
}

/** A feed's text: the Content-Type charset, else the XML declaration's encoding, else UTF-8. */
export function decodeFeed(body: Uint8Array, headerCharset: string | null): string {
  return decodeDeclared(body, headerCharset, /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i)
}

function decodeDeclared(body: Uint8Array, headerCharset: string | null, declaration: RegExp): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048)).replace(/^\u00EF\u00BB\u00BF/, '')
  const declared = headerCharset ?? declaration.exec(head)?.[1]?.toLowerCase() ?? 'utf-8'
  try {
    return new TextDecoder(declared).decode(body)
  } catch {
    return new TextDecoder('utf-8').decode(body)
  }
}
