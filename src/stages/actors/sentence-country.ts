import type { Mention } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import { POS } from '../mentions/token-tests.js'
import type { ActorDraft } from './actor-draft.js'

/**
 * The country an actor the text leaves without one takes from the sentence of its first mention, as event
 * coders read it:
 * - an office-holder the knowledge bases do not know, when the sentence names exactly one country (by name,
 *   seat or a place in it): "President Laurent Gbagbo … in Abidjan";
 * - a group of people of a known sector other than officials', or a national body named without its
 *   country, when the sentence
 *   places things in exactly one country ("in Hong Kong", "in central Mali", "in Cairo"): "protesters",
 *   "Unidentified gunmen", "the army", "riot police". A country acting or spoken of ("Moscow said the armed
 *   groups must disarm") places nobody.
 * - people named by number or as bystanders, of no sector ("23 people", "five others", "one person"): the
 *   victims and crowds of an event, placed in the one country the sentence places things in or, failing that,
 *   the one country it names at all ("Egyptian police opened fire …, killing one person" → Egypt), as coders
 *   code domestic events X→X;
 * - a country's own groups (rebels, police, protesters, workers) the sentence does not place: the one country
 *   it names at all ("The Peruvian government accepted demands from Maoist rebels" → Peru);
 * - a group named by its ethnicity ("ethnic Albanians", "ethnic Serb civilians"), whatever country its
 *   demonym names, when the sentence places things in one country: that country.
 * International bodies and their officials (IGO, NGO) and named organisations of their own (an armed group,
 * a party, a company) keep no country.
 */

/** The parts of an actor being assembled that the inference reads and completes. */
export type SentenceCountryTarget = Pick<
  ActorDraft,
  'kind' | 'country' | 'sector' | 'role' | 'anonymous' | 'kbId' | 'former' | 'mentions'
>

/** Sectors of a state's bodies: one named without a country is the country's the sentence names. */
const STATE_BODY_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY'])

/** Sectors that say nothing of a country: international bodies, and the text's former officials. */
const STATELESS_SECTORS: ReadonlySet<string> = new Set(['IGO', 'NGO', 'ELI'])

/**
 * Officials and politicians named by a noun ("ministers", "the two allies", "diplomats") are as often
 * foreign visitors as locals: where the sentence is says nothing of their country.
 */
const VISITING_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'PTY', 'SPY'])

const placesPeople = (sector: string | null) => sector !== null && !VISITING_SECTORS.has(sector)

/** Is the actor people named by number or as bystanders ("23 people", "five others"), of no sector? */
function isPeopleAtLarge(lang: Lang, tokens: TokenTable, target: SentenceCountryTarget): boolean {
  if (target.sector !== null || target.kbId !== null) return false
  if (target.kind !== 'group' && !(target.kind === 'person' && target.anonymous)) return false
  const first = target.mentions[0]
  return first !== undefined && lang.names.PEOPLE_AT_LARGE_NOUNS.has(tokens.norm[first.tokenEnd - 1] ?? '')
}

/** Is the mention a group named by its ethnicity ("ethnic Albanians", "ethnic Serb civilians")? */
function isEthnic(lang: Lang, tokens: TokenTable, m: Mention): boolean {
  const words = lang.names.ETHNICITY_MARKERS
  return (
    words.has(tokens.norm[m.tokenStart]!) || (m.tokenStart > 0 && words.has(tokens.norm[m.tokenStart - 1]!))
  )
}

function wantsCountry(target: SentenceCountryTarget): boolean {
  if (target.country !== null || target.former) return false
  if (target.sector !== null && STATELESS_SECTORS.has(target.sector)) return false
  switch (target.kind) {
    case 'person':
      // a named office-holder unknown to both bases, or "a gunman": someone the text gives a sector
      return target.anonymous ? placesPeople(target.sector) : target.role !== null && target.kbId === null
    case 'group':
      return placesPeople(target.sector)
    case 'organization':
      // a generic body of the curated data ("Army", "Interior Ministry") or one named by its head noun
      return target.sector !== null && STATE_BODY_SECTORS.has(target.sector)
    case 'country':
      return false
  }
}

/**
 * A mention that places something in a country: a place ("in Donetsk", "the Aleppo countryside"), or a
 * country after a locative preposition and its adjectives ("in central Mali", "across northern Syria"). A
 * country acting or spoken of ("Moscow said", "argued over Ukraine") places nobody.
 */
function placesIn(lang: Lang, tokens: TokenTable, m: Mention): string | null {
  if (m.type === 'place') return m.place?.country ?? null
  if (m.type !== 'country') return null
  // "in the current Palestinian uprising": a demonym before its noun places nothing
  if (tokens.pos[m.tokenEnd] === POS.NOUN) return null
  let t = m.tokenStart - 1
  // "in central Mali", "in Northern Laos"
  while (
    t >= 0 &&
    (tokens.pos[t] === POS.ADJ || tokens.norm[t] === 'the' || lang.names.COMPASS_WORDS.has(tokens.norm[t]!))
  )
    t--
  return t >= 0 && lang.names.LOCATIVE_PREPOSITIONS.has(tokens.norm[t]!) ? m.country : null
}

/** What a mention says of a country, for a named office-holder: any country, seat or place named. */
function namesCountry(m: Mention): string | null {
  return m.type === 'country' ? m.country : m.type === 'place' ? (m.place?.country ?? null) : null
}

/** Any country a mention states or names: "Egyptian police", "Egypt", "Cairo". */
function statesCountry(m: Mention): string | null {
  return m.country ?? m.place?.country ?? null
}

/** How long a closing attribution (", Thai military sources said today.") may be, in tokens. */
const ATTRIBUTION_REACH = 15

/**
 * The first token of the attribution closing the sentence of token `at` (", a member of the team has said."),
 * or the sentence's end: who reports an event says little of where it happened, only when nothing else does.
 */
function attributionStart(lang: Lang, tokens: TokenTable, at: number): number {
  const sentence = tokens.sentence[at]
  let end = at
  while (end < tokens.length && tokens.sentence[end] === sentence) end++
  for (let t = end - 1; t > at && end - t <= ATTRIBUTION_REACH; t--) {
    if (tokens.norm[t] !== ',') continue
    for (let k = t + 1; k < end; k++)
      if (tokens.pos[k] === POS.VERB && lang.names.REPORTING_LEMMAS.has(tokens.lemma[k]!)) return t
    return end
  }
  return end
}

/**
 * The one country the sentence's mentions give by `countryOf`, or null (none, or several). Mentions from
 * `before` on (a closing attribution) count only when those before it give none.
 */
function soleCountry(
  tokens: TokenTable,
  mentions: readonly Mention[],
  sentence: number,
  countryOf: (m: Mention) => string | null,
  before = Number.POSITIVE_INFINITY,
): string | null {
  let found: string | null = null
  let late: string | null | undefined
  for (const m of mentions) {
    if (tokens.sentence[m.tokenStart] !== sentence) continue
    const code = countryOf(m)
    if (code === null) continue
    if (m.tokenStart >= before) {
      late = late === undefined || late === code ? code : null
      continue
    }
    if (found !== null && found !== code) return null
    found = code
  }
  return found ?? late ?? null
}

export function inferCountryFromSentence(
  lang: Lang,
  tokens: TokenTable,
  mentions: readonly Mention[],
  target: SentenceCountryTarget,
): void {
  const first = target.mentions[0]
  if (first === undefined || target.former) return
  const sentence = tokens.sentence[first.tokenStart]!
  const closing = attributionStart(lang, tokens, first.tokenStart)
  // mentions of the closing attribution do not count, unless the actor is one of them
  const before = first.tokenStart < closing ? closing : Number.POSITIVE_INFINITY
  if (target.kind === 'group' && isEthnic(lang, tokens, first)) {
    // "ethnic Albanians demonstrated in Serbia": an ethnicity, not a citizenship; coders place the group
    target.country =
      soleCountry(tokens, mentions, sentence, (m) => placesIn(lang, tokens, m), before) ?? target.country
    return
  }
  if (target.country !== null) return
  if (isPeopleAtLarge(lang, tokens, target)) {
    target.country =
      soleCountry(tokens, mentions, sentence, (m) => placesIn(lang, tokens, m), before) ??
      soleCountry(tokens, mentions, sentence, statesCountry, before)
    return
  }
  if (!wantsCountry(target)) return
  const named = target.kind === 'person' && !target.anonymous
  const countryOf = named ? namesCountry : (m: Mention) => placesIn(lang, tokens, m)
  target.country = soleCountry(tokens, mentions, sentence, countryOf, before)
  // an army's country says nothing of whom it fights ("Vietnamese-led forces fought guerrillas")
  if (target.country === null && isDomesticGroup(target))
    target.country = soleCountry(
      tokens,
      mentions,
      sentence,
      (m) => (m.sector === 'MIL' ? null : statesCountry(m)),
      before,
    )
}

/**
 * Groups a country's own people form rather than send abroad: rebels, police, protesters, workers, students.
 * With no place in the sentence, they are of the one country it names at all ("The Peruvian government
 * accepted demands from Maoist rebels" → Peru; "Kenya's minister warned that police …" → Kenya), as coders
 * code domestic events X→X. Soldiers, journalists, companies and refugees are as often abroad: not these.
 */
function isDomesticGroup(target: SentenceCountryTarget): boolean {
  return target.kind === 'group' && target.sector !== null && DOMESTIC_SECTORS.has(target.sector)
}

const DOMESTIC_SECTORS: ReadonlySet<string> = new Set([
  'REB',
  'COP',
  'CVL',
  'OPP',
  'RAD',
  'LAB',
  'AGR',
  'EDU',
  'REL',
])
