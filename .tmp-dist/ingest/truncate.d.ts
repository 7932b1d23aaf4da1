/** Where a too-long text was cut, for the warning message. */
export type CutKind = 'paragraph' | 'sentence' | 'word' | 'character';
export interface Truncation {
    readonly text: string;
    readonly cut: CutKind;
}
/** Cuts `text` to at most `maxChars`, at the last paragraph, else sentence, else word boundary before the cap. */
export declare function truncateText(text: string, maxChars: number): Truncation;
