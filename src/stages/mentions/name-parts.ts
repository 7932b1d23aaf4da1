import type { Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import {
  type KbHit,
  type Knowledge,
  MAX_PHRASE_WORDS,
  ROLE_MAX_WORDS,
  type RoleInfo,
} from '../../knowledge/index.js'
import { normalizeKey } from '../../knowledge/normalize-key.js'
import type { Lang } from '../../lang/lang.js'
import { trustedHits } from './place-context.js'
import { isCapitalised, isGluedHyphen, isNameToken, POS, rangeText } from './token-tests.js'

/** A piece of a sentence recognised on the way to mentions: a known phrase, a role title or an unknown name. */
export type Part =
  | {
      readonly kind: 'kb'
      readonly tokenStart: number
      readonly tokenEnd: number
      readonly hits: readonly KbHit[]
    }
  | { readonly kind: 'role'; readonly tokenStart: number; readonly tokenEnd: number; readonly role: RoleInfo }
  | { readonly kind: 'honorific'; readonly tokenStart: number; readonly tokenEnd: number }
  | { readonly kind: 'name'; readonly tokenStart: number; readonly tokenEnd: number }

/** Longest open-family title considered ("deputy culture minister"). */
const GENERIC_ROLE_MAX_WORDS = 4

interface Match<T> {
  readonly end: number
  readonly value: T
}

/** Longest knowledge-base phrase starting at token i (which must be capitalised), within the sentence. */
function longestKbMatch(
  lang: Lang,
  knowledge: Knowledge,
  text: string,
  tokens: TokenTable,
  sentence: Sentence,
  i: number,
): Match<readonly KbHit[]> | null {
  const max = Math.min(sentence.tokenEnd, i + MAX_PHRASE_WORDS + 2)
  for (let end = max; end > i; end--) {
    const last = end - 1
    if (
      !isCapitalised(text, tokens, last) &&
      !/^\d/.test(text[tokens.start[last]!] ?? '') &&
      !(last > i && lang.names.GEOGRAPHIC_HEADS.has(tokens.norm[last]!))
    ) {
      continue
    }
    const surface = rangeText(text, tokens, i, end)
    const key = normalizeKey(surface)
    const context = { lang, text, tokens, sentenceStart: sentence.tokenStart, tokenStart: i, tokenEnd: end }
    const hits = trustedHits(knowledge.lookupPhrase(key, surface), key, context)
    if (hits.length > 0) return { end, value: hits }
  }
  return null
}

/**
 * Role title starting at token i ("foreign minister", "Secretary of State", "Gen."): the longest listed
 * form, else the shortest generic one ("culture minister", "Minister of Finance"), never across punctuation.
 */
function roleMatch(
  knowledge: Knowledge,
  text: string,
  tokens: TokenTable,
  i: number,
  limit: number,
): Match<RoleInfo> | null {
  const p = tokens.pos[i]!
  if (p !== POS.NOUN && p !== POS.PROPN && p !== POS.ADJ && p !== POS.ADV) return null
  let exact: Match<RoleInfo> | null = null
  let generic: Match<RoleInfo> | null = null
  // other words can only begin an open-family title ("culture minister"): try just the spans ending like one
  const starter = knowledge.isRoleStarter(tokens.norm[i]!)
  const max = Math.min(limit, i + (starter ? ROLE_MAX_WORDS : GENERIC_ROLE_MAX_WORDS))
  for (let end = i + 1; end <= max; end++) {
    if (end - 1 > i && tokens.pos[end - 1] === POS.PUNCT && !isGluedHyphen(text, tokens, end - 1)) break
    if (!starter && !knowledge.isGenericRoleEnd(tokens.norm[end - 1]!)) continue
    const role = knowledge.lookupRole(normalizeKey(rangeText(text, tokens, i, end)))
    if (!role) continue
    if (role.generic !== true) exact = { end, value: role }
    else generic ??= { end, value: role }
  }
  return exact ?? generic
}

/**
 * Scans one sentence left to right into parts. At each token the longest of a knowledge-base phrase and a
 * role title wins; capitalised tokens that are neither extend an unknown name, joined by connectors
 * ("Bank of England") and initials ("Mark A. Milley").
 */
export function scanParts(
  lang: Lang,
  knowledge: Knowledge,
  text: string,
  tokens: TokenTable,
  sentence: Sentence,
): Part[] {
  const parts: Part[] = []
  const limit = sentence.tokenEnd
  let i = sentence.tokenStart
  while (i < limit) {
    const nameToken = isNameToken(lang, text, tokens, i, sentence.tokenStart)
    const previousPart = parts.at(-1)
    // after "Mr." or "Dr." comes a name, whatever else the word could be ("Mr. King", "Ms. Jordan")
    if (nameToken && previousPart?.kind === 'honorific' && previousPart.tokenEnd === i) {
      parts.push({ kind: 'name', tokenStart: i, tokenEnd: i + 1 })
      i++
      continue
    }
    const found = nameToken ? longestKbMatch(lang, knowledge, text, tokens, sentence, i) : null
    // "Western Cambodia", "West German": a compass word before a country's or place's name or demonym is no
    // first name ("North American" names a continent and stays one word)
    const compassBefore =
      previousPart?.tokenStart === i - 1 &&
      lang.names.COMPASS_WORDS.has(tokens.norm[i - 1]!) &&
      found !== null &&
      !lang.names.CONTINENTAL_DEMONYMS.has(tokens.norm[i]!)
    const continuesName =
      previousPart?.kind === 'name' &&
      previousPart.tokenEnd === i &&
      tokens.pos[i - 1] === POS.PROPN &&
      !compassBefore
    // "Lloyd Austin", "George Washington": a place name right after a first name continues the name
    const kb = found && continuesName && found.value.every((h) => h.type !== 'organization') ? null : found
    const role = roleMatch(knowledge, text, tokens, i, limit)
    // a known name wins over a longer open-family title built on it ("Arab League Secretary")
    if (kb && (!role || kb.end >= role.end || role.value.generic === true)) {
      parts.push({ kind: 'kb', tokenStart: i, tokenEnd: kb.end, hits: kb.value })
      i = kb.end
      continue
    }
    if (role && (nameToken || followedByName(lang, text, tokens, role.end, limit, sentence.tokenStart))) {
      parts.push({ kind: 'role', tokenStart: i, tokenEnd: role.end, role: role.value })
      i = role.end
      continue
    }
    if (nameToken && lang.names.HONORIFICS.has(tokens.norm[i]!)) {
      parts.push({ kind: 'honorific', tokenStart: i, tokenEnd: i + 1 })
      i++
      continue
    }
    if (nameToken) {
      const previous = parts.at(-1)
      if (previous?.kind === 'name' && previous.tokenEnd === i) {
        parts[parts.length - 1] = { ...previous, tokenEnd: i + 1 }
      } else {
        parts.push({ kind: 'name', tokenStart: i, tokenEnd: i + 1 })
      }
      i++
      continue
    }
    // a connector joins two capitalised words into one name: "Bank of England", "Mohammed bin Salman"
    const previous = parts.at(-1)
    if (
      previous?.kind === 'name' &&
      previous.tokenEnd === i &&
      lang.names.NAME_CONNECTORS.has(tokens.norm[i]!) &&
      i + 1 < limit &&
      isNameToken(lang, text, tokens, i + 1, sentence.tokenStart)
    ) {
      parts[parts.length - 1] = { ...previous, tokenEnd: i + 1 }
    } else if (
      previous?.kind === 'name' &&
      previous.tokenEnd === i &&
      (isHyphenTail(text, tokens, i, limit) ||
        (i + 1 < limit &&
          isGluedHyphen(text, tokens, i) &&
          isNameToken(lang, text, tokens, i + 1, sentence.tokenStart) &&
          longestKbMatch(lang, knowledge, text, tokens, sentence, i + 1) === null))
    ) {
      // "Ri Yong-ho", "Jean-Yves Le Drian", "Kassym-Jomart Tokayev" split by the tokenizer: the hyphen and
      // its tail stay in the name (not a known name after it: "Franco-German")
      parts[parts.length - 1] = { ...previous, tokenEnd: i + 2 }
      i += 2
      continue
    }
    i++
  }
  return parts.map(trimConnectors(lang, tokens))
}

function followedByName(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  i: number,
  limit: number,
  sentenceStart: number,
): boolean {
  return i < limit && isNameToken(lang, text, tokens, i, sentenceStart)
}

/** A hyphen glued to the word before and to a lower-case word after it ("Yong-ho"). */
function isHyphenTail(text: string, tokens: TokenTable, i: number, limit: number): boolean {
  return (
    i + 1 < limit &&
    text.slice(tokens.start[i]!, tokens.end[i]!) === '-' &&
    tokens.start[i] === tokens.end[i - 1] &&
    tokens.start[i + 1] === tokens.end[i] &&
    /^\p{Ll}+$/u.test(text.slice(tokens.start[i + 1]!, tokens.end[i + 1]!))
  )
}

/** A name never ends on a connector ("Bank of" when the next part is a known phrase). */
function trimConnectors(lang: Lang, tokens: TokenTable) {
  return (part: Part): Part => {
    if (part.kind !== 'name') return part
    let end = part.tokenEnd
    while (end > part.tokenStart + 1 && lang.names.NAME_CONNECTORS.has(tokens.norm[end - 1]!)) end--
    return end === part.tokenEnd ? part : { ...part, tokenEnd: end }
  }
}
