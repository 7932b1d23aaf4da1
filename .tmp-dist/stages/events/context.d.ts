import type { DocView } from '../../doc/doc.js';
import type { ActorId, Mention, MentionId, PlaceId, Quote, Sentence, Timex } from '../../doc/layers.js';
import { type PosTag, type TokenTable } from '../../doc/token-table.js';
export type EventLayers = 'tokens' | 'sentences' | 'mentions' | 'actors' | 'places' | 'timexes' | 'quotes';
/** What the events stage looks up while reading one document, built once per document in one pass per layer. */
export interface EventContext {
    readonly text: string;
    readonly date: string | null;
    readonly tokens: TokenTable;
    readonly sentences: readonly Sentence[];
    readonly mentions: readonly Mention[];
    readonly timexes: readonly Timex[];
    readonly quotes: readonly Quote[];
    /** The time expressions inside a sentence. */
    timexesIn(sentence: Sentence): readonly Timex[];
    /** 1 for tokens inside a time expression. */
    readonly timexAt: Uint8Array;
    /** Token index → index into `mentions` of the mention covering it, or -1. */
    readonly mentionAt: Int32Array;
    /** Mention → the actor it belongs to (first-person pronouns inside a quotation → its speaker). */
    readonly actorOf: ReadonlyMap<MentionId, ActorId>;
    readonly placeOf: ReadonlyMap<MentionId, PlaceId>;
    /** ISO alpha-3 → the document's country actor, for places standing for their state ("seized Luhansk"). */
    readonly countryActor: ReadonlyMap<string, ActorId>;
}
/** The quote whose content covers the offset, if any. */
export declare function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined;
export declare function buildContext(doc: DocView<EventLayers>): EventContext;
export declare function pos(ctx: EventContext, i: number): PosTag;
export declare function lemma(ctx: EventContext, i: number): string;
export declare function lower(ctx: EventContext, i: number): string;
/** The mention covering token i, if any. */
export declare function mentionAtToken(ctx: EventContext, i: number): Mention | undefined;
/** The party a mention stands for: its actor, or for a place the document's actor for its country. */
export declare function partyOf(ctx: EventContext, m: Mention, allowPlaces: boolean): ActorId | null;
