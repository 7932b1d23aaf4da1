import { readFileSync } from 'node:fs'
import { PLOVER_TYPES, type PloverType } from '../../doc/layers.js'
import type { PatternElement, PatternSlot, PetrarchData, PetrarchVerb, VerbPattern } from './petrarch-data.js'

export type { PatternElement, PatternSlot, PetrarchData, PetrarchVerb, VerbPattern } from './petrarch-data.js'

/**
 * PETRARCH-2's verb patterns (imported by scripts/import-petrarch-verbs.ts into data/petrarch-verbs.json),
 * loaded once and matched against token sequences. Pure: no Doc, no pipeline; the caller gives lemmas and
 * normalised forms and gets back the patterns that fit, most specific first.
 */

/**
 * A pattern as the data file stores it: the defaults (no context, no words before, actor = subject, …) are
 * left out, and the CAMEO code and source line are read from the id.
 */
export interface StoredPattern {
  readonly id: string
  readonly block: string
  readonly verb?: string
  readonly type?: PloverType
  readonly mode?: string
  readonly context?: string
  readonly before?: readonly PatternElement[]
  readonly after?: readonly PatternElement[]
  readonly actor?: PatternSlot | null
  readonly recipient?: PatternSlot
  readonly mutual?: true
  readonly verbLine?: number
}

const ID = /^petr2:(---|\d{3,4}):([a-z][a-z'_-]*):(\d+)$/

/** The stored form of a pattern (what `expandPattern` reads back). */
export function compactPattern(p: VerbPattern): StoredPattern {
  const idVerb = ID.exec(p.id)?.[2]
  return {
    id: p.id,
    block: p.block,
    ...(idVerb === p.verb ? {} : { verb: p.verb }),
    ...(p.type === null ? {} : { type: p.type }),
    ...(p.mode === null ? {} : { mode: p.mode }),
    ...(p.context === null ? {} : { context: p.context }),
    ...(p.before.length === 0 ? {} : { before: p.before }),
    ...(p.after.length === 0 ? {} : { after: p.after }),
    ...(p.actor === 'subject' ? {} : { actor: p.actor }),
    ...(p.recipient === null ? {} : { recipient: p.recipient }),
    ...(p.mutual ? { mutual: true as const } : {}),
    ...(p.verbLine === null ? {} : { verbLine: p.verbLine }),
  }
}

export class PatternDataError extends Error {
  override readonly name = 'PatternDataError'
}

const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES)

/** The full pattern of a stored one; throws PatternDataError on an id or type that does not validate. */
export function expandPattern(s: StoredPattern): VerbPattern {
  const m = ID.exec(s.id)
  if (!m) throw new PatternDataError(`pattern id "${s.id}" is not petr2:<cameo>:<verb>:<line>`)
  const cameo = m[1] === '---' ? null : m[1]!
  if ((cameo === null) !== (s.type === undefined) || (s.type !== undefined && !TYPES.has(s.type)))
    throw new PatternDataError(`pattern ${s.id}: type "${s.type ?? ''}" does not fit its code`)
  return {
    id: s.id,
    verb: s.verb ?? m[2]!,
    block: s.block,
    line: Number(m[3]),
    cameo,
    type: s.type ?? null,
    mode: s.mode ?? null,
    context: s.context ?? null,
    before: s.before ?? [],
    after: s.after ?? [],
    actor: s.actor === undefined ? 'subject' : s.actor,
    recipient: s.recipient ?? null,
    mutual: s.mutual === true,
    verbLine: s.verbLine ?? null,
  }
}

/** A verb as the data file stores it: empty lists left out. */
export interface StoredVerb {
  readonly lemma: string
  readonly block: string
  readonly line: number
  readonly prefix?: readonly string[]
  readonly particles?: readonly string[]
  readonly forms?: readonly string[]
}

export function compactVerb(v: PetrarchVerb): StoredVerb {
  return {
    lemma: v.lemma,
    block: v.block,
    line: v.line,
    ...(v.prefix.length === 0 ? {} : { prefix: v.prefix }),
    ...(v.particles.length === 0 ? {} : { particles: v.particles }),
    ...(v.forms.length === 0 ? {} : { forms: v.forms }),
  }
}

export function expandVerb(s: StoredVerb): PetrarchVerb {
  if (typeof s.lemma !== 'string' || typeof s.block !== 'string' || typeof s.line !== 'number')
    throw new PatternDataError(`verb ${JSON.stringify(s)}: needs lemma, block and line`)
  return { ...s, prefix: s.prefix ?? [], particles: s.particles ?? [], forms: s.forms ?? [] }
}

/** The file's top level, with verbs and patterns in their stored form. */
export interface StoredPetrarchData extends Omit<PetrarchData, 'patterns' | 'verbs'> {
  readonly verbs: readonly StoredVerb[]
  readonly patterns: readonly StoredPattern[]
}

const DATA_URL = new URL('./data/petrarch-verbs.json', import.meta.url)

/** Reads and checks a data file; throws PatternDataError naming the file. */
export function readPetrarchData(url: URL = DATA_URL): PetrarchData {
  const where = url.pathname.split('/').pop() ?? 'petrarch-verbs.json'
  let stored: StoredPetrarchData
  try {
    stored = JSON.parse(readFileSync(url, 'utf8')) as StoredPetrarchData
  } catch (error) {
    throw new PatternDataError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!Array.isArray(stored.patterns) || !Array.isArray(stored.verbs) || typeof stored.synsets !== 'object')
    throw new PatternDataError(`${where}: expected "synsets", "verbs" and "patterns"`)
  try {
    return { ...stored, verbs: stored.verbs.map(expandVerb), patterns: stored.patterns.map(expandPattern) }
  } catch (error) {
    throw new PatternDataError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The token columns the matcher reads (a TokenTable has them). */
export interface PatternTokens {
  readonly length: number
  /** Lower-case lemmas. */
  readonly lemma: readonly string[]
  /** Lower-case surface forms. */
  readonly lower: readonly string[]
  /** Normalised forms ("n’t" → "not"); `lower` stands in when absent. */
  readonly norm?: readonly string[]
}

/** The forms a token may show for a word: "killing|kill" and their plurals. */
type Forms = ReadonlySet<string>

/** A pattern element made ready for matching. */
type Compiled =
  | { readonly kind: 'word'; readonly forms: Forms }
  | { readonly kind: 'slot' }
  | { readonly kind: 'synset'; readonly members: readonly (readonly Forms[])[] }
  | { readonly kind: 'seq'; readonly words: readonly Forms[] }
  | { readonly kind: 'np'; readonly items: readonly Compiled[] }
  | { readonly kind: 'pp'; readonly prep: Forms; readonly obj: readonly Compiled[] }

interface CompiledPattern {
  readonly pattern: VerbPattern
  readonly before: readonly Compiled[]
  readonly after: readonly Compiled[]
  /** Open prepositional phrases ("(TO)"): they weigh half a word in the pattern's specificity. */
  readonly openPhrases: number
}

/** Patterns indexed for matching: verbs by lemma and irregular form, patterns by block. */
export interface PatternIndex {
  readonly data: PetrarchData
  readonly verbsByWord: ReadonlyMap<string, readonly PetrarchVerb[]>
  readonly byId: ReadonlyMap<string, VerbPattern>
  /** The block's patterns, compiled. */
  readonly patternsByBlock: ReadonlyMap<string, readonly CompiledPattern[]>
  /** A verb's own code, by the verb's line. */
  readonly defaultsByVerbLine: ReadonlyMap<number, CompiledPattern>
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function formsOf(word: string): Forms {
  const forms = new Set<string>()
  for (const f of word.split('|')) {
    forms.add(f)
    if (/[^s]$/.test(f)) forms.add(`${f}s`)
    if (/[^aeiou]y$/.test(f)) forms.add(`${f.slice(0, -1)}ies`)
    if (/(s|x|ch|sh)$/.test(f)) forms.add(`${f}es`)
  }
  return forms
}

function compile(
  element: PatternElement,
  synsets: ReadonlyMap<string, readonly (readonly Forms[])[]>,
): Compiled {
  if (typeof element === 'string') {
    if (element === '+' || element === '$' || element === '^') return { kind: 'slot' }
    if (element.startsWith('&')) {
      const members = synsets.get(element.slice(1))
      if (!members) throw new PatternDataError(`undefined synonym set ${element}`)
      return { kind: 'synset', members }
    }
    return { kind: 'word', forms: formsOf(element) }
  }
  if ('seq' in element) return { kind: 'seq', words: element.seq.map(formsOf) }
  if ('np' in element) return { kind: 'np', items: element.np.map((e) => compile(e, synsets)) }
  return { kind: 'pp', prep: new Set([element.prep]), obj: element.obj.map((e) => compile(e, synsets)) }
}

function compilePattern(
  pattern: VerbPattern,
  synsets: ReadonlyMap<string, readonly (readonly Forms[])[]>,
): CompiledPattern {
  const open = pattern.after.filter((e) => typeof e === 'object' && 'prep' in e && e.obj.length === 0)
  return {
    pattern,
    before: pattern.before.map((e) => compile(e, synsets)),
    after: pattern.after.map((e) => compile(e, synsets)),
    openPhrases: open.length,
  }
}

/** Indexes the data; throws PatternDataError on a pattern naming an undefined synonym set. */
export function indexPatterns(data: PetrarchData): PatternIndex {
  const verbsByWord = new Map<string, PetrarchVerb[]>()
  for (const verb of data.verbs) {
    const keys = new Set([verb.lemma, ...verb.forms])
    // a prefixed verb written as one token: "re-arrest", "rearrest"
    if (verb.prefix.length > 0) {
      keys.add(`${verb.prefix.join('-')}-${verb.lemma}`)
      keys.add(`${verb.prefix.join('')}${verb.lemma}`)
    }
    for (const key of keys) push(verbsByWord, key, verb)
  }
  const synsets = new Map<string, (readonly Forms[])[]>()
  for (const [name, members] of Object.entries(data.synsets))
    synsets.set(
      name,
      members.map((m) => (typeof m === 'string' ? [m] : m).map(formsOf)),
    )
  const patternsByBlock = new Map<string, CompiledPattern[]>()
  const defaultsByVerbLine = new Map<number, CompiledPattern>()
  const byId = new Map<string, VerbPattern>()
  for (const p of data.patterns) {
    byId.set(p.id, p)
    const compiled = compilePattern(p, synsets)
    if (p.verbLine !== null) defaultsByVerbLine.set(p.verbLine, compiled)
    else push(patternsByBlock, p.block, compiled)
  }
  return { data, verbsByWord, byId, patternsByBlock, defaultsByVerbLine }
}

let shared: PatternIndex | null = null

/** The shipped patterns, read and indexed once per process (about 40 ms). */
export function defaultPatternIndex(): PatternIndex {
  shared ??= indexPatterns(readPetrarchData())
  return shared
}

export interface MatchOptions {
  /** Tokens that may be read as the verb (a part-of-speech check, say); default every token. */
  readonly isVerb?: (index: number) => boolean
  /**
   * `block` (PETRARCH-2): every verb of a synonym block takes the block's patterns; `verb`: only the verb a
   * pattern was written for.
   */
  readonly scope?: 'block' | 'verb'
  /** Most tokens between the verb and a pattern word, or between two pattern words (default 6). */
  readonly maxGap?: number
}

/** A pattern found in the text. */
export interface PatternMatch {
  readonly pattern: VerbPattern
  readonly verb: PetrarchVerb
  /** Token index of the verb. */
  readonly head: number
  /** Every token the match read (verb, prefix, particles, pattern words), ascending. */
  readonly tokens: readonly number[]
  /** Pattern words matched besides the verb (an open "(TO)" half a word): the more, the more specific. */
  readonly specificity: number
}

/** Tokens no pattern reads across: ends of clauses and separating dashes. */
const BREAKS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '--', '—', '–', '(', ')'])
/** Most tokens between the words of a noun phrase ("arms shipment", "the ceasefire proposal"). */
const NP_GAP = 2
/** Most tokens between a preposition and its object's first word ("to the disputed border"). */
const PP_GAP = 4

class Cursor {
  constructor(
    readonly tokens: PatternTokens,
    readonly start: number,
    readonly end: number,
  ) {}

  norm(i: number): string {
    return this.tokens.norm?.[i] ?? this.tokens.lower[i]!
  }

  isBreak(i: number): boolean {
    return BREAKS.has(this.norm(i))
  }

  /** Does token i show one of the forms (as its lemma, normalised or surface form)? */
  is(i: number, forms: Forms): boolean {
    if (i < this.start || i >= this.end) return false
    return forms.has(this.tokens.lemma[i]!) || forms.has(this.norm(i)) || forms.has(this.tokens.lower[i]!)
  }

  /** Consecutive words from i; the index after them, or -1. */
  sequence(i: number, words: readonly Forms[], out: number[]): number {
    for (let k = 0; k < words.length; k++) if (!this.is(i + k, words[k]!)) return -1
    for (let k = 0; k < words.length; k++) out.push(i + k)
    return i + words.length
  }

  /**
   * Elements in order from i, the first within `firstGap` tokens, each next within `gap` tokens of the one
   * before; the index after them, or -1.
   */
  chain(i: number, elements: readonly Compiled[], gap: number, out: number[], firstGap = 0): number {
    let at = i
    for (let k = 0; k < elements.length; k++) {
      const next = this.find(elements[k]!, at, k === 0 ? firstGap : gap, out)
      if (next < 0) return -1
      at = next
    }
    return at
  }

  /** The element starting within `gap` tokens after `from` (no break between); the index after it, or -1. */
  find(element: Compiled, from: number, gap: number, out: number[]): number {
    if (element.kind === 'slot') return from
    for (let s = from; s <= from + gap && s < this.end; s++) {
      if (s > from && this.isBreak(s - 1)) return -1
      const mark = out.length
      const end = this.at(element, s, out)
      if (end >= 0) return end
      out.length = mark
    }
    return -1
  }

  /** The element starting exactly at i; the index after it, or -1. */
  at(element: Compiled, i: number, out: number[]): number {
    switch (element.kind) {
      case 'slot':
        return i
      case 'word':
        if (!this.is(i, element.forms)) return -1
        out.push(i)
        return i + 1
      case 'seq':
        return this.sequence(i, element.words, out)
      case 'synset': {
        // the longest member that starts here
        let best = -1
        let bestLength = 0
        for (const member of element.members) {
          if (member.length > bestLength && this.sequence(i, member, []) >= 0) {
            best = i + member.length
            bestLength = member.length
          }
        }
        for (let k = i; k < best; k++) out.push(k)
        return best
      }
      case 'np':
        return this.chain(i, element.items, NP_GAP, out)
      case 'pp': {
        if (!this.is(i, element.prep)) return -1
        out.push(i)
        return this.chain(i + 1, element.obj, NP_GAP + 2, out, PP_GAP)
      }
    }
  }

  /** Elements before `q` (in text order), the last ending within `gap` tokens of q; true when all match. */
  before(elements: readonly Compiled[], q: number, gap: number, out: number[]): boolean {
    let limit = q
    for (let k = elements.length - 1; k >= 0; k--) {
      const element = elements[k]!
      if (element.kind === 'slot') continue
      let found = -1
      for (let s = limit - 1; s >= this.start && s >= limit - gap - 4; s--) {
        if (this.isBreak(s)) break
        const mark = out.length
        const end = this.at(element, s, out)
        if (end >= 0 && end <= limit && limit - end <= gap) {
          found = s
          break
        }
        out.length = mark
      }
      if (found < 0) return false
      limit = found
    }
    return true
  }
}

/** Does the verb entry fit at token i: the prefix before it, its particles after it? */
function verbFits(c: Cursor, i: number, verb: PetrarchVerb, joinedPrefix: boolean, out: number[]): boolean {
  out.push(i)
  if (verb.prefix.length > 0 && !joinedPrefix) {
    let at = i - 1
    if (at >= c.start && c.norm(at) === '-') at--
    for (let k = verb.prefix.length - 1; k >= 0; k--, at--) {
      if (!c.is(at, new Set([verb.prefix[k]!]))) return false
      out.push(at)
    }
  }
  let at = i + 1
  for (const particle of verb.particles) {
    const found = c.find({ kind: 'word', forms: new Set([particle]) }, at, 3, out)
    if (found < 0) return false
    at = found
  }
  return true
}

/** Words a token may stand for as a verb: its lemma and forms, and plain de-inflections the lemmatizer missed. */
function verbKeys(c: Cursor, i: number): string[] {
  const lower = c.tokens.lower[i]!
  const keys = [c.tokens.lemma[i]!, c.norm(i), lower]
  const m = /^(.+?)(ied|ies|ed|d|ing|es|s)$/.exec(lower)
  if (m) {
    const stem = m[1]!
    if (m[2] === 'ied' || m[2] === 'ies') keys.push(`${stem}y`)
    else keys.push(stem, `${stem}e`)
    // doubled consonants: "shipped", "planning"
    if (/([bdgklmnprt])\1$/.test(stem)) keys.push(stem.slice(0, -1))
  }
  return [...new Set(keys)]
}

/**
 * Every pattern that fits the tokens in [start, end) (a sentence, or a clause), by verb; within one verb the
 * most specific first. Blockers (type null) are returned too: when one is the most specific, the verb codes
 * no event.
 */
export function matchPatterns(
  tokens: PatternTokens,
  range: { readonly start: number; readonly end: number },
  index: PatternIndex,
  options: MatchOptions = {},
): PatternMatch[] {
  const gap = options.maxGap ?? 6
  const scope = options.scope ?? 'block'
  const c = new Cursor(tokens, range.start, range.end)
  const matches: PatternMatch[] = []
  for (let i = range.start; i < range.end; i++) {
    if (options.isVerb && !options.isVerb(i)) continue
    const found: PatternMatch[] = []
    const seen = new Set<VerbPattern>()
    const verbsSeen = new Set<PetrarchVerb>()
    for (const key of verbKeys(c, i)) {
      for (const verb of index.verbsByWord.get(key) ?? []) {
        if (verbsSeen.has(verb)) continue
        verbsSeen.add(verb)
        const verbTokens: number[] = []
        const joinedPrefix = key !== verb.lemma && verb.prefix.length > 0 && key.endsWith(verb.lemma)
        if (!verbFits(c, i, verb, joinedPrefix, verbTokens)) continue
        const block = index.patternsByBlock.get(verb.block) ?? []
        const own = index.defaultsByVerbLine.get(verb.line)
        for (const compiled of own ? [...block, own] : block) {
          const pattern = compiled.pattern
          if (seen.has(pattern) || (scope === 'verb' && compiled !== own && pattern.verb !== verb.lemma))
            continue
          const out = [...verbTokens]
          if (compiled.after.length > 0 && c.chain(i + 1, compiled.after, gap, out, gap) < 0) continue
          const q = Math.min(...verbTokens)
          if (compiled.before.length > 0 && !c.before(compiled.before, q, gap, out)) continue
          seen.add(pattern)
          const unique = [...new Set(out)].sort((a, b) => a - b)
          found.push({
            pattern,
            verb,
            head: i,
            tokens: unique,
            specificity: unique.length - verbTokens.length - compiled.openPhrases / 2,
          })
        }
      }
    }
    found.sort((a, b) => b.specificity - a.specificity)
    matches.push(...found)
  }
  return matches
}

/** The most specific match of each verb token (the one PETRARCH-2 would code), in text order. */
export function bestMatches(matches: readonly PatternMatch[]): PatternMatch[] {
  const best = new Map<number, PatternMatch>()
  for (const m of matches) {
    const current = best.get(m.head)
    if (!current || m.specificity > current.specificity) best.set(m.head, m)
  }
  return [...best.values()].sort((a, b) => a.head - b.head)
}

/** A pattern written as a line of the trigger lexicon (src/lang/en/events-lexicon.ts), with its id. */
export interface LexiconLine {
  readonly id: string
  readonly line: string
}

/** The lemma of a stored word ("killing|kill" → "kill"). */
const lemmaOf = (word: string) => word.split('|').pop()!

/**
 * Words of an element in lexicon-phrase syntax (lemmas, `~` for a gap), or null when the lexicon cannot say
 * it (synonym sets, slots inside phrases).
 */
function phraseWords(element: PatternElement): string[] | null {
  if (typeof element === 'string') {
    if (element === '+' || element === '$' || element === '^') return []
    return element.startsWith('&') ? null : [lemmaOf(element)]
  }
  if ('seq' in element) return element.seq.map(lemmaOf)
  const parts = 'np' in element ? element.np : element.obj
  const words: string[] = 'np' in element ? [] : [element.prep]
  for (const part of parts) {
    const w = phraseWords(part)
    if (w === null) return null
    if (w.length > 0 && words.length > 0) words.push('~')
    words.push(...w)
  }
  return words
}

/**
 * The patterns the trigger lexicon's syntax can hold, as lexicon lines (`phrase | V | type | mode | cameo |
 * frame`): the verb, its particles and the words after it, with gaps; the recipient slot as the frame. Patterns
 * with words before the verb, synonym sets, a verb prefix or no PLOVER event (blockers are kept, as type `-`)
 * are left out. `keep` picks the patterns (all by default).
 */
export function toLexiconLines(
  index: PatternIndex,
  keep: (pattern: VerbPattern, verb: PetrarchVerb) => boolean = () => true,
): LexiconLine[] {
  const lines: LexiconLine[] = []
  const verbsOfBlock = new Map<string, PetrarchVerb[]>()
  for (const verb of index.data.verbs) push(verbsOfBlock, verb.block, verb)
  for (const pattern of index.data.patterns) {
    if (pattern.before.length > 0) continue
    const after: string[] = []
    let sayable = true
    for (const element of pattern.after) {
      const words = phraseWords(element)
      if (words === null) {
        sayable = false
        break
      }
      if (words.length > 0) after.push('~', ...words)
    }
    if (!sayable) continue
    const verbs = (verbsOfBlock.get(pattern.block) ?? []).filter((v) =>
      pattern.verbLine === null ? v.lemma === pattern.verb : v.line === pattern.verbLine,
    )
    for (const verb of verbs) {
      if (verb.prefix.length > 0 || !keep(pattern, verb)) continue
      const phrase = [verb.lemma, ...verb.particles, ...after].join(' ')
      const slot = pattern.recipient === null || pattern.recipient === 'subject' ? '-' : pattern.recipient
      const line = [phrase, 'V', pattern.type ?? '-', pattern.mode ?? '-', pattern.cameo ?? '-', slot].join(
        ' | ',
      )
      lines.push({ id: pattern.id, line })
    }
  }
  return lines
}
