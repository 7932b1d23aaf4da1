/**
 * Function words and small constructions the events stage reads: negation, modality, clause openers,
 * control verbs. Data only; keys are wink-nlp lemmas or lower-case surface forms.
 */
import type { PloverType } from '../../doc/layers.js';
/** Words that negate the verb group or noun phrase they stand in ("has not met", "never spoke", "no contact"). */
export declare const NEGATORS: ReadonlySet<string>;
/** Nouns that deny the event noun they govern ("the lack of contact", "the absence of talks"). */
export declare const ABSENCE_NOUNS: ReadonlySet<string>;
/** Auxiliaries and modals that mark a future event. */
export declare const FUTURE_MARKERS: ReadonlySet<string>;
/** Modals that make an event hypothetical ("would meet", "could", "might"). */
export declare const HYPOTHETICAL_MODALS: ReadonlySet<string>;
/** Subordinators that open a condition: everything in their sentence is hypothetical. */
export declare const CONDITIONALS: ReadonlySet<string>;
/** Words that open a new clause (the subject of a verb is never searched past them). */
export declare const CLAUSE_OPENERS: ReadonlySet<string>;
/** Relative pronouns: the subject of their clause is the noun before them. */
export declare const RELATIVE_PRONOUNS: ReadonlySet<string>;
/** Punctuation that always ends a clause. */
export declare const HARD_BREAKS: ReadonlySet<string>;
/**
 * Verbs that lend their status to the verb they govern ("plans to visit" is future, "hopes to meet" is
 * hypothetical, "tried to hack" still happened). They are not events themselves.
 */
export declare const STATUS_CONTROLLERS: Readonly<Record<string, 'future' | 'hypothetical' | 'asserted'>>;
/** "chose not to meet": a decision not to act is a refusal (REJECT), not a negated event. */
export declare const REFUSAL_CHOICES: ReadonlySet<string>;
/** Complements of "declined to …" that are about talking to the press, not a refusal of an event. */
export declare const PRESS_VERBS: ReadonlySet<string>;
/** Modals that, in a reported clause, make its subject the recipient of a demand ("Iraq must cooperate"). */
export declare const OBLIGATION_MODALS: ReadonlySet<string>;
/** Words between a verb and a noun that still leave the noun in the verb's object ("held a series of talks"). */
export declare const NOUN_PHRASE_POS: ReadonlySet<string>;
/** Prepositions that introduce a place where an event happened. */
export declare const LOCATIVES: ReadonlySet<string>;
/** "by phone", "by telephone", "via video link": the mode of a consultation. */
export declare const PHONE_WORDS: ReadonlySet<string>;
/** How the embedded event sets the mode of a refusal or request ("refused to meet" → REJECT meet). */
export declare const DEMAND_MODES: Readonly<Partial<Record<PloverType, string>>>;
/** CAMEO codes for a refusal or request by the mode it takes. */
export declare const DEMAND_CAMEO: Readonly<Record<'REQUEST' | 'REJECT', Readonly<Record<string, string>>>>;
/** Verbal cooperation or material action that, announced for the future, is a statement of intent (AGREE). */
export declare const COOPERATIVE_TYPES: ReadonlySet<PloverType>;
/** Coercive action that, announced for the future, is a threat (THREATEN). */
export declare const CONFLICTUAL_TYPES: ReadonlySet<PloverType>;
/** Actions whose target, when no party is named, is the country they are carried out in ("protests in Serbia"). */
export declare const TERRITORIAL_TYPES: ReadonlySet<PloverType>;
/** THREATEN modes by the kind of action threatened. */
export declare const THREAT_MODES: Readonly<Partial<Record<PloverType, string>>>;
/** Control words whose embedded conflictual action makes a threat rather than an offer ("vowed to retaliate"). */
export declare const INTENT_CONTROLLERS: ReadonlySet<string>;
