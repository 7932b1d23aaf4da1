import type { ParleyRecord, RecordActor, RecordEvent, RecordQuote } from '../record/record.js';
/** The hand annotation of one article (format of the seed's expected.json). */
export interface SeedExpected {
    readonly doc: string | null;
    readonly date: string | null;
    readonly quotes: readonly ExpectedQuote[];
    readonly notQuotes: readonly string[];
    readonly indirectQuotes: readonly ExpectedQuote[];
    readonly contacts: readonly ExpectedEvent[];
    readonly events: readonly ExpectedEvent[];
    readonly actors: readonly ExpectedEntity[];
    readonly places: readonly ExpectedEntity[];
}
/** An expected actor or place: name, and country (ISO alpha-3) / sector when the annotation gives them. */
export interface ExpectedEntity {
    readonly name: string;
    readonly country: string | null;
    readonly sector: string | null;
}
export interface ExpectedQuote {
    /** The opening words of the quotation. */
    readonly key: string;
    /** Surname, `@anonymous`, `@group:…`, or null for no speaker. */
    readonly speaker: string | null;
}
/** An expected event; parties are surnames or ISO alpha-3 codes; contacts are matched in either direction. */
export interface ExpectedEvent {
    readonly a: string;
    readonly b: string | null;
    readonly types: readonly string[];
    readonly status: string;
    /** "YYYY", "YYYY-MM", "YYYY-MM-DD" or null for any date. */
    readonly date: string | null;
    readonly note: string | null;
}
export interface SeedCheck {
    readonly section: 'quote' | 'not-quote' | 'indirect' | 'contact' | 'event' | 'actor' | 'place';
    readonly label: string;
    readonly ok: boolean;
    readonly detail: string;
}
export interface SeedScore {
    readonly quotes: {
        readonly expected: number;
        readonly found: number;
        readonly rightSpeaker: number;
    };
    readonly indirect: {
        readonly expected: number;
        readonly found: number;
        readonly rightSpeaker: number;
    };
    readonly notQuotes: {
        readonly expected: number;
        readonly clean: number;
    };
    readonly contacts: {
        readonly expected: number;
        readonly found: number;
    };
    readonly events: {
        readonly expected: number;
        readonly found: number;
    };
    readonly actors: {
        readonly expected: number;
        readonly found: number;
    };
    readonly places: {
        readonly expected: number;
        readonly found: number;
    };
    /** Asserted predicted events that match an expected hypothetical (or negated) one. */
    readonly hypotheticalAsAsserted: number;
    readonly negatedAsAsserted: number;
    readonly checks: readonly SeedCheck[];
}
/** Reads an expected.json object; unknown fields are ignored, malformed entries skipped. */
export declare function parseSeedExpected(value: unknown): SeedExpected;
/** Lower case, typographic quotes and apostrophes made plain, dashes and whitespace collapsed. */
export declare function normaliseText(text: string): string;
/** The first `count` words of the normalised text, without surrounding punctuation. */
export declare function openingWords(text: string, count?: number): string[];
/** Does one of the quote's spans open with the key's first words (or, when `anywhere`, contain them)? */
export declare function quoteOpensWith(quote: RecordQuote, key: string, documentText: string | undefined, anywhere?: boolean): boolean;
/** Does the quote's speaker match the expected speaker (surname, `@anonymous`, `@group:…`)? */
export declare function speakerMatches(quote: RecordQuote, expected: string | null, actors: ReadonlyMap<string, RecordActor>): boolean;
/** A party is a surname (matched as a word of the actor's name) or an ISO alpha-3 code (the actor's country). */
export declare function partyMatches(party: string, actor: RecordActor): boolean;
/** Expected "2022-07" accepts predicted ranges overlapping that month; "2008" that year; null any date. */
export declare function dateAgrees(expected: string | null, predicted: RecordEvent['date']): boolean;
/** Scores one predicted record against the hand annotation and returns a checklist. */
export declare function scoreSeed(expected: SeedExpected, record: ParleyRecord): SeedScore;
