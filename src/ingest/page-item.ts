import { diagnostic } from '../diagnostics/diagnostic.js'
import { htmlToArticle } from './html-article.js'
import { errorItem, finishDocument } from './items.js'
import type { TextRead } from './read-text.js'
import type { IngestItem, ResolvedOptions } from './types.js'

/** Bytes read per allowed character: the head of a text or HTML input that is read at most. */
export const HEAD_BYTES_PER_CHAR = { text: 4, html: 16 } as const

/** The item for one whole text or HTML input (a file or stdin), once its bytes are read and decoded. */
export function pageItem(
  kind: 'text' | 'html',
  read: TextRead,
  input: string,
  id: string,
  options: ResolvedOptions,
): IngestItem {
  if (!read.ok) return errorItem(input, id, read.code, read.reason)
  if (kind === 'text') {
    return finishDocument(
      {
        input,
        id,
        text: read.text,
        wasCut: read.wasCut,
        totalBytes: read.totalBytes,
        date: dateInFileName(input),
        title: headlineOf(read.text),
      },
      options,
    )
  }
  if (read.text.trim() === '')
    return errorItem(input, id, 'input/empty', 'the page is empty or only whitespace')
  // A page's text is rebuilt from its markup: a BOM before the markup is no part of it.
  const article = htmlToArticle(read.text.replace(/^\uFEFF/, ''))
  if (article === null)
    return errorItem(input, id, 'input/no-article', 'no article text found in the HTML page')
  // Only the page's markup may have been cut; the cap on its text applies as usual.
  const warnings = read.wasCut
    ? [
        diagnostic(
          'input/truncated',
          'warning',
          `page is ${read.totalBytes} bytes; only its first ${read.text.length} characters of HTML were read`,
        ),
      ]
    : []
  return finishDocument(
    {
      input,
      id,
      text: article.text,
      title: article.title,
      date: article.date,
      url: article.url,
      source: article.source,
      warnings,
    },
    options,
  )
}

/** A plain-text file carries no metadata; a name starting with its date ("2022-07-10-bali.txt") gives one. */
export function dateInFileName(path: string): string | null {
  const name = path.split(/[\\/]/).at(-1) ?? ''
  return /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(name)?.[1] ?? null
}

/** A first line that reads as a headline: short, on its own line, not ending like a sentence. */
export function headlineOf(text: string): string | null {
  const newline = text.indexOf('\n')
  if (newline < 0) return null
  const line = text.slice(0, newline).trim()
  if (line.length < 8 || line.length > 160 || /[.!?:;,”"']$/.test(line)) return null
  return line
}
