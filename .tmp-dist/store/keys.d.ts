import type { RecordActor, RecordLocation } from '../record/record.js';
/** A name compared across documents: accents, case and punctuation dropped ("Sergey  Lavrov," → "sergey lavrov"). */
export declare function nameKey(name: string): string;
/** The last word of a normalised name: what a surname query matches. */
export declare function surnameKey(key: string): string;
/**
 * The identity of an actor across documents:
 * - a knowledge-base id, with the kind (a country and its people share the country code): `kb:country:RUS`;
 * - else a country actor by its code: `kb:country:RUS`;
 * - else the normalised name with kind and country: `name:person:USA:antony blinken`;
 * - anonymous actors ("a senior official") never merge: they stay local to their document.
 */
export declare function actorKey(actor: RecordActor, kbId: string | null | undefined, documentId: string): string;
/** The identity of a place across documents: normalised name and country. */
export declare function placeKey(place: Pick<RecordLocation, 'name' | 'country'>): string;
/** What makes an input "the same article": its text and metadata (a changed date re-extracts it). */
export declare function contentHash(text: string, meta: object): string;
