import { rangeConditions } from './aggregates.js'
import type { QuoteFilter } from './store.js'

/**
 * The publication-date and kind conditions of a quotation filter (quotes q), the same text in SQLite and
 * PostgreSQL: a publication date is compared by its day, so "until 2022-07-08" keeps that day's articles.
 */
export function portableQuoteConditions(filter: QuoteFilter): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = []
  const params: unknown[] = []
  rangeConditions('substr(q.doc_date, 1, 10)', filter, conditions, params)
  if (filter.kinds !== undefined) {
    if (filter.kinds.length === 0) conditions.push('1 = 0')
    else {
      conditions.push(`q.kind IN (${filter.kinds.map(() => '?').join(', ')})`)
      params.push(...filter.kinds)
    }
  }
  return { conditions, params }
}
