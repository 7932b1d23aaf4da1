import type {
  Actor,
  ActorId,
  ActorKind,
  Mention,
  MentionId,
  MentionType,
  Sentence,
} from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import { type Knowledge, normalizeKey } from '../../knowledge/index.js'
import type { Lang } from '../../lang/lang.js'
import type { Gender } from '../../lang/words.js'
import { defineStage } from '../../pipeline/stage.js'
import { POS } from '../mentions/token-tests.js'
import type { ActorDraft } from './actor-draft.js'
import { roleFits } from './role-compatibility.js'
import { inferCountryFromSentence } from './sentence-country.js'
import { applyWorldKnowledge } from './world-resolution.js'

type Cluster = ActorDraft

interface Ctx {
  readonly lang: Lang
  readonly knowledge: Knowledge
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
  /** Publication date, for office-holders. */
  readonly date: string | null
}

const PRONOUN_WINDOW_SENTENCES = 3
const PRONOUN_REACH_SENTENCES = 10

function mentionText(ctx: Ctx, m: Mention): string {
  return ctx.text.slice(m.start, m.end)
}

/**
 * Name words of a person mention, without initials' dots or possessive endings; a hyphenated name is one word
 * ("jean-yves", "boutros-ghali"), as the tokenizer's pieces glued around the hyphen.
 */
function nameWords(ctx: Ctx, m: Mention): string[] {
  const { tokens } = ctx
  const words: string[] = []
  for (let t = m.tokenStart; t < m.tokenEnd; t++) {
    const w = tokens.norm[t]!
    const glued = w === '-' && t + 1 < m.tokenEnd && tokens.start[t] === tokens.end[t - 1]
    if (glued && tokens.start[t + 1] === tokens.end[t] && words.length > 0) {
      words[words.length - 1] += `-${tokens.norm[t + 1]!}`
      t++
    } else if (w.length > 1 && !w.endsWith('.')) words.push(w)
  }
  return words
}

/**
 * A mention is in subject position when a verb follows it closely, allowing an appositive or relative clause
 * between commas ("Blinken, who often defends diplomacy, said").
 */
function isSubject(ctx: Ctx, m: Mention): boolean {
  const { tokens } = ctx
  const sentence = ctx.sentences[tokens.sentence[m.tokenStart]!]
  const end = sentence ? sentence.tokenEnd : tokens.length
  let t = m.tokenEnd
  if (tokens.norm[t] === ',') {
    let close = t + 1
    while (close < end && close - t <= 14 && tokens.norm[close] !== ',') close++
    if (tokens.norm[close] === ',') t = close + 1
  }
  for (const limit = Math.min(end, t + 3); t < limit; t++) {
    const p = tokens.pos[t]!
    if (p === POS.VERB || p === POS.AUX) return true
    if (p !== POS.ADV) return false
  }
  return sentence !== undefined && m.tokenStart === sentence.tokenStart
}

const APPOSITIVE_GAP = 6

/**
 * Two mentions of one person separated by a comma: "Tom Shannon, a former official", "his counterpart, Nikolai
 * Patrushev". A prepositional phrase may come before the comma ("Russia's ambassador to the United States,
 * Anatoly Antonov") and titles after it ("the top US military officer, General Mark A. Milley").
 */
function isAppositive(ctx: Ctx, first: Mention, second: Mention): boolean {
  const { tokens } = ctx
  if (tokens.sentence[first.tokenStart] !== tokens.sentence[second.tokenStart]) return false
  if (second.tokenStart - first.tokenEnd > APPOSITIVE_GAP) return false
  let comma = -1
  for (let t = first.tokenEnd; t < second.tokenStart; t++) {
    if (tokens.norm[t] === ',') {
      if (comma >= 0) return false
      comma = t
    }
  }
  if (comma < 0) return false
  // before the comma: nothing, or a prepositional phrase ("to the United States")
  if (comma > first.tokenEnd && tokens.pos[first.tokenEnd] !== POS.ADP) return false
  for (let t = first.tokenEnd; t < comma; t++)
    if (tokens.pos[t] === POS.VERB || tokens.pos[t] === POS.AUX) return false
  // after the comma: nothing, or title words ("General")
  for (let t = comma + 1; t < second.tokenStart; t++) {
    const p = tokens.pos[t]!
    if (p !== POS.PROPN && p !== POS.NOUN && p !== POS.ADJ) return false
  }
  return true
}

/** The nominal's text without its determiner: "a former senior State Department official" → "former senior …". */
function nominalLabel(ctx: Ctx, m: Mention): string {
  const first = ctx.tokens.norm[m.tokenStart]!
  const t =
    m.tokenEnd - m.tokenStart > 1 && ctx.lang.names.NOMINAL_DETERMINERS[first] !== undefined
      ? m.tokenStart + 1
      : m.tokenStart
  return ctx.text.slice(ctx.tokens.start[t]!, m.end)
}

class ClusterSet {
  constructor(readonly mentions: readonly Mention[]) {}
  readonly clusters: Cluster[] = []
  readonly byKey = new Map<string, Cluster>()
  readonly ofMention = new Map<MentionId, Cluster>()

  add(m: Mention, cluster: Cluster): Cluster {
    cluster.mentions.push(m)
    this.ofMention.set(m.id, cluster)
    return cluster
  }

  create(m: Mention, init: Partial<Cluster> & Pick<Cluster, 'kind' | 'name'>, key?: string): Cluster {
    const cluster: Cluster = {
      key: key ?? `${init.kind}:${this.clusters.length}`,
      country: null,
      sector: null,
      role: null,
      anonymous: false,
      kbId: null,
      former: false,
      words: new Set(),
      surname: null,
      gender: null,
      mentions: [],
      ...init,
    }
    this.clusters.push(cluster)
    if (key) this.byKey.set(key, cluster)
    return this.add(m, cluster)
  }

  keyed(m: Mention, key: string, init: Partial<Cluster> & Pick<Cluster, 'kind' | 'name'>): Cluster {
    const existing = this.byKey.get(key)
    return existing ? this.add(m, existing) : this.create(m, init, key)
  }

  /** Moves a one-mention cluster's mention into another cluster (appositive merge). */
  absorb(into: Cluster, from: Cluster): void {
    if (into === from) return
    for (const m of from.mentions) this.add(m, into)
    from.mentions = []
    into.role ??= from.role
    into.country ??= from.country
    into.sector ??= from.sector
  }
}

function applyRole(ctx: Ctx, cluster: Cluster, m: Mention, label: string | null): void {
  if (m.type === 'nominal' && m.role) cluster.gender ??= ctx.lang.names.GENDERED_WORDS.get(m.role) ?? null
  if (m.former) {
    cluster.former = true
    cluster.sector = null
  }
  // "his counterpart" says what the person is to someone else, not what office they hold
  if (!cluster.role && (m.role || label) && m.role !== 'counterpart')
    cluster.role = m.type === 'nominal' ? label : m.role
  if (!cluster.sector && m.sector && !cluster.former) cluster.sector = m.sector
  cluster.country ??= m.country
}

/** A person's gender when the text shows it: "Mrs. Clinton", "Hillary Clinton", "the spokeswoman". */
function genderOf(ctx: Ctx, m: Mention, words: readonly string[]): Gender | null {
  const before = m.tokenStart > 0 ? ctx.tokens.norm[m.tokenStart - 1]! : ''
  return (
    ctx.lang.names.GENDERED_WORDS.get(before) ??
    (words.length > 1 ? (ctx.lang.names.GIVEN_NAME_GENDER.get(words[0]!) ?? null) : null)
  )
}

/** The singular nominal this name is in apposition to: "Russia's ambassador to the United States, Anatoly Antonov". */
function appositiveBefore(ctx: Ctx, set: ClusterSet, m: Mention): Cluster | undefined {
  for (let i = mentionIndex(m.id) - 1; i >= 0; i--) {
    const other = set.mentions[i]!
    if (m.tokenStart - other.tokenEnd > APPOSITIVE_GAP) return undefined
    if (other.type === 'nominal' && !other.plural && isAppositive(ctx, other, m))
      return set.ofMention.get(other.id)
  }
  return undefined
}

function resolvePerson(ctx: Ctx, set: ClusterSet, m: Mention): void {
  const words = nameWords(ctx, m)
  const surname = words.at(-1) ?? mentionText(ctx, m).toLowerCase()
  let match: Cluster | undefined
  for (let i = set.clusters.length - 1; i >= 0 && !match; i--) {
    const c = set.clusters[i]!
    if (c.kind !== 'person' || c.words.size === 0) continue
    if (
      words.length === 1
        ? c.words.has(surname)
        : c.surname === surname && words.every((w) => c.words.has(w) || w.length <= 2)
    ) {
      match = c
    } else if (words.length > 1 && c.words.size === 1 && c.surname === surname) {
      match = c
    }
  }
  const appositiveNominal = appositiveBefore(ctx, set, m)
  const cluster = match ? set.add(m, match) : set.create(m, { kind: 'person', name: mentionText(ctx, m) })
  if (words.length > cluster.words.size) cluster.name = mentionText(ctx, m)
  for (const w of words) cluster.words.add(w)
  cluster.surname ??= surname
  cluster.gender ??= genderOf(ctx, m, words)
  applyRole(ctx, cluster, m, null)
  applyOfficeHolder(ctx, cluster)
  if (appositiveNominal && appositiveNominal.mentions.length === 1) {
    set.absorb(cluster, appositiveNominal)
    set.clusters.splice(set.clusters.indexOf(appositiveNominal), 1)
  }
}

/**
 * The cluster a pronoun or role nominal refers to: the nearest fitting mention earlier in the same sentence,
 * else the most recent fitting mention in subject position within the last sentences, else the most recent one.
 */
function antecedent(
  ctx: Ctx,
  set: ClusterSet,
  before: Mention,
  fits: (c: Cluster) => boolean,
  prefers: (c: Cluster) => boolean = () => false,
): Cluster | undefined {
  const sentence = ctx.tokens.sentence[before.tokenStart]!
  let fallback: Cluster | undefined
  let sameSentence: Cluster | undefined
  for (let i = mentionIndex(before.id) - 1; i >= 0; i--) {
    const m = set.mentions[i]!
    const s = ctx.tokens.sentence[m.tokenStart]!
    const distance = sentence - s
    // past the window, only a subject with nothing nearer will do ("He said…" after a long quotation)
    if (
      distance > PRONOUN_WINDOW_SENTENCES &&
      (fallback || sameSentence || distance > PRONOUN_REACH_SENTENCES)
    )
      break
    const c = set.ofMention.get(m.id)
    if (!c || !fits(c)) continue
    if (distance > PRONOUN_WINDOW_SENTENCES && !isSubject(ctx, m)) continue
    if (s === sentence) {
      // within the sentence, one the text marks as fitting (a woman for "her") beats a nearer unmarked one
      if (prefers(c)) return c
      sameSentence ??= c
      continue
    }
    if (sameSentence) return sameSentence
    if (isSubject(ctx, m)) return c
    fallback ??= c
  }
  return sameSentence ?? fallback
}

function mentionIndex(id: MentionId): number {
  return Number(id.slice(1))
}

function resolveNominal(ctx: Ctx, set: ClusterSet, m: Mention, previous: Mention | undefined): void {
  const label = nominalLabel(ctx, m)
  const head = m.role ?? ''
  const prevCluster = previous ? set.ofMention.get(previous.id) : undefined
  if (!m.plural && previous && prevCluster?.kind === 'person' && isAppositive(ctx, previous, m)) {
    set.add(m, prevCluster)
    applyRole(ctx, prevCluster, m, label)
    return
  }
  if (ctx.lang.names.SOURCE_NOUNS.has(head)) return // "the poll", "a statement": a source of words, not an actor
  if (ctx.lang.names.BODY_NOUNS.has(head)) {
    // "the Bush administration": the body of the person named just before it; "its forces": of what "its" is
    const owner = m.country ? undefined : bodyOwner(ctx, set, m, previous)
    const country = m.country ?? owner?.country ?? null
    if (country && (head === 'government' || head === 'administration' || head === 'authorities')) {
      const cluster = set.keyed(m, `country:${country}`, {
        kind: 'country',
        name: countryName(ctx, country),
        country,
      })
      cluster.sector ??= 'GOV'
      return
    }
    // "Russian forces", "the campaign", "the bank": a body of people, grouped by what the text calls it
    set.keyed(m, `body:${country ?? ''}:${m.plural ? label.toLowerCase() : head}`, {
      kind: m.plural || m.sector === 'MIL' ? 'group' : 'organization',
      name: label,
      country,
      sector: m.sector,
    })
    return
  }
  if (m.plural) {
    set.keyed(m, m.country ? `group:${m.country}:${head}` : `group::${label.toLowerCase()}`, {
      kind: 'group',
      name: label,
      country: m.country,
      sector: m.former ? null : m.sector,
    })
    return
  }
  if (head === 'counterpart' && m.country && joinCounterpart(ctx, set, m, m.country)) return
  if (m.determiner === 'definite') {
    // "A German official … the official said": the same head noun names the same person
    const sameHead = antecedent(
      ctx,
      set,
      m,
      (c) => c.kind === 'person' && c.mentions.some((x) => x.type === 'nominal' && x.role === head),
    )
    if (sameHead) {
      set.add(m, sameHead)
      return
    }
    // "the Russian foreign minister" names a Russian: a person of unknown country is not joined to it
    const fits = (c: Cluster) =>
      c.kind === 'person' && roleFits(ctx.lang, head, c.role) && (!m.country || c.country === m.country)
    const target = antecedent(ctx, set, m, fits)
    if (target) {
      set.add(m, target)
      return
    }
  }
  const cluster = set.create(m, {
    kind: 'person',
    name: label,
    anonymous: m.determiner !== 'possessive',
  })
  applyRole(ctx, cluster, m, label)
}

/**
 * "his Russian counterpart": the holder, in the named country and on the article's date, of the office held by
 * the person the possessive refers to (a US national security adviser's Russian counterpart in March 2022).
 * Joins the holder's cluster, or starts one; false when the holder is unknown.
 */
function joinCounterpart(ctx: Ctx, set: ClusterSet, m: Mention, country: string): boolean {
  if (!ctx.date) return false
  const owner = antecedent(
    ctx,
    set,
    m,
    (c) => c.kind === 'person' && c.role !== null && c.country !== country,
  )
  const office = owner?.role ? ctx.knowledge.officeOfRole(owner.role) : undefined
  const holding = office ? ctx.knowledge.holderOf(country, office, ctx.date) : undefined
  if (!holding) return false
  const existing = set.clusters.find((c) => c.kbId === holding.personId)
  if (existing) {
    set.add(m, existing)
    return true
  }
  const words = normalizeKey(holding.name).split(' ')
  set.create(m, {
    kind: 'person',
    name: holding.name,
    country,
    role: holding.role,
    sector: holding.sector,
    kbId: holding.personId,
    words: new Set(words),
    surname: words.at(-1) ?? null,
  })
  return true
}

function bodyOwner(
  ctx: Ctx,
  set: ClusterSet,
  m: Mention,
  previous: Mention | undefined,
): Cluster | undefined {
  if (previous?.type === 'person' && previous.tokenEnd === m.tokenStart) return set.ofMention.get(previous.id)
  const word = ctx.tokens.norm[m.tokenStart]
  if (word !== 'its' && word !== 'their') return undefined
  return antecedent(ctx, set, m, (c) => c.kind === 'country' || c.kind === 'organization')
}

function resolvePronoun(ctx: Ctx, set: ClusterSet, m: Mention): void {
  const word = ctx.tokens.norm[m.tokenStart]!
  if (ctx.lang.names.FIRST_PERSON_PRONOUNS.has(word)) return // the speaker of a quote: resolved by quotes
  if (word === 'it' || word === 'its') {
    resolveNeuter(ctx, set, m)
    return
  }
  const kind: ActorKind = m.plural ? 'group' : 'person'
  // an object pronoun never refers to the subject of its own clause: "Blinken chose not to meet him"
  const sentence = ctx.tokens.sentence[m.tokenStart]!
  const excluded = new Set<Cluster>()
  // ("her" before a noun is a possessive: "on her first visit" may well be the subject's)
  const isPossessive =
    word === 'her' && [POS.NOUN, POS.ADJ, POS.PROPN].includes(ctx.tokens.pos[m.tokenEnd] ?? -1)
  if (ctx.lang.names.OBJECT_PRONOUNS.has(word) && !isPossessive) {
    for (let i = mentionIndex(m.id) - 1; i >= 0; i--) {
      const other = set.mentions[i]!
      if (ctx.tokens.sentence[other.tokenStart] !== sentence) break
      const c = set.ofMention.get(other.id)
      if (c && isSubject(ctx, other)) excluded.add(c)
    }
  }
  const gender = ctx.lang.names.PRONOUN_GENDER.get(word) ?? null
  const fits = (c: Cluster) =>
    c.kind === kind && !excluded.has(c) && (!gender || !c.gender || c.gender === gender)
  const target = antecedent(ctx, set, m, fits, (c) => gender !== null && c.gender === gender)
  if (!target) return
  set.add(m, target)
  target.gender ??= gender
}

/** "It is true that…", "It wasn't us that…", "it seems": an "it" that stands for nothing. */
function isExpletive(ctx: Ctx, next: number): boolean {
  const { tokens } = ctx
  const lemma = tokens.lemma[next]
  if (lemma === 'seem' || lemma === 'appear' || lemma === 'take' || lemma === 'remain') return true
  if (lemma !== 'be') return false
  let t = next + 1
  if (tokens.norm[t] === 'not') t++
  return ctx.lang.names.EXPLETIVE_WORDS.has(tokens.norm[t] ?? '') || tokens.pos[t] === POS.PRON
}

/**
 * "it"/"its" for a country or organisation named in this or the previous sentence ("Iran said it would…"),
 * but not the "it" of "it is true that…".
 */
function resolveNeuter(ctx: Ctx, set: ClusterSet, m: Mention): void {
  const { tokens } = ctx
  // "it" stands for an actor only as a subject ("Iran said it would…"), never as an object ("denied it")
  if (tokens.norm[m.tokenStart] === 'it' && (!isSubject(ctx, m) || isExpletive(ctx, m.tokenEnd))) return
  const sentence = tokens.sentence[m.tokenStart]!
  for (let i = mentionIndex(m.id) - 1; i >= 0; i--) {
    const other = set.mentions[i]!
    if (sentence - tokens.sentence[other.tokenStart]! > 1) return
    const c = set.ofMention.get(other.id)
    const sameSentence = tokens.sentence[other.tokenStart] === sentence
    if (c && (c.kind === 'country' || c.kind === 'organization') && (sameSentence || isSubject(ctx, other))) {
      set.add(m, c)
      return
    }
  }
}

/**
 * What the knowledge base knows of a named person on the article's date: "Kerry" in 2014 is the US Secretary
 * of State (GOV); in 2025 a former one (ELI). A title in the text itself wins.
 */
function applyOfficeHolder(ctx: Ctx, cluster: Cluster): void {
  const { date } = ctx
  if (cluster.words.size === 0) return
  const holding =
    ctx.knowledge.lookupOfficeHolder(normalizeKey(cluster.name), date) ??
    (cluster.surname ? ctx.knowledge.lookupOfficeHolder(normalizeKey(cluster.surname), date) : undefined)
  if (!holding || (!holding.current && !holding.former)) return
  cluster.kbId = holding.personId
  if (cluster.words.size === 1) cluster.name = holding.name
  if (/^[A-Z]{3}$/.test(holding.country)) cluster.country ??= holding.country
  // a title given by the text describes the person as the article does ("Secretary of State Condoleezza Rice
  // met Lavrov in 2008"): it wins over the knowledge base's view on the publication date
  if (cluster.role) return
  if (holding.current) {
    cluster.role = holding.role
    cluster.sector = holding.sector
  } else {
    cluster.role = `former ${holding.role}`
    cluster.former = true
    cluster.sector = null
  }
}

/**
 * Countries the text names only by places in them ("fired at targets in Jericho", "a centre in Tokyo") become
 * actors of their own, their mentions those places: event coders take the country an action is carried out in
 * as its target when the text names none.
 */
function addPlaceCountries(ctx: Ctx, set: ClusterSet, mentions: readonly Mention[]): Set<Cluster> {
  const named = new Set<string | null>(
    set.clusters.filter((c) => c.kind === 'country' && c.mentions.length > 0).map((c) => c.country),
  )
  const made = new Map<string, Cluster>()
  for (const m of mentions) {
    const code = m.type === 'place' ? (m.country ?? m.place?.country ?? null) : null
    if (code === null || named.has(code)) continue
    const existing = made.get(code)
    if (existing) set.add(m, existing)
    else {
      const init = { kind: 'country' as const, name: countryName(ctx, code), country: code, kbId: code }
      made.set(code, set.create(m, init, `place-country:${code}`))
    }
  }
  return new Set(made.values())
}

function countryName(ctx: Ctx, code: string): string {
  return ctx.knowledge.countryByCode(code)?.name ?? code
}

/**
 * "Kenya Farmers Association", "Chile Workers Union": a country's name written right before an
 * organisation the knowledge bases do not know, as its first word, is the organisation's country.
 */
function countryNamedBefore(previous: Mention | undefined, m: Mention): string | null {
  if (m.kbId !== null || previous === undefined || previous.type !== 'country') return null
  return previous.tokenEnd === m.tokenStart ? previous.country : null
}

/**
 * "Kofi Annan, UN secretary-general,", "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": a
 * title after a person's name, between commas, that an intergovernmental organisation opens.
 */
function hasIgoTitleAfter(ctx: Ctx, mentions: readonly Mention[], m: Mention): boolean {
  const { tokens } = ctx
  const sentence = ctx.sentences[tokens.sentence[m.tokenStart]!]
  if (!sentence || tokens.norm[m.tokenEnd] !== ',') return false
  let t = m.tokenEnd + 1
  if (tokens.pos[t] === POS.DET) t++
  const org = mentions.find((o) => o.tokenStart === t)
  if (org?.type !== 'organization' || org.sector !== 'IGO') return false
  let end = org.tokenEnd
  for (; end < sentence.tokenEnd && end - org.tokenEnd < 6; end++) {
    const p = tokens.pos[end]!
    if (p !== POS.NOUN && p !== POS.PROPN && p !== POS.ADJ && tokens.norm[end] !== '-') break
  }
  const close = tokens.norm[end]
  if (end === org.tokenEnd || (close !== ',' && end < sentence.tokenEnd - 1)) return false
  // "the UN refugee coordinator", "UN secretary-general", but not "a UN critic"
  const head = tokens.norm[end - 1]!
  const noun = ctx.lang.names.PERSON_NOUNS[head]
  return ctx.lang.names.OFFICIAL_TITLE_HEADS.has(head) || noun?.sector === 'GOV' || noun?.sector === 'MIL'
}

type Resolver = (ctx: Ctx, set: ClusterSet, m: Mention, previous: Mention | undefined) => void

/** How each type of mention joins or starts an actor. */
const RESOLVERS = {
  person: (ctx, set, m) => resolvePerson(ctx, set, m),
  country: (ctx, set, m) => {
    const code = m.country ?? m.kbId ?? mentionText(ctx, m)
    const c = set.keyed(m, `country:${code}`, {
      kind: 'country',
      name: countryName(ctx, code),
      country: m.country,
      kbId: code,
    })
    if (m.sector) c.sector = m.sector
  },
  organization: (ctx, set, m, previous) => {
    // a generic national body is one per country: "the Israeli Army" is not "the Syrian Army"
    const key = `org:${m.kbId ?? mentionText(ctx, m).toLowerCase()}:${m.country ?? ''}`
    const c = set.keyed(m, key, {
      kind: 'organization',
      name: mentionText(ctx, m),
      kbId: m.kbId,
      country: m.country ?? countryNamedBefore(previous, m),
    })
    c.sector ??= m.sector
  },
  group: (ctx, set, m) => {
    set.keyed(m, `group:${m.country ?? mentionText(ctx, m)}`, {
      kind: 'group',
      name: mentionText(ctx, m),
      country: m.country,
    })
  },
  nominal: resolveNominal,
  pronoun: (ctx, set, m) => resolvePronoun(ctx, set, m),
  place: () => {},
} satisfies Record<MentionType, Resolver>

/**
 * In-document coreference: person names by surname, countries by code (their capitals and seats included),
 * organisations by id, appositives ("Tom Shannon, a former official"), role nominals ("the top US diplomat") to
 * the office-holder named earlier, pronouns to the most recent compatible person in subject position, and new
 * anonymous or group actors for "a Western official" and "some veteran diplomats".
 */
export function resolveActors(
  lang: Lang,
  knowledge: Knowledge,
  text: string,
  tokens: TokenTable,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  date: string | null,
): Actor[] {
  const ctx: Ctx = { lang, knowledge, text, tokens, sentences, date }
  const set = new ClusterSet(mentions)
  mentions.forEach((m, i) => {
    RESOLVERS[m.type](ctx, set, m, mentions[i - 1])
  })
  for (const cluster of set.clusters) {
    if (cluster.mentions.length > 0) applyWorldKnowledge(() => knowledge.world(), cluster, text, date)
    if (cluster.kind === 'person' && cluster.mentions.some((m) => hasIgoTitleAfter(ctx, mentions, m))) {
      // the text's title describes the person as the article does, whatever the data says of the date
      cluster.sector = 'IGO'
      cluster.former = false
    }
    inferCountryFromSentence(lang, tokens, mentions, cluster)
  }
  const byPlace = addPlaceCountries(ctx, set, mentions)

  return set.clusters
    .filter((c) => c.mentions.length > 0)
    .map((c, i) => ({
      id: `c${i}` as ActorId,
      name: c.name,
      kind: c.kind,
      country: c.country,
      // PLOVER's convention: former officials who hold no office now are elites
      sector: c.former ? 'ELI' : c.sector,
      role: c.role,
      anonymous: c.anonymous,
      kbId: c.kbId,
      mentions: c.mentions.map((m) => m.id).sort((a, b) => mentionIndex(a) - mentionIndex(b)),
      ...(byPlace.has(c) ? { byPlace: true } : {}),
    }))
}

export function actors() {
  return defineStage({
    name: 'actors',
    requires: ['tokens', 'sentences', 'mentions'],
    provides: ['actors'],
    run(doc, ctx) {
      const { tokens, sentences, mentions } = doc.layers
      return {
        actors: resolveActors(ctx.lang, ctx.knowledge, doc.text, tokens, sentences, mentions, doc.meta.date),
      }
    },
  })
}
