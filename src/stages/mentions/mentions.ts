import type { Mention, MentionId, Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import { type Knowledge, normalizeKey } from '../../knowledge/index.js'
import type { Lang } from '../../lang/lang.js'
import { defineStage } from '../../pipeline/stage.js'
import { type DraftMention, draft, hitCountry, partsToMentions } from './build-mentions.js'
import { trimNameFragments } from './name-fragments.js'
import { type Part, scanParts } from './name-parts.js'
import { findNominals, findPronouns, PERSON_TOKEN, PLACE_TOKEN } from './nominals.js'
import { findSpeakerPhrases } from './speaker-phrases.js'

/** Longest aside between a name and its speech verb, in tokens ("Brennock, a retired ferry pilot, said"). */
const ASIDE_REACH = 20

/** "Halloran, speaking on the radio, called …", "Brennock, a retired pilot, said": a comma, an aside, a comma, a speech verb. */
function speaksAfterAside(lang: Lang, tokens: TokenTable, after: number): boolean {
  if (tokens.norm[after] !== ',') return false
  const sentence = tokens.sentence[after]
  for (let t = after + 2; t < tokens.length && t <= after + ASIDE_REACH; t++) {
    if (tokens.sentence[t] !== sentence) return false
    const w = tokens.norm[t]!
    if (w === '.' || w === ';' || w === ':') return false
    if (w !== ',') continue
    const verb = tokens.lemma[t + 1] ?? ''
    return (
      lang.names.SPEAKER_LEMMAS.has(verb) ||
      lang.speech.CUE_VERBS[verb] !== undefined ||
      lang.speech.FRAGMENT_VERBS.has(verb)
    )
  }
  return false
}

/**
 * "Reagan and Gorbachev met today": a lone surname the world knowledge gives one person in office on the
 * article's date (a head of state, a minister) is that person, wherever the word stands.
 */
function isSurnameInOffice(knowledge: Knowledge, word: string, date: string | null): boolean {
  if (date === null) return false
  const answer = knowledge.world().resolveSurname(normalizeKey(word), { date })
  return answer !== undefined && answer.kind === 'person' && answer.inOffice && !answer.beyondData
}

/** Keeps a lone unknown capitalised word only if it repeats a known person's name, speaks, or holds office. */
function confirmTentative(
  lang: Lang,
  knowledge: Knowledge,
  mentions: DraftMention[],
  text: string,
  tokens: TokenTable,
  date: string | null,
): DraftMention[] {
  const personWords = new Set<string>()
  for (const m of mentions) {
    if (m.type === 'person' && !m.tentative) {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) personWords.add(tokens.norm[t]!)
    }
  }
  const midSentence = new Set<string>()
  for (const m of mentions) if (!m.sentenceInitial) midSentence.add(tokens.norm[m.tokenStart]!)
  return mentions.filter((m) => {
    if (!m.tentative) return true
    const word = tokens.norm[m.tokenStart]!
    if (personWords.has(word) || knowledge.lookupOfficeHolder(normalizeKey(word), date)) return true
    if (isSurnameInOffice(knowledge, word, date)) return true
    const next = m.tokenEnd < tokens.length ? tokens.lemma[m.tokenEnd]! : ''
    if (lang.names.SPEAKER_LEMMAS.has(next) || speaksAfterAside(lang, tokens, m.tokenEnd)) return true
    // a capitalised word opening a sentence counts only if it is capitalised elsewhere too
    if (m.sentenceInitial && !midSentence.has(word)) return false
    const before = m.tokenStart > 0 ? tokens.lemma[m.tokenStart - 1]! : ''
    return before === 'say' && text[tokens.end[m.tokenEnd - 1]!] === ','
  })
}

/**
 * A demonym left over as an adjective ("Iraqi towns", "German goods", "Russian artillery") still refers to
 * its country: it becomes a country mention, so events can take it as a party.
 */
function demonymAdjectives(parts: readonly Part[], used: Uint8Array): DraftMention[] {
  const out: DraftMention[] = []
  for (const part of parts) {
    if (part.kind !== 'kb') continue
    const hit = part.hits.find((h) => h.type === 'country')
    if (hit?.type !== 'country' || hit.form !== 'demonym') continue
    let free = true
    for (let t = part.tokenStart; t < part.tokenEnd; t++) if (used[t]) free = false
    if (free)
      out.push(draft(part.tokenStart, part.tokenEnd, 'country', { kbId: hit.code, country: hit.code }))
  }
  return out
}

/** Removes mentions overlapping an earlier, longer one. */
function dropOverlaps(sorted: DraftMention[]): DraftMention[] {
  const out: DraftMention[] = []
  for (const m of sorted) {
    const last = out.at(-1)
    if (last && m.tokenStart < last.tokenEnd) {
      if (m.tokenEnd - m.tokenStart > last.tokenEnd - last.tokenStart) out[out.length - 1] = m
      continue
    }
    out.push(m)
  }
  return out
}

function findMentions(
  lang: Lang,
  knowledge: Knowledge,
  text: string,
  tokens: TokenTable,
  sentences: readonly Sentence[],
  date: string | null,
): Mention[] {
  const used = new Uint8Array(tokens.length)
  const countryAt: (string | null)[] = new Array(tokens.length).fill(null)
  const names: DraftMention[] = []
  const partsBySentence = sentences.map((sentence) => {
    const parts = scanParts(lang, knowledge, text, tokens, sentence)
    for (const part of parts) {
      if (part.kind !== 'kb') continue
      const code = hitCountry(part.hits)
      if (code) for (let t = part.tokenStart; t < part.tokenEnd; t++) countryAt[t] = code
    }
    return parts
  })
  sentences.forEach((sentence, s) => {
    names.push(...partsToMentions(lang, text, tokens, sentence.tokenStart, partsBySentence[s]!))
  })
  const trimmed = process.env.NOTRIM
    ? names
    : trimNameFragments({ lang, knowledge, text, tokens, date }, names)
  const confirmed = confirmTentative(lang, knowledge, trimmed, text, tokens, date)
  for (const m of confirmed) {
    for (let t = m.extentStart ?? m.tokenStart; t < m.tokenEnd; t++) {
      used[t] =
        t < m.tokenStart ? 1 : m.type === 'person' ? PERSON_TOKEN : m.type === 'place' ? PLACE_TOKEN : 1
    }
  }
  // "Darfur rebels", "Gaza militants": a place named before a nominal's noun is where its people are from
  const placeCountryAt: (string | null)[] = new Array(tokens.length).fill(null)
  for (const m of confirmed)
    if (m.type === 'place' && m.place?.country)
      for (let t = m.tokenStart; t < m.tokenEnd; t++) placeCountryAt[t] = m.place.country
  const all = [...confirmed]
  const agents = (key: string) => knowledge.world().agent(key)
  const sectorAt: (string | null)[] = new Array(tokens.length).fill(null)
  for (const m of confirmed)
    if (m.type === 'organization' && m.sector)
      for (let t = m.tokenStart; t < m.tokenEnd; t++) sectorAt[t] = m.sector
  for (const sentence of sentences) {
    all.push(...findNominals(lang, tokens, sentence, used, countryAt, agents, sectorAt, placeCountryAt))
    all.push(...findPronouns(lang, tokens, sentence, used))
    all.push(...findSpeakerPhrases(lang, text, tokens, sentence, used))
  }
  all.push(...demonymAdjectives(partsBySentence.flat(), used))
  all.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd)
  return dropOverlaps(all).map((m, i) => ({
    id: `m${i}` as MentionId,
    type: m.type,
    start: tokens.start[m.tokenStart]!,
    end: tokens.end[m.tokenEnd - 1]!,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    kbId: m.kbId,
    country: m.country,
    role: m.role,
    sector: m.sector,
    former: m.former,
    plural: m.plural,
    determiner: m.determiner,
    ...(m.place
      ? { place: { name: m.place.name, country: m.place.country, lat: m.place.lat, lon: m.place.lon } }
      : {}),
  }))
}

/**
 * Typed mentions: names of people, organisations, countries (incl. capitals used for their government),
 * places, groups ("Russians"), nominals ("a Western official") and pronouns.
 */
export function mentions() {
  return defineStage({
    name: 'mentions',
    requires: ['tokens', 'sentences'],
    provides: ['mentions'],
    run(doc, ctx) {
      return {
        mentions: findMentions(
          ctx.lang,
          ctx.knowledge,
          doc.text,
          doc.layers.tokens,
          doc.layers.sentences,
          doc.meta.date,
        ),
      }
    },
  })
}
