import type { Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import { toRecordCountrySector } from '../../knowledge/world/sectors.js'
import type { AgentAnswer } from '../../knowledge/world/world-types.js'
import { type Lang, perLang } from '../../lang/lang.js'
import { type DraftMention, draft } from './build-mentions.js'
import { POS } from './token-tests.js'

interface HeadNoun {
  readonly singular: string
  readonly plural: boolean
  readonly sector: string | null
}

/** Person nouns by singular and plural form, once per Lang. */
const headNouns = perLang((lang): ReadonlyMap<string, HeadNoun> => {
  const map = new Map<string, HeadNoun>()
  for (const [singular, { plural, sector }] of Object.entries(lang.names.PERSON_NOUNS)) {
    if (singular.includes(' ')) continue
    map.set(singular, { singular, plural: singular === plural, sector })
    map.set(plural, { singular, plural: true, sector })
  }
  return map
})

/** Marks, in the `used` array, a token of a person's name (other used tokens are 1). */
export const PERSON_TOKEN = 2
/** Marks a token of a place name, which may describe a nominal ("the New York businessman"). */
export const PLACE_TOKEN = 3

const MODIFIER_POS: ReadonlySet<number> = new Set([POS.ADJ, POS.NOUN, POS.ADV, POS.NUM, POS.PROPN])

/** The sector a generic noun phrase implies, by its longest known ending (the world knowledge's agent nouns). */
export type AgentNouns = (key: string) => AgentAnswer | undefined

/** An agent's PLOVER sector in the record's terms (PLOVER JRN is the record's MED, MED its HLH). */
const recordSector = (agent: AgentAnswer | undefined): string | null =>
  agent?.sector ? toRecordCountrySector(null, agent.sector).sector : null

/** PLOVER sectors whose agent nouns name a person in the singular ("a gunman", "a refugee", "a farmer"). */
const PERSON_AGENT_SECTORS: ReadonlySet<string> = new Set([
  'UAF',
  'REB',
  'CRM',
  'REF',
  'LAB',
  'AGR',
  'CVL',
  'EDU',
  'MED',
  'REL',
  'MIL',
  'COP',
])

/**
 * A noun the language's lists do not have, heading a phrase as a person noun would, that the agent nouns
 * know: "gunmen" (UAF), "refugees" (REF), "clergy" (REL). Only a plural, or a singular after a determiner.
 */
function agentHead(lang: Lang, tokens: TokenTable, i: number, agents: AgentNouns): HeadNoun | undefined {
  if (tokens.pos[i] !== POS.NOUN) return undefined
  const word = tokens.norm[i]!
  const lemma = tokens.lemma[i]!
  const plural = lemma !== word
  if (!plural && lang.names.NOMINAL_DETERMINERS[tokens.norm[i - 1] ?? ''] === undefined) return undefined
  const agent = agents(word)
  // a singular may as well name a body ("the tabloid", "the regime"): only sectors of people on their own
  if (!plural && !(agent?.sector && PERSON_AGENT_SECTORS.has(agent.sector))) return undefined
  const sector = recordSector(agent)
  return sector === null ? undefined : { singular: lemma, plural, sector }
}

/**
 * The sector of the phrase from `start` to the head at `i`: a longer known phrase ending on the head ("riot
 * police", "police officers") says more than the head alone ("officers" MIL).
 */
function phraseSector(tokens: TokenTable, start: number, i: number, head: HeadNoun, agents: AgentNouns) {
  if (start === i) return head.sector
  const words: string[] = []
  for (let t = start; t <= i; t++) words.push(tokens.norm[t]!)
  const agent = agents(words.join(' '))
  return agent?.key.includes(' ') ? (recordSector(agent) ?? head.sector) : head.sector
}

/**
 * Noun phrases naming people or bodies: "the official", "a Western official", "some veteran diplomats",
 * "his Russian counterpart", "Russia's ambassador", "US officials", "Russian forces". `used[t]` marks tokens
 * already inside a name mention or a title; `countryAt[t]` gives the country of a demonym or country token;
 * `agents` gives the sectors of nouns the language's lists leave out ("gunmen") and of longer phrases;
 * `sectorAt[t]` the sector of a named organisation's token; `placeCountryAt[t]` the country of a place's token,
 * which gives a nominal whose modifier it is its country ("Darfur rebels", "Gaza militants").
 */
export function findNominals(
  lang: Lang,
  tokens: TokenTable,
  sentence: Sentence,
  used: Uint8Array,
  countryAt: readonly (string | null)[],
  agents: AgentNouns,
  sectorAt: readonly (string | null)[] = [],
  placeCountryAt: readonly (string | null)[] = [],
): DraftMention[] {
  const out: DraftMention[] = []
  const heads = headNouns(lang)
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (used[i]) continue
    const head = heads.get(tokens.norm[i]!) ?? agentHead(lang, tokens, i, agents)
    if (!head || (tokens.pos[i] !== POS.NOUN && tokens.pos[i] !== POS.PROPN)) continue
    // the head of a compound is its last noun: "embassy officials", not "official visit"
    const next = i + 1 < sentence.tokenEnd ? tokens.pos[i + 1]! : -1
    if (next === POS.NOUN) continue
    let start = i
    let country: string | null = null
    let former = false
    /** The sector of a named body among the modifiers: "Hamas gunmen" are Hamas's (REB), not any gunmen. */
    let ownerSector: string | null = null
    let determiner: DraftMention['determiner'] = null
    for (let j = i - 1; j >= sentence.tokenStart; j--) {
      const word = tokens.norm[j]!
      const det = lang.names.NOMINAL_DETERMINERS[word]
      if (det) {
        determiner = det
        start = j
        break
      }
      if (word === "'s") {
        const owner = countryAt[j - 1]
        if (owner) {
          country ??= owner
          determiner = 'possessive'
          // "Israel's army", "Ukraine's parliament": a country's own body, the country word in its mention
          if (lang.names.BODY_NOUNS.has(head.singular)) {
            start = j
            while (start > sentence.tokenStart && countryAt[start - 1] === owner) start--
          }
        }
        break
      }
      // "the Bush administration": a body owned by the person named just before it
      if (used[j] === PERSON_TOKEN && j === i - 1 && lang.names.BODY_NOUNS.has(head.singular)) {
        determiner = 'possessive'
        break
      }
      if (used[j] && used[j] !== PLACE_TOKEN && !countryAt[j]) break
      if (lang.names.FORMER_MARKERS.has(word)) former = true
      else if (!MODIFIER_POS.has(tokens.pos[j]!) && word !== '-' && !isLedBy(lang, tokens, j)) break
      country ??= countryAt[j] ?? (placeModifies(tokens, placeCountryAt, j, i) ? placeCountryAt[j]! : null)
      ownerSector ??= sectorAt[j] ?? null
      start = j
    }
    // "the president of France", "opposition groups in Zimbabwe", "diplomats in Beijing": the locating phrase
    // gives the mention its country
    let end = i + 1
    if (!country && lang.names.LOCATING_PREPOSITIONS.has(tokens.norm[i + 1] ?? '')) {
      let after = tokens.norm[i + 2] === 'the' ? i + 3 : i + 2
      country = countryAt[after] ?? null
      // a city is part of the mention ("diplomats in Beijing"); a country stays an actor of its own
      const isCity = used[after] === PLACE_TOKEN
      while (isCity && after < sentence.tokenEnd && used[after] === PLACE_TOKEN) after++
      if (country && isCity) end = after
    }
    if (!determiner && !head.plural) continue // a bare singular noun is rarely a mention
    // "is the leader of …": a predicate describes the subject, it does not name someone new
    if (start > sentence.tokenStart && lang.names.COPULAS.has(tokens.lemma[start - 1]!)) continue
    out.push(
      draft(start, end, 'nominal', {
        country,
        role: head.singular,
        sector: former ? null : (ownerSector ?? phraseSector(tokens, start, i, head, agents)),
        former,
        plural: head.plural,
        determiner,
      }),
    )
    for (let t = start; t < end; t++) used[t] = 1
  }
  return out
}

/** "US-led forces", "a Saudi-led coalition": the leader's country, written before a hyphen, owns the group. */
function isLedBy(lang: Lang, tokens: TokenTable, j: number): boolean {
  return (
    lang.names.LEADING_PARTICIPLES.has(tokens.norm[j]!) &&
    tokens.norm[j - 1] === '-' &&
    tokens.start[j] === tokens.end[j - 1]
  )
}

/**
 * Does the place whose token is `j` modify the head noun at `head`, only adjectives between ("Gaza
 * militants", "Darfur Arab militias"), not a compound name's noun ("Paris Club officials")?
 */
function placeModifies(
  tokens: TokenTable,
  placeCountryAt: readonly (string | null)[],
  j: number,
  head: number,
): boolean {
  if (!placeCountryAt[j]) return false
  for (let t = j + 1; t < head; t++) if (!placeCountryAt[t] && tokens.pos[t] !== POS.ADJ) return false
  return true
}

/** Personal pronouns that can stand for a speaker or a participant. */
export function findPronouns(
  lang: Lang,
  tokens: TokenTable,
  sentence: Sentence,
  used: Uint8Array,
): DraftMention[] {
  const out: DraftMention[] = []
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (used[i] || tokens.pos[i] !== POS.PRON) continue
    const kind = lang.names.PRONOUNS[tokens.norm[i]!]
    if (!kind) continue
    out.push(
      draft(i, i + 1, 'pronoun', {
        plural: kind === 'plural' || lang.names.PLURAL_SPEAKER_PRONOUNS.has(tokens.norm[i]!),
      }),
    )
  }
  return out
}
