import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocMeta } from '../doc/doc.js'

export interface IngestOptions {
  /** Publication date from `--date` (YYYY-MM-DD); overrides the article's own metadata. */
  readonly date?: string | null
  /** Longest document text kept, in UTF-16 code units; longer texts are cut and warned about. */
  readonly maxChars?: number
  /** Files larger than this are refused with `input/too-large` (default 1 GiB). */
  readonly maxFileBytes?: number
  /** Where `-` reads from (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>
}

/** The article's metadata as read from the input: the Doc's own metadata. */
export type IngestMeta = DocMeta

export interface IngestDocument {
  readonly kind: 'document'
  /** A path, `-` for stdin, or `file.jsonl:LINE` for one JSONL record. */
  readonly input: string
  readonly text: string
  readonly meta: IngestMeta
  /** Warnings only, e.g. `input/truncated`. */
  readonly diagnostics: readonly Diagnostic[]
}

export interface IngestError {
  readonly kind: 'error'
  readonly input: string
  readonly id: string
  /** At least one fatal diagnostic. */
  readonly diagnostics: readonly Diagnostic[]
}

export type IngestItem = IngestDocument | IngestError

/** Options with every default filled in, resolved once per `readInputs` call. */
export interface ResolvedOptions {
  readonly date: string | null
  readonly maxChars: number
  readonly maxFileBytes: number
  readonly stdin: AsyncIterable<Uint8Array | string>
}

/** What an HTML page yields once its main text and metadata are found. */
export interface HtmlArticle {
  readonly text: string
  readonly title: string | null
  readonly byline: string | null
  /** Publication date normalised to YYYY-MM-DD, or null. */
  readonly date: string | null
  readonly url: string | null
  readonly source: string | null
}
