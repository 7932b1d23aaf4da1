/** Catalog of every diagnostic Parley can emit: `<area>/<rule>` → what it means. */
export declare const DIAGNOSTIC_CODES: {
    readonly 'input/not-found': "the input path does not exist";
    readonly 'input/unreadable': "the input exists but cannot be read (permissions, or not a regular file)";
    readonly 'input/unsupported': "the input is not a .txt, .html, .htm or .jsonl file";
    readonly 'input/empty': "the input holds no text";
    readonly 'input/binary': "the input is binary data, not text";
    readonly 'input/bad-encoding': "the input is not valid UTF-8";
    readonly 'input/truncated': "the input was longer than the size cap and only its beginning was read";
    readonly 'input/too-large': "the input is larger than the size cap";
    readonly 'input/bad-json': "a JSONL line is not a valid JSON object";
    readonly 'input/bad-record': "a JSONL record lacks an id or a text/html field";
    readonly 'input/no-article': "no article text was found in the HTML page";
    readonly 'input/not-english': "the text is not in English";
    readonly 'input/bad-date': "the publication date is not a valid YYYY-MM-DD date";
    readonly 'quotes/unbalanced-mark': "a quote mark has no partner; the quotation ends at its paragraph";
    readonly 'internal/stage-failed': "a pipeline stage threw an unexpected exception";
};
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
