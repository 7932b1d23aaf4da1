import type { Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
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

/**
 * Noun phrases naming people or bodies: "the official", "a Western official", "some veteran diplomats",
 * "his Russian counterpart", "Russia's ambassador", "US officials", "Russian forces". `used[t]` marks tokens
 * already inside a name mention or a title; `countryAt[t]` gives the country of a demonym or country token.
 */
export function findNominals(
  lang: Lang,
  tokens: TokenTable,
  sentence: Sentence,
  used: Uint8Array,
  countryAt: readonly (string | null)[],
): DraftMention[] {
  const out: DraftMention[] = []
  const heads = headNouns(lang)
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (used[i]) continue
    const head = heads.get(tokens.norm[i]!)
    if (!head || (tokens.pos[i] !== POS.NOUN && tokens.pos[i] !== POS.PROPN)) continue
    // the head of a compound is its last noun: "embassy officials", not "official visit"
    const next = i + 1 < sentence.tokenEnd ? tokens.pos[i + 1]! : -1
    if (next === POS.NOUN) continue
    let start = i
    let country: string | null = null
    let former = false
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
      else if (!MODIFIER_POS.has(tokens.pos[j]!) && word !== '-') break
      country ??= countryAt[j] ?? null
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
        sector: former ? null : head.sector,
        former,
        plural: head.plural,
        determiner,
      }),
    )
    for (let t = start; t < end; t++) used[t] = 1
  }
  return out
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
