import { posCode } from '../../doc/token-table.js'
import type { Cue } from './cues.js'
import { isPassiveWithAgent } from './fragments.js'
import type { QuotedSegment } from './quote-marks.js'
import {
  addCue,
  DIRECT,
  type Draft,
  isMark,
  paragraphOf,
  type QuoteState,
  sentenceOf,
  tokenBefore,
} from './quote-state.js'
import { clauseSubject } from './speakers.js'
import { normAt, sentenceBounds } from './token-context.js'

const VERB = posCode('VERB')
const AUX = posCode('AUX')
const SPACE = posCode('SPACE')
const PUNCT = posCode('PUNCT')

/** How far after a closing mark its cue may come: "…,” said Tom Shannon, a former senior official". */
const CUE_AFTER_REACH = 24
/** After “…?” or “…!” the cue must follow at once: "“Why?” she asked". */
const CUE_AFTER_QUESTION_REACH = 4
const CUE_BEFORE_REACH = 30

export interface DirectOptions {
  /** Fewest content tokens a quotation without a cue needs to be kept as a direct quote. */
  readonly minCuelessTokens: number
}

/**
 * Direct quotations: each quoted segment that stands free of a clause takes the cue right after its closing
 * mark or right before its opening mark; segments without a cue carry on the quotation before them (split
 * quotes, continuation sentences and paragraphs, multi-paragraph quotes). Single-quoted segments without a cue
 * (headlines, nicknames) and segments inside a clause (scare quotes, fragments) are left to the later passes.
 */
export function collectDirectQuotes(s: QuoteState, options: DirectOptions): void {
  const { tokens, text } = s
  const n = tokens.length
  const norm = (i: number) => normAt(s, i)

  const isFreeStanding = (seg: QuotedSegment) => {
    const prev = tokenBefore(s, seg.openFirst)
    if (
      prev < 0 ||
      paragraphOf(s, prev) !== seg.paragraph ||
      sentenceOf(s, prev) !== sentenceOf(s, seg.open)
    ) {
      return true
    }
    const w = norm(prev)
    return (
      s.lang.speech.LEAD_INS.has(w) ||
      s.lang.grammar.SENTENCE_END.has(w) ||
      isMark(s, w) ||
      s.cueAt[prev]! >= 0
    )
  }
  const startsSentence = (seg: QuotedSegment) => {
    const prev = tokenBefore(s, seg.openFirst)
    return (
      prev < 0 ||
      sentenceOf(s, prev) !== sentenceOf(s, seg.open) ||
      s.lang.grammar.SENTENCE_END.has(norm(prev)) ||
      isMark(s, norm(prev))
    )
  }
  const looksLikeSentence = (seg: QuotedSegment) => {
    if (seg.tokenEnd - seg.tokenStart < options.minCuelessTokens) return false
    if (!/\p{Lu}/u.test(text[seg.content.start] ?? '')) return false
    for (let t = seg.tokenStart; t < seg.tokenEnd; t++)
      if (tokens.pos[t] === VERB || tokens.pos[t] === AUX) return true
    return false
  }
  /** A full stop that ends a sentence: the next word is capitalised, a quote mark or in the next paragraph. */
  const endsHere = (j: number) => {
    const next = j + 1
    if (next >= n || paragraphOf(s, next) !== paragraphOf(s, j)) return true
    const ch = text[tokens.start[next]!] ?? ''
    return /\p{Lu}/u.test(ch) || s.lang.grammar.DOUBLE_OPENERS.has(ch) || isMark(s, ch)
  }

  /** “…,” Blinken told reporters / “…,” said Tom Shannon / “…” ― Jo Ames */
  const cueAfter = (seg: QuotedSegment): number => {
    if (seg.close < 0) return -1
    const dash = seg.afterClose < n ? s.cueAt[seg.afterClose]! : -1
    if (dash >= 0 && s.lang.speech.ATTRIBUTION_DASHES.has(norm(seg.afterClose))) return dash
    const lastContent = norm(seg.tokenEnd - 1)
    if (lastContent === '.') return closingCue(seg.afterClose)
    // “…?” Miller, a retired nurse, asked: after a question the cue must follow at once, or be the verb of the
    // name that does
    const isQuestion = s.lang.grammar.SENTENCE_END.has(lastContent)
    const named = isQuestion && seg.afterClose < n ? s.index.startingAt[seg.afterClose]! : -1
    const reach = isQuestion && named < 0 ? CUE_AFTER_QUESTION_REACH : CUE_AFTER_REACH
    for (let j = seg.afterClose; j < n && j < seg.afterClose + reach; j++) {
      if (tokens.pos[j] === SPACE) continue
      if (paragraphOf(s, j) !== seg.paragraph) break
      const w = norm(j)
      const stops =
        w === '.' ? endsHere(j) : s.lang.grammar.SENTENCE_END.has(w) || w === ':' || w === ';' || isMark(s, w)
      if (stops || s.lang.grammar.DOUBLE_OPENERS.has(w)) break
      // "She declared “What a night!” and said that …": a cue after "and" opens a clause of its own
      if (s.lang.speech.COORDINATORS.has(w) && s.cueAt[tokenBefore(s, seg.openFirst)]! >= 0) break
      const c = s.cueAt[j]!
      if (c < 0 || s.cues[c]!.cueClass === 'belief') continue
      const isNear = j < seg.afterClose + CUE_AFTER_QUESTION_REACH
      return !isQuestion || isNear || s.cues[c]!.speaker === named ? c : -1
    }
    return -1
  }

  /** “… missing.” Trump said. — after a full stop a cue counts only when it closes its sentence at once. */
  const closingCue = (from: number): number => {
    for (let j = from; j < n && j < from + CUE_AFTER_QUESTION_REACH; j++) {
      const c = s.cueAt[j]!
      if (c < 0) continue
      const cue = s.cues[c]!
      if (cue.cueClass === 'belief' || cue.side === 'none') return -1
      let k = cue.clusterEnd
      while (k < n && s.lang.speech.CUE_TIME_WORDS.has(norm(k))) k++
      return s.lang.grammar.SENTENCE_END.has(norm(k)) ? c : -1
    }
    return -1
  }

  /** Blinken said: “…” / said Jeremy Shapiro, a Europe scholar, “…” / she said “…” */
  const cueBefore = (seg: QuotedSegment): number => {
    const prev = tokenBefore(s, seg.openFirst)
    if (prev < 0) return -1
    if (s.cueAt[prev]! >= 0) return s.cueAt[prev]!
    const leadIn = norm(prev)
    const crossesParagraph = paragraphOf(s, prev) !== seg.paragraph
    if (leadIn !== ':' && (leadIn !== ',' || crossesParagraph)) return -1
    const first = s.sentences[sentenceOf(s, prev)]?.tokenStart ?? 0
    for (let k = prev - 1; k >= first && k >= prev - CUE_BEFORE_REACH; k--) {
      const w = norm(k)
      if (isMark(s, w) || s.lang.grammar.DOUBLE_OPENERS.has(w) || s.lang.grammar.COMPLEMENTISERS.has(w)) break
      const c = s.cueAt[k]!
      if (c >= 0) {
        const cue = s.cues[c]!
        // "the pipeline, which is supported by Republicans, “…”": a passive verb with its agent quotes no one
        const fits =
          cue.cueClass !== 'belief' &&
          cue.clusterEnd <= prev &&
          (cue.speaker >= 0 || leadIn !== ':') &&
          !isPassiveWithAgent(s, cue.head)
        if (fits) return c
        break
      }
      // only the speaker, an appositive or a cue tail may stand between the cue and the quotation
      if (tokens.pos[k] === VERB || tokens.pos[k] === AUX) break
    }
    return leadIn === ':' ? colonCue(first, prev) : -1
  }

  /** "Sanders made the following comment: “…”": the colon is the cue, the clause's subject the speaker. */
  const colonCue = (first: number, colon: number): number => {
    let speaker = clauseSubject(s, s.index, colon - 1)
    for (let t = first; t < colon && speaker < 0; t++) {
      if (tokens.pos[t] === VERB) break
      speaker = s.index.startingAt[t]!
    }
    if (speaker < 0 || s.index.mentions[speaker]!.tokenEnd >= colon) return -1
    return addCue(s, {
      head: colon,
      tokenStart: colon,
      tokenEnd: colon + 1,
      cueClass: 'direct',
      speaker,
      side: 'left',
      clusterStart: first,
      clusterEnd: colon + 1,
    })
  }

  /** The sentence goes on after the closing mark with words: the quotation ends no sentence of its own. */
  const clauseGoesOn = (seg: QuotedSegment): boolean => {
    if (seg.close < 0) return false
    const lastContent = norm(seg.tokenEnd - 1)
    if (s.lang.grammar.SENTENCE_END.has(lastContent) || lastContent === ',' || lastContent === ':')
      return false
    let j = seg.afterClose
    while (j < n && tokens.pos[j] === SPACE) j++
    return (
      j < n &&
      sentenceOf(s, j) === sentenceOf(s, seg.close) &&
      paragraphOf(s, j) === seg.paragraph &&
      tokens.pos[j] !== PUNCT
    )
  }

  const draftOfCue = new Map<Cue, Draft>()
  const closeSentence = (seg: QuotedSegment) => sentenceOf(s, seg.close >= 0 ? seg.close : seg.tokenEnd - 1)
  const newDraft = (seg: QuotedSegment, cue: Cue | null, speaker: number): Draft => {
    // the whole sentence of the cue, joined across splits the tagger made inside it ("said the Rev. …")
    const cueSentence = cue ? sentenceOf(s, sentenceBounds(s, cue.head).end - 1) : -1
    const d: Draft = {
      kind: 'direct',
      spans: [seg.content],
      cue,
      speaker,
      firstSentence: sentenceOf(s, seg.open),
      lastSentence: Math.max(closeSentence(seg), cueSentence),
      paragraph: seg.paragraph,
    }
    s.drafts.push(d)
    if (cue) draftOfCue.set(cue, d)
    return d
  }
  const extend = (d: Draft, seg: QuotedSegment) => {
    d.spans.push(seg.content)
    d.lastSentence = Math.max(d.lastSentence, closeSentence(seg))
  }
  /** The segment carries on the quotation: the same or the next sentence of its paragraph. */
  const followsInParagraph = (d: Draft, seg: QuotedSegment) =>
    seg.paragraph === (s.sentences[d.lastSentence]?.paragraph ?? -1) &&
    sentenceOf(s, seg.open) - d.lastSentence <= 1
  /** The segment opens the paragraph right after the one the quotation ended in. */
  const opensNextParagraph = (d: Draft, seg: QuotedSegment) => {
    const endSentence = s.sentences[d.lastSentence]
    const next = s.sentences[d.lastSentence + 1]
    return (
      endSentence !== undefined &&
      next !== undefined &&
      next.paragraph === endSentence.paragraph + 1 &&
      next.tokenStart === seg.open &&
      seg.paragraph === next.paragraph
    )
  }

  let last: Draft | null = null
  let continuing: Draft | null = null
  s.segments.forEach((seg, k) => {
    if (continuing && seg.paragraph > continuing.paragraph && startsSentence(seg) && !seg.isSingle) {
      // a multi-paragraph quotation: this paragraph opened again without the last one closing
      extend(continuing, seg)
      s.usedSegment[k] = DIRECT
      const c = cueAfter(seg)
      if (continuing.cue === null && c >= 0) {
        continuing.cue = s.cues[c]!
        continuing.speaker = s.cues[c]!.speaker
        s.usedCue.add(c)
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
    // "Obama said “it gets me mad” every time he …": a quotation right after its verb that the clause goes on
    // past is a fragment of what was said, left to the fragment pass
    if (after < 0 && c >= 0 && s.cueAt[tokenBefore(s, seg.openFirst)] === c && clauseGoesOn(seg)) return
    let draft: Draft | null = null
    if (c >= 0) {
      const cue = s.cues[c]!
      const existing = draftOfCue.get(cue)
      if (existing) extend(existing, seg)
      draft = existing ?? newDraft(seg, cue, cue.speaker)
      s.usedCue.add(c)
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
    s.usedSegment[k] = DIRECT
    last = draft
    if (seg.continues) continuing = draft
  })
}
