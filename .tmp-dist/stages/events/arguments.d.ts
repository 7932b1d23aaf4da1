/**
 * Source and recipient of an event by small chunk rules over tokens and mentions (there is no parser):
 * the subject is the nearest actor mention before the verb group in its clause, the recipient the first actor
 * mention after the trigger in an allowed slot (direct object or a preposition from the lexicon).
 */
import type { ActorId, Sentence } from '../../doc/layers.js';
import { type EventContext } from './context.js';
/** First token of the verb group ending at `head`: auxiliaries, adverbs, negation, "to". */
export declare function verbGroupStart(ctx: EventContext, sentence: Sentence, head: number): number;
/**
 * The subject of the verb group starting at `groupStart`: the nearest actor mention before it in the clause,
 * skipping appositives and relative clauses between commas; "X and Y" gives both. For a verb coordinated with
 * an earlier one ("has not spoken to Lavrov and chose not to meet him") the subject of the earlier verb.
 */
export declare function findSubject(ctx: EventContext, sentence: Sentence, groupStart: number, depth?: number): ActorId[];
export interface RecipientSearch {
    readonly slots: readonly string[];
    /** Keep scanning past a verb (the complement of "agreed to …", "threatened to …"). */
    readonly throughVerbs: boolean;
    readonly allowPlaces: boolean;
}
export interface SlotFiller {
    readonly slot: string;
    readonly actors: readonly ActorId[];
    /** Token just after the filler. */
    readonly end: number;
}
/**
 * The first actor mention after `from` that fills one of the slots: `obj` (no preposition in between) or a
 * preposition ("with", "to", …). Stops at the end of the clause.
 */
export declare function findRecipient(ctx: EventContext, sentence: Sentence, from: number, search: RecipientSearch): SlotFiller | null;
/** Index of the ")" closing the "(" at `open`, or the sentence end. */
export declare function closingParen(ctx: EventContext, sentence: Sentence, open: number): number;
/** The actor in a "by X" phrase after `from` in the clause (the agent of a passive, "calls by Annan"). */
export declare function findAgent(ctx: EventContext, sentence: Sentence, from: number): ActorId[];
/** Is the verb at `head` passive ("was attacked", "has been accused")? */
export declare function isPassive(ctx: EventContext, sentence: Sentence, head: number): boolean;
export interface NounArguments {
    /** Actors named inside the noun phrase: a possessor, a modifier, "by X", "between X and Y". */
    readonly actors: readonly ActorId[];
    readonly reciprocal: boolean;
    /** The verb whose object the noun is ("held talks", "imposed sanctions"), or -1. */
    readonly governor: number;
}
/** Arguments of an event noun found in its own noun phrase, and the verb governing it. */
export declare function nounArguments(ctx: EventContext, sentence: Sentence, first: number, end: number, agentSlots?: readonly string[]): NounArguments;
/** The verb whose object noun phrase contains the token ("had a single meeting or phone call"), or -1. */
export declare function governingVerb(ctx: EventContext, sentence: Sentence, first: number): number;
