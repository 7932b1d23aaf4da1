import type { Actor, Mention, Quote, Sentence } from '../../doc/layers.js'
import { compareSpans } from '../../doc/span.js'
import type { TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import type { StageContext } from '../../pipeline/stage.js'
import { findCues } from './cues.js'
import { collectDirectQuotes, type DirectOptions } from './direct-quotes.js'
import { buildMentionIndex } from './mention-index.js'
import { collectNounCues } from './noun-cues.js'
import { scanQuoteMarks, type UnbalancedMark } from './quote-marks.js'
import { type Draft, type QuoteState, tokenSpan } from './quote-state.js'
import { collectFragments, collectReportedSpeech, type ReportedOptions } from './reported-speech.js'

export interface AttributionOptions extends DirectOptions, ReportedOptions {}

export interface AttributionInput {
  readonly lang: Lang
  readonly text: string
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly actors: readonly Actor[]
  /** Receives the speaker decisions when the run is traced (`--explain`). */
  readonly trace?: StageContext['trace']
}

export interface AttributionResult {
  readonly quotes: readonly Quote[]
  readonly unbalanced: readonly UnbalancedMark[]
}

/**
 * Finds the quotations of a document and their speakers, in passes over shared state: quote marks are paired
 * and speech cues found (each with the mention nearest it that names the speaker); direct quotations take the
 * cue beside them and carry on across split and continued quotations; quoted fragments inside a clause become
 * mixed quotations of the verb that attributes them; the remaining cues give reported speech, and nouns of
 * saying with a possessor ("his claim that …") give it too. Quotations with
 * neither cue nor speaker right after another quotation inherit its speaker.
 */
export function attributeQuotes(input: AttributionInput, options: AttributionOptions): AttributionResult {
  const { lang, text, tokens, sentences } = input
  const n = tokens.length
  const index = buildMentionIndex(n, input.mentions, input.actors)
  const { segments, unbalanced } = scanQuoteMarks(lang, text, tokens, sentences)
  const quotedBy = new Int32Array(n).fill(-1)
  segments.forEach((seg, k) => {
    const end = seg.close >= 0 ? seg.afterClose : seg.tokenEnd
    quotedBy.fill(k, seg.openFirst, end)
  })
  const cues = findCues({ lang, text, tokens, sentences }, index, (t) => quotedBy[t]! >= 0)
  const cueAt = new Int32Array(n).fill(-1)
  cues.forEach((c, k) => {
    cueAt.fill(k, c.tokenStart, c.tokenEnd)
  })
  const state: QuoteState = {
    lang,
    text,
    tokens,
    sentences,
    index,
    segments,
    cues,
    quotedBy,
    cueAt,
    usedCue: new Set(),
    usedSegment: new Uint8Array(segments.length),
    drafts: [],
  }
  collectDirectQuotes(state, options)
  collectFragments(state)
  collectReportedSpeech(state, options)
  collectNounCues(state)
  const inherited = inheritSpeakers(state.drafts, sentences)
  const quotes = toQuotes(state)
  if (input.trace) traceSpeakers(input, state, inherited, input.trace)
  return { quotes, unbalanced }
}

/**
 * A quotation with neither cue nor speaker that comes right after another quotation (next sentence, same or
 * next paragraph) carries on what that speaker said.
 */
function inheritSpeakers(drafts: Draft[], sentences: readonly Sentence[]): ReadonlySet<Draft> {
  const inherited = new Set<Draft>()
  const byPosition = [...drafts].sort(
    (a, b) => a.firstSentence - b.firstSentence || a.lastSentence - b.lastSentence,
  )
  let previous: Draft | null = null
  for (const d of byPosition) {
    if (d.cue === null && d.speaker < 0 && previous && previous.speaker >= 0) {
      const gap = d.firstSentence - previous.lastSentence
      const paragraphs =
        (sentences[d.firstSentence]?.paragraph ?? 0) - (sentences[previous.lastSentence]?.paragraph ?? 0)
      if (gap >= 0 && gap <= 1 && paragraphs <= 1) {
        d.speaker = previous.speaker
        inherited.add(d)
      }
    }
    previous = d
  }
  return inherited
}

/** One trace line per quotation: who the speaker is and by which cue (or why there is none). */
function traceSpeakers(
  input: AttributionInput,
  s: QuoteState,
  inherited: ReadonlySet<Draft>,
  trace: StageContext['trace'],
): void {
  const nameOf = new Map<string, string>()
  for (const a of input.actors) for (const m of a.mentions) nameOf.set(m, a.name)
  const first = (d: Draft) => [...d.spans].sort(compareSpans)[0]
  const ordered = s.drafts.filter((d) => first(d) !== undefined)
  ordered.sort((a, b) => compareSpans(first(a)!, first(b)!))
  for (const d of ordered) {
    const span = first(d)!
    const mention = d.speaker >= 0 ? s.index.mentions[d.speaker] : undefined
    const cue = d.cue
      ? `"${s.text.slice(s.tokens.start[d.cue.tokenStart]!, s.tokens.end[d.cue.tokenEnd - 1]!)}"`
      : null
    const who = mention
      ? `"${s.text.slice(mention.start, mention.end)}" (${nameOf.get(mention.id) ?? 'no actor'})`
      : 'no speaker'
    const how = inherited.has(d)
      ? 'carried on from the quotation before'
      : cue
        ? `by the cue ${cue} (${d.cue?.cueClass}, speaker ${d.cue?.side})`
        : 'no cue'
    trace(`quote/${d.kind}`, span, `speaker ${who}, ${how}`)
  }
}

/** Drafts in document order as Quote records, with ids, the cue's span and the speaker's mention and actor. */
function toQuotes(s: QuoteState): Quote[] {
  const ordered = s.drafts
    .map((d) => ({ ...d, spans: [...d.spans].sort(compareSpans) }))
    .sort((a, b) => compareSpans(a.spans[0]!, b.spans[0]!))
  return ordered.map((d, i) => {
    const mention = d.speaker >= 0 ? s.index.mentions[d.speaker]! : null
    return {
      id: `q${i}`,
      kind: d.kind,
      content: d.spans,
      cue: d.cue ? tokenSpan(s, d.cue.tokenStart, d.cue.tokenEnd) : null,
      speakerMention: mention ? mention.id : null,
      speaker: mention ? s.index.actorOf(mention.id) : null,
    }
  })
}
