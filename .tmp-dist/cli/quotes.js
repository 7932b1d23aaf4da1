import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor } from '../extract.js';
import { isIsoDate, readInputs } from '../ingest/index.js';
import { defaultStages } from '../pipeline/default-stages.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { quotes } from '../stages/quotes/quotes.js';
import { formatDiagnostic, UsageError, writeErr, writeOut } from './io.js';
export const QUOTES_USAGE = `usage: parley quotes <input…> [--speaker NAME] [--format table|json] [--date YYYY-MM-DD]

  <input>          a .txt, .html/.htm or .jsonl file, a directory (read recursively), or - for stdin
  --speaker NAME   only quotations whose speaker's name or mention contains every word of NAME
  --format F       table (default): speaker, cue and quotation, one block per document; json: an array
  --date D         publication date (YYYY-MM-DD) for the articles`;
export const QUOTE_FORMATS = ['table', 'json'];
export function parseQuotesArgs(args) {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
            speaker: { type: 'string' },
            format: { type: 'string', default: 'table' },
            date: { type: 'string' },
        },
    });
    if (positionals.length === 0)
        throw new UsageError('no input given');
    const format = values.format;
    if (format !== 'table' && format !== 'json')
        throw new UsageError(`--format must be table or json, not "${format}"`);
    if (values.date !== undefined && !isIsoDate(values.date)) {
        throw new UsageError(`--date must be a valid YYYY-MM-DD date, not "${values.date}"`);
    }
    for (const input of positionals) {
        if (input !== '-' && !existsSync(input))
            throw new UsageError(`no such file or directory: ${input}`);
    }
    return { inputs: positionals, speaker: values.speaker ?? null, format, date: values.date ?? null };
}
/** The default pipeline, with the quotations stage added when the default stages do not run it yet. */
export function quotesExtractor() {
    const stages = defaultStages();
    const hasQuotes = stages.some((s) => s.provides.includes('quotes'));
    return createExtractor(createPipeline(hasQuotes ? stages : [...stages, quotes()]));
}
export function listQuotes(record) {
    const names = new Map(record.actors.map((a) => [a.id, a.name]));
    return record.quotes.map((q) => {
        const actorName = q.speaker.actor ? (names.get(q.speaker.actor) ?? null) : null;
        const mention = q.speaker.mention?.text ?? null;
        return {
            document: record.document.id,
            id: q.id,
            kind: q.kind,
            speaker: actorName ?? mention,
            speakerActor: q.speaker.actor,
            speakerMention: mention,
            cue: q.cue?.text ?? null,
            text: q.text,
            spans: q.spans,
        };
    });
}
const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Every word of the wanted name appears in the speaker's name or in the mention the quotation used. */
export function speakerMatches(listing, wanted) {
    const have = new Set([...words(listing.speaker ?? ''), ...words(listing.speakerMention ?? '')]);
    const want = words(wanted);
    return want.length > 0 && want.every((w) => have.has(w));
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines;
}
const SPEAKER_WIDTH = 26;
const CUE_WIDTH = 18;
function pad(text, width) {
    const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    return t.padEnd(width);
}
/** A block per document: speaker and cue in columns, the quotation wrapped beside them. */
export function formatQuoteTable(document, listings, width) {
    const out = [`${document} — ${listings.length} quotation${listings.length === 1 ? '' : 's'}`];
    const indent = 2 + SPEAKER_WIDTH + 1 + CUE_WIDTH + 1;
    const textWidth = Math.max(30, width - indent);
    for (const q of listings) {
        const speaker = q.speaker ?? '(no speaker)';
        const shown = q.kind === 'indirect' ? q.text : `“${q.text}”`;
        const lines = wrap(q.kind === 'mixed' ? `${shown} (mixed)` : shown, textWidth);
        out.push(`  ${pad(speaker, SPEAKER_WIDTH)} ${pad(q.cue ?? '—', CUE_WIDTH)} ${lines[0] ?? ''}`);
        for (const more of lines.slice(1))
            out.push(`${' '.repeat(indent)}${more}`);
    }
    return `${out.join('\n')}\n`;
}
/** `parley quotes`: lists who said what in the given articles. */
export async function runQuotesCommand(args, deps = {}) {
    const options = parseQuotesArgs(args);
    const out = deps.out ?? writeOut;
    const err = deps.err ?? writeErr;
    const extractor = deps.extractor ?? quotesExtractor();
    const width = deps.width ?? Math.max(80, process.stdout.columns ?? 100);
    let documents = 0;
    let failures = 0;
    let listed = 0;
    if (options.format === 'json')
        await out('[');
    for await (const item of readInputs(options.inputs, { date: options.date })) {
        if (item.kind === 'error') {
            failures++;
            for (const d of item.diagnostics)
                err(formatDiagnostic(item.input, d));
            continue;
        }
        for (const d of item.diagnostics)
            err(formatDiagnostic(item.input, d));
        const result = extractor.extract({ text: item.text, meta: item.meta }, { includeText: false });
        documents++;
        if (!result.ok) {
            failures++;
            for (const d of result.diagnostics.filter((x) => x.severity === 'fatal'))
                err(formatDiagnostic(item.input, d));
            continue;
        }
        const all = listQuotes(result.record);
        const wanted = options.speaker;
        const shown = wanted === null ? all : all.filter((q) => speakerMatches(q, wanted));
        if (options.format === 'json') {
            for (const q of shown) {
                await out(`${listed > 0 ? ',' : ''}\n${JSON.stringify(q)}`);
                listed++;
            }
        }
        else if (shown.length > 0 || wanted === null) {
            await out(`${documents > 1 ? '\n' : ''}${formatQuoteTable(item.meta.id, shown, width)}`);
            listed += shown.length;
        }
    }
    if (options.format === 'json')
        await out('\n]\n');
    if (documents + failures > 1)
        err(`parley: ${documents} document(s), ${listed} quotation(s), ${failures} error(s)`);
    return documents === 0 && failures > 0 ? 1 : 0;
}
//# sourceMappingURL=quotes.js.map