import { PLOVER_TYPES, type PloverType } from '../../doc/layers.js'
import { type Lang, perLang } from '../../lang/lang.js'

export type TriggerPos = 'V' | 'N' | 'A'

/** One lexicon entry: a word or phrase, what event it triggers and where its recipient is found. */
export interface TriggerEntry {
  /**
   * Stable id of the entry, for the events' `rule` and `--explain`: its phrase joined by "_" and its part of
   * speech ("meet.v", "phone_call.n", "call_off.v"), with "#2", "#3" … for later entries of the same phrase.
   */
  readonly id: string
  /** 1-based line of the entry in its lexicon source. */
  readonly line: number
  /** Lemmas in order; `~` allows a short gap before the next lemma. */
  readonly phrase: readonly string[]
  readonly pos: TriggerPos
  /** Null for a phrase that is no event and only keeps its words from triggering one. */
  readonly type: PloverType | null
  readonly mode: string | null
  readonly cameo: string | null
  /** Recipient slots in order of preference: `obj` or a preposition. */
  readonly slots: readonly string[]
  /** Governs another event ("agreed to withdraw") and absorbs it. */
  readonly isControl: boolean
  /** Kept only with a recipient or an absorbed event. */
  readonly needsRecipient: boolean
  /** Kept only as a stated refusal ("would not accept"). */
  readonly onlyRefused: boolean
}

const FLAGS = new Set(['ctrl', 'need', 'refused'])
const POS_VALUES: ReadonlySet<string> = new Set(['V', 'N', 'A'])
const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES)

/** Parses lexicon lines (`phrase | pos | type | mode | cameo | frame`); throws on a malformed line. */
export function parseLexicon(source: string): TriggerEntry[] {
  const entries: TriggerEntry[] = []
  const seen = new Map<string, number>()
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const fields = line.split('|').map((f) => f.trim())
    const [phrase, pos, type, mode, cameo, frame] = fields
    if (fields.length !== 6 || !phrase || !pos || !type || !mode || !cameo || frame === undefined) {
      throw new Error(`event lexicon line ${index + 1}: expected 6 fields: "${line}"`)
    }
    if (!POS_VALUES.has(pos)) throw new Error(`event lexicon line ${index + 1}: unknown POS "${pos}"`)
    if (type !== '-' && !TYPES.has(type))
      throw new Error(`event lexicon line ${index + 1}: unknown type "${type}"`)
    const words = frame.split(/\s+/).filter((w) => w !== '' && w !== '-')
    const parts = phrase.split(/\s+/)
    const base = `${parts.join('_')}.${pos.toLowerCase()}`
    const nth = (seen.get(base) ?? 0) + 1
    seen.set(base, nth)
    entries.push({
      id: nth === 1 ? base : `${base}#${nth}`,
      line: index + 1,
      phrase: parts,
      pos: pos as TriggerPos,
      type: type === '-' ? null : (type as PloverType),
      mode: mode === '-' ? null : mode,
      cameo: cameo === '-' ? null : cameo,
      slots: words.filter((w) => !FLAGS.has(w)),
      isControl: words.includes('ctrl'),
      needsRecipient: words.includes('need'),
      onlyRefused: words.includes('refused'),
    })
  })
  return entries
}

/** Number of lemmas a phrase must match (gaps not counted). */
export function phraseLength(entry: TriggerEntry): number {
  return entry.phrase.filter((p) => p !== '~').length
}

export type TriggerIndex = ReadonlyMap<string, readonly TriggerEntry[]>

/** Entries by their first lemma, longest phrase first. */
export function indexLexicon(entries: readonly TriggerEntry[]): TriggerIndex {
  const index = new Map<string, TriggerEntry[]>()
  for (const entry of entries) {
    const first = entry.phrase[0]!
    const list = index.get(first) ?? []
    list.push(entry)
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => phraseLength(b) - phraseLength(a))
  return index
}

/** A language's trigger lexicon, parsed and indexed once per Lang. */
export const triggerIndexOf: (lang: Lang) => TriggerIndex = perLang((lang) =>
  indexLexicon(parseLexicon(lang.events.EVENT_LEXICON)),
)
