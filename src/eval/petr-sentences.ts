import type { PloverType } from '../doc/layers.js'
import { PLOVER_TYPES } from '../doc/layers.js'
import { ploverOfCameo } from '../lang/en/cameo-plover.js'
import type { PloverGold } from './gold.js'
import { GoldFormatError } from './gold.js'
import { isObject, type JsonlContent, stringOr } from './jsonl.js'

/**
 * PETRARCH-2-style coded sentences: one sentence a line with its events as CAMEO codes and CAMEO actor codes,
 *   {"id", "text", "date"?, "events": [{"source": "USAGOV", "target": "RUS", "code": "040"}]}
 * or `"codings": ["USAGOV RUS 040"]` (the coder's triples), or `"event": "CONSULT"` in place of a code.
 * A sentence without events (or `"noevents": true`) is one where no event must be coded. Codes are read into
 * PLOVER with the CAMEO→PLOVER table; CAMEO 01/02 codes have no PLOVER event and are counted as unmapped.
 */
export interface PetrSentences {
  readonly gold: readonly PloverGold[]
  /** Sentences with no (PLOVER) event: asserted events predicted there count against precision. */
  readonly noEvent: readonly string[]
  readonly inputs: readonly { readonly id: string; readonly text: string; readonly date: string | null }[]
  /** Gold codings whose CAMEO code has no PLOVER event. */
  readonly unmapped: number
}

const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES)
/** Actor codes that are not a country: kept when the event scorer knows them, else no constraint. */
const KNOWN_SPECIAL: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG'])
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['---', 'MNC', 'REB', 'UNK', 'INT', 'CVL', 'GOV', 'MIL'])

/** The country (ISO alpha-3) or special code of a CAMEO actor code ("USAGOV" → USA, "IGOUNO" → IGO). */
export function actorCode(cameo: string): string | null {
  const head = cameo.trim().toUpperCase().slice(0, 3)
  if (KNOWN_SPECIAL.has(head)) return head
  if (!/^[A-Z]{3}$/.test(head) || NOT_COUNTRIES.has(head)) return null
  return head
}

interface Coding {
  readonly source: string | null
  readonly target: string | null
  readonly type: PloverType | null
  readonly mode: string | null
}

function coding(value: unknown, where: string): Coding {
  if (typeof value === 'string') {
    const [source, target, code] = value.trim().split(/\s+/)
    if (code === undefined)
      throw new GoldFormatError(`${where}: coding "${value}" is not "SOURCE TARGET CODE"`)
    const plover = ploverOfCameo(code)
    return {
      source: actorCode(source!),
      target: actorCode(target!),
      type: plover?.type ?? null,
      mode: plover?.mode ?? null,
    }
  }
  if (!isObject(value)) throw new GoldFormatError(`${where}: an event must be an object or a coding string`)
  const side = (v: unknown) => (typeof v === 'string' ? actorCode(v) : null)
  if (typeof value.event === 'string') {
    if (!TYPES.has(value.event)) throw new GoldFormatError(`${where}: unknown PLOVER event "${value.event}"`)
    return {
      source: side(value.source),
      target: side(value.target),
      type: value.event as PloverType,
      mode: null,
    }
  }
  if (typeof value.code !== 'string')
    throw new GoldFormatError(`${where}: an event needs a "code" or an "event"`)
  const plover = ploverOfCameo(value.code)
  return {
    source: side(value.source),
    target: side(value.target),
    type: plover?.type ?? null,
    mode: plover?.mode ?? null,
  }
}

export function parsePetrSentences(content: JsonlContent, file = 'sentences'): PetrSentences {
  const gold: PloverGold[] = []
  const noEvent: string[] = []
  const inputs: { id: string; text: string; date: string | null }[] = []
  const ids = new Set<string>()
  let unmapped = 0
  for (const { line, value } of content.lines) {
    const where = `${file}:${line}`
    if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string')
      throw new GoldFormatError(`${where}: needs "id" and "text"`)
    if (ids.has(value.id)) throw new GoldFormatError(`${where}: id ${value.id} used twice`)
    ids.add(value.id)
    inputs.push({ id: value.id, text: value.text, date: stringOr(value.date, null) })
    const raw = [
      ...(Array.isArray(value.events) ? value.events : []),
      ...(Array.isArray(value.codings) ? value.codings : []),
    ]
    const codings = value.noevents === true ? [] : raw.map((c, k) => coding(c, `${where}: event ${k + 1}`))
    const mapped = codings.filter((c) => c.type !== null)
    unmapped += codings.length - mapped.length
    if (mapped.length === 0) noEvent.push(value.id)
    for (const c of mapped)
      gold.push({
        id: value.id,
        text: value.text,
        event: c.type!,
        mode: c.mode,
        source: c.source ? [c.source] : [],
        target: c.target ? [c.target] : [],
      })
  }
  return { gold, noEvent, inputs, unmapped }
}
