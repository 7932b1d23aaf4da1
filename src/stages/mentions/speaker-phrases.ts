import type { Sentence } from '../../doc/layers.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import { type DraftMention, draft } from './build-mentions.js'
import { isCapitalised, POS } from './token-tests.js'

/** Longest noun phrase taken as a speaker, in tokens ("the bespectacled, 71-year-old diplomat"). */
const MAX_PHRASE_TOKENS = 8
/** Longest name by shape taken after an inverted cue ("said Amy Pope, deputy adviser"). */
const MAX_INVERTED_NAME_TOKENS = 4
/** Longest run of capitalised words after an inverted cue searched for a role and a name ("said … Director X"). */
const MAX_INVERTED_RUN_TOKENS = 8

const PHRASE_POS: ReadonlySet<number> = new Set([POS.DET, POS.ADJ, POS.NUM, POS.NOUN, POS.PROPN])
/** What may stand right before a subject: nothing, punctuation, "and", "but", "as", "while", … */
const SUBJECT_OPENER_POS: ReadonlySet<number> = new Set([POS.PUNCT, POS.ADV, POS.ADP])

interface Ctx {
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly first: number
  readonly end: number
  readonly used: Uint8Array
}

const norm = (ctx: Ctx, i: number) => ctx.tokens.norm[i] ?? ''

/**
 * How strongly the verb at i marks its subject as a speaker: `speech` for verbs of saying ("said", "told",
 * "chanted", "called for"), `other` for the rest of the cue verbs ("found", "criticized"), or null.
 */
function cueStrength(ctx: Ctx, i: number): 'speech' | 'other' | null {
  const { speech } = ctx.lang
  const isVerb = ctx.tokens.pos[i] === POS.VERB || speech.ALWAYS_VERB_FORMS.has(norm(ctx, i))
  // a capitalised cue word inside a sentence is a name ("Will", "Hope"), not the verb
  if (!isVerb || (i !== ctx.first && isCapitalised(ctx.text, ctx.tokens, i))) return null
  const lemma = ctx.tokens.lemma[i] ?? ''
  const cls = speech.CUE_VERBS[lemma]
  if (cls === 'speech' || cls === 'direct') return 'speech'
  if (speech.PHRASAL_CUES[lemma]?.includes(norm(ctx, i + 1))) return 'speech'
  return cls === undefined ? null : 'other'
}

/** Joined to the tokens around it with no space: the hyphen and the parts of "71-year-old". */
function isHyphenated(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx
  if (norm(ctx, i) === '-')
    return tokens.start[i] === tokens.end[i - 1] && tokens.end[i] === tokens.start[i + 1]
  return (
    (norm(ctx, i - 1) === '-' && tokens.start[i] === tokens.end[i - 1]) ||
    (norm(ctx, i + 1) === '-' && tokens.end[i] === tokens.start[i + 1])
  )
}

/** A word the tagger read as a verb or adjective that is, by its capital letter inside a sentence, a name. */
function isNameByShape(ctx: Ctx, i: number): boolean {
  const pos = ctx.tokens.pos[i]
  if (!isCapitalised(ctx.text, ctx.tokens, i) || i === ctx.first) return pos === POS.PROPN
  return pos === POS.PROPN || pos === POS.NOUN || pos === POS.VERB || pos === POS.ADJ || pos === POS.ADV
}

function fitsPhrase(ctx: Ctx, i: number): boolean {
  if (i < ctx.first || ctx.used[i]) return false
  const pos = ctx.tokens.pos[i]!
  return PHRASE_POS.has(pos) || isHyphenated(ctx, i) || isNameByShape(ctx, i)
}

/** Skips adverbs, auxiliaries and "on Friday" between a subject and its verb, leftwards. */
function skipGapLeft(ctx: Ctx, from: number, verb: number): number {
  const { speech } = ctx.lang
  let j = from
  while (j >= ctx.first) {
    const w = norm(ctx, j)
    const pos = ctx.tokens.pos[j]
    if (speech.CUE_TIME_WORDS.has(w) && speech.TIME_PREPOSITIONS.has(norm(ctx, j - 1))) j -= 2
    else if (
      speech.SUBJECT_VERB_GAP_WORDS.has(w) ||
      (pos === POS.ADV && !isCapitalised(ctx.text, ctx.tokens, j))
    )
      j--
    else if (pos === POS.AUX && (ctx.tokens.lemma[j] !== 'be' || norm(ctx, verb).endsWith('ing'))) j--
    else break
  }
  return j
}

/** The start of the noun phrase ending at `head`, or -1 when the words before it do not make one. */
function phraseStart(ctx: Ctx, head: number): number {
  let k = head
  while (k - 1 >= ctx.first && head - k + 1 < MAX_PHRASE_TOKENS && fitsPhrase(ctx, k - 1)) {
    if (ctx.tokens.pos[k] === POS.DET && !isHyphenated(ctx, k)) break // a determiner opens the phrase
    k--
  }
  // "the bespectacled, 71-year-old diplomat": a comma between two modifiers of one phrase
  if (
    k - 2 >= ctx.first &&
    norm(ctx, k - 1) === ',' &&
    ctx.tokens.pos[k] !== POS.DET &&
    ctx.tokens.pos[k - 2] === POS.ADJ &&
    !ctx.used[k - 2]
  ) {
    k -= 2
    while (k - 1 >= ctx.first && head - k + 1 < MAX_PHRASE_TOKENS && fitsPhrase(ctx, k - 1)) k--
  }
  return k
}

/** The phrase is a subject: it opens its sentence or follows punctuation, a conjunction or a fronting word. */
function opensClause(ctx: Ctx, start: number): boolean {
  const before = start - 1
  if (before < ctx.first) return true
  const pos = ctx.tokens.pos[before]!
  if (pos === POS.VERB || pos === POS.AUX) return false
  if (SUBJECT_OPENER_POS.has(pos))
    return pos !== POS.ADP || ctx.lang.speech.FRONTED_SUBORDINATORS.has(norm(ctx, before))
  return (
    ctx.lang.speech.COORDINATORS.has(norm(ctx, before)) ||
    ctx.lang.speech.FRONTED_SUBORDINATORS.has(norm(ctx, before))
  )
}

/** Types a speaker phrase: a name by shape (person or organisation), a document or outlet, or a nominal. */
function speakerMention(ctx: Ctx, start: number, end: number): DraftMention | null {
  const { names } = ctx.lang
  const head = end - 1
  const headWord = norm(ctx, head)
  const headPos = ctx.tokens.pos[head]!
  if (headPos === POS.NUM && ctx.tokens.pos[start] !== POS.DET) return null
  if (headPos === POS.ADJ && ctx.tokens.pos[start] !== POS.DET) return null
  if (names.CALENDAR_WORDS.has(headWord) || ctx.lang.speech.CUE_TIME_WORDS.has(headWord)) return null
  // "the Harbour Forum said", "The Daily Courier reports": a capitalised name after "the" names a body
  const nameStart = ctx.tokens.pos[start] === POS.DET && end - start > 1 ? start + 1 : start
  let isName = true
  for (let t = nameStart; t < end; t++) if (!isNameByShape(ctx, t) && norm(ctx, t) !== '-') isName = false
  if (isName && nameStart > start) return draft(start, end, 'organization', { determiner: 'definite' })
  if (isName && !(end - start === 1 && start === ctx.first && headPos === POS.NOUN)) {
    if (
      names.ORGANIZATION_HEADS.has(headWord) ||
      names.NON_PERSON_HEADS.has(headWord) ||
      isAcronym(ctx, start, end)
    )
      return draft(start, end, 'organization')
    return draft(start, end, 'person')
  }
  const lemma = (ctx.tokens.lemma[head] ?? headWord).toLowerCase()
  const role = names.PERSON_NOUN_FORMS.has(headWord) ? singularOf(ctx.lang, headWord) : lemma
  if (names.SPEAKING_DOCUMENTS.has(role)) return draft(start, end, 'organization', { role })
  const firstWord = norm(ctx, start)
  const determiner = names.NOMINAL_DETERMINERS[firstWord] ?? null
  return draft(start, end, 'nominal', {
    role,
    sector: names.PERSON_NOUNS[role]?.sector ?? null,
    plural: headWord !== lemma && headWord.endsWith('s'),
    determiner,
  })
}

function singularOf(lang: Lang, word: string): string {
  if (lang.names.PERSON_NOUNS[word]) return word
  for (const [singular, { plural }] of Object.entries(lang.names.PERSON_NOUNS))
    if (plural === word) return singular
  return word
}

function isAcronym(ctx: Ctx, start: number, end: number): boolean {
  if (end - start !== 1) return false
  const letters = ctx.text.slice(ctx.tokens.start[start]!, ctx.tokens.end[start]!).replace(/\./g, '')
  return letters.length >= 2 && /^[A-Z]+$/.test(letters)
}

/** "the email said", "Hoover said", "the gambling tycoon told": the subject before a cue verb at i. */
function subjectBefore(ctx: Ctx, verb: number): DraftMention | null {
  const head = skipGapLeft(ctx, verb - 1, verb)
  if (head < ctx.first || ctx.used[head]) return null
  const pos = ctx.tokens.pos[head]!
  if (pos === POS.PRON || pos === POS.DET || pos === POS.PUNCT) return null
  if (!fitsPhrase(ctx, head)) return null
  let start = phraseStart(ctx, head)
  // "His lawyer said", "their spokesman told": a possessive determiner the pronoun pass took opens the phrase
  if (start > ctx.first && ctx.lang.names.NOMINAL_DETERMINERS[norm(ctx, start - 1)] === 'possessive') start--
  if (!opensClause(ctx, start)) return null
  return speakerMention(ctx, start, head + 1)
}

/** The verb at i may have its subject after it: it opens the sentence or follows a comma or a closing mark. */
function isInvertible(ctx: Ctx, verb: number): boolean {
  const before = verb - 1
  return (
    before < ctx.first ||
    norm(ctx, before) === ',' ||
    ctx.lang.grammar.DOUBLE_CLOSERS.has(ctx.tokens.lower[before] ?? '') ||
    ctx.lang.grammar.SINGLE_CLOSERS.has(ctx.tokens.lower[before] ?? '')
  )
}

/** What may follow an inverted speaker: the end of the sentence, a comma, a full stop or a preposition. */
function endsInvertedSpeaker(ctx: Ctx, end: number): boolean {
  if (end >= ctx.end) return true
  const after = norm(ctx, end)
  return after === ',' || after === '.' || ctx.tokens.pos[end] === POS.ADP
}

/**
 * "…,” said Skelly, explaining …", "said Amy Pope, deputy adviser": a name by shape after an inverted cue;
 * after a longer run of capitalised words, the name after its last person noun ("said United Steelworkers
 * Political Director Tim Waters").
 */
function nameAfter(ctx: Ctx, verb: number): DraftMention | null {
  if (!isInvertible(ctx, verb)) return null
  // "said Tarn Dock Workers Political Director Jo Ames": a body another pass named may open the run
  let start = verb + 1
  while (start < ctx.end && start - verb <= MAX_INVERTED_RUN_TOKENS && ctx.used[start]) start++
  const afterBody = start > verb + 1
  let end = start
  while (end < ctx.end && end - start < MAX_INVERTED_RUN_TOKENS && !ctx.used[end] && isNameByShape(ctx, end))
    end++
  if (end === start || !endsInvertedSpeaker(ctx, end)) return null
  if (end - start <= MAX_INVERTED_NAME_TOKENS && !afterBody) return speakerMention(ctx, start, end)
  let role = end - 1
  while (role > start && !ctx.lang.names.PERSON_NOUN_FORMS.has(norm(ctx, role))) role--
  const nameStart = role + 1
  if (role === start && !ctx.lang.names.PERSON_NOUN_FORMS.has(norm(ctx, role))) return null
  if (end - nameStart < 1 || end - nameStart > MAX_INVERTED_NAME_TOKENS) return null
  return speakerMention(ctx, nameStart, end)
}

/**
 * "…,” said the designer, who …", "wrote the authors of the report": a common noun phrase, opened by a
 * determiner, after an inverted verb of saying. A verb that takes its addressee first ("…,” told the paper) has
 * no speaker there.
 */
function nominalAfter(ctx: Ctx, verb: number): DraftMention | null {
  if (!isInvertible(ctx, verb) || ctx.lang.speech.ADDRESSEE_VERBS.has(ctx.tokens.lemma[verb] ?? ''))
    return null
  const start = verb + 1
  const determiner = ctx.lang.names.NOMINAL_DETERMINERS[norm(ctx, start)]
  if (determiner === undefined || ctx.lang.grammar.COMPLEMENTISERS.has(norm(ctx, start)) || ctx.used[start])
    return null
  let end = start + 1
  while (
    end < ctx.end &&
    end - start < MAX_PHRASE_TOKENS &&
    fitsPhrase(ctx, end) &&
    ctx.tokens.pos[end] !== POS.DET
  )
    end++
  const head = end - 1
  if (head === start || ctx.tokens.pos[head] !== POS.NOUN || isCapitalised(ctx.text, ctx.tokens, head))
    return null
  if (!endsInvertedSpeaker(ctx, end) && !ctx.lang.grammar.RELATIVE_PRONOUNS.has(norm(ctx, end))) return null
  return speakerMention(ctx, start, end)
}

/** The length of the source-first phrase ("according to") starting at i, or 0. */
function sourceFirstLength(ctx: Ctx, i: number): number {
  for (const phrase of ctx.lang.speech.SOURCE_FIRST_PHRASES) {
    if (phrase.every((w, k) => norm(ctx, i + k) === w)) return phrase.length
  }
  return 0
}

/**
 * "according to exit polls", "according to court filings", "according to show insiders": the noun phrase a
 * source-first phrase names, when no other pass covered it. A word the tagger read as a verb may open it when
 * a noun follows ("court filings").
 */
function sourceAfter(ctx: Ctx, i: number): DraftMention | null {
  const length = sourceFirstLength(ctx, i)
  if (length === 0) return null
  const start = i + length
  let end = start
  const isLeadModifier = (t: number) =>
    t === start && ctx.tokens.pos[t] === POS.VERB && ctx.tokens.pos[t + 1] === POS.NOUN && !ctx.used[t]
  while (end < ctx.end && end - start < MAX_PHRASE_TOKENS && (fitsPhrase(ctx, end) || isLeadModifier(end)))
    end++
  if (end === start) return null
  const headPos = ctx.tokens.pos[end - 1]
  if (headPos !== POS.NOUN && headPos !== POS.PROPN) return null
  return speakerMention(ctx, start, end)
}

/**
 * Speakers the name and nominal passes left out: the noun phrase right before a speech verb ("the email said",
 * "the gambling tycoon told", "Hoover said" where the tagger took the name for a verb) and a name by shape right
 * after an inverted one (", said Skelly,"). Names become person or organisation mentions, documents and outlets
 * ("the filing", "the tabloid") organisation mentions, other noun phrases nominal ones; so does the noun phrase
 * after "according to". Marks their tokens used.
 */
export function findSpeakerPhrases(
  lang: Lang,
  text: string,
  tokens: TokenTable,
  sentence: Sentence,
  used: Uint8Array,
): DraftMention[] {
  const out: DraftMention[] = []
  const ctx: Ctx = { lang, text, tokens, first: sentence.tokenStart, end: sentence.tokenEnd, used }
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const source = sourceAfter(ctx, i)
    if (source) {
      out.push(source)
      used.fill(1, source.tokenStart, source.tokenEnd)
    }
    const strength = cueStrength(ctx, i)
    if (!strength) continue
    const inverted = nameAfter(ctx, i) ?? (strength === 'speech' ? nominalAfter(ctx, i) : null)
    for (const m of [subjectBefore(ctx, i), inverted]) {
      // only a verb of saying makes a common noun phrase a speaker: "the move signals" is no one speaking
      if (!m || (strength === 'other' && m.type === 'nominal')) continue
      out.push(m)
      used.fill(1, m.tokenStart, m.tokenEnd)
    }
  }
  return out
}
