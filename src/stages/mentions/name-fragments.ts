import type { TokenTable } from '../../doc/token-table.js'
import { type Knowledge, normalizeKey } from '../../knowledge/index.js'
import type { Lang } from '../../lang/lang.js'
import type { DraftMention } from './build-mentions.js'

/** Connectors that join an organisation's words ("Bikers for Trump", "Bank of England"), never a person's. */
const NON_PERSON_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for'])

/** Share of a sentence's long words that must be capitalised for it to be set as a headline. */
const HEADLINE_CAPITALISED_SHARE = 0.75
/** Long words a sentence needs before its capitals can say it is a headline. */
const HEADLINE_MIN_WORDS = 3
/** Words of at least this length count when judging a headline ("of", "for", "the" do not). */
const HEADLINE_WORD_LENGTH = 4

export interface FragmentContext {
  readonly lang: Lang
  readonly knowledge: Knowledge
  readonly text: string
  readonly tokens: TokenTable
  readonly date: string | null
}

function word(ctx: FragmentContext, t: number): string {
  return ctx.text.slice(ctx.tokens.start[t]!, ctx.tokens.end[t]!)
}

function keyOf(ctx: FragmentContext, start: number, end: number): string {
  const words: string[] = []
  for (let t = start; t < end; t++) words.push(ctx.tokens.norm[t]!)
  return normalizeKey(words.join(' '))
}

/**
 * Sentences set in title case or capitals, without a closing full stop ("Jeb Bush Hits Marco Rubio",
 * "DEMOGRAPHICS FAVOR CRUZ").
 */
function headlineSentences(ctx: FragmentContext): Set<number> {
  const long = new Map<number, number>()
  const capitalised = new Map<number, number>()
  for (let t = 0; t < ctx.tokens.length; t++) {
    const w = word(ctx, t)
    if (w.length < HEADLINE_WORD_LENGTH || !/^\p{L}/u.test(w)) continue
    const s = ctx.tokens.sentence[t]!
    long.set(s, (long.get(s) ?? 0) + 1)
    if (/^\p{Lu}/u.test(w)) capitalised.set(s, (capitalised.get(s) ?? 0) + 1)
  }
  // a sentence that ends with a full stop is running text however many names it holds
  const stopped = new Set<number>()
  for (let t = 0; t < ctx.tokens.length; t++) {
    const next = ctx.tokens.sentence[t + 1]
    if (next !== ctx.tokens.sentence[t] && ctx.tokens.norm[t] === '.') stopped.add(ctx.tokens.sentence[t]!)
  }
  const out = new Set<number>()
  for (const [s, n] of long) {
    if (stopped.has(s)) continue
    if (n >= HEADLINE_MIN_WORDS && (capitalised.get(s) ?? 0) >= HEADLINE_CAPITALISED_SHARE * n) out.add(s)
  }
  return out
}

function isAllCapitals(ctx: FragmentContext, m: DraftMention): boolean {
  for (let t = m.tokenStart; t < m.tokenEnd; t++) {
    const w = word(ctx, t)
    if (/\p{Ll}/u.test(w)) return false
  }
  return true
}

/** A full name the knowledge base holds for a person ("Donald Trump"), on the article's date or any other. */
function isKnownPerson(ctx: FragmentContext, key: string): boolean {
  if (ctx.knowledge.lookupOfficeHolder(key, ctx.date)) return true
  return ctx.knowledge
    .world()
    .lookup(key)
    .some((a) => a.kind === 'person')
}

/** The mention without the titles before it (what stood before a trimmed name was no title). */
function withoutExtent(m: DraftMention): DraftMention {
  const { extentStart: _extent, ...rest } = m
  return rest
}

/**
 * "Bikers for Trump", "Supporters of Hillary Clinton", "Patrick Murray of Monmouth": a person's name holds no
 * "of" or "for". An organisation's head before one makes the whole an organisation; else the name is what
 * follows the last one when the document or the knowledge base knows it, else the two or more words before
 * it (a person and their affiliation), else what follows.
 */
function cutAtConnector(
  ctx: FragmentContext,
  m: DraftMention,
  isKnown: (start: number, end: number) => boolean,
): DraftMention {
  for (let t = m.tokenEnd - 2; t > m.tokenStart; t--) {
    if (!NON_PERSON_CONNECTORS.has(ctx.tokens.norm[t]!)) continue
    for (let h = m.tokenStart; h < t; h++) {
      if (ctx.lang.names.ORGANIZATION_HEADS.has(ctx.tokens.norm[h]!)) return { ...m, type: 'organization' }
    }
    if (!isKnown(t + 1, m.tokenEnd) && t - m.tokenStart >= 2) return { ...m, tokenEnd: t }
    return {
      ...withoutExtent(m),
      tokenStart: t + 1,
      tentative: m.tokenEnd - (t + 1) === 1,
      sentenceInitial: false,
    }
  }
  return m
}

/** Most words of a person's name before "of" and an organisation ("Patrick Murray of Monmouth University"). */
const AFFILIATED_NAME_WORDS = 3

/**
 * "Patrick Murray of Monmouth University": an unknown organisation's name whose words before "of" are a
 * person's (two or three capitalised words, no organisation head) is a person and their organisation.
 */
function splitAffiliation(ctx: FragmentContext, m: DraftMention): DraftMention[] {
  for (let t = m.tokenStart + 2; t < m.tokenEnd - 1 && t <= m.tokenStart + AFFILIATED_NAME_WORDS; t++) {
    if (ctx.tokens.norm[t] !== 'of') continue
    for (let h = m.tokenStart; h < t; h++) {
      if (ctx.lang.names.ORGANIZATION_HEADS.has(ctx.tokens.norm[h]!) || !/^\p{Lu}/u.test(word(ctx, h)))
        return [m]
    }
    return [
      { ...withoutExtent(m), type: 'person', tokenEnd: t },
      { ...withoutExtent(m), tokenStart: t + 1 },
    ]
  }
  return [m]
}

/**
 * Document-level clean-up of unknown person names, before lone words are confirmed:
 * - "Bikers for Trump" → "Trump" (or an organisation), see `cutAtConnector`; "Patrick Murray of Monmouth
 *   University" → a person and an organisation, see `splitAffiliation`;
 * - words before a name the document gives elsewhere or the knowledge base knows are not part of it:
 *   "Offensive Things Donald Trump", "Rival Hillary Clinton", "Certainly Donald Trump" → the known name;
 * - in a headline (title case or capitals), an unknown name the body never repeats, holding a word the
 *   document also writes in lower case, is no person ("Full Text", "DEMOGRAPHICS FAVOR CRUZ"; not a line that
 *   only names someone, "Christina Lastra").
 */
export function trimNameFragments(ctx: FragmentContext, mentions: readonly DraftMention[]): DraftMention[] {
  const headlines = headlineSentences(ctx)
  const isPersonName = (m: DraftMention) => m.type === 'person' && m.kbId === null && !m.tentative
  const inHeadline = (m: DraftMention) =>
    headlines.has(ctx.tokens.sentence[m.tokenStart]!) || isAllCapitals(ctx, m)
  const namesOf = (list: readonly DraftMention[]) => {
    const names = new Map<string, number>()
    for (const m of list) {
      if (!isPersonName(m) || m.tokenEnd - m.tokenStart < 2 || inHeadline(m)) continue
      const key = keyOf(ctx, m.tokenStart, m.tokenEnd)
      names.set(key, (names.get(key) ?? 0) + 1)
    }
    return names
  }
  const given = namesOf(mentions)
  const surnames = new Set([...given.keys()].map((k) => k.slice(k.lastIndexOf(' ') + 1)))
  const isKnownTail = (start: number, end: number) => {
    const key = keyOf(ctx, start, end)
    return end - start === 1 ? surnames.has(key) : given.has(key) || isKnownPerson(ctx, key)
  }
  const cut = mentions.flatMap((m) => {
    if (m.type === 'organization' && m.kbId === null) return splitAffiliation(ctx, m)
    return isPersonName(m) && m.tokenEnd - m.tokenStart >= 3 ? [cutAtConnector(ctx, m, isKnownTail)] : [m]
  })
  const bodyNames = namesOf(cut)
  const lowercase = new Set<string>()
  for (let t = 0; t < ctx.tokens.length; t++) {
    const w = word(ctx, t)
    // a word of its own, not the tail of a hyphenated name ("Geun-hye")
    const own = t === 0 || ctx.tokens.start[t] !== ctx.tokens.end[t - 1]
    if (own && /^\p{Ll}/u.test(w)) lowercase.add(ctx.tokens.norm[t]!)
  }
  // "Full Text", "Slams": a word the document also writes in lower case is a common word, not a name
  const hasCommonWord = (m: DraftMention, end: number) => {
    for (let t = m.tokenStart; t < end; t++) if (lowercase.has(ctx.tokens.norm[t]!.toLowerCase())) return true
    return false
  }
  const sentenceStarts = new Map<number, number>()
  for (let t = ctx.tokens.length - 1; t >= 0; t--) sentenceStarts.set(ctx.tokens.sentence[t]!, t)
  const out: DraftMention[] = []
  for (const m of cut) {
    if (!isPersonName(m) || m.tokenEnd - m.tokenStart < 2) {
      out.push(m)
      continue
    }
    const own = keyOf(ctx, m.tokenStart, m.tokenEnd)
    // a body name counts itself once among the body's names
    const self = inHeadline(m) ? 0 : 1
    const known = (key: string) =>
      (bodyNames.get(key) ?? 0) > (key === own ? self : 0) || isKnownPerson(ctx, key)
    // what stands before a known name is cut when it is no name itself: a common word, a sentence's first word
    // or a headline's ("Rival Hillary Clinton", "Certainly Donald Trump"), one word before a shorter name the
    // article gives ("Crooked Hillary Clinton"), or one word that is no given name before a known one
    // ("Attorney Chris Christie"); never a known full name ("Recep Tayyip Erdoğan")
    const loose = (k: number) =>
      inHeadline(m) ||
      m.tokenStart === sentenceStarts.get(ctx.tokens.sentence[m.tokenStart]!) ||
      hasCommonWord(m, k)
    let start = m.tokenStart
    for (let k = m.tokenStart + 1; k <= m.tokenEnd - 2 && !known(own); k++) {
      const suffix = keyOf(ctx, k, m.tokenEnd)
      // the article's own shorter name may drop one word before it; the knowledge base's, only a loose one
      const oneWord = k === m.tokenStart + 1
      const givenName = ctx.lang.names.GIVEN_NAME_GENDER.has(ctx.tokens.norm[m.tokenStart]!)
      if ((bodyNames.has(suffix) && oneWord) || (known(suffix) && (loose(k) || (oneWord && !givenName)))) {
        start = k
        break
      }
    }
    const trimmed = start === m.tokenStart ? m : { ...withoutExtent(m), tokenStart: start }
    if (start === m.tokenStart && inHeadline(m) && !known(own) && hasCommonWord(m, m.tokenEnd)) continue
    out.push(trimmed)
  }
  return out
}
