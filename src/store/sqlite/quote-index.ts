import type { Statements } from './statements.js'

/**
 * The full-text index of quotations (`quotes_fts`, external content). Quotations are indexed per document,
 * or, when documents are committed in groups, all at once before the group commits: one FTS5 flush per
 * commit instead of one per document. Invariant: every committed quotation is indexed; `pending` holds the
 * documents of the open group whose quotations are not indexed yet.
 */
export interface QuoteIndex {
  readonly deferred: boolean
  readonly pending: Set<number>
}

export function createQuoteIndex(deferred: boolean): QuoteIndex {
  return { deferred, pending: new Set() }
}

/** Indexes a document's quotations now, or marks them pending when indexing waits for the group's commit. */
export function indexDocumentQuotes(s: Statements, index: QuoteIndex, docPk: number): void {
  if (index.deferred) index.pending.add(docPk)
  else s.get('INSERT INTO quotes_fts (rowid, text) SELECT pk, text FROM quotes WHERE doc = ?').run(docPk)
}

/** Indexes the pending quotations; call inside the group's transaction, before it commits. */
export function indexPendingQuotes(s: Statements, index: QuoteIndex): void {
  const insert = s.get('INSERT INTO quotes_fts (rowid, text) SELECT pk, text FROM quotes WHERE doc = ?')
  // A document rolled back after being marked has no quotations left: nothing to index, nothing lost.
  for (const docPk of index.pending) insert.run(docPk)
  index.pending.clear()
}

/** Takes a document's indexed quotations out of the index; call before the quotations are deleted. */
export function unindexDocumentQuotes(s: Statements, index: QuoteIndex, docPk: number): void {
  if (index.pending.delete(docPk)) return
  s.get(
    "INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', pk, text FROM quotes WHERE doc = ?",
  ).run(docPk)
}
