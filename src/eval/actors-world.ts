import { defaultKnowledge, normalizeKey } from '../knowledge/index.js'
import type { WorldKnowledge } from '../knowledge/world/world-knowledge.js'
import type { ActorCase } from './actors.js'

/**
 * What the world knowledge base alone says about a case's gold span, without the pipeline: a measure of the
 * data's coverage for the actors stage that will consult it (not of extraction). The span is read as
 *
 *   a name                  "Kassym-Jomart Tokayev", "Shin Bet", "DEA"      → resolve, else a surname alone
 *   country word + rest     "Pakistani Army", "Chile’s Defense Ministry"   → the country, and the rest as a
 *                                                                             name or an agent noun
 *   name + noun             "Boko Haram fighters", "DEA agents"            → the name
 *   a noun phrase           "Unidentified gunmen", "riot police"           → the agent noun of its ending
 */

export interface SpanAnswer {
  readonly country: string | null
  readonly sector: string | null
}

const POSSESSIVE = /^(.+?)[’']s\s+(.+)$/u

/** The country a leading word or phrase names ("Pakistani", "Saudi Arabia"), and the words after it. */
function leadingCountry(words: readonly string[]): { code: string; rest: string } | undefined {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ')
    const hit = defaultKnowledge()
      .lookupPhrase(normalizeKey(head), head)
      .find((h) => h.type === 'country')
    if (hit !== undefined && hit.type === 'country') return { code: hit.code, rest: words.slice(n).join(' ') }
  }
  return undefined
}

function named(world: WorldKnowledge, text: string, date: string): SpanAnswer | undefined {
  const key = normalizeKey(text)
  const answer =
    world.resolve(key, { date, surface: text }) ??
    (key.includes(' ') ? undefined : world.resolveSurname(key, { date }))
  return answer === undefined ? undefined : { country: answer.country, sector: answer.sector }
}

function agent(world: WorldKnowledge, text: string): SpanAnswer | undefined {
  const a = world.agent(normalizeKey(text))
  return a === undefined ? undefined : { country: a.country, sector: a.sector }
}

export function worldAnswerForSpan(world: WorldKnowledge, c: ActorCase): SpanAnswer {
  const text = c.actor.replace(/^the\s+/i, '')
  const whole = named(world, text, c.date)
  if (whole !== undefined) return whole
  const possessive = POSSESSIVE.exec(text)
  const words = text.split(/\s+/)
  const lead = possessive
    ? (() => {
        const owner = possessive[1] ?? ''
        const hit = defaultKnowledge()
          .lookupPhrase(normalizeKey(owner), owner)
          .find((h) => h.type === 'country')
        return hit?.type === 'country' ? { code: hit.code, rest: possessive[2] ?? '' } : undefined
      })()
    : leadingCountry(words)
  if (lead !== undefined) {
    const rest = named(world, lead.rest, c.date) ?? agent(world, lead.rest)
    return { country: lead.code, sector: rest?.sector ?? null }
  }
  // A name and a noun after it: "Boko Haram fighters", "DEA agents".
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = named(world, words.slice(0, n).join(' '), c.date)
    if (prefix !== undefined) return prefix
  }
  return agent(world, text) ?? { country: null, sector: null }
}
