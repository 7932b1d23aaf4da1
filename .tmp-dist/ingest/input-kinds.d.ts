export type InputKind = 'text' | 'html' | 'jsonl';
/** File extensions Parley reads, and how. */
export declare const INPUT_KINDS_BY_EXTENSION: Readonly<Record<string, InputKind>>;
export declare function inputKindOf(path: string): InputKind | null;
/** What stdin holds, from its first bytes: JSONL if it opens with `{`, HTML if it opens with `<` or has HTML tags. */
export declare function sniffInputKind(head: string): InputKind;
