import type { PloverSector } from './sectors.js'
import type { RoleSource, WorldAnswer, WorldEntity, WorldRole } from './world-types.js'

/**
 * What an entity is on a date. The convention for people (PLOVER's ELI: "former government officials who
 * currently do not hold positions"):
 *
 * 1. a role covers the date → its country and sectors (a non-ELI role before an ELI one, curated before
 *    Phoenix, the latest start first). An open role is known only up to its source's horizon (Phoenix: early
 *    2014); past it the role is still taken, with `beyondData` set so a caller can ask the text to confirm it
 *    (on our actor cases, keeping it rather than answering no sector is right more often: long-serving
 *    leaders outnumber ministers who left);
 * 2. no role covers it, but a non-ELI role ended before it → ELI, `former`, the last office's country;
 * 3. before every role → the person's country (of the earliest role) and no sector: a person is not yet what
 *    they will be (Phoenix's undated "[CCCELI]" defaults are read as rule 2, never before a first term);
 *    an undated non-ELI code holds whenever no dated role does.
 *
 * Organisations and armed groups: the role covering the date, else their undated code, else the nearest role.
 * With no date, the date is the latest horizon of the entity's sources.
 */

const isEli = (r: { readonly sectors: readonly PloverSector[] }) => r.sectors[0] === 'ELI'
const covers = (r: WorldRole, date: string) =>
  (r.start === null || r.start <= date) && (r.end === null || date < r.end)

/** Whether `a` decides before `b` among roles covering a date: non-ELI, then curated, then the later start. */
function better(a: WorldRole, b: WorldRole): boolean {
  if (isEli(a) !== isEli(b)) return !isEli(a)
  if (a.source !== b.source) return a.source === 'curated'
  return (a.start ?? '') > (b.start ?? '')
}

interface Extra {
  readonly role?: string | null
  readonly former?: boolean
  readonly inOffice?: boolean
  readonly beyondData?: boolean
  readonly source?: RoleSource
}

function make(
  entity: WorldEntity,
  country: string | null,
  sectors: readonly PloverSector[],
  extra: Extra,
): WorldAnswer {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    country,
    sector: sectors[0] ?? null,
    otherSectors: sectors.length > 1 ? sectors.slice(1) : [],
    role: extra.role ?? null,
    former: extra.former ?? false,
    inOffice: extra.inOffice ?? false,
    beyondData: extra.beyondData ?? false,
    ambiguous: false,
    source: extra.source ?? entity.sources[0] ?? 'phoenix',
  }
}

/** The latest horizon of the entity's sources: the date of an undated question. */
function latestHorizon(entity: WorldEntity, horizons: Readonly<Record<RoleSource, string>>): string {
  let day = horizons.phoenix
  for (const s of entity.sources) if (horizons[s] > day) day = horizons[s]
  return day
}

export function answerFor(
  entity: WorldEntity,
  date: string | null,
  horizons: Readonly<Record<RoleSource, string>>,
): WorldAnswer {
  const day = date ?? latestHorizon(entity, horizons)
  let pick: WorldRole | undefined
  let lastEnded: WorldRole | undefined
  let earliest: WorldRole | undefined
  for (const r of entity.roles) {
    if (covers(r, day)) {
      if (pick === undefined || better(r, pick)) pick = r
    } else if (!isEli(r) && r.end !== null && r.end <= day) {
      if (lastEnded === undefined || (lastEnded.end ?? '') < r.end) lastEnded = r
    }
    if (earliest === undefined || (r.start ?? '') < (earliest.start ?? '')) earliest = r
  }
  if (pick !== undefined) {
    const person = entity.kind === 'person'
    return make(entity, pick.country, pick.sectors, {
      role: pick.title,
      former: isEli(pick) && lastEnded !== undefined,
      inOffice: person && !isEli(pick),
      beyondData: pick.end === null && day > horizons[pick.source],
      source: pick.source,
    })
  }
  const undated = entity.defaults.find((d) => !isEli(d))
  const firstDefault = entity.defaults[0]
  if (entity.kind !== 'person') {
    const d = undated ?? firstDefault
    if (d !== undefined) return make(entity, d.country, d.sectors, {})
    const nearest = lastEnded ?? earliest
    return make(
      entity,
      nearest?.country ?? null,
      nearest?.sectors ?? [],
      nearest ? { source: nearest.source } : {},
    )
  }
  if (lastEnded !== undefined)
    return make(entity, lastEnded.country, ['ELI'], {
      role: lastEnded.title,
      former: true,
      source: lastEnded.source,
    })
  if (undated !== undefined) return make(entity, undated.country, undated.sectors, {})
  if (earliest !== undefined) return make(entity, earliest.country, [], { source: earliest.source })
  return make(entity, firstDefault?.country ?? null, firstDefault?.sectors ?? [], {})
}
