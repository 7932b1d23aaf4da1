/**
 * Readers for PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt) and the CAMEO→PLOVER table
 * (CAMEO2PLOVER-2021.txt), used by scripts/import-petrarch-verbs.ts. Pure functions: text in, data out,
 * with every line that is not kept counted under a reason.
 *
 * The dictionary format (PETRARCH-2, after TABARI):
 *   &NAME / +MEMBER          a synonym set and its members ("+ARMED_FORCES"; a trailing "_" only stops plurals)
 *   ---  NAME  [CODE]  ---   a verb block; CODE is the code of its verbs alone ("---": none)
 *   VERB {FORMS} [CODE]      a verb of the block, its irregular forms, its own code; "+CALL_OFF" and
 *                            "RE_+ARREST" are multi-word verbs, "+" marking the verb
 *   - PRE * POST [CODE]      a pattern: "*" is the verb; words are heads of noun phrases, "{A B}" a noun
 *                            phrase with head B, "(P ...)" a prepositional phrase, "&NAME" a synonym set,
 *                            "A_B" consecutive words, "+" the target, "$" the source, "^" an actor skipped;
 *                            "[A:B]" a paired code (B for the reverse direction), "[:B]" only the reverse,
 *                            "[---]" no event; "# VERB" names the verb it was written for
 *   ~ ...                    transformations (not imported)
 */
import { PLOVER_TYPES, type PloverType } from '../src/doc/layers.js'
import type {
  ImportReport,
  PatternElement,
  PatternSlot,
  PetrarchVerb,
  VerbPattern,
} from '../src/lang/en/petrarch-data.js'

export interface PloverMapping {
  readonly type: PloverType
  readonly mode: string | null
  readonly context: string | null
}

const PLOVER: ReadonlySet<string> = new Set(PLOVER_TYPES)

/** Reads `030: AGREE,  , diplomatic # …` lines; two-digit headers and malformed lines are skipped. */
export function parseCameoMapping(text: string): Map<string, PloverMapping> {
  const map = new Map<string, PloverMapping>()
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*(?:,([^,]*))?(?:,(.*))?$/.exec(line)
    if (!m || !PLOVER.has(m[2]!)) continue
    const clean = (s: string | undefined) => {
      const v = (s ?? '').trim().replace(/\s+/g, ' ')
      return v === '' ? null : v
    }
    if (!map.has(m[1]!)) map.set(m[1]!, { type: m[2] as PloverType, mode: clean(m[3]), context: clean(m[4]) })
  }
  return map
}

/** CAMEO codes are 3 or 4 digits under a cue category 01–20. */
export function isCameoCode(code: string): boolean {
  return /^\d{3,4}$/.test(code) && Number(code.slice(0, 2)) >= 1 && Number(code.slice(0, 2)) <= 20
}

export type CodeLookup =
  | {
      readonly kind: 'mapped'
      readonly code: string
      readonly mapping: PloverMapping
      readonly viaParent: boolean
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'blocker' }

/** A CAMEO code's PLOVER mapping: the code itself, else its three-digit parent. */
export function lookupCode(code: string, mapping: ReadonlyMap<string, PloverMapping>): CodeLookup {
  if (code === '---') return { kind: 'blocker' }
  if (!isCameoCode(code)) return { kind: 'unknown' }
  const own = mapping.get(code)
  if (own) return { kind: 'mapped', code, mapping: own, viaParent: false }
  const parent = code.length === 4 ? mapping.get(code.slice(0, 3)) : undefined
  if (parent) return { kind: 'mapped', code, mapping: parent, viaParent: true }
  return { kind: 'none' }
}

export type Lemmatize = (word: string) => string

type RawElement =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'np'; readonly items: readonly RawElement[] }
  | { readonly kind: 'pp'; readonly prep: string; readonly items: readonly RawElement[] }

export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError'
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message)
  }
}

/** Splits a pattern side into words and brackets. */
function lex(side: string): string[] {
  return side
    .replace(/([(){}])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t !== '')
}

/** Parses one side of a pattern ("&MILITARY", "AID (TO {BORDER AREA})") into raw elements. */
export function parseSide(side: string): RawElement[] {
  const tokens = lex(side)
  let i = 0
  const items = (closer: string | null, inPhrase: boolean): RawElement[] => {
    const out: RawElement[] = []
    while (i < tokens.length) {
      const t = tokens[i]!
      if (t === closer) {
        i++
        return out
      }
      if (t === ')' || t === '}') throw new PatternSyntaxError(`unexpected "${t}"`, 'unbalanced brackets')
      i++
      if (t === '{') {
        const inner = items('}', true)
        if (inner.length === 0) throw new PatternSyntaxError('empty noun phrase', 'empty phrase')
        if (inner.some((e) => e.kind !== 'word' || /^[+$^]$/.test(e.text)))
          throw new PatternSyntaxError(
            'a noun phrase holds words only',
            'slot or phrase inside a noun phrase',
          )
        out.push({ kind: 'np', items: inner })
      } else if (t === '(') {
        if (inPhrase)
          throw new PatternSyntaxError('nested prepositional phrase', 'nested prepositional phrase')
        const prep = tokens[i]
        if (prep === undefined || !/^[A-Z]+$/.test(prep))
          throw new PatternSyntaxError(`a prepositional phrase opens with "${prep ?? ''}"`, 'no preposition')
        i++
        out.push({ kind: 'pp', prep, items: items(')', true) })
      } else {
        out.push({ kind: 'word', text: t })
      }
    }
    if (closer !== null) throw new PatternSyntaxError(`missing "${closer}"`, 'unbalanced brackets')
    return out
  }
  return items(null, false)
}

const keep: Lemmatize = (word) => word

const WORD = /^[A-Z0-9][A-Z0-9'./-]*$/

export interface ConvertContext {
  readonly synsets: ReadonlySet<string>
  readonly lemmatize: Lemmatize
}

/** A word of a pattern or synset phrase: the head is lemmatised, modifiers kept (lower case). */
function wordsOf(text: string, lemmatize: Lemmatize): string[] {
  const parts = text
    .replace(/_+$/, '')
    .split('_')
    .filter((p) => p !== '')
  if (parts.length === 0 || parts.some((p) => !WORD.test(p)))
    throw new PatternSyntaxError(`not a word: "${text}"`, 'not a word')
  const lower = parts.map((p) => p.toLowerCase())
  const head = lower[lower.length - 1]!
  const lemma = lemmatize(head)
  // "killing|kill": the word as written and its lemma, either of which a token may show
  if (lemma !== head) lower[lower.length - 1] = `${head}|${lemma}`
  return lower
}

function convertElement(raw: RawElement, ctx: ConvertContext): PatternElement {
  if (raw.kind === 'np') {
    // modifiers as written ("arms shipment"), the head lemmatised
    const last = raw.items.length - 1
    return { np: raw.items.map((e, k) => convertElement(e, k === last ? ctx : { ...ctx, lemmatize: keep })) }
  }
  if (raw.kind === 'pp')
    return { prep: raw.prep.toLowerCase(), obj: raw.items.map((e) => convertElement(e, ctx)) }
  const t = raw.text
  if (t === '+' || t === '$' || t === '^') return t
  if (t === '%') throw new PatternSyntaxError('compound actor "%" is not supported', 'compound actor')
  if (t.startsWith('&')) {
    const name = t.slice(1).replace(/_$/, '').toLowerCase()
    if (!ctx.synsets.has(name)) throw new PatternSyntaxError(`undefined synonym set ${t}`, 'undefined synset')
    return `&${name}`
  }
  const words = wordsOf(t, ctx.lemmatize)
  return words.length === 1 ? words[0]! : { seq: words }
}

/** Where a slot marker stands: before the verb (subject), after it (object), or in a preposition's phrase. */
function findSlot(
  before: readonly PatternElement[],
  after: readonly PatternElement[],
  marker: string,
): PatternSlot | null {
  if (before.includes(marker)) return 'subject'
  for (let k = 0; k < after.length; k++) {
    const e = after[k]!
    if (e === marker) {
      // "(FROM) +": a marker right after an open prepositional phrase is that phrase's object
      const prev = after[k - 1]
      if (prev !== undefined && typeof prev === 'object' && 'prep' in prev && prev.obj.length === 0)
        return prev.prep
      return 'obj'
    }
    if (typeof e === 'object' && 'prep' in e && e.obj.includes(marker)) return e.prep
  }
  for (const e of before) if (typeof e === 'object' && 'prep' in e && e.obj.includes(marker)) return e.prep
  return null
}

/** An open prepositional phrase after the verb ("(WITH)", "(AGAINST)") is where PETRARCH-2 finds the target. */
function openPhrase(after: readonly PatternElement[]): string | null {
  for (const e of after) if (typeof e === 'object' && 'prep' in e && e.obj.length === 0) return e.prep
  return null
}

export interface ParsedPatternLine {
  readonly before: readonly PatternElement[]
  readonly after: readonly PatternElement[]
  readonly codes: readonly [string, string | null]
  readonly comment: string
}

/** Parses "- PRE * POST [CODE] # comment"; throws PatternSyntaxError with a reason. */
export function parsePatternLine(line: string, ctx: ConvertContext): ParsedPatternLine {
  const hash = line.indexOf('#')
  const comment = hash >= 0 ? line.slice(hash + 1).trim() : ''
  const body = (hash >= 0 ? line.slice(0, hash) : line).replace(/^-/, '')
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(body.trimEnd())
  if (!codeMatch) throw new PatternSyntaxError('no [code] at the end', 'no code')
  const pattern = body.trimEnd().slice(0, codeMatch.index)
  if (/[[\]]/.test(pattern)) throw new PatternSyntaxError('stray "[" or "]"', 'unbalanced brackets')
  const stars = pattern.split('*').length - 1
  if (stars !== 1) throw new PatternSyntaxError(`${stars} verb markers "*"`, 'no single verb marker')
  const [pre, post] = pattern.split('*') as [string, string]
  const before = parseSide(pre).map((e) => convertElement(e, ctx))
  const after = parseSide(post).map((e) => convertElement(e, ctx))
  const code = codeMatch[1]!.trim()
  const colon = code.indexOf(':')
  const codes: [string, string | null] =
    colon < 0 ? [code, null] : [code.slice(0, colon).trim(), code.slice(colon + 1).trim() || null]
  return { before, after, codes, comment }
}

/** The parties' slots of a pattern, with a reversed code ("[:173]") swapping them. */
export function partySlots(
  before: readonly PatternElement[],
  after: readonly PatternElement[],
  reverse: boolean,
): { actor: PatternSlot | null; recipient: PatternSlot | null } {
  const source = findSlot(before, after, '$') ?? 'subject'
  const target = findSlot(before, after, '+') ?? openPhrase(after)
  return reverse ? { actor: target, recipient: source } : { actor: source, recipient: target }
}

export interface VerbLine {
  readonly verb: PetrarchVerb
  readonly code: string | null
}

/** Parses a verb line ("HURRY {HURRIES HURRIED} [042]", "+CALL_OFF [160]", "RE_+ARREST"). */
export function parseVerbLine(line: string, block: string, lineNumber: number): VerbLine {
  const body = line.replace(/#.*/, '').trim()
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(body)
  const code = codeMatch ? codeMatch[1]!.trim() : null
  const rest = codeMatch ? body.slice(0, codeMatch.index).trim() : body
  const brace = rest.indexOf('{')
  const main = (brace >= 0 ? rest.slice(0, brace) : rest).trim()
  const forms = brace >= 0 ? rest.slice(brace + 1, rest.indexOf('}', brace)).split(/\s+/) : []
  const words = main.split('_').filter((w) => w !== '')
  let at = words.findIndex((w) => w.startsWith('+'))
  if (at < 0) at = 0
  if (words.length === 0 || !words.every((w) => /^\+?[A-Z][A-Z'-]*$/.test(w)))
    throw new PatternSyntaxError(`not a verb: "${main}"`, 'not a verb')
  const clean = (w: string) => w.replace(/^\+/, '').toLowerCase()
  const verbForm = (form: string) => {
    const parts = form.split('_')
    return clean(parts.find((p) => p.startsWith('+')) ?? parts[0] ?? '')
  }
  return {
    verb: {
      lemma: clean(words[at]!),
      block,
      line: lineNumber,
      prefix: words.slice(0, at).map(clean),
      particles: words.slice(at + 1).map(clean),
      forms: [...new Set(forms.filter((f) => f !== '').map(verbForm))].filter((f) => f !== clean(words[at]!)),
    },
    code,
  }
}

export interface DictionaryImport {
  readonly synsets: Record<string, (string | string[])[]>
  readonly verbs: PetrarchVerb[]
  readonly patterns: VerbPattern[]
  readonly report: ImportReport
}

const structureKey = (p: Pick<VerbPattern, 'block' | 'before' | 'after'>) =>
  `${p.block}|${JSON.stringify(p.before)}|${JSON.stringify(p.after)}`

/** Reads the whole dictionary: synonym sets, verb blocks and patterns mapped to PLOVER. */
export function importDictionary(
  text: string,
  mapping: ReadonlyMap<string, PloverMapping>,
  lemmatize: Lemmatize,
): DictionaryImport {
  const lines = text.split('\n')
  const dropped: Record<string, number> = {}
  const drop = (reason: string) => {
    dropped[reason] = (dropped[reason] ?? 0) + 1
  }
  // synonym sets first: they may be used before the line that defines them
  const synsets: Record<string, (string | string[])[]> = {}
  let current: string | null = null
  let section: 'head' | 'synsets' | 'verbs' | 'transformations' = 'head'
  lines.forEach((raw) => {
    const line = raw.replace(/\s+$/, '')
    if (/^#+\s*SYNONYM SETS/.test(line)) section = 'synsets'
    else if (/^#+\s*VERB PATTERNS/.test(line)) section = 'verbs'
    else if (/^#+\s*TRANSFORMATIONS/.test(line)) section = 'transformations'
    if (section !== 'synsets' || line.startsWith('#')) return
    if (line.startsWith('&')) {
      current = line.slice(1).trim().replace(/_$/, '').toLowerCase()
      synsets[current] ??= []
    } else if (line.startsWith('+') && current !== null) {
      const member = line.slice(1).replace(/#.*/, '').trim()
      try {
        const words = wordsOf(member, lemmatize)
        const list = synsets[current]!
        const value: string | string[] = words.length === 1 ? words[0]! : words
        if (!list.some((m) => JSON.stringify(m) === JSON.stringify(value))) list.push(value)
      } catch {
        drop('synset: member not a word')
      }
    } else if (line.trim() === '') {
      current = null
    }
  })
  const ctx: ConvertContext = { synsets: new Set(Object.keys(synsets)), lemmatize }

  const verbs: PetrarchVerb[] = []
  const patterns: VerbPattern[] = []
  const seen = new Map<string, number>()
  const verbSeen = new Set<string>()
  let blocks = 0
  let patternLines = 0
  let verbDefaults = 0
  let block: string | null = null
  let blockCode: string | null = null
  let blockVerbs: PetrarchVerb[] = []
  section = 'head'

  const mapped = (
    code: string,
    what: 'pattern' | 'verb',
  ): { code: string; mapping: PloverMapping } | 'blocker' | null => {
    const found = lookupCode(code, mapping)
    if (found.kind === 'blocker') return 'blocker'
    if (found.kind === 'mapped') {
      if (found.viaParent) drop(`${what}: code mapped by its three-digit parent (kept)`)
      return { code: found.code, mapping: found.mapping }
    }
    drop(
      `${what}: ${found.kind === 'unknown' ? 'unknown CAMEO code' : 'CAMEO code without a PLOVER mapping'}`,
    )
    return null
  }

  lines.forEach((raw, index) => {
    const lineNumber = index + 1
    const line = raw.replace(/\s+$/, '')
    if (/^#+\s*VERB PATTERNS/.test(line)) section = 'verbs'
    else if (/^#+\s*TRANSFORMATIONS/.test(line)) section = 'transformations'
    if (section !== 'verbs' || line.trim() === '' || line.startsWith('#')) return
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line)
    if (header) {
      blocks++
      block = header[1]!
      blockCode = header[2]!.trim()
      blockVerbs = []
      return
    }
    if (block === null) return
    if (line.startsWith('-')) {
      patternLines++
      let parsed: ParsedPatternLine
      try {
        parsed = parsePatternLine(line, ctx)
      } catch (error) {
        drop(`pattern: does not parse: ${error instanceof PatternSyntaxError ? error.reason : 'error'}`)
        return
      }
      const [forward, backward] = parsed.codes
      const reverse = forward === '' && backward !== null
      const code = reverse ? backward! : forward
      const target = mapped(code, 'pattern')
      if (target === null) return
      const named = parsed.comment.split(/\s+/)[0]?.toLowerCase() ?? ''
      const origin = blockVerbs.find((v) => v.lemma === named) ?? blockVerbs[0]
      if (!origin) {
        drop('pattern: before any verb of its block')
        return
      }
      const isBlocker = target === 'blocker'
      const cameo = isBlocker ? null : target.code
      const pattern: VerbPattern = {
        id: `petr2:${cameo ?? '---'}:${origin.lemma}:${lineNumber}`,
        verb: origin.lemma,
        block,
        line: lineNumber,
        cameo,
        type: isBlocker ? null : target.mapping.type,
        mode: isBlocker ? null : target.mapping.mode,
        context: isBlocker ? null : target.mapping.context,
        before: parsed.before,
        after: parsed.after,
        ...partySlots(parsed.before, parsed.after, reverse),
        mutual: !reverse && backward !== null && forward !== '',
        verbLine: null,
      }
      if (pattern.before.length === 0 && pattern.after.length === 0) {
        drop('pattern: no words besides the verb')
        return
      }
      // the same words twice in a block: the later line wins, as in PETRARCH-2
      const key = structureKey(pattern)
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        drop(
          patterns[earlier]!.cameo === pattern.cameo
            ? 'pattern: duplicate'
            : 'pattern: superseded by a later line',
        )
        patterns[earlier] = pattern
        return
      }
      seen.set(key, patterns.length)
      patterns.push(pattern)
      return
    }
    // a verb of the block
    let verbLine: VerbLine
    try {
      verbLine = parseVerbLine(line, block, lineNumber)
    } catch {
      drop('verb: line does not parse')
      return
    }
    const verb = verbLine.verb
    const verbKey = `${block}|${verb.prefix.join('_')}|${verb.lemma}|${verb.particles.join('_')}`
    if (verbSeen.has(verbKey)) {
      drop('verb: duplicate')
      return
    }
    verbSeen.add(verbKey)
    verbs.push(verb)
    blockVerbs.push(verb)
    const code = verbLine.code ?? blockCode
    if (code === null || code === '---' || code === '') return
    const target = mapped(code, 'verb')
    if (target === null || target === 'blocker') return
    verbDefaults++
    patterns.push({
      id: `petr2:${target.code}:${[...verb.prefix, verb.lemma, ...verb.particles].join('_')}:${lineNumber}`,
      verb: verb.lemma,
      block,
      line: lineNumber,
      cameo: target.code,
      type: target.mapping.type,
      mode: target.mapping.mode,
      context: target.mapping.context,
      before: [],
      after: [],
      actor: 'subject',
      recipient: null,
      mutual: false,
      verbLine: lineNumber,
    })
  })
  const kept = patterns.length
  const blockers = patterns.filter((p) => p.type === null).length
  return {
    synsets,
    verbs,
    patterns,
    report: { blocks, verbs: verbs.length, patternLines, kept, blockers, verbDefaults, dropped },
  }
}
