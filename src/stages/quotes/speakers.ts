import { posCode } from '../../doc/token-table.js'
import { cueVerbClass } from './lexicon.js'
import type { MentionIndex } from './mention-index.js'
import { ownerAfter } from './sources.js'
import { isCloser, isComma, normAt, sentenceBounds, type TokenContext } from './token-context.js'

const VERB = posCode('VERB')
const AUX = posCode('AUX')
const ADV = posCode('ADV')
const DET = posCode('DET')
const ADJ = posCode('ADJ')
const NUM = posCode('NUM')
const PROPN = posCode('PROPN')
const NOUN = posCode('NOUN')
const PRON = posCode('PRON')
const ADP = posCode('ADP')
const NOUN_PHRASE_POS = new Set([DET, ADJ, NUM, NOUN, PROPN])

/** Title words allowed between an inverted cue and the speaker's mention ("said the Rev. …"). */
const INVERTED_LEAD_WORDS = 5

/**
 * Words of a title or description before a name: "said the Rev. …", "said former European Council President …",
 * "said spokesman John Kirby", "said election lawyer Jo Ames", "said HP’s former chief spokesman …".
 */
function isTitleWord(ctx: TokenContext, j: number): boolean {
  const pos = ctx.tokens.pos[j]
  const w = normAt(ctx, j)
  return (
    pos === DET ||
    pos === PROPN ||
    pos === NOUN ||
    pos === ADJ ||
    w === '.' ||
    w === '-' ||
    ctx.lang.speech.POSSESSIVE_MARKS.has(w)
  )
}
/**
 * "said Tarn Dock Workers Political Director Jo Ames": a body's name, then title words, then a person's name;
 * the person holding the role speaks. Returns that person's mention, else `m`.
 */
function roleHolderAfter(ctx: TokenContext, index: MentionIndex, m: number, limit: number): number {
  if (index.mentions[m]!.type === 'person') return m
  let k = index.mentions[m]!.tokenEnd
  const from = k
  while (k < limit && k - from <= INVERTED_LEAD_WORDS && index.startingAt[k]! < 0 && isTitleWord(ctx, k)) k++
  const person = k > from && k < limit ? index.startingAt[k]! : -1
  return person >= 0 && index.mentions[person]!.type === 'person' ? person : m
}

/** "said one of those advisers", "said some of the organisers": a quantifier and its "of" before the group. */
function isPartitive(ctx: TokenContext, j: number): boolean {
  const opens = (k: number) =>
    (ctx.tokens.pos[k] === NUM || ctx.lang.names.NOMINAL_DETERMINERS[normAt(ctx, k)] === 'indefinite') &&
    normAt(ctx, k + 1) === 'of'
  return opens(j) || (normAt(ctx, j) === 'of' && opens(j - 1))
}

/** Longest run of appositives and asides between a subject and its verb, in tokens. */
const APPOSITIVE_REACH = 40
const APPOSITIVE_POS = new Set([DET, ADJ, NUM, NOUN, PROPN])
/** Longest bracketed aside skipped between a subject and its verb, in tokens ("The minister (who spoke from …) said"). */
const PARENTHESIS_REACH = 30

/** Where a cue's speaker stands: before the verb, after it (inverted, or after "according to"), taken from the
 * clause before ("inherited"), a noun phrase with no mention ("unresolved"), or nowhere. */
export type SpeakerSide = 'left' | 'right' | 'inherited' | 'unresolved' | 'none'

/** Skips adverbs and auxiliaries between a subject and its verb, leftwards; returns the first other token. */
function skipGapLeft(ctx: TokenContext, from: number, first: number): number {
  let j = from
  while (j >= first) {
    const pos = ctx.tokens.pos[j]
    const w = normAt(ctx, j)
    if (w === ')') {
      // "Rep. Jo Ames (D-Md.) said": a bracketed party tag or aside between subject and verb
      let k = j - 1
      while (k >= first && k >= j - PARENTHESIS_REACH && normAt(ctx, k) !== '(') k--
      if (k < first || normAt(ctx, k) !== '(') break
      j = k - 1
    } else if (
      (pos === NUM || ctx.lang.speech.CUE_TIME_WORDS.has(w)) &&
      ctx.lang.speech.TIME_PREPOSITIONS.has(normAt(ctx, j - 1))
    ) {
      j -= 2 // "who in 2010 said", "Trump on Friday said"
    } else if (
      ctx.lang.speech.SUBJECT_VERB_GAP_WORDS.has(w) ||
      ctx.lang.grammar.NEGATOR_ADVERBS.has(w) ||
      (pos === ADV && !ctx.lang.speech.WH_ADVERBS.has(w))
    )
      j--
    else if (pos === AUX && ctx.tokens.lemma[j] !== 'be') j--
    else break
  }
  return j
}

/**
 * "Four unions in the valley said", "Ames of Reno said": the mention a prepositional phrase ending in `named`
 * hangs on, when there is one; else `named`.
 */
function headOfPhrase(ctx: TokenContext, index: MentionIndex, named: number, first: number): number {
  if (named < 0) return named
  let head = named
  for (let hops = 0; hops < 2; hops++) {
    const before = index.mentions[head]!.tokenStart - 1
    if (before <= first || !ctx.lang.speech.PHRASE_PREPOSITIONS.has(normAt(ctx, before))) break
    const outer = index.endingAt[before - 1]!
    if (outer < 0) break
    // "a statement from the ministry said": the document speaks for the one who issued it
    if (ownerAfter(ctx, index, outer) === head) break
    head = outer
  }
  return head
}

/** "said she turned out …": a verb right after a mention makes it the subject of the reported clause. */
function opensClause(ctx: TokenContext, after: number): boolean {
  const j = skipGapRight(ctx, after, ctx.tokens.length)
  const pos = ctx.tokens.pos[j]
  return pos === VERB || pos === AUX
}

/**
 * Tokens that may open an appositive or aside after a subject's comma: "Tom Shannon, a former official, …",
 * "De Vries, speaking on the radio, …", "Ames, with evident delight, …", "Li, at the institute, …".
 */
function opensAppositive(ctx: TokenContext, index: MentionIndex, at: number): boolean {
  const pos = ctx.tokens.pos[at]
  return (
    ctx.lang.grammar.RELATIVE_PRONOUNS.has(normAt(ctx, at)) ||
    ctx.lang.speech.ASIDE_OPENERS.has(normAt(ctx, at)) ||
    index.startingAt[at]! >= 0 ||
    (pos !== undefined && APPOSITIVE_POS.has(pos)) ||
    (pos === VERB && normAt(ctx, at).endsWith('ing')) ||
    (pos === ADP && !ctx.lang.speech.COORDINATORS.has(normAt(ctx, at)))
  )
}

/**
 * Only a finite verb of saying puts its speaker after it ("…,” said Tom Shannon): a participle ("…, calling him
 * …") or a verb of judging ("…, called Trump a …") has its object there.
 */
function mayInvert(ctx: TokenContext, verb: number): boolean {
  if (normAt(ctx, verb).endsWith('ing')) return false
  const cls = cueVerbClass(ctx.lang, ctx.tokens.lemma[verb] ?? '')
  return cls === 'speech' || cls === 'direct' || (cls !== undefined && isCloser(ctx, verb - 1))
}

/**
 * "Tom Shannon, a former official, said", "Jo Ames, 27, a nurse from Reno, said", "Joyce — who … — told": the
 * name before the asides that end at `comma`. Asides are skipped back to the first one that follows a mention.
 */
function appositiveSubject(ctx: TokenContext, index: MentionIndex, comma: number, first: number): number {
  for (let k = comma - 1; k > first && k >= comma - APPOSITIVE_REACH; k--) {
    const w = normAt(ctx, k)
    if (
      ctx.lang.grammar.DOUBLE_CLOSERS.has(w) ||
      ctx.lang.grammar.DOUBLE_OPENERS.has(w) ||
      w === '.' ||
      w === ':' ||
      w === ';'
    )
      return -1
    if (!isComma(ctx, k) && !ctx.lang.speech.ASIDE_DASHES.has(w)) continue
    const named = index.endingAt[bracketStart(ctx, k - 1, first) - 1]!
    if (named >= 0 && opensAppositive(ctx, index, k + 1)) return headOfPhrase(ctx, index, named, first)
  }
  return -1
}

/**
 * "Rep. Jo Ames (D-Md.), a panel member, said": the token after the name when a bracketed tag ends at `last`
 * (its opening bracket), else `last + 1`.
 */
function bracketStart(ctx: TokenContext, last: number, first: number): number {
  if (normAt(ctx, last) !== ')') return last + 1
  for (let k = last - 1; k >= first && k >= last - PARENTHESIS_REACH; k--)
    if (normAt(ctx, k) === '(') return k
  return last + 1
}

/** Longest role phrase before an appositive name, in tokens ("A lawyer for the two ferry lines"). */
const ROLE_PHRASE_REACH = 10

/** The first token of the role phrase before the appositive name `named` ("Ryan’s spokeswoman, Jo Ames"). */
function clusterOfRole(ctx: TokenContext, index: MentionIndex, named: number, first: number): number {
  const opening = index.mentions[named]!.tokenStart - 1
  let k = opening
  while (k - 1 >= first && opening - k < ROLE_PHRASE_REACH) {
    const w = normAt(ctx, k - 1)
    const fits =
      NOUN_PHRASE_POS.has(ctx.tokens.pos[k - 1]!) ||
      ctx.lang.speech.POSSESSIVE_MARKS.has(w) ||
      ctx.lang.speech.PHRASE_PREPOSITIONS.has(w) ||
      ctx.lang.names.NOMINAL_DETERMINERS[w] !== undefined
    if (!fits) break
    k--
  }
  return k
}

/**
 * "Ryan’s spokeswoman, Jo Ames, said", "A lawyer for the ferry line, Jo Ames, said": a role, then the person's
 * name alone between the commas (the aside closing at `closing`). The named person speaks.
 */
function namedAppositive(ctx: TokenContext, index: MentionIndex, closing: number, first: number): number {
  const named = index.endingAt[closing - 1]!
  if (named < 0 || index.mentions[named]!.type !== 'person') return -1
  const opening = index.mentions[named]!.tokenStart - 1
  if (opening <= first || !isComma(ctx, opening)) return -1
  const pos = ctx.tokens.pos[opening - 1]
  return pos === NOUN || pos === PROPN ? named : -1
}

export interface SpeakerFound {
  readonly speaker: number
  readonly side: SpeakerSide
  readonly clusterStart: number
}

/**
 * The verb at i shares the subject of the clause before it ("… and repeatedly said", "…, telling the crowd"):
 * the index of the linking word (coordinator or comma), or -1.
 */
export function sharedSubjectLink(ctx: TokenContext, i: number): number {
  const link = skipGapLeft(ctx, i - 1, 0)
  if (link < 0) return -1
  if (ctx.lang.speech.COORDINATORS.has(normAt(ctx, link))) return link
  const isGerund = normAt(ctx, i).endsWith('ing')
  return isGerund && (isComma(ctx, link) || ctx.lang.speech.GERUND_LINKS.has(normAt(ctx, link))) ? link : -1
}

/** The nearest mention before `from` in its sentence that is directly followed by a verb: a clause subject. */
export function clauseSubject(ctx: TokenContext, index: MentionIndex, from: number): number {
  if (from < 0) return -1
  const { first } = sentenceBounds(ctx, from)
  for (let k = from; k >= first; k--) {
    const m = index.endingAt[k]!
    if (m < 0) continue
    const next = skipGapRight(ctx, k + 1, from + 1)
    const pos = ctx.tokens.pos[next]
    if (next <= from && (pos === VERB || pos === AUX)) return m
  }
  return -1
}

function skipGapRight(ctx: TokenContext, from: number, end: number): number {
  let j = from
  while (j < end && (ctx.lang.speech.SUBJECT_VERB_GAP_WORDS.has(normAt(ctx, j)) || ctx.tokens.pos[j] === ADV))
    j++
  return j
}

/** The mention naming the speaker of the verb at `verb`: its subject, or the inverted subject after it. */
export function findSpeaker(
  ctx: TokenContext,
  index: MentionIndex,
  verb: number,
  afterCue: number,
): SpeakerFound {
  const { first, end } = sentenceBounds(ctx, verb)
  let left = skipGapLeft(ctx, verb - 1, first)
  if (left >= first && ctx.tokens.lemma[left] === 'be') {
    // "was told" is passive and names no speaker; "is telling" is progressive: its subject is before "is"
    if (!normAt(ctx, verb).endsWith('ing')) return { speaker: -1, side: 'none', clusterStart: verb }
    left = skipGapLeft(ctx, left - 1, first)
  }
  const subject = left >= first ? headOfPhrase(ctx, index, index.endingAt[left]!, first) : -1
  if (subject >= 0) {
    return { speaker: subject, side: 'left', clusterStart: index.mentions[subject]!.tokenStart }
  }
  // "Blinken, who …, said": a relative pronoun standing for the name before it
  if (left > first && ctx.lang.grammar.RELATIVE_PRONOUNS.has(normAt(ctx, left))) {
    const named = index.endingAt[isComma(ctx, left - 1) ? left - 2 : left - 1]
    if (named !== undefined && named >= 0) {
      return { speaker: named, side: 'left', clusterStart: index.mentions[named]!.tokenStart }
    }
    // "those who said …": a subject with no mention
    if (normAt(ctx, left) === 'who') return { speaker: -1, side: 'unresolved', clusterStart: left }
  }
  const afterAside =
    left >= first && (isComma(ctx, left) || ctx.lang.speech.ASIDE_DASHES.has(normAt(ctx, left)))
  const invertible = (left < first || isComma(ctx, left) || isCloser(ctx, left)) && mayInvert(ctx, verb)
  if (afterAside) {
    const role = isComma(ctx, left) ? namedAppositive(ctx, index, left, first) : -1
    if (role >= 0)
      return { speaker: role, side: 'left', clusterStart: clusterOfRole(ctx, index, role, first) }
    const named = appositiveSubject(ctx, index, left, first)
    if (named >= 0) return { speaker: named, side: 'left', clusterStart: index.mentions[named]!.tokenStart }
  }
  if (invertible) {
    // "said Tom Shannon", "said the Rev. Peter Wherry": a title word or two may come before the mention
    const limit = Math.min(ctx.tokens.length, Math.max(end, afterCue + INVERTED_LEAD_WORDS + 1))
    for (let j = afterCue; j < limit && j <= afterCue + INVERTED_LEAD_WORDS; j++) {
      const inverted = index.startingAt[j]!
      if (inverted >= 0 && !opensClause(ctx, index.mentions[inverted]!.tokenEnd)) {
        return { speaker: roleHolderAfter(ctx, index, inverted, limit), side: 'right', clusterStart: verb }
      }
      if (inverted >= 0) break
      if (!isTitleWord(ctx, j) && !isPartitive(ctx, j)) break
    }
  }
  if (afterAside && !normAt(ctx, verb).endsWith('ing') && asideAfterNoun(ctx, index, left, first)) {
    // "Oliver K. Hedge, who appraises golf courses, said": a subject before the aside that no mention covers
    return { speaker: -1, side: 'unresolved', clusterStart: first }
  }
  return unresolvedSubject(ctx, index, left, first) ?? { speaker: -1, side: 'none', clusterStart: verb }
}

/** An aside ends at `closing`, opened by a comma or dash after a noun: the subject comes before it. */
function asideAfterNoun(ctx: TokenContext, index: MentionIndex, closing: number, first: number): boolean {
  for (let k = closing - 1; k > first && k >= closing - APPOSITIVE_REACH; k--) {
    const w = normAt(ctx, k)
    if (
      ctx.lang.grammar.DOUBLE_CLOSERS.has(w) ||
      ctx.lang.grammar.DOUBLE_OPENERS.has(w) ||
      w === ':' ||
      w === ';'
    )
      return false
    if (!isComma(ctx, k) && !ctx.lang.speech.ASIDE_DASHES.has(w)) continue
    const pos = ctx.tokens.pos[k - 1]
    if ((pos === NOUN || pos === PROPN || pos === VERB) && opensAppositive(ctx, index, k + 1)) return true
  }
  return false
}

/**
 * A noun phrase before the verb that the mentions layer did not cover ("The study found …"): the cue has a
 * subject but no speaker mention. The cluster starts where the noun phrase does.
 */
function unresolvedSubject(
  ctx: TokenContext,
  index: MentionIndex,
  left: number,
  first: number,
): SpeakerFound | null {
  if (left < first) return null
  const pos = ctx.tokens.pos[left]
  // "The self-described democratic socialist said", "Cook said": a noun phrase the tagger read otherwise
  const initial = ctx.text[ctx.tokens.start[left]!] ?? ''
  const isCapitalised = initial !== initial.toLowerCase() && pos !== PRON
  if (pos !== NOUN && pos !== PROPN && pos !== ADJ && !isCapitalised) return null
  let start = left
  while (start - 1 >= first) {
    const before = start - 1
    if (
      !NOUN_PHRASE_POS.has(ctx.tokens.pos[before]!) &&
      !ctx.lang.speech.POSSESSIVE_MARKS.has(normAt(ctx, before))
    )
      break
    start--
  }
  // "Clinton’s campaign said": the owner named inside the noun phrase speaks through it, and so does the body
  // named before a document ("FBI notes revealed", "the Pentagon report says")
  const isDocument = ctx.lang.names.SPEAKING_DOCUMENTS.has(ctx.tokens.lemma[left] ?? '')
  for (let k = left - 1; k >= start; k--) {
    const owner = index.endingAt[k]!
    if (
      owner >= 0 &&
      (isDocument || ctx.lang.speech.POSSESSIVE_MARKS.has(normAt(ctx, k + 1))) &&
      index.mentions[owner]!.tokenStart >= start
    ) {
      return { speaker: owner, side: 'left', clusterStart: start }
    }
  }
  return { speaker: -1, side: 'unresolved', clusterStart: start }
}
