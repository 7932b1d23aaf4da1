import type { ActorKind } from '../../doc/layers.js'
import type { RecordSpan } from '../../record/record.js'
import { portableQuoteConditions } from '../quote-conditions.js'
import type { QuoteFilter, QuoteReport, StoredQuote } from '../store.js'
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
  readonly report_key: string | null
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

/** The WHERE clause of a quotation filter (quotes q, documents d), or null when it can match nothing. */
function quoteWhere(filter: QuoteFilter): { readonly where: string; readonly params: unknown[] } | null {
  const conditions: string[] = []
  const params: unknown[] = []
  if (filter.speakerIds) {
    conditions.push('q.speaker IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.speakerIds))
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const match = ftsQuery(filter.search)
    // A search with characters but no word in them ("*", NUL) finds nothing; a blank one is no search.
    if (match === '') return null
    conditions.push('q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)')
    params.push(match)
  }
  if (filter.documentId !== undefined) {
    conditions.push('d.id = ?')
    params.push(filter.documentId)
  } else {
    conditions.push('q.is_primary = 1')
  }
  const portable = portableQuoteConditions(filter)
  conditions.push(...portable.conditions)
  params.push(...portable.params)
  return { where: `WHERE ${conditions.join(' AND ')}`, params }
}

/** How many quotations a filter matches, whatever page is asked for. */
export function totalQuotes(s: Statements, filter: QuoteFilter): number {
  const clause = quoteWhere(filter)
  if (!clause) return 0
  return s
    .get(`SELECT count(*) FROM quotes q JOIN documents d ON d.pk = q.doc ${clause.where}`)
    .pluck()
    .get(...clause.params) as number
}

export function findQuotes(s: Statements, filter: QuoteFilter): StoredQuote[] {
  const clause = quoteWhere(filter)
  if (!clause) return []
  const { where, params } = clause
  const rows = s
    .get(
      `SELECT ${QUOTE_LISTING_COLUMNS}
       FROM quotes q JOIN documents d ON d.pk = q.doc LEFT JOIN actors a ON a.pk = q.speaker
       ${where}
       ORDER BY q.doc_date DESC, q.doc, q.pk LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as QuoteRow[]
  const keys = [...new Set(rows.flatMap((q) => (q.report_key === null ? [] : [q.report_key])))]
  const reports =
    keys.length === 0
      ? []
      : (s
          .get(
            `SELECT ${QUOTE_REPORT_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc
             WHERE q.report_key IN (SELECT value FROM json_each(?)) ORDER BY ${QUOTE_REPORT_ORDER}`,
          )
          .all(JSON.stringify(keys)) as QuoteReportRow[])
  return storedQuotes(rows, reports)
}

/** The columns and order of a quotation's reports (quotes q, documents d). */
export const QUOTE_REPORT_COLUMNS = `q.report_key, q.local_id, q.spans, ${DOCUMENT_SUMMARY_COLUMNS}`
export const QUOTE_REPORT_ORDER = 'q.report_key, d.date IS NULL, d.date, d.id, q.local_id'

export interface QuoteReportRow extends DocumentSummaryRow {
  readonly report_key: string
  readonly local_id: string
  readonly spans: string
}

const MAX_REPORTS = 20

/** Listed quotations with their reports (rows of every report of their keys; a quotation without a key has one). */
export function storedQuotes(
  rows: readonly QuoteRow[],
  reportRows: readonly QuoteReportRow[],
): StoredQuote[] {
  const byKey = new Map<string, QuoteReport[]>()
  for (const r of reportRows) {
    const list = byKey.get(r.report_key) ?? []
    list.push({
      document: documentSummary(r),
      localId: r.local_id,
      spans: JSON.parse(r.spans) as RecordSpan[],
    })
    byKey.set(r.report_key, list)
  }
  return rows.map((q) => {
    const own = storedQuote(q)
    const reports = (q.report_key === null ? undefined : byKey.get(q.report_key)) ?? [
      { document: own.document, localId: own.localId, spans: own.spans },
    ]
    return { ...own, reportCount: reports.length, reports: reports.slice(0, MAX_REPORTS) }
  })
}

function storedQuote(q: QuoteRow): Omit<StoredQuote, 'reportCount' | 'reports'> {
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
