import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scoreEvents } from '../eval/events.js';
import { formatEventScore, formatQuoteScore, formatSeedScore } from '../eval/format.js';
import { GoldFormatError, parsePloverGold, parsePolnearGold } from '../eval/gold.js';
import { parseJsonl, readJsonl } from '../eval/jsonl.js';
import { parsePredictions } from '../eval/predictions.js';
import { scoreQuotes } from '../eval/quotes.js';
import { parseSeedExpected, scoreSeed } from '../eval/seed.js';
export const EVAL_USAGE = `usage:
  parley eval quotes --gold <polnear.jsonl> --pred <records.jsonl> [--json] [--verbose]
  parley eval events --gold <gold.jsonl> --pred <records.jsonl> [--json] [--verbose]
  parley eval seed --expected <expected.json> --pred <record.json|records.jsonl> [--json]`;
class UsageError extends Error {
    name = 'UsageError';
}
const defaultIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
};
function requireFile(flag, value) {
    if (value === undefined)
        throw new UsageError(`missing --${flag}`);
    if (!existsSync(value))
        throw new UsageError(`--${flag}: no such file: ${value}`);
    return value;
}
/** A JSON record or array (`parley extract --format json`) or JSONL, one record per line. */
function parseRecordFile(text) {
    try {
        const value = JSON.parse(text);
        const values = Array.isArray(value) ? value : [value];
        return { lines: values.map((v, i) => ({ line: i + 1, value: v })), problems: [] };
    }
    catch {
        return parseJsonl(text);
    }
}
function loadPredictions(path, io) {
    const text = readFileSync(path, 'utf8');
    const predictions = parsePredictions(parseRecordFile(text));
    for (const p of predictions.problems.slice(0, 5))
        io.err(`${path}:${p.line}: skipped: ${p.message}`);
    if (predictions.problems.length > 5)
        io.err(`${path}: ${predictions.problems.length - 5} more lines skipped`);
    return predictions;
}
const commonOptions = {
    gold: { type: 'string' },
    pred: { type: 'string' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
};
function runQuotes(args, io) {
    const { values } = parseArgs({ args, options: commonOptions, strict: true, allowPositionals: false });
    const goldPath = requireFile('gold', values.gold);
    const predPath = requireFile('pred', values.pred);
    const gold = parsePolnearGold(readJsonl(goldPath), goldPath);
    const score = scoreQuotes(gold, loadPredictions(predPath, io).records);
    const { speakerErrors, missedExamples, ...summary } = score;
    const json = values.verbose ? score : summary;
    io.out(values.json ? JSON.stringify(json, null, 2) : formatQuoteScore(score, { verbose: values.verbose }));
    return 0;
}
function runEvents(args, io) {
    const { values } = parseArgs({ args, options: commonOptions, strict: true, allowPositionals: false });
    const goldPath = requireFile('gold', values.gold);
    const predPath = requireFile('pred', values.pred);
    const gold = parsePloverGold(readJsonl(goldPath), goldPath);
    const score = scoreEvents(gold, loadPredictions(predPath, io).records);
    const { misses, ...summary } = score;
    const json = values.verbose ? score : summary;
    io.out(values.json ? JSON.stringify(json, null, 2) : formatEventScore(score, { verbose: values.verbose }));
    return 0;
}
/** The record to compare with the annotation: the one with the annotated id, else the only one. */
export function pickSeedRecord(records, id) {
    const byId = id === null ? undefined : records.get(id);
    if (byId)
        return byId;
    if (records.size === 1)
        return [...records.values()][0];
    throw new UsageError(`--pred holds ${records.size} records and none has the expected id ${id ?? '(none)'}`);
}
function runSeed(args, io) {
    const { values } = parseArgs({
        args,
        options: {
            expected: { type: 'string' },
            pred: { type: 'string' },
            json: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    const expectedPath = requireFile('expected', values.expected);
    const predPath = requireFile('pred', values.pred);
    const expected = parseSeedExpected(JSON.parse(readFileSync(expectedPath, 'utf8')));
    const record = pickSeedRecord(loadPredictions(predPath, io).records, expected.doc);
    const score = scoreSeed(expected, record);
    io.out(values.json ? JSON.stringify(score, null, 2) : formatSeedScore(score));
    return 0;
}
const SUBCOMMANDS = {
    quotes: runQuotes,
    events: runEvents,
    seed: runSeed,
};
/** `parley eval quotes|events|seed …`: scores predicted records; returns the exit code (2 on usage errors). */
export async function runEvalCommand(args, io = defaultIo) {
    const [sub, ...rest] = args;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (sub === '--help' || sub === '-h') {
        io.out(EVAL_USAGE);
        return 0;
    }
    if (!run) {
        io.err(sub === undefined ? EVAL_USAGE : `parley eval: unknown subcommand "${sub}"\n${EVAL_USAGE}`);
        return 2;
    }
    try {
        return run(rest, io);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const isUsage = error instanceof UsageError ||
            (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
        if (isUsage) {
            io.err(`parley eval ${sub}: ${message}\n${EVAL_USAGE}`);
            return 2;
        }
        if (error instanceof GoldFormatError || error instanceof SyntaxError) {
            io.err(`parley eval ${sub}: ${message}`);
            return 1;
        }
        throw error;
    }
}
//# sourceMappingURL=eval.js.map