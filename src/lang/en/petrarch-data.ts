import type { PloverType } from '../../doc/layers.js'

/**
 * The shape of `data/petrarch-verbs.json`, derived from PETRARCH-2's CAMEO verb dictionary by
 * `scripts/import-petrarch-verbs.ts` (MIT, © Open Event Data Alliance; see the README's credits).
 *
 * Words are lower-case wink-nlp lemmas (the head of a multi-word phrase is lemmatised, its modifiers kept
 * as written: "armed force"). A pattern element is
 *   - a string: a lemma; `&name` a synonym set; `+` the target, `$` the source, `^` an actor to skip (these
 *     three match no word, they say where a party stands);
 *   - `{seq}`: words that follow each other ("debt relief");
 *   - `{np}`: a noun phrase, its words in order and close together, the last one its head ("arms shipment");
 *   - `{prep, obj}`: a prepositional phrase: the preposition, then its object's elements (none: any object).
 */
export type PatternElement =
  | string
  | { readonly seq: readonly string[] }
  | { readonly np: readonly PatternElement[] }
  | { readonly prep: string; readonly obj: readonly PatternElement[] }

/** Where a party of the event is found: the verb's subject, its direct object, or a preposition's object. */
export type PatternSlot = 'subject' | 'obj' | (string & {})

/** One verb pattern: the verb of its block with words before and after it, and the event it codes. */
export interface VerbPattern {
  /** `petr2:<cameo>:<verb>:<line>`: CAMEO code (`---` for a blocker), verb, line of CAMEO.2.0.txt. */
  readonly id: string
  /** The verb the pattern was written for (its block's other verbs share it). */
  readonly verb: string
  /** The synonym block ("ACCELERATE"): every verb of the block takes the block's patterns. */
  readonly block: string
  readonly line: number
  /** Null for a pattern that is no event ("avoid incidents") and only keeps the verb from coding one. */
  readonly cameo: string | null
  readonly type: PloverType | null
  readonly mode: string | null
  readonly context: string | null
  /** Elements before the verb, in text order (most often the subject: "&MILITARY *"). */
  readonly before: readonly PatternElement[]
  /** Elements after the verb (and its particles), in text order. */
  readonly after: readonly PatternElement[]
  /** Where the PLOVER actor is (reversed codes "[:173]" already applied); null when the pattern says nothing. */
  readonly actor: PatternSlot | null
  readonly recipient: PatternSlot | null
  /** A paired code ("[042:043]", "[040:040]"): both parties act, as in a meeting. */
  readonly mutual: boolean
  /**
   * The line of the one verb this entry belongs to: a verb's own code, coded by the verb alone ("+CALL_OFF
   * [160]"), with no words before or after. Null for a pattern, which every verb of its block takes.
   */
  readonly verbLine: number | null
}

/** A verb of the dictionary: its lemma, the block it belongs to and the words a multi-word verb needs. */
export interface PetrarchVerb {
  readonly lemma: string
  readonly block: string
  readonly line: number
  /** Words right before the verb ("re" of "re-arrest"). */
  readonly prefix: readonly string[]
  /** Particles after the verb ("off" of "call off"). */
  readonly particles: readonly string[]
  /** Irregular surface forms given in the dictionary ("sped"), lower case. */
  readonly forms: readonly string[]
}

/** What the import kept and dropped, by reason. */
export interface ImportReport {
  readonly blocks: number
  readonly verbs: number
  readonly patternLines: number
  readonly kept: number
  readonly blockers: number
  readonly verbDefaults: number
  readonly dropped: Readonly<Record<string, number>>
}

export interface PetrarchData {
  readonly source: {
    readonly file: string
    readonly repository: string
    readonly commit: string
    readonly licence: string
    readonly mapping: string
  }
  readonly report: ImportReport
  /** Synonym sets by name (lower case, without `&`): single lemmas or phrases of consecutive words. */
  readonly synsets: Readonly<Record<string, readonly (string | readonly string[])[]>>
  readonly verbs: readonly PetrarchVerb[]
  readonly patterns: readonly VerbPattern[]
}
