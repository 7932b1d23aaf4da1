import type { MentionType } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { KbHit, OrganizationHit, PlaceHit } from '../../knowledge/index.js'
import type { Lang } from '../../lang/lang.js'
import type { Part } from './name-parts.js'
import { isDateline, isLocativeUse } from './place-context.js'
import { POS } from './token-tests.js'

/** A mention before ids are assigned. */
export interface DraftMention {
  tokenStart: number
  tokenEnd: number
  type: MentionType
  kbId: string | null
  country: string | null
  role: string | null
  sector: string | null
  former: boolean
  plural: boolean
  determiner: 'definite' | 'indefinite' | 'possessive' | null
  /** Gazetteer entry for place mentions. */
  place?: PlaceHit
  /** First token of the titles and modifiers in front of a person's name ("Foreign Minister" in front of "Retno Marsudi"). */
  extentStart?: number
  /** Unknown single capitalised words kept until the whole document is read ("Blinken" before we know him). */
  tentative?: boolean
  /** The mention opens its sentence (its capital letter says nothing about it being a name). */
  sentenceInitial?: boolean
}

export function draft(
  tokenStart: number,
  tokenEnd: number,
  type: MentionType,
  extra: Partial<DraftMention> = {},
): DraftMention {
  return {
    tokenStart,
    tokenEnd,
    type,
    kbId: null,
    country: null,
    role: null,
    sector: null,
    former: false,
    plural: false,
    determiner: null,
    ...extra,
  }
}

function firstHit<T extends KbHit['type']>(
  hits: readonly KbHit[],
  type: T,
): Extract<KbHit, { type: T }> | undefined {
  return hits.find((h): h is Extract<KbHit, { type: T }> => h.type === type)
}

/** The country a knowledge-base phrase points to, when used as a modifier ("Russian", "White House", "US"). */
export function hitCountry(hits: readonly KbHit[]): string | null {
  for (const hit of hits) {
    if (hit.type === 'country' || hit.type === 'seat') return hit.code
    if (hit.type === 'organization' && hit.country) return hit.country
  }
  return null
}

interface Context {
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly sentenceStart: number
}

/** Mentions for a known phrase standing on its own (not modifying a person). */
function kbMention(ctx: Context, part: Extract<Part, { kind: 'kb' }>): DraftMention | null {
  const { hits } = part
  const seat = firstHit(hits, 'seat')
  const country = firstHit(hits, 'country')
  const org = firstHit(hits, 'organization')
  const place = firstHit(hits, 'place')
  const { tokenStart: s, tokenEnd: e } = part
  if (seat) {
    const use = { ...ctx, tokenStart: s, tokenEnd: e }
    if (place && (isLocativeUse(use) || isDateline(use)))
      return draft(s, e, 'place', { place, country: place.country })
    return draft(s, e, 'country', { kbId: seat.code, country: seat.code, sector: seat.sector })
  }
  if (country) {
    // "US $50 million", "U.S. dollars": a currency is no mention of its country
    if (isCurrency(ctx, e)) return null
    if (country.form === 'name') return draft(s, e, 'country', { kbId: country.code, country: country.code })
    if (country.form === 'demonym-plural') {
      return draft(s, e, 'group', { kbId: country.code, country: country.code, plural: true })
    }
    return null // an adjective ("Russian artillery"): nominal mentions pick it up as a modifier
  }
  if (org) return draft(s, e, 'organization', { kbId: org.id, country: org.country, sector: org.sector })
  if (place) return draft(s, e, 'place', { place, country: place.country })
  return null
}

/** Does a currency follow token `e` ("US $50 million", "U.S. dollars")? */
function isCurrency(ctx: Context, e: number): boolean {
  const next = ctx.tokens.norm[e] ?? ''
  return next.startsWith('$') || ctx.lang.names.CURRENCY_WORDS.has(next)
}

/** "GENEVA (Meridian Wire) —", "WASHINGTON, Sept. 19 (Wire)": a name in brackets after a dateline is the agency. */
function isDatelineAgency(ctx: Context, s: number, e: number): boolean {
  const { tokens, text } = ctx
  if (s - ctx.sentenceStart > 5 || tokens.norm[s - 1] !== '(' || tokens.norm[e] !== ')') return false
  for (let t = ctx.sentenceStart; t < s - 1; t++) {
    const word = text.slice(tokens.start[t]!, tokens.end[t]!)
    if (!/^(\p{Lu}[\p{L}.]*|\d+|,)$/u.test(word)) return false
  }
  return true
}

/** Classifies a capitalised name with no title before it. */
function unknownName(ctx: Context, part: Extract<Part, { kind: 'name' }>): DraftMention | null {
  const { tokens } = ctx
  const { tokenStart: s, tokenEnd: e } = part
  const last = tokens.norm[e - 1]!
  if (ctx.lang.names.ORGANIZATION_HEADS.has(last) || isDatelineAgency(ctx, s, e))
    return draft(s, e, 'organization', {})
  if (ctx.lang.names.NON_PERSON_HEADS.has(last)) return null
  for (let i = s; i < e; i++) if (/\d/.test(tokens.norm[i]!)) return null
  const words = e - s
  if (words === 1 && isAcronym(ctx.text.slice(ctx.tokens.start[s]!, ctx.tokens.end[s]!))) {
    return draft(s, e, 'organization')
  }
  if (tokens.pos[e - 1] !== POS.PROPN) return null
  if (words >= 2 && words <= 5) {
    // "Desperate Famine", "Veto Power Impedes Peace Efforts": adjectives and verbs make a headline, not a name
    for (let i = s; i < e; i++) if (tokens.pos[i] === POS.ADJ || tokens.pos[i] === POS.VERB) return null
    return draft(s, e, 'person')
  }
  if (words === 1 && !isPersonNoun(ctx.lang, last)) {
    return draft(s, e, 'person', { tentative: true, sentenceInitial: s === ctx.sentenceStart })
  }
  return null
}

/** "NAACP", "GOP", "I.R.S.": an unknown all-capital word names an organisation. */
function isAcronym(word: string): boolean {
  const letters = word.replace(/\./g, '')
  return letters.length >= 2 && letters.length <= 8 && /^[A-Z]+$/.test(letters)
}

/** "Critics", "Officials" at the start of a sentence are nominals, not names. */
function isPersonNoun(lang: Lang, word: string): boolean {
  return lang.names.PERSON_NOUN_FORMS.has(word)
}

function isFormer(ctx: Context, tokenStart: number): boolean {
  const before = tokenStart - 1
  return before >= ctx.sentenceStart && ctx.lang.names.FORMER_MARKERS.has(ctx.tokens.norm[before]!)
}

/**
 * Turns the parts of one sentence into mentions. A name preceded by titles and modifiers ("Indonesian Foreign
 * Minister Retno Marsudi", "White House national security adviser Jake Sullivan") becomes one person mention
 * over the name, carrying the role and country; known phrases standing alone become country, organisation,
 * group or place mentions.
 */
export function partsToMentions(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  sentenceStart: number,
  parts: readonly Part[],
): DraftMention[] {
  const ctx: Context = { lang, text, tokens, sentenceStart }
  const out: DraftMention[] = []
  let chainStart = 0
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    const contiguous = k > 0 && parts[k - 1]!.tokenEnd === part.tokenStart
    if (!contiguous) chainStart = k
    if (part.kind !== 'name') continue
    // modifiers: the contiguous parts before this name
    const modifiers = parts.slice(chainStart, k)
    const roles = modifiers.filter((m) => m.kind === 'role')
    const titled = roles.length > 0 || modifiers.some((m) => m.kind === 'honorific')
    if (!titled) {
      for (const m of modifiers) if (m.kind === 'kb') pushKb(ctx, m, out)
      const mention = unknownName(ctx, part)
      if (mention) out.push(mention)
      chainStart = k + 1
      continue
    }
    let country: string | null = null
    for (const m of modifiers) if (m.kind === 'kb') country ??= hitCountry(m.hits)
    const role = roles.at(-1)
    const first = modifiers[0] ?? part
    // "Iran's religious leader Ayatollah Ruhollah Khomeini"
    country ??= possessiveCountry(tokens, parts, first.tokenStart)
    const former =
      isFormer(ctx, first.tokenStart) || roles.some((r) => r.kind === 'role' && r.role.former === true)
    out.push(
      draft(part.tokenStart, part.tokenEnd, 'person', {
        country,
        role: role?.kind === 'role' ? role.role.role : null,
        sector: former
          ? null
          : isIgoOfficial(modifiers)
            ? 'IGO'
            : role?.kind === 'role'
              ? role.role.sector
              : null,
        former,
        extentStart: first.tokenStart,
      }),
    )
    chainStart = k + 1
  }
  // known phrases not absorbed as modifiers of a name
  const absorbed = new Set<Part>()
  for (let k = 0, start = 0; k < parts.length; k++) {
    if (k > 0 && parts[k - 1]!.tokenEnd !== parts[k]!.tokenStart) start = k
    if (parts[k]!.kind === 'name') for (let j = start; j < k; j++) absorbed.add(parts[j]!)
  }
  parts.forEach((part, k) => {
    if (part.kind !== 'kb' || absorbed.has(part)) return
    const owned = ownedBody(ctx, parts, k)
    if (owned) out.push(owned)
    else pushKb(ctx, part, out)
  })
  return out
}

/** A national body the knowledge base knows without a country: "Army", "Interior Ministry", "Supreme Court". */
function genericBody(hits: readonly KbHit[]): OrganizationHit | undefined {
  const org = firstHit(hits, 'organization')
  return org?.kind === 'government' && org.country === null && hits[0] === org ? org : undefined
}

/**
 * A country's own body: a demonym or a country's possessive before a generic national body ("Pakistani Army",
 * "Kenya’s Interior Ministry", "Venezuela's Supreme Court") is one organisation mention over both, of that
 * country; the country word is not an actor of its own there.
 */
function ownedBody(ctx: Context, parts: readonly Part[], k: number): DraftMention | null {
  const part = parts[k]!
  const owner = parts[k - 1]
  if (part.kind !== 'kb' || owner?.kind !== 'kb') return null
  const body = genericBody(part.hits)
  const country = firstHit(owner.hits, 'country') ?? firstHit(owner.hits, 'seat')
  if (!body || !country) return null
  const gap = part.tokenStart - owner.tokenEnd
  const isDemonym = gap === 0 && country.type === 'country' && country.form === 'demonym'
  const isPossessive =
    gap === 1 &&
    ctx.tokens.norm[owner.tokenEnd] === "'s" &&
    (country.type === 'seat' || country.form === 'name')
  if (!isDemonym && !isPossessive) return null
  return draft(owner.tokenStart, part.tokenEnd, 'organization', {
    kbId: body.id,
    country: country.code,
    sector: body.sector,
  })
}

/** "Arab League Secretary General …", "UN envoy …": an official of an intergovernmental organisation. */
function isIgoOfficial(modifiers: readonly Part[]): boolean {
  return modifiers.some(
    (m) => m.kind === 'kb' && m.hits.some((h) => h.type === 'organization' && h.kind === 'igo'),
  )
}

/**
 * The country of a "Russia's" (or "Moscow's") standing before token `start`, perhaps with a few
 * descriptive words between ("Iran's religious leader Ayatollah …").
 */
function possessiveCountry(tokens: TokenTable, parts: readonly Part[], start: number): string | null {
  let at = start - 1
  while (at > 0 && start - at <= 3 && (tokens.pos[at] === POS.ADJ || tokens.pos[at] === POS.NOUN)) at--
  const word = tokens.norm[at]
  if (word !== "'s") return null
  const owner = parts.find((p) => p.kind === 'kb' && p.tokenEnd === at)
  return owner?.kind === 'kb' ? hitCountry(owner.hits) : null
}

function pushKb(ctx: Context, part: Extract<Part, { kind: 'kb' }>, out: DraftMention[]): void {
  const mention = kbMention(ctx, part)
  if (mention && !out.some((m) => m.tokenStart === mention.tokenStart)) out.push(mention)
}
