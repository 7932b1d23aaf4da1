import { createHash } from 'node:crypto'
import type { RecordActor, RecordLocation } from '../record/record.js'

const COMBINING_MARKS = /[\u0300-\u036f]/g
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/** A name compared across documents: accents, case and punctuation dropped ("Sergey  Lavrov," → "sergey lavrov"). */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim()
}

/** The last word of a normalised name: what a surname query matches. */
export function surnameKey(key: string): string {
  const space = key.lastIndexOf(' ')
  return space < 0 ? key : key.slice(space + 1)
}

/**
 * The identity of an actor across documents:
 * - a knowledge-base id, with the kind (a country and its people share the country code): `kb:country:RUS`;
 * - else a country actor by its code: `kb:country:RUS`;
 * - else the normalised name with kind and country: `name:person:USA:antony blinken`;
 * - anonymous actors ("a senior official") never merge: they stay local to their document.
 */
export function actorKey(actor: RecordActor, kbId: string | null | undefined, documentId: string): string {
  if (actor.anonymous) return `doc:${documentId}:${actor.id}`
  if (kbId) return `kb:${actor.kind}:${kbId}`
  if (actor.kind === 'country' && actor.country) return `kb:country:${actor.country}`
  return `name:${actor.kind}:${actor.country ?? ''}:${nameKey(actor.name)}`
}

/** The identity of a place across documents: normalised name and country. */
export function placeKey(place: Pick<RecordLocation, 'name' | 'country'>): string {
  return `${place.country ?? ''}:${nameKey(place.name)}`
}

/**
 * What makes an input "the same article": its text and metadata (a changed date re-extracts it), but not its id.
 * A document id made from a path depends on the working directory, so the same file reached by two paths has one
 * hash, and the store keeps it once.
 */
export function contentHash(text: string, meta: object): string {
  const { id: _id, ...identity } = meta as { readonly id?: unknown }
  return createHash('sha256').update(JSON.stringify(identity)).update('\u0000').update(text).digest('hex')
}
