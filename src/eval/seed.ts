import type { ParleyRecord, RecordActor, RecordEvent, RecordQuote } from '../record/record.js'
import { isObject, stringArray, stringOr } from './jsonl.js'

/** The hand annotation of one article (format of the seed's expected.json). */
export interface SeedExpected {
  readonly doc: string | null
  readonly date: string | null
  readonly quotes: readonly ExpectedQuote[]
  readonly notQuotes: readonly string[]
  readonly indirectQuotes: readonly ExpectedQuote[]
  readonly contacts: readonly ExpectedEvent[]
  readonly events: readonly ExpectedEvent[]
  readonly actors: readonly ExpectedEntity[]
  readonly places: readonly ExpectedEntity[]
}

/** An expected actor or place: name, and country (ISO alpha-3) / sector when the annotation gives them. */
export interface ExpectedEntity {
  readonly name: string
  readonly country: string | null
  readonly sector: string | null
}

export interface ExpectedQuote {
  /** The opening words of the quotation. */
  readonly key: string
  /** Surname, `@anonymous`, `@group:…`, or null for no speaker. */
  readonly speaker: string | null
}

/** An expected event; parties are surnames or ISO alpha-3 codes; contacts are matched in either direction. */
export interface ExpectedEvent {
  readonly a: string
  readonly b: string | null
  readonly types: readonly string[]
  readonly status: string
  /** "YYYY", "YYYY-MM", "YYYY-MM-DD" or null for any date. */
  readonly date: string | null
  readonly note: string | null
}

export interface SeedCheck {
  readonly section: 'quote' | 'not-quote' | 'indirect' | 'contact' | 'event' | 'actor' | 'place'
  readonly label: string
  readonly ok: boolean
  readonly detail: string
}

export interface SeedScore {
  readonly quotes: { readonly expected: number; readonly found: number; readonly rightSpeaker: number }
  readonly indirect: { readonly expected: number; readonly found: number; readonly rightSpeaker: number }
  readonly notQuotes: { readonly expected: number; readonly clean: number }
  readonly contacts: { readonly expected: number; readonly found: number }
  readonly events: { readonly expected: number; readonly found: number }
  readonly actors: { readonly expected: number; readonly found: number }
  readonly places: { readonly expected: number; readonly found: number }
  /** Asserted predicted events that match an expected hypothetical (or negated) one. */
  readonly hypotheticalAsAsserted: number
  readonly negatedAsAsserted: number
  readonly checks: readonly SeedCheck[]
}

function expectedQuote(value: unknown): ExpectedQuote[] {
  if (!isObject(value) || typeof value.key !== 'string') return []
  return [{ key: value.key, speaker: stringOr(value.speaker, null) }]
}

function expectedEvent(value: unknown, contact: boolean): ExpectedEvent[] {
  if (!isObject(value)) return []
  const a = contact ? value.a : value.source
  const b = contact ? value.b : value.target
  const types = typeof value.type === 'string' ? [value.type] : stringArray(value.type)
  if (typeof a !== 'string' || types.length === 0) return []
  return [
    {
      a,
      b: stringOr(b, null),
      types,
      status: stringOr(value.polarity ?? value.status, 'asserted'),
      date: stringOr(value.date, null),
      note: stringOr(value.note, null),
    },
  ]
}

function expectedEntity(value: unknown): ExpectedEntity[] {
  if (!isObject(value) || typeof value.name !== 'string') return []
  return [{ name: value.name, country: stringOr(value.country, null), sector: stringOr(value.sector, null) }]
}

/** Reads an expected.json object; unknown fields are ignored, malformed entries skipped. */
export function parseSeedExpected(value: unknown): SeedExpected {
  if (!isObject(value)) throw new Error('expected annotation is not a JSON object')
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  return {
    doc: stringOr(value.doc, null),
    date: stringOr(value.date, null),
    quotes: list(value.quotes).flatMap(expectedQuote),
    notQuotes: stringArray(value.not_quotes),
    indirectQuotes: list(value.indirect_quotes).flatMap(expectedQuote),
    contacts: list(value.contacts).flatMap((v) => expectedEvent(v, true)),
    events: list(value.events).flatMap((v) => expectedEvent(v, false)),
    actors: list(value.actors).flatMap(expectedEntity),
    places: list(value.places).flatMap(expectedEntity),
  }
}

/** Lower case, typographic quotes and apostrophes made plain, dashes and whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first `count` words of the normalised text, without surrounding punctuation. */
export function openingWords(text: string, count = 5): string[] {
  return normaliseText(text)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''))
    .filter((w) => w !== '')
    .slice(0, count)
}

function spanTexts(quote: RecordQuote, documentText: string | undefined): string[] {
  if (documentText !== undefined) return quote.spans.map((s) => documentText.slice(s.start, s.end))
  return quote.text.split(' … ')
}

/** Does one of the quote's spans open with the key's first words (or, when `anywhere`, contain them)? */
export function quoteOpensWith(
  quote: RecordQuote,
  key: string,
  documentText: string | undefined,
  anywhere = false,
): boolean {
  const wanted = openingWords(key).join(' ')
  if (wanted === '') return false
  return spanTexts(quote, documentText).some((span) => {
    const words = openingWords(span, anywhere ? Number.POSITIVE_INFINITY : 5).join(' ')
    return anywhere ? ` ${words} `.includes(` ${wanted} `) : words.startsWith(wanted)
  })
}

const hasWord = (text: string, word: string) =>
  normaliseText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .includes(normaliseText(word))

/** Does the quote's speaker match the expected speaker (surname, `@anonymous`, `@group:…`)? */
export function speakerMatches(
  quote: RecordQuote,
  expected: string | null,
  actors: ReadonlyMap<string, RecordActor>,
): boolean {
  const actor = quote.speaker.actor ? actors.get(quote.speaker.actor) : undefined
  const mention = quote.speaker.mention?.text ?? ''
  if (expected === null) return !actor && !quote.speaker.mention
  if (expected === '@anonymous') return actor?.anonymous === true
  if (expected.startsWith('@group')) return actor?.kind === 'group'
  return (actor !== undefined && hasWord(actor.name, expected)) || hasWord(mention, expected)
}

const ISO3 = /^[A-Z]{3}$/

/** A party is a surname (matched as a word of the actor's name) or an ISO alpha-3 code (the actor's country). */
export function partyMatches(party: string, actor: RecordActor): boolean {
  if (ISO3.test(party)) return actor.country === party
  return hasWord(actor.name, party)
}

/** Expected "2022-07" accepts predicted ranges overlapping that month; "2008" that year; null any date. */
export function dateAgrees(expected: string | null, predicted: RecordEvent['date']): boolean {
  if (expected === null) return true
  if (!predicted) return false
  const [y, m, d] = expected.split('-')
  const from = `${y}-${m ?? '01'}-${d ?? '01'}`
  const to = `${y}-${m ?? '12'}-${d ?? '31'}`
  return predicted.start <= to && predicted.end >= from
}

type PartyCheck = (party: string, ids: readonly string[]) => boolean

function partiesAgree(
  expected: ExpectedEvent,
  event: RecordEvent,
  has: PartyCheck,
  symmetric: boolean,
): boolean {
  const { a, b } = expected
  const forward = has(a, event.actor) && (b === null || has(b, event.recipient))
  if (forward || !symmetric) return forward
  return has(a, event.recipient) && (b === null || has(b, event.actor))
}

function describeEvent(event: RecordEvent, actors: ReadonlyMap<string, RecordActor>): string {
  const names = (ids: readonly string[]) => ids.map((id) => actors.get(id)?.name ?? id).join('+') || '?'
  const date = event.date ? ` ${event.date.start}..${event.date.end}` : ''
  return `${event.type}/${event.status} ${names(event.actor)}→${names(event.recipient)}${date}`
}

/** Scores one predicted record against the hand annotation and returns a checklist. */
export function scoreSeed(expected: SeedExpected, record: ParleyRecord): SeedScore {
  const actors = new Map(record.actors.map((a) => [a.id, a]))
  const text = record.document.text
  const checks: SeedCheck[] = []
  const has: PartyCheck = (party, ids) =>
    ids.some((id) => {
      const actor = actors.get(id)
      return actor !== undefined && partyMatches(party, actor)
    })
  const speakerName = (q: RecordQuote) => {
    const actor = q.speaker.actor ? actors.get(q.speaker.actor) : undefined
    return actor?.name ?? q.speaker.mention?.text ?? 'no speaker'
  }

  const scoreQuoteList = (list: readonly ExpectedQuote[], section: 'quote' | 'indirect') => {
    let found = 0
    let right = 0
    for (const e of list) {
      const hits = record.quotes.filter((q) => quoteOpensWith(q, e.key, text, section === 'indirect'))
      const good = hits.find((q) => speakerMatches(q, e.speaker, actors))
      if (hits.length > 0) found++
      if (good) right++
      const detail =
        hits.length === 0
          ? 'not found'
          : good
            ? `speaker ${speakerName(good)}`
            : `speaker ${hits.map(speakerName).join(' / ')}`
      checks.push({
        section,
        label: `“${e.key}…” — ${e.speaker ?? 'no speaker'}`,
        ok: good !== undefined,
        detail,
      })
    }
    return { expected: list.length, found, rightSpeaker: right }
  }
  const quotes = scoreQuoteList(expected.quotes, 'quote')
  const indirect = scoreQuoteList(expected.indirectQuotes, 'indirect')

  let clean = 0
  for (const key of expected.notQuotes) {
    const withSpeaker = record.quotes.filter(
      (q) => quoteOpensWith(q, key, text) && (q.speaker.actor !== null || q.speaker.mention !== null),
    )
    if (withSpeaker.length === 0) clean++
    checks.push({
      section: 'not-quote',
      label: `“${key}” has no speaker`,
      ok: withSpeaker.length === 0,
      detail: withSpeaker.length === 0 ? 'ok' : `speaker ${withSpeaker.map(speakerName).join(' / ')}`,
    })
  }

  const matchesExpected = (e: ExpectedEvent, ev: RecordEvent, symmetric: boolean, status: string) =>
    e.types.includes(ev.type) &&
    ev.status === status &&
    partiesAgree(e, ev, has, symmetric) &&
    dateAgrees(e.date, ev.date)
  const usedForAsserted = new Set<string>()
  const scoreEventList = (list: readonly ExpectedEvent[], section: 'contact' | 'event') => {
    const symmetric = section === 'contact'
    let found = 0
    for (const e of list) {
      const hit = record.events.find((ev) => matchesExpected(e, ev, symmetric, e.status))
      if (hit) {
        found++
        if (hit.status === 'asserted') usedForAsserted.add(hit.id)
      }
      const near = record.events.filter(
        (ev) => e.types.includes(ev.type) && partiesAgree(e, ev, has, symmetric),
      )
      const detail = hit
        ? describeEvent(hit, actors)
        : near.length > 0
          ? `near: ${near.map((ev) => describeEvent(ev, actors)).join('; ')}`
          : 'not found'
      const label = `${e.types.join('|')}/${e.status} ${e.a}${symmetric ? '–' : '→'}${e.b ?? '?'} ${e.date ?? 'any date'}`
      checks.push({ section, label, ok: hit !== undefined, detail })
    }
    return { expected: list.length, found }
  }
  const contacts = scoreEventList(expected.contacts, 'contact')
  const events = scoreEventList(expected.events, 'event')

  const scoreEntities = (
    list: readonly ExpectedEntity[],
    section: 'actor' | 'place',
    candidates: readonly {
      name: string
      country: string | null
      sector?: string | null
      mentions?: readonly { text: string }[]
    }[],
  ) => {
    let found = 0
    for (const e of list) {
      const surname = e.name.split(' ').pop() ?? e.name
      const named = candidates.filter((c) =>
        section === 'actor'
          ? hasWord(c.name, surname)
          : [c.name, ...(c.mentions ?? []).map((m) => m.text)].some((n) =>
              normaliseText(n).includes(normaliseText(e.name)),
            ),
      )
      const hit = named.find(
        (c) =>
          (e.country === null || c.country === e.country) && (e.sector === null || c.sector === e.sector),
      )
      if (hit) found++
      const show = (c: (typeof candidates)[number]) =>
        `${c.name} ${c.country ?? '-'}${c.sector ? ` ${c.sector}` : ''}`
      checks.push({
        section,
        label: `${e.name} ${e.country ?? ''}${e.sector ? ` ${e.sector}` : ''}`.trim(),
        ok: hit !== undefined,
        detail: hit ? show(hit) : named.length > 0 ? `near: ${named.map(show).join('; ')}` : 'not found',
      })
    }
    return { expected: list.length, found }
  }
  const actorScore = scoreEntities(expected.actors, 'actor', record.actors)
  const placeScore = scoreEntities(expected.places, 'place', record.places)

  // an asserted event that stands for an expected negated/hypothetical one (and for no asserted one) is a violation
  const all = [
    ...expected.contacts.map((e) => ({ e, symmetric: true })),
    ...expected.events.map((e) => ({ e, symmetric: false })),
  ]
  let hypotheticalAsAsserted = 0
  let negatedAsAsserted = 0
  for (const ev of record.events) {
    if (ev.status !== 'asserted' || usedForAsserted.has(ev.id)) continue
    const wrong = ['negated', 'hypothetical']
      .flatMap((status) => all.filter(({ e }) => e.status === status))
      .find(({ e, symmetric }) => matchesExpected(e, ev, symmetric, 'asserted'))
    if (!wrong) continue
    if (wrong.e.status === 'hypothetical') hypotheticalAsAsserted++
    else negatedAsAsserted++
  }
  return {
    quotes,
    indirect,
    notQuotes: { expected: expected.notQuotes.length, clean },
    contacts,
    events,
    actors: actorScore,
    places: placeScore,
    hypotheticalAsAsserted,
    negatedAsAsserted,
    checks,
  }
}
