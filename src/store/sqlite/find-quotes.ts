import type { ActorKind } from '../../doc/layers.js'
import type { RecordSpan } from '../../record/record.js'
import type { QuoteFilter, StoredQuote } from '../store.js'
import { DEFAULT_LIMIT } from './find-events.js'
import {
  DOCUMENT_SUMMARY_COLUMNS,
  type DocumentSummaryRow,
  documentSummary,
  type QuoteColumns,
  textSpan,
} from './read-document.js'
import type { Statements } from './statements.js'

export interface QuoteRow extends DocumentSummaryRow, QuoteColumns {
  readonly pk: number
  readonly speaker: number | null
  readonly speaker_name: string | null
  readonly speaker_kind: ActorKind | null
  readonly speaker_country: string | null
}

/**
 * A user's words as an FTS5 query: each word quoted (so punctuation and operators are literal), all required;
 * a trailing `*` keeps its prefix meaning; control characters (NUL included) separate words. Empty when
 * nothing searchable is left.
 */
export function ftsQuery(search: string): string {
  return search
    .split(/[\s\p{Cc}]+/u)
    .map((word) => {
      const prefix = word.endsWith('*')
      const bare = word.replace(/\*+$/, '').replace(/"/g, '""')
      return bare === '' ? '' : `"${bare}"${prefix ? '*' : ''}`
    })
    .filter((term) => term !== '')
    .join(' ')
}

/** The columns a quotation listing selects (quotes q, documents d, actors a). */
export const QUOTE_LISTING_COLUMNS = `q.*, ${DOCUMENT_SUMMARY_COLUMNS}, a.name AS speaker_name, a.kind AS speaker_kind,
  a.country AS speaker_country`

export function findQuotes(s: Statements, filter: QuoteFilter): StoredQuote[] {
  const conditions: string[] = []
  const params: unknown[] = []
  if (filter.speakerIds) {
    conditions.push('q.speaker IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.speakerIds))
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const match = ftsQuery(filter.search)
    // A search with characters but no word in them ("*", NUL) finds nothing; a blank one is no search.
    if (match === '') return []
    conditions.push('q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)')
    params.push(match)
  }
  if (filter.documentId !== undefined) {
    conditions.push('d.id = ?')
    params.push(filter.documentId)
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`
  const rows = s
    .get(
      `SELECT ${QUOTE_LISTING_COLUMNS}
       FROM quotes q JOIN documents d ON d.pk = q.doc LEFT JOIN actors a ON a.pk = q.speaker
       ${where}
       ORDER BY q.doc_date DESC, q.doc, q.pk LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as QuoteRow[]
  return rows.map(storedQuote)
}

export function storedQuote(q: QuoteRow): StoredQuote {
  return {
    id: q.pk,
    document: documentSummary(q),
    localId: q.local_id,
    kind: q.kind,
    text: q.text,
    spans: JSON.parse(q.spans) as RecordSpan[],
    cue: textSpan(q.cue_start, q.cue_end, q.cue_text),
    speaker:
      q.speaker === null || q.speaker_kind === null
        ? null
        : { id: q.speaker, name: q.speaker_name ?? '', kind: q.speaker_kind, country: q.speaker_country },
    speakerMention: textSpan(q.speaker_start, q.speaker_end, q.speaker_text),
  }
}
