import { isObject, type JsonlContent, type JsonObject, stringArray, stringOr } from './jsonl.js'
import type { Range } from './spans.js'

/** A span group of a PolNeAR attribution: character ranges into the article text and their text. */
export interface GoldSpans {
  readonly spans: readonly Range[]
  readonly text: string
}

export interface PolnearAttribution {
  readonly id: string
  readonly source: GoldSpans | null
  readonly cue: GoldSpans | null
  readonly content: GoldSpans | null
  /** The content carries quote marks. */
  readonly quoted: boolean
  readonly sourceIsPronoun: boolean
}

/** One gold line of PolNeAR: an article as annotated by one annotator. */
export interface PolnearGold {
  readonly id: string
  readonly annotator: string
  readonly text: string
  readonly attributions: readonly PolnearAttribution[]
}

/** One PLOVER gold-standard sentence with its single event. */
export interface PloverGold {
  readonly id: string
  readonly text: string
  readonly event: string
  readonly mode: string | null
  readonly source: readonly string[]
  readonly target: readonly string[]
}

export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError'
}

function goldSpans(value: unknown): GoldSpans | null {
  if (!isObject(value) || !Array.isArray(value.spans)) return null
  const spans: Range[] = []
  for (const pair of value.spans) {
    if (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number') {
      spans.push({ start: pair[0], end: pair[1] })
    }
  }
  return spans.length === 0 ? null : { spans, text: stringOr(value.text, '') }
}

function attribution(value: JsonObject, index: number): PolnearAttribution {
  return {
    id: stringOr(value.id, `#${index}`),
    source: goldSpans(value.source),
    cue: goldSpans(value.cue),
    content: goldSpans(value.content),
    quoted: value.quoted === true,
    sourceIsPronoun: value.source_is_pronoun === true,
  }
}

function requireId(value: JsonObject, line: number, file: string): string {
  if (typeof value.id !== 'string') throw new GoldFormatError(`${file}:${line}: gold line has no string "id"`)
  return value.id
}

/** Reads PolNeAR gold lines; throws GoldFormatError on a line that is not a gold article. */
export function parsePolnearGold(content: JsonlContent, file = 'gold'): PolnearGold[] {
  return content.lines.map(({ line, value }) => {
    if (!isObject(value) || !Array.isArray(value.attributions)) {
      throw new GoldFormatError(`${file}:${line}: not a PolNeAR gold line (no "attributions" array)`)
    }
    return {
      id: requireId(value, line, file),
      annotator: stringOr(value.annotator, ''),
      text: stringOr(value.text, ''),
      attributions: value.attributions.filter(isObject).map(attribution),
    }
  })
}

/** Reads PLOVER gold lines; throws GoldFormatError on a line without an event. */
export function parsePloverGold(content: JsonlContent, file = 'gold'): PloverGold[] {
  return content.lines.map(({ line, value }) => {
    if (!isObject(value) || typeof value.event !== 'string') {
      throw new GoldFormatError(`${file}:${line}: not a PLOVER gold line (no "event")`)
    }
    return {
      id: requireId(value, line, file),
      text: stringOr(value.text, ''),
      event: value.event,
      mode: stringOr(value.mode, null),
      source: stringArray(value.source),
      target: stringArray(value.target),
    }
  })
}
