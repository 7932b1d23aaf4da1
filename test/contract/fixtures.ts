import type { ActorKind, EventStatus, PloverType, QuoteKind } from '../../src/doc/layers.js'
import type {
  ParleyRecord,
  RecordActor,
  RecordEvent,
  RecordLocation,
  RecordPlace,
  RecordQuote,
  RecordTextSpan,
} from '../../src/record/record.js'

/** Hand-built records for the store tests: spans are found in the text, so specs stay readable. */
export interface ActorSpec {
  readonly id: string
  readonly name: string
  readonly kind?: ActorKind
  readonly country?: string | null
  readonly sector?: string | null
  readonly role?: string | null
  readonly anonymous?: boolean
  /** Surface forms, each found in the text after the previous one. */
  readonly mentions?: readonly string[]
}

export interface QuoteSpec {
  readonly id: string
  readonly content: string
  readonly kind?: QuoteKind
  readonly speaker?: string | null
  readonly cue?: string
}

export interface EventSpec {
  readonly id: string
  readonly type: PloverType
  readonly trigger: string
  readonly status?: EventStatus
  readonly actor?: readonly string[]
  readonly recipient?: readonly string[]
  readonly date?: readonly [string, string] | null
  readonly location?: RecordLocation | null
  readonly quote?: string | null
  readonly mode?: string | null
  /** Which occurrence of the trigger (0 = first). */
  readonly occurrence?: number
}

export interface ArticleSpec {
  readonly id: string
  readonly text: string
  readonly date?: string | null
  readonly title?: string | null
  readonly actors?: readonly ActorSpec[]
  readonly places?: readonly (Omit<RecordPlace, 'mentions'> & { readonly mentions?: readonly string[] })[]
  readonly quotes?: readonly QuoteSpec[]
  readonly events?: readonly EventSpec[]
}

function find(text: string, needle: string, from = 0): RecordTextSpan {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`)
  return { start, end: start + needle.length, text: needle }
}

function findNth(text: string, needle: string, n: number): RecordTextSpan {
  let span = find(text, needle)
  for (let i = 0; i < n; i++) span = find(text, needle, span.end)
  return span
}

function mentionsOf(text: string, forms: readonly string[]): RecordTextSpan[] {
  const spans: RecordTextSpan[] = []
  let from = 0
  for (const form of forms) {
    const span = find(text, form, from)
    spans.push(span)
    from = span.end
  }
  return spans
}

/** The sentence around an offset: from after the previous ". " to the next ".". */
function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('. ', offset)
  const after = text.indexOf('.', offset)
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after + 1 }
}

export function article(spec: ArticleSpec): ParleyRecord {
  const { text } = spec
  const actors: RecordActor[] = (spec.actors ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind ?? 'person',
    country: a.country ?? null,
    sector: a.sector ?? null,
    role: a.role ?? null,
    anonymous: a.anonymous ?? false,
    mentions: mentionsOf(text, a.mentions ?? []),
  }))
  const places: RecordPlace[] = (spec.places ?? []).map((p) => ({
    ...p,
    mentions: mentionsOf(text, p.mentions ?? []),
  }))
  const quotes: RecordQuote[] = (spec.quotes ?? []).map((q) => {
    const content = find(text, q.content)
    return {
      id: q.id,
      kind: q.kind ?? 'direct',
      text: q.content,
      spans: [{ start: content.start, end: content.end }],
      cue: q.cue ? find(text, q.cue) : null,
      speaker: { actor: q.speaker ?? null, mention: null },
    }
  })
  const events: RecordEvent[] = (spec.events ?? []).map((e) => {
    const trigger = findNth(text, e.trigger, e.occurrence ?? 0)
    return {
      id: e.id,
      type: e.type,
      mode: e.mode ?? null,
      cameo: null,
      status: e.status ?? 'asserted',
      actor: [...(e.actor ?? [])],
      recipient: [...(e.recipient ?? [])],
      date: e.date ? { start: e.date[0], end: e.date[1], text: null } : null,
      location: e.location ?? null,
      trigger,
      sentence: sentenceAround(text, trigger.start),
      quote: e.quote ?? null,
    }
  })
  return {
    document: {
      id: spec.id,
      title: spec.title ?? null,
      date: spec.date ?? null,
      url: null,
      source: null,
      language: 'en',
      text,
    },
    actors,
    places,
    quotes,
    events,
  }
}

/** Two diplomats and their countries, as most fixtures use them. */
export const DIPLOMATS: readonly ActorSpec[] = [
  { id: 'c1', name: 'Antony Blinken', country: 'USA', sector: 'GOV', role: 'Secretary of State' },
  { id: 'c2', name: 'Sergei Lavrov', country: 'RUS', sector: 'GOV', role: 'Foreign Minister' },
]

/** A report of a meeting between the two diplomats: `verb` is the trigger, placed in the text. */
export function meetingReport(
  id: string,
  options: {
    readonly date?: readonly [string, string] | null
    readonly published?: string | null
    readonly status?: EventStatus
    readonly type?: PloverType
    readonly swap?: boolean
    readonly location?: RecordLocation | null
    readonly extraText?: string
    /** The sentence reporting the meeting (naming both and "met"), when not the usual one. */
    readonly wording?: string
  } = {},
): ParleyRecord {
  const sentence = options.wording ?? 'Antony Blinken met Sergei Lavrov in the capital.'
  const text = `${sentence} ${options.extraText ?? ''}`.trim()
  const [a, b] = options.swap ? ['c2', 'c1'] : ['c1', 'c2']
  return article({
    id,
    text,
    date: options.published ?? null,
    actors: [
      { ...DIPLOMATS[0]!, mentions: ['Antony Blinken'] },
      { ...DIPLOMATS[1]!, mentions: ['Sergei Lavrov'] },
    ],
    events: [
      {
        id: 'e1',
        type: options.type ?? 'CONSULT',
        trigger: 'met',
        status: options.status ?? 'asserted',
        actor: [a],
        recipient: [b],
        date: options.date === undefined ? ['2022-07-08', '2022-07-08'] : options.date,
        location: options.location ?? null,
      },
    ],
  })
}
