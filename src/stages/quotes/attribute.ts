import type { Actor, Mention, Quote, QuoteKind, Sentence } from '../../doc/layers.js'
import { compareSpans, type Span } from '../../doc/span.js'
import { posCode, type TokenTable } from '../../doc/token-table.js'
import {
  ATTRIBUTION_DASHES,
  COMPLEMENTISERS,
  CUE_TIME_WORDS,
  DOUBLE_CLOSERS,
  DOUBLE_OPENERS,
  SINGLE_CLOSERS,
} from '../../lang/en/speech-verbs.js'
import { type Cue, clauseSubject, findCues, sentenceBounds, type TokenContext } from './cues.js'
import { attributeFragment } from './fragments.js'
import { buildMentionIndex } from './mention-index.js'
import { type QuotedSegment, scanQuoteMarks, type UnbalancedMark } from './quote-marks.js'
import { reportedContent, type TokenRange } from './reported-content.js'

const VERB = posCode('VERB')
const SPACE = posCode('SPACE')
const AUX = posCode('AUX')

export interface AttributionOptions {
  /** Report belief verbs ("they believe that …") as indirect quotes (default true). */
  readonly includeBeliefs: boolean
  /** Fewest content tokens a quotation without a cue needs to be kept as a direct quote (default 6). */
  readonly minCuelessTokens: number
}

export interface AttributionInput {
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly actors: readonly Actor[]
}

export interface AttributionResult {
  readonly quotes: readonly Quote[]
  readonly unbalanced: readonly UnbalancedMark[]
}

/** A quotation being assembled: token-level facts kept until ids are given out. */
interface Draft {
  kind: QuoteKind
  readonly spans: Span[]
  cue: Cue | null
  /** Index into the mention list, or -1. */
  speaker: number
  /** Sentence index of the first and the last material (span or cue) of the quotation, for continuations. */
  readonly firstSentence: number
  lastSentence: number
  readonly paragraph: number
}

const SENTENCE_END = new Set(['.', '!', '?'])
/** How a quoted segment was used: as (part of) a direct quotation, or as a fragment of reported speech. */
const DIRECT = 1
const FRAGMENT = 2
/** Words that end a clause before another speaker's: "…, while Cruz said …". */
const CLAUSE_BOUNDARIES = new Set([',', ';', 'while', 'and', 'but', 'whereas', 'as', '—'])
const LEAD_INS = new Set([',', ':', '—', '–', '-', '(', ';'])

/**
 * Finds the quotations of a document and their speakers: direct quotations from paired marks with the cue
 * next to them, split quotations and continuations, then reported speech from the remaining cues (mixed when
 * it holds a quoted fragment). Quoted fragments with no cue inside a clause (scare quotes, titles) and
 * single-quoted headlines without a cue are not quotations.
 */
export function attributeQuotes(input: AttributionInput, options: AttributionOptions): AttributionResult {
  const { text, tokens, sentences } = input
  const n = tokens.length
  const ctx: TokenContext = { text, tokens, sentences }
  const index = buildMentionIndex(n, input.mentions, input.actors)
  const { segments, unbalanced } = scanQuoteMarks(text, tokens, sentences)

  const quotedBy = new Int32Array(n).fill(-1)
  segments.forEach((s, k) => {
    const end = s.close >= 0 ? s.afterClose : s.tokenEnd
    for (let t = s.openFirst; t < end; t++) quotedBy[t] = k
  })
  const cues = findCues(ctx, index, (t) => quotedBy[t]! >= 0)
  const cueAt = new Int32Array(n).fill(-1)
  cues.forEach((c, k) => {
    for (let t = c.tokenStart; t < c.tokenEnd; t++) cueAt[t] = k
  })
  const usedCue = new Set<number>()
  const usedSegment = new Uint8Array(segments.length)

  const lower = (i: number) => tokens.lower[i] ?? ''
  /** The token before i, line breaks and other blanks skipped; -1 at the start. */
  const before = (i: number) => {
    let j = i - 1
    while (j >= 0 && tokens.pos[j] === SPACE) j--
    return j
  }
  const sentenceOf = (i: number) => tokens.sentence[i]!
  const paragraphOf = (i: number) => sentences[sentenceOf(i)]?.paragraph ?? 0
  const isMark = (w: string) => DOUBLE_OPENERS.has(w) || DOUBLE_CLOSERS.has(w) || SINGLE_CLOSERS.has(w)

  /** The mark opens a sentence or follows a lead-in (comma, colon, dash, a cue), not a word of a clause. */
  const isFreeStanding = (seg: QuotedSegment) => {
    const prev = before(seg.openFirst)
    if (prev < 0 || paragraphOf(prev) !== seg.paragraph || sentenceOf(prev) !== sentenceOf(seg.open))
      return true
    const w = lower(prev)
    return LEAD_INS.has(w) || SENTENCE_END.has(w) || isMark(w) || cueAt[prev]! >= 0
  }
  const startsSentence = (seg: QuotedSegment) => {
    const prev = before(seg.openFirst)
    return (
      prev < 0 ||
      sentenceOf(prev) !== sentenceOf(seg.open) ||
      SENTENCE_END.has(lower(prev)) ||
      isMark(lower(prev))
    )
  }
  const hasVerb = (seg: QuotedSegment) => {
    for (let t = seg.tokenStart; t < seg.tokenEnd; t++)
      if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) return true
    return false
  }

  const looksLikeSentence = (seg: QuotedSegment) =>
    seg.tokenEnd - seg.tokenStart >= options.minCuelessTokens &&
    hasVerb(seg) &&
    /\p{Lu}/u.test(text[seg.content.start] ?? '')

  /** A full stop that ends a sentence: the next word is capitalised, a quote mark or in the next paragraph. */
  const endsHere = (j: number) => {
    const next = j + 1
    if (next >= n || paragraphOf(next) !== paragraphOf(j)) return true
    const ch = text[tokens.start[next]!] ?? ''
    return /\p{Lu}/u.test(ch) || DOUBLE_OPENERS.has(ch) || SINGLE_CLOSERS.has(ch)
  }

  /** “…,” Blinken told reporters / “…,” said Tom Shannon */
  const cueAfter = (seg: QuotedSegment): number => {
    if (seg.close < 0) return -1
    const dash = seg.afterClose < n ? cueAt[seg.afterClose]! : -1
    if (dash >= 0 && ATTRIBUTION_DASHES.has(lower(seg.afterClose))) return dash
    const lastContent = lower(seg.tokenEnd - 1)
    if (lastContent === '.') return closingCue(seg.afterClose)
    const limit = SENTENCE_END.has(lastContent) ? 4 : 24
    for (let j = seg.afterClose; j < n && j < seg.afterClose + limit; j++) {
      if (tokens.pos[j] === SPACE) continue
      if (paragraphOf(j) !== seg.paragraph) break
      const w = lower(j)
      if (
        w === '.'
          ? endsHere(j)
          : SENTENCE_END.has(w) || w === ':' || w === ';' || isMark(w) || DOUBLE_OPENERS.has(w)
      ) {
        break
      }
      const c = cueAt[j]!
      if (c >= 0 && cues[c]!.cueClass !== 'belief') return c
    }
    return -1
  }

  /** “… missing.” Trump said. — a cue after a full stop counts only when it closes the sentence right away. */
  const closingCue = (from: number): number => {
    for (let j = from; j < n && j < from + 4; j++) {
      const c = cueAt[j]!
      if (c < 0) continue
      const cue = cues[c]!
      if (cue.cueClass === 'belief' || cue.side === 'none') return -1
      let k = cue.clusterEnd
      while (k < n && CUE_TIME_WORDS.has(lower(k))) k++
      return SENTENCE_END.has(lower(k)) ? c : -1
    }
    return -1
  }

  /** Blinken said: “…” / said Jeremy Shapiro, a Europe scholar, “…” / she said “…” */
  const cueBefore = (seg: QuotedSegment): number => {
    const prev = before(seg.openFirst)
    if (prev < 0) return -1
    if (cueAt[prev]! >= 0) return cueAt[prev]!
    const leadIn = lower(prev)
    const crossesParagraph = paragraphOf(prev) !== seg.paragraph
    if (leadIn !== ':' && (leadIn !== ',' || crossesParagraph)) return -1
    const first = sentences[sentenceOf(prev)]?.tokenStart ?? 0
    for (let k = prev - 1; k >= first && k >= prev - 30; k--) {
      const w = lower(k)
      if (isMark(w) || DOUBLE_OPENERS.has(w) || COMPLEMENTISERS.has(w)) break
      const c = cueAt[k]!
      if (c >= 0) {
        const cue = cues[c]!
        if (cue.cueClass !== 'belief' && cue.clusterEnd <= prev && (cue.speaker >= 0 || leadIn !== ':'))
          return c
        break
      }
      // only the speaker, an appositive or a cue tail may stand between the cue and the quotation
      if (tokens.pos[k] === VERB || tokens.pos[k] === AUX) break
    }
    return leadIn === ':' ? colonCue(first, prev) : -1
  }

  /** "Sanders made the following comment: “…”": the colon is the cue, the sentence's subject the speaker. */
  const colonCue = (first: number, colon: number): number => {
    // the subject of the clause before the colon, else the first mention of the sentence before its first verb
    let speaker = clauseSubject(ctx, index, colon - 1)
    for (let t = first; t < colon && speaker < 0; t++) {
      if (tokens.pos[t] === VERB) break
      speaker = index.startingAt[t]!
    }
    if (speaker < 0 || index.mentions[speaker]!.tokenEnd >= colon) return -1
    cues.push({
      head: colon,
      tokenStart: colon,
      tokenEnd: colon + 1,
      cueClass: 'direct',
      speaker,
      side: 'left',
      clusterStart: first,
      clusterEnd: colon + 1,
    })
    cueAt[colon] = cues.length - 1
    return cues.length - 1
  }

  const drafts: Draft[] = []
  const draftOfCue = new Map<Cue, Draft>()
  let last: Draft | null = null
  let continuing: Draft | null = null

  const closeSentence = (seg: QuotedSegment) => sentenceOf(seg.close >= 0 ? seg.close : seg.tokenEnd - 1)
  const newDraft = (seg: QuotedSegment, cue: Cue | null, speaker: number): Draft => {
    // the whole sentence of the cue, joined across splits the tagger made inside it ("said the Rev. …")
    const cueSentence = cue ? sentenceOf(sentenceBounds(ctx, cue.head).end - 1) : -1
    const d: Draft = {
      kind: 'direct',
      spans: [seg.content],
      cue,
      speaker,
      firstSentence: sentenceOf(seg.open),
      lastSentence: Math.max(closeSentence(seg), cueSentence),
      paragraph: seg.paragraph,
    }
    drafts.push(d)
    if (cue) draftOfCue.set(cue, d)
    return d
  }
  const extend = (d: Draft, seg: QuotedSegment) => {
    d.spans.push(seg.content)
    d.lastSentence = Math.max(d.lastSentence, closeSentence(seg))
  }
  /** The segment carries on the last quotation: next sentence of the same paragraph. */
  const followsInParagraph = (d: Draft, seg: QuotedSegment) =>
    paragraphOf(seg.open) === paragraphOfSentence(d.lastSentence) &&
    sentenceOf(seg.open) - d.lastSentence <= 1
  const paragraphOfSentence = (s: number) => sentences[s]?.paragraph ?? -1
  /** The segment opens the paragraph right after the one the last quotation ended. */
  const opensNextParagraph = (d: Draft, seg: QuotedSegment) => {
    const endSentence = sentences[d.lastSentence]
    const next = sentences[d.lastSentence + 1]
    return (
      endSentence !== undefined &&
      next !== undefined &&
      next.paragraph === endSentence.paragraph + 1 &&
      next.tokenStart === seg.open &&
      seg.paragraph === next.paragraph
    )
  }

  segments.forEach((seg, k) => {
    if (continuing && seg.paragraph > continuing.paragraph && startsSentence(seg) && !seg.isSingle) {
      extend(continuing, seg)
      usedSegment[k] = DIRECT
      const c = cueAfter(seg)
      if (continuing.cue === null && c >= 0) {
        continuing.cue = cues[c]!
        continuing.speaker = cues[c]!.speaker
        usedCue.add(c)
      }
      last = continuing
      if (!seg.continues) continuing = null
      return
    }
    continuing = null
    const after = cueAfter(seg)
    // a quotation glued to a preceding headline still counts when its cue follows it
    if (!isFreeStanding(seg) && !(after >= 0 && looksLikeSentence(seg))) return
    const c = after >= 0 ? after : cueBefore(seg)
    let draft: Draft | null = null
    if (c >= 0) {
      const cue = cues[c]!
      const existing = draftOfCue.get(cue)
      if (existing) extend(existing, seg)
      else draft = newDraft(seg, cue, cue.speaker)
      usedCue.add(c)
      draft = draft ?? existing ?? null
    } else if (seg.isSingle) {
      return // a single-quoted phrase with no cue: a headline, a nickname or a title
    } else if (last && followsInParagraph(last, seg)) {
      extend(last, seg)
      draft = last
    } else if (last && opensNextParagraph(last, seg) && startsSentence(seg)) {
      draft = newDraft(seg, null, last.speaker)
    } else if (startsSentence(seg) && looksLikeSentence(seg)) {
      draft = newDraft(seg, null, -1)
    }
    if (!draft) return
    usedSegment[k] = DIRECT
    last = draft
    if (seg.continues) continuing = draft
  })

  const tokenSpan = (a: number, b: number): Span => ({ start: tokens.start[a]!, end: tokens.end[b - 1]! })
  const pushReported = (cue: Cue, ranges: readonly TokenRange[], isMixed: boolean) => {
    drafts.push({
      kind: isMixed ? 'mixed' : 'indirect',
      spans: ranges.map((r) => tokenSpan(r.tokenStart, r.tokenEnd)),
      cue,
      speaker: cue.speaker,
      firstSentence: sentenceOf(ranges[0]!.tokenStart),
      lastSentence: Math.max(sentenceOf(cue.head), sentenceOf(ranges[ranges.length - 1]!.tokenEnd - 1)),
      paragraph: paragraphOf(cue.head),
    })
  }
  /** "Rubio suggested that A, while Cruz said B": reported content stops where another speaker's clause starts. */
  const cutAtNestedCues = (ranges: readonly TokenRange[], self: Cue): TokenRange[] =>
    ranges.map((r) => {
      for (let t = r.tokenStart + 2; t < r.tokenEnd; t++) {
        const c = cueAt[t]!
        if (c < 0) continue
        const other = cues[c]!
        if (other === self || other.head !== t || other.side === 'right' || other.side === 'none') continue
        let end = other.clusterStart
        if (end <= r.tokenStart + 1 || !CLAUSE_BOUNDARIES.has(lower(end - 1))) continue
        while (end > r.tokenStart && CLAUSE_BOUNDARIES.has(lower(end - 1))) end--
        if (end - r.tokenStart >= 2) return { tokenStart: r.tokenStart, tokenEnd: end }
      }
      return r
    })

  // quoted fragments inside a clause, attributed by the verb before them
  segments.forEach((seg, k) => {
    if (usedSegment[k] || seg.isSingle) return
    const found = attributeFragment(
      ctx,
      index,
      seg,
      (t) => quotedBy[t]! >= 0 && quotedBy[t] !== k,
      (t) =>
        cueAt[t]! >= 0 && cues[cueAt[t]!]!.head === t && !usedCue.has(cueAt[t]!) ? cues[cueAt[t]!]! : null,
    )
    if (!found) return
    let cue = found.cue
    let ranges: readonly TokenRange[] = [found.content]
    const c = cueAt[cue.head]!
    if (c >= 0 && cues[c]!.head === cue.head) {
      // the verb is a speech cue: its own reported content, when it holds the fragment, is the better span
      if (usedCue.has(c)) return
      const own = reportedContent(ctx, index, cues[c]!)
      if (own?.some((r) => r.tokenStart <= seg.openFirst && seg.tokenStart < r.tokenEnd)) ranges = own
      cue = cues[c]!
      usedCue.add(c)
    }
    ranges = cutAtNestedCues(ranges, cue)
    for (const r of ranges) {
      for (let t = r.tokenStart; t < r.tokenEnd; t++) {
        const q = quotedBy[t]!
        if (q >= 0 && !usedSegment[q]) usedSegment[q] = FRAGMENT
      }
    }
    pushReported(cue, ranges, true)
  })

  // reported speech from the cues no quotation used
  cues.forEach((cue, c) => {
    if (usedCue.has(c)) return
    if (cue.cueClass === 'belief' && !options.includeBeliefs) return
    const isQuestion = cue.cueClass === 'direct'
    if (cue.speaker < 0 && cue.cueClass !== 'source-first' && cue.side !== 'unresolved' && !isQuestion) return
    const found = reportedContent(ctx, index, cue)
    if (!found) return
    const ranges = cutAtNestedCues(found, cue)
    const fragments = new Set<number>()
    let isMixed = false
    for (const r of ranges) {
      for (let t = r.tokenStart; t < r.tokenEnd; t++) {
        const k = quotedBy[t]!
        if (k < 0) continue
        if (usedSegment[k] === DIRECT) return // already a direct quotation
        if (usedSegment[k] === FRAGMENT) isMixed = true
        else if (!segments[k]!.isSingle) fragments.add(k)
      }
    }
    for (const k of fragments) usedSegment[k] = FRAGMENT
    usedCue.add(c)
    pushReported(cue, ranges, isMixed || fragments.size > 0)
  })

  inheritSpeakers(drafts, sentences)

  const ordered = drafts
    .map((d) => ({ ...d, spans: [...d.spans].sort(compareSpans) }))
    .sort((a, b) => compareSpans(a.spans[0]!, b.spans[0]!))
  const quotes: Quote[] = ordered.map((d, i) => {
    const mention = d.speaker >= 0 ? index.mentions[d.speaker]! : null
    return {
      id: `q${i}`,
      kind: d.kind,
      content: d.spans,
      cue: d.cue ? tokenSpan(d.cue.tokenStart, d.cue.tokenEnd) : null,
      speakerMention: mention ? mention.id : null,
      speaker: mention ? index.actorOf(mention.id) : null,
    }
  })
  return { quotes, unbalanced }
}

/**
 * A quotation with neither cue nor speaker that comes right after another quotation (next sentence, same or
 * next paragraph) carries on what that speaker said.
 */
function inheritSpeakers(drafts: Draft[], sentences: readonly Sentence[]): void {
  const byPosition = [...drafts].sort(
    (a, b) => a.firstSentence - b.firstSentence || a.lastSentence - b.lastSentence,
  )
  let previous: Draft | null = null
  for (const d of byPosition) {
    if (d.cue === null && d.speaker < 0 && previous && previous.speaker >= 0) {
      const gap = d.firstSentence - previous.lastSentence
      const paragraphs =
        (sentences[d.firstSentence]?.paragraph ?? 0) - (sentences[previous.lastSentence]?.paragraph ?? 0)
      if (gap >= 0 && gap <= 1 && paragraphs <= 1) d.speaker = previous.speaker
    }
    previous = d
  }
}
