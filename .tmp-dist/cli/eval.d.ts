import type { ParleyRecord } from '../record/record.js';
export declare const EVAL_USAGE = "usage:\n  parley eval quotes --gold <polnear.jsonl> --pred <records.jsonl> [--json] [--verbose]\n  parley eval events --gold <gold.jsonl> --pred <records.jsonl> [--json] [--verbose]\n  parley eval seed --expected <expected.json> --pred <record.json|records.jsonl> [--json]";
interface EvalIo {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
}
/** The record to compare with the annotation: the one with the annotated id, else the only one. */
export declare function pickSeedRecord(records: ReadonlyMap<string, ParleyRecord>, id: string | null): ParleyRecord;
/** `parley eval quotes|events|seed …`: scores predicted records; returns the exit code (2 on usage errors). */
export declare function runEvalCommand(args: string[], io?: EvalIo): Promise<number>;
export {};
