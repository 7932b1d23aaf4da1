import type { MentionType } from '../../doc/layers.js';
import type { TokenTable } from '../../doc/token-table.js';
import type { KbHit, PlaceHit } from '../../knowledge/index.js';
import type { Part } from './name-parts.js';
/** A mention before ids are assigned. */
export interface DraftMention {
    tokenStart: number;
    tokenEnd: number;
    type: MentionType;
    kbId: string | null;
    country: string | null;
    role: string | null;
    sector: string | null;
    former: boolean;
    plural: boolean;
    determiner: 'definite' | 'indefinite' | 'possessive' | null;
    /** Gazetteer entry for place mentions. */
    place?: PlaceHit;
    /** First token of the titles and modifiers in front of a person's name ("Foreign Minister" in front of "Retno Marsudi"). */
    extentStart?: number;
    /** Unknown single capitalised words kept until the whole document is read ("Blinken" before we know him). */
    tentative?: boolean;
    /** The mention opens its sentence (its capital letter says nothing about it being a name). */
    sentenceInitial?: boolean;
}
export declare function draft(tokenStart: number, tokenEnd: number, type: MentionType, extra?: Partial<DraftMention>): DraftMention;
/** The country a knowledge-base phrase points to, when used as a modifier ("Russian", "White House", "US"). */
export declare function hitCountry(hits: readonly KbHit[]): string | null;
/**
 * Turns the parts of one sentence into mentions. A name preceded by titles and modifiers ("Indonesian Foreign
 * Minister Retno Marsudi", "White House national security adviser Jake Sullivan") becomes one person mention
 * over the name, carrying the role and country; known phrases standing alone become country, organisation,
 * group or place mentions.
 */
export declare function partsToMentions(text: string, tokens: TokenTable, sentenceStart: number, parts: readonly Part[]): DraftMention[];
