import type { RecordActor } from '../record/record.js';
export declare function isKnownIgo(name: string): boolean;
export declare function normaliseCode(code: string): string;
/** Whether a gold actor code (ISO alpha-3 or IGO/NGO/IMG) agrees with a predicted actor. */
export declare function codeAgrees(code: string, actor: RecordActor): boolean;
/** Whether any gold code agrees with any of the actors. */
export declare function anyCodeAgrees(codes: readonly string[], actors: readonly RecordActor[]): boolean;
