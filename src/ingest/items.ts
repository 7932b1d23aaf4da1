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
  /** The input was longer than what was read, so the text must be cut even if it fits the cap. */
  readonly wasCut?: boolean
  /** Size of the whole input, for the truncation message. */
  readonly totalBytes?: number
}

/** An error item whose one fatal diagnostic says, on one line, which input failed and why. */
export function errorItem(input: string, id: string, code: DiagnosticCode, reason: string): IngestError {
  return {
    kind: 'error',
    input,
    id,
    diagnostics: [diagnostic(code, 'fatal', oneLine(`${input}: ${reason}`))],
  }
}

/** Applies the checks every document goes through: empty, size cap, language, date. */
export function finishDocument(draft: DocumentDraft, options: ResolvedOptions): IngestItem {
  const { input, id } = draft
  if (draft.text.trim() === '') return errorItem(input, id, 'input/empty', 'holds no text')
  const warnings: Diagnostic[] = []
  let text = draft.text
  if (text.length > options.maxChars || draft.wasCut) {
    const cap = Math.min(options.maxChars, draft.wasCut ? text.length - 1 : text.length)
    const truncation = truncateText(text, cap)
    const size =
      draft.totalBytes === undefined ? `${draft.text.length} characters` : `${draft.totalBytes} bytes`
    warnings.push(
      diagnostic(
        'input/truncated',
        'warning',
        oneLine(
          `${input}: text is longer than the cap (${size}); kept the first ${truncation.text.length} characters, cut at a ${truncation.cut} boundary`,
        ),
      ),
    )
    text = truncation.text
  }
  const language = detectLanguage(text)
  if (language !== null && language !== 'eng') {
    const name = LANGUAGE_NAMES[language] ?? language
    return errorItem(input, id, 'input/not-english', `the text is in ${name} (${language}), not English`)
  }
  const ownDate = normaliseDate(draft.date)
  if (draft.date && ownDate === null && options.date === null) {
    warnings.push(
      diagnostic(
        'input/bad-date',
        'warning',
        oneLine(`${input}: cannot read the date "${draft.date}"; date left unknown`),
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
