import type { Mention } from '../../doc/layers.js'
import { normalizeKey } from '../../knowledge/index.js'
import { isInternationalCode, toRecordCountrySector } from '../../knowledge/world/sectors.js'
import type { WorldAnswer, WorldKnowledge } from '../../knowledge/world/world-knowledge.js'
import type { ActorDraft } from './actor-draft.js'

/**
 * What the world knowledge base (Phoenix people, agencies and armed groups merged with the curated data)
 * adds to an actor the curated office-holders and organisations left unidentified: "Museveni" in 2016 is
 * Uganda's president (UGA, GOV), "Shin Bet" Israel's security service (ISR, SPY), "Mikhail Gorbachev" in 2010
 * a former leader (RUS, ELI). The text keeps the last word where it speaks: a country it states, a title or
 * sector it gives ("former President …" is ELI whatever the data says), and an answer naming another country
 * than the text's is a namesake, not this actor.
 */

/** The parts of an actor being assembled that the world knowledge reads and completes. */
export type WorldTarget = Pick<
  ActorDraft,
  | 'kind'
  | 'name'
  | 'country'
  | 'sector'
  | 'role'
  | 'anonymous'
  | 'kbId'
  | 'former'
  | 'words'
  | 'surname'
  | 'mentions'
>

/** The mention types that name an actor (a cluster of nominals and pronouns only has no name to look up). */
const NAMING_TYPES: ReadonlySet<Mention['type']> = new Set(['person', 'organization', 'group'])

/** The surface of the actor's longest naming mention, or undefined when it has none. */
function namingSurface(text: string, target: WorldTarget): string | undefined {
  let best: Mention | undefined
  for (const m of target.mentions)
    if (NAMING_TYPES.has(m.type) && (best === undefined || m.end - m.start > best.end - best.start)) best = m
  return best === undefined ? undefined : text.slice(best.start, best.end)
}

function lookUp(world: WorldKnowledge, target: WorldTarget, surface: string, date: string | null) {
  const options = { date, surface }
  const whole = world.resolve(normalizeKey(target.kind === 'person' ? target.name : surface), options)
  if (whole !== undefined || target.kind !== 'person' || target.words.size !== 1 || !target.surname)
    return whole
  return world.resolveSurname(normalizeKey(target.surname), { date })
}

const isState = (code: string | null): code is string => code !== null && !isInternationalCode(code)

/** An answer fits the actor: a person for a person, a body for a body, and no other state than the text's. */
function fits(target: WorldTarget, answer: WorldAnswer): boolean {
  if ((answer.kind === 'person') !== (target.kind === 'person')) return false
  return !(isState(target.country) && isState(answer.country) && target.country !== answer.country)
}

/**
 * Completes `target` from the world knowledge base for the article's date: id, country and sector (in the
 * record's terms), and for a former office-holder `former` (the record's ELI) and the last office's title.
 * Does nothing to an actor the curated data identified, an anonymous one, or one without a name mention;
 * `world` is called only when there is something to look up (the base loads on first use).
 */
export function applyWorldKnowledge(
  world: () => WorldKnowledge,
  target: WorldTarget,
  text: string,
  date: string | null,
): void {
  if (target.kbId !== null || target.anonymous || target.kind === 'country') return
  const surface = namingSurface(text, target)
  if (surface === undefined) return
  const answer = lookUp(world(), target, surface, date)
  if (answer === undefined || !fits(target, answer)) return
  if (!answer.ambiguous) target.kbId = answer.id
  const record = toRecordCountrySector(answer.country, answer.sector)
  target.country ??= record.country
  if (target.kind === 'person' && target.words.size === 1 && !answer.ambiguous) target.name = answer.name
  // the text's own title or former marker describes the person as the article does
  if (target.sector !== null || target.former) return
  if (answer.former) {
    target.former = true
    target.role ??= answer.role === null ? null : `former ${answer.role}`
    return
  }
  target.sector = record.sector
  target.role ??= answer.role
}
