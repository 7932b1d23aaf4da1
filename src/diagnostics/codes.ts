/** Catalog of every diagnostic Parley can emit: `<area>/<rule>` → what it means. */
export const DIAGNOSTIC_CODES = {
  'input/not-found': 'the input path does not exist',
  'input/unreadable': 'the input exists but cannot be read (permissions, or not a regular file)',
  'input/unsupported': 'the input is not a .txt, .html, .htm or .jsonl file',
  'input/empty': 'the input holds no text',
  'input/binary': 'the input is binary data, not text',
  'input/bad-encoding': 'the input is not valid UTF-8',
  'input/truncated': 'the input was longer than the size cap and only its beginning was read',
  'input/too-large': 'the input is larger than the size cap',
  'input/bad-json': 'a JSONL line is not a valid JSON object',
  'input/bad-record': 'a JSONL record lacks an id or a text/html field',
  'input/no-article': 'no article text was found in the HTML page',
  'input/not-english': 'the text is not in English',
  'input/bad-date': 'the publication date is not a valid YYYY-MM-DD date',
  'segment/unaligned-token':
    'the tokenizer gave a token that is not written in the text; it spans nothing and is ignored',
  'quotes/unbalanced-mark': 'a quote mark has no partner; the quotation ends at its paragraph',
  'internal/stage-failed': 'a pipeline stage threw an unexpected exception',
} as const

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES
