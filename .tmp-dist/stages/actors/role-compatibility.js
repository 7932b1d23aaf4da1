/**
 * Which office titles a role nominal can refer back to: "the top US diplomat" → a foreign minister or
 * secretary of state; "the minister" → any minister. Keys are nominal head nouns; values are words that must
 * appear in the antecedent's role (lower case).
 */
export const NOMINAL_ROLE_WORDS = {
    diplomat: ['foreign', 'secretary of state', 'ambassador', 'envoy', 'diplomat'],
    minister: ['minister', 'secretary'],
    secretary: ['secretary'],
    president: ['president'],
    leader: ['president', 'prime minister', 'chancellor', 'leader', 'king', 'premier', 'chairman'],
    envoy: ['envoy', 'ambassador'],
    ambassador: ['ambassador'],
    spokesman: ['spokes'],
    spokeswoman: ['spokes'],
    spokesperson: ['spokes'],
    general: ['general', 'chief', 'commander'],
    commander: ['commander', 'general', 'admiral', 'chief'],
    officer: ['general', 'admiral', 'officer', 'chief', 'commander'],
    adviser: ['adviser', 'advisor'],
    advisor: ['adviser', 'advisor'],
    official: [''],
    aide: [''],
    counterpart: [],
};
/** Whether an actor with role `role` can be what the nominal head `head` refers to. */
export function roleFits(head, role) {
    const words = NOMINAL_ROLE_WORDS[head];
    if (!words || words.length === 0)
        return false;
    if (words.includes(''))
        return true;
    if (!role)
        return false;
    const lower = role.toLowerCase();
    return words.some((w) => lower.includes(w));
}
//# sourceMappingURL=role-compatibility.js.map