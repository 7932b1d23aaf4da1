/**
 * Which office titles a role nominal can refer back to: "the top US diplomat" → a foreign minister or
 * secretary of state; "the minister" → any minister. Keys are nominal head nouns; values are words that must
 * appear in the antecedent's role (lower case).
 */
export declare const NOMINAL_ROLE_WORDS: Readonly<Record<string, readonly string[]>>;
/** Whether an actor with role `role` can be what the nominal head `head` refers to. */
export declare function roleFits(head: string, role: string | null): boolean;
