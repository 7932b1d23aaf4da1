/** Drafts of events and the sentence-level rules that merge, drop or add to them. */
import type { ActorId, EventStatus, PloverType } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { crossesHardBreak } from './constructions.js'
import { type EventContext, norm } from './context.js'
import {
  CONFLICTUAL_TYPES,
  COOPERATIVE_TYPES,
  RECIPIENT_TYPES,
  SYMMETRIC_TYPES,
  THREAT_MODES,
} from './type-facts.js'

/** An event before ids, dates and places are attached. */
export interface Draft {
  type: PloverType
  mode: string | null
  cameo: string | null
  status: EventStatus
  /** The token that decided a status other than asserted ("didn’t", "if", "plans"), or -1. */
  statusCue: number
  actor: ActorId[]
  recipient: ActorId[]
  trigger: Span
  /** Token the date and place are anchored on. */
  anchor: number
  /** Announced with a modal or an intent verb ("will meet"): a statement of intent in PLOVER terms. */
  announced: boolean
  /** Saying it is the event ("will not meet" is a refusal now, whatever the date of the meeting refused). */
  statementOfIntent?: boolean
  /** The lexicon entry and construction that made it: "meet.v/subject-object", "meet.v/refusal-choice". */
  rule: string
}

/**
 * PLOVER codes a protest that makes a demand or voices disapproval as PROTEST only: a demand or criticism after
 * a protest in the same sentence ("staged demonstrations to demand reforms") is part of the protest.
 */
export function withoutProtestDemands(
  ctx: EventContext,
  drafts: readonly Draft[],
  protestAt: readonly number[],
): Draft[] {
  if (protestAt.length === 0) return [...drafts]
  const isProtestDemand = (d: Draft) =>
    (d.type === 'REQUEST' || d.type === 'ACCUSE') &&
    protestAt.some((p) => p < d.anchor && !crossesHardBreak(ctx, p, d.anchor))
  const demands = drafts.filter(isProtestDemand)
  return drafts
    .filter((d) => !isProtestDemand(d))
    .map((d) => {
      // the protest is directed at whom its demand or disapproval is addressed
      const demand = demands.find((x) => x.recipient.length > 0)
      return d.type === 'PROTEST' && d.recipient.length === 0 && demand
        ? { ...d, recipient: demand.recipient }
        : d
    })
}

const sameOrEmpty = (a: readonly ActorId[], b: readonly ActorId[]) =>
  a.length === 0 || b.length === 0 || (a.length === b.length && a.every((x) => b.includes(x)))

/** One event per type, status and pair of parties in a sentence ("a meeting or phone call with …"). */
export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const merged: Draft[] = []
  for (const d of [...drafts].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const twin = merged.find(
      (m) =>
        m.type === d.type &&
        m.status === d.status &&
        sameOrEmpty(m.actor, d.actor) &&
        sameOrEmpty(m.recipient, d.recipient),
    )
    if (!twin) {
      merged.push({ ...d })
      continue
    }
    if (twin.actor.length === 0) twin.actor = d.actor
    if (twin.recipient.length === 0) twin.recipient = d.recipient
    if (twin.mode !== d.mode && d.mode === 'phone') twin.mode = twin.mode ?? d.mode
  }
  return merged
}

/** Is the status of a draft decided by a modal ("will meet", "would talk"), not by a schedule or a plan? */
function announcedByModal(ctx: EventContext, d: Draft): boolean {
  if (d.statusCue < 0) return false
  const w = norm(ctx, d.statusCue)
  return ctx.lang.grammar.FUTURE_MARKERS.has(w) || ctx.lang.events.WOULD.has(w)
}

/**
 * A cooperative act announced for the future ("will visit", "plans to lift the curfew") is, in PLOVER, a
 * statement of intent (AGREE); a coercive one is a threat (THREATEN). Hypothetical announcements stay
 * hypothetical. A meeting that is scheduled or planned ("is due to meet", "plans to visit") is a future
 * meeting, not a promise: only a modal ("we will meet") makes a consultation an intent.
 */
export function intentOf(ctx: EventContext, d: Draft): Draft | null {
  if (!d.announced || (d.status !== 'future' && d.status !== 'hypothetical')) return null
  if (d.type === 'CONSULT' && !announcedByModal(ctx, d)) return null
  const status: EventStatus = d.status === 'future' ? 'asserted' : 'hypothetical'
  if (COOPERATIVE_TYPES.has(d.type))
    return {
      ...d,
      type: 'AGREE',
      mode: null,
      cameo: '030',
      status,
      statusCue: status === 'asserted' ? -1 : d.statusCue,
      announced: false,
      statementOfIntent: true,
      rule: `${d.rule}+intent`,
    }
  if (CONFLICTUAL_TYPES.has(d.type)) {
    return {
      ...d,
      type: 'THREATEN',
      mode: THREAT_MODES[d.type] ?? null,
      cameo: '130',
      status,
      statusCue: status === 'asserted' ? -1 : d.statusCue,
      announced: false,
      statementOfIntent: true,
      rule: `${d.rule}+intent`,
    }
  }
  return null
}

/**
 * "left without meeting Trump, after turning down a call": a refused meeting that names no counterpart is
 * refused to the counterpart of the same source's other contact in the sentence.
 */
export function withMeetingCounterparts(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (d.type !== 'REJECT' || d.mode !== 'meet' || d.recipient.length > 0) return d
    const contact = drafts.find(
      (c) => c.type === 'CONSULT' && c.recipient.length > 0 && c.actor.some((a) => d.actor.includes(a)),
    )
    return contact ? { ...d, recipient: contact.recipient.filter((r) => !d.actor.includes(r)) } : d
  })
}

/**
 * "Reagan and Gorbachev met today": an act the parties do together, with several actors and no recipient, is
 * between the first actor and the others.
 */
export function withConjoinedCounterparts(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (!SYMMETRIC_TYPES.has(d.type) || d.recipient.length > 0 || d.actor.length < 2) return d
    const [first, ...others] = d.actor
    return { ...d, actor: [first!], recipient: others }
  })
}

/**
 * "REQUEST Ri Yong-ho → Ri Yong-ho", "the speaker meeting himself": a recipient that is one of the actors is
 * dropped (a state acting on itself stays: "imposed martial law", "curfew in Abidjan"); a type that is between two
 * parties whose only recipient was its actor is no event ("We will meet our partners," he said: read wrongly,
 * the speaker meets himself).
 */
export function withoutSelfDyads(ctx: EventContext, drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = []
  for (const d of drafts) {
    const recipient = d.recipient.filter(
      (r) => !d.actor.includes(r) || ctx.actorsById.get(r)?.kind === 'country',
    )
    if (recipient.length === 0 && d.recipient.length > 0 && RECIPIENT_TYPES.has(d.type)) {
      if (ctx.tracing)
        ctx.traceSpan(d.rule, d.trigger, `dropped: ${d.type} needs a recipient other than its actor`)
      continue
    }
    kept.push(recipient.length === d.recipient.length ? d : { ...d, recipient })
  }
  return kept
}

/** The parties of a draft as one set (both sides: a denial of "A meets B" denies "B meets A"). */
function partySet(d: Draft): Set<ActorId> {
  return new Set([...d.actor, ...d.recipient])
}

/**
 * "Attended the same meeting but did not meet", "we are not going to talk just for the sake of talking": a
 * sentence that denies an event between two parties does not also report one. An asserted draft of the type of
 * a negated one is dropped when its parties are among the negated one's (and it names any), so the denial is the
 * sentence's one claim about them (rule `denied-in-sentence` in --explain).
 */
export function withoutDeniedEvents(ctx: EventContext, drafts: readonly Draft[]): Draft[] {
  const denials = drafts.filter((d) => d.status === 'negated' && partySet(d).size >= 2)
  if (denials.length === 0) return [...drafts]
  return drafts.filter((d) => {
    if (d.status !== 'asserted' || d.statementOfIntent) return true
    const parties = partySet(d)
    if (parties.size === 0) return true
    const denial = denials.find((n) => n.type === d.type && [...parties].every((p) => partySet(n).has(p)))
    if (!denial) return true
    if (ctx.tracing)
      ctx.traceSpan(
        d.rule,
        d.trigger,
        `dropped: the sentence denies this ${d.type} (rule denied-in-sentence)`,
      )
    return false
  })
}
