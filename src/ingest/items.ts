import type { DiagnosticCode } from '../diagnostics/codes.js'
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.js'
import { normaliseDate } from './dates.js'
import { detectLanguage, LANGUAGE_NAMES } from './language.js'
import { truncateText } from './truncate.js'
import type { IngestError, IngestItem, ResolvedOptions } from './types.js'

/** A text found in an input, before the checks every document goes through. */
export interface DocumentDraft {
  readonly input: string
  readonly id: string
  readonly text: string
  readonly title?: string | null
  /** The article's own date as written in its metadata; normalised here. */
  readonly date?: string | null
  readonly url?: string | null
  readonly source?: string | null
  /** Only the head of the input was read (`totalBytes` long in all): the text must be cut even if it fits the cap. */
  readonly wasCut?: boolean
  readonly totalBytes?: number
  /** Warnings found before this point (e.g. an HTML page whose markup was only partly read). */
  readonly warnings?: readonly Diagnostic[]
}

/** An error item whose one fatal diagnostic says on one line why the input failed (the CLI prefixes the input). */
export function errorItem(input: string, id: string, code: DiagnosticCode, reason: string): IngestError {
  return {
    kind: 'error',
    input,
    id,
    diagnostics: [diagnostic(code, 'fatal', oneLine(reason))],
  }
}

/** Applies the checks every document goes through: empty, size cap, language, date. */
export function finishDocument(draft: DocumentDraft, options: ResolvedOptions): IngestItem {
  const { input, id } = draft
  if (draft.text.trim() === '')
    return errorItem(input, id, 'input/empty', 'the text is empty or only whitespace')
  const warnings: Diagnostic[] = [...(draft.warnings ?? [])]
  let text = draft.text
  if (text.length > options.maxChars || draft.wasCut) {
    const cap = Math.min(options.maxChars, draft.wasCut ? text.length - 1 : text.length)
    const truncation = truncateText(text, cap)
    const size =
      draft.wasCut && draft.totalBytes !== undefined
        ? `${draft.totalBytes} bytes`
        : `${draft.text.length} characters`
    warnings.push(
      diagnostic(
        'input/truncated',
        'warning',
        oneLine(
          `text is longer than the cap (${size}); kept the first ${truncation.text.length} characters, cut at a ${truncation.cut} boundary`,
        ),
      ),
    )
    text = truncation.text
  }
  const language = detectLanguage(text)
  if (language !== null && language !== 'eng') {
    const name = LANGUAGE_NAMES[language]
    const reason =
      language === 'und'
        ? 'the text is not English (its language is undetermined)'
        : `the text is in ${name ?? language} (${language}), not English`
    return errorItem(input, id, 'input/not-english', reason)
  }
  const ownDate = normaliseDate(draft.date)
  if (draft.date && ownDate === null && options.date === null) {
    warnings.push(
      diagnostic(
        'input/bad-date',
        'warning',
        oneLine(`cannot read the date "${draft.date}"; date left unknown`),
      ),
    )
  }
  return {
    kind: 'document',
    input,
    text,
    meta: {
      id,
      title: draft.title ?? null,
      date: options.date ?? ownDate,
      url: draft.url ?? null,
      source: draft.source ?? null,
      language,
    },
    diagnostics: warnings,
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ')
}
