import type { Sentence } from '../../doc/layers.js'
import { posAt, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import type { TriggerEntry, TriggerIndex } from './lexicon.js'

/** A lexicon entry found in the text. */
export interface TriggerHit {
  readonly entry: TriggerEntry
  /** Token indices of the matched lemmas, in order. */
  readonly tokens: readonly number[]
  /** The token that carries the part of speech: the first word of a verb phrase, the last of a noun phrase. */
  readonly head: number
  readonly first: number
  /** One past the last matched token. */
  readonly end: number
}

const MAX_GAP = 6

function tokenMatches(table: TokenTable, i: number, word: string): boolean {
  const form = table.norm[i]!
  if (table.lemma[i] === word || form === word || form === `${word}s`) return true
  // gerunds the lemmatizer read as nouns ("without meeting", "after hosting")
  return form === `${word}ing` || (word.endsWith('e') && form === `${word.slice(0, -1)}ing`)
}

/** Does the head token's part of speech fit the entry (tolerating wink-nlp's usual confusions)? */
function posFits(table: TokenTable, head: number, pos: TriggerEntry['pos'], sentenceStart: number): boolean {
  const tag = posAt(table, head)
  const prev = head > sentenceStart ? posAt(table, head - 1) : 'X'
  const form = table.norm[head]!
  if (pos === 'V') {
    // "Syrian-backed", "US-led": a compound adjective, not a verb
    if (head > sentenceStart && table.norm[head - 1] === '-') return false
    // ", given the vast array of interests": a participle used as a preposition
    if (form === 'given' && prev !== 'AUX' && prev !== 'PRON' && prev !== 'NOUN' && prev !== 'PROPN')
      return false
    // "Jordan's visiting King", "the ruling party": a participle used as an adjective
    if (form.endsWith('ing') && (prev === 'DET' || prev === 'PART' || prev === 'ADJ')) return false
    if (tag === 'VERB') return true
    // a gerund after a preposition ("without meeting Trump")
    if (form.endsWith('ing') && prev === 'ADP') return true
    // participles read as nouns or adjectives after an auxiliary ("was overheard")
    return (tag === 'NOUN' || tag === 'ADJ' || tag === 'PROPN') && form.endsWith('ed') && prev === 'AUX'
  }
  if (pos === 'N') {
    if (tag === 'NOUN' || tag === 'PROPN' || tag === 'X') return true
    return (
      (tag === 'VERB' || tag === 'ADJ') &&
      (prev === 'DET' || prev === 'ADJ' || prev === 'ADP' || prev === 'PART')
    )
  }
  return tag === 'ADJ' || tag === 'VERB' || tag === 'NOUN'
}

function matchAt(
  lang: Lang,
  table: TokenTable,
  at: number,
  entry: TriggerEntry,
  sentence: Sentence,
  consumed: Uint8Array,
): TriggerHit | null {
  const tokens: number[] = []
  let i = at
  let gap = 0
  for (const part of entry.phrase) {
    if (part === '~') {
      gap = MAX_GAP
      continue
    }
    let found = -1
    for (let k = i; k < sentence.tokenEnd && k <= i + gap; k++) {
      if (consumed[k - sentence.tokenStart] === 1) break
      if (tokenMatches(table, k, part)) {
        found = k
        break
      }
      if (
        (posAt(table, k) === 'PUNCT' && !lang.events.GAP_MARKS.has(table.norm[k]!)) ||
        posAt(table, k) === 'VERB'
      )
        break
    }
    if (found < 0) return null
    tokens.push(found)
    i = found + 1
    gap = 0
  }
  const verb = tokens.find((t) => posAt(table, t) === 'VERB')
  const head = entry.pos === 'N' ? tokens[tokens.length - 1]! : (verb ?? tokens[0]!)
  if (!posFits(table, head, entry.pos, sentence.tokenStart)) return null
  return { entry, tokens, head, first: tokens[0]!, end: tokens[tokens.length - 1]! + 1 }
}

/** "invasion forces", "aid workers": a one-word event noun modifying the noun after it is no event. */
function isNounModifier(lang: Lang, table: TokenTable, hit: TriggerHit, sentence: Sentence): boolean {
  if (hit.entry.pos !== 'N' || hit.tokens.length !== 1 || hit.end >= sentence.tokenEnd) return false
  return posAt(table, hit.end) === 'NOUN' && !lang.events.LIGHT_HEADS.has(table.lemma[hit.end]!)
}

/** Entries for the verb a gerund comes from: "meeting" → meet, "hosting" → host, "making" → make. */
function gerundStem(index: TriggerIndex, form: string): readonly TriggerEntry[] | undefined {
  const stem = form.slice(0, -3)
  return index.get(stem) ?? index.get(`${stem}e`)
}

function verbEntries(entries: readonly TriggerEntry[] | undefined): readonly TriggerEntry[] | undefined {
  return entries?.filter((e) => e.pos === 'V')
}

function firstMatch(
  lang: Lang,
  table: TokenTable,
  at: number,
  entries: readonly TriggerEntry[] | undefined,
  sentence: Sentence,
  consumed: Uint8Array,
): TriggerHit | null {
  if (!entries) return null
  for (const entry of entries) {
    const hit = matchAt(lang, table, at, entry, sentence, consumed)
    if (hit) return hit
  }
  return null
}

/**
 * Finds the triggers of one sentence, left to right, by lemma lookup: at each token the longest entry that
 * matches wins and its tokens are not read again.
 */
export function findTriggers(
  lang: Lang,
  table: TokenTable,
  sentence: Sentence,
  index: TriggerIndex,
  masks: { readonly insideName?: Uint8Array; readonly timexAt?: Uint8Array } = {},
): TriggerHit[] {
  const insideName = masks.insideName ?? new Uint8Array(0)
  const timexAt = masks.timexAt ?? new Uint8Array(0)
  const hits: TriggerHit[] = []
  const consumed = new Uint8Array(sentence.tokenEnd - sentence.tokenStart)
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (consumed[i - sentence.tokenStart] === 1 || lang.grammar.HARD_BREAKS.has(table.norm[i]!)) continue
    // "Asia-Pacific Economic Cooperation", "Rally for Peace": words of a name trigger nothing
    if (insideName[i] === 1) continue
    const lemma = table.lemma[i]!
    const form = table.norm[i]!
    // entries written for the surface form ("opposed") before those for the lemma ("oppose")
    // a gerund after a preposition is a verb: "without meeting Trump", "after turning down the call"
    const gerund = form.endsWith('ing') && i > sentence.tokenStart && posAt(table, i - 1) === 'ADP'
    const hit =
      (gerund
        ? firstMatch(lang, table, i, verbEntries(gerundStem(index, form)), sentence, consumed)
        : null) ??
      (form !== lemma ? firstMatch(lang, table, i, index.get(form), sentence, consumed) : null) ??
      firstMatch(lang, table, i, index.get(lemma), sentence, consumed) ??
      // plurals the lemmatizer does not know ("airstrikes")
      (lemma.endsWith('s')
        ? firstMatch(lang, table, i, index.get(lemma.slice(0, -1)), sentence, consumed)
        : null)
    if (!hit || (isNounModifier(lang, table, hit, sentence) && timexAt[hit.end] !== 1)) continue
    for (const t of hit.tokens) consumed[t - sentence.tokenStart] = 1
    hits.push(hit)
  }
  return hits.sort((a, b) => a.first - b.first)
}
