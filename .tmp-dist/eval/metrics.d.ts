/** Precision, recall and F1 from counts; 0 when a denominator is 0. */
export interface Prf {
    readonly precision: number;
    readonly recall: number;
    readonly f1: number;
}
export declare function ratio(numerator: number, denominator: number): number;
export declare function prf(correctPredicted: number, predicted: number, foundGold: number, gold: number): Prf;
/** Lower-cased words of at least `minLength` letters, without function words (non-letters split words). */
export declare function contentWords(text: string, minLength?: number): Set<string>;
export declare function sharesWord(a: string, b: string, minLength?: number): boolean;
/** The map's value for `key`, created with `make` and stored when absent. */
export declare function getOrInsert<K, V>(map: Map<K, V>, key: K, make: () => V): V;
