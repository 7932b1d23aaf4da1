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

const isEli = (r: { sectors: readonly PloverSector[] }) => r.sectors[0] === 'ELI'
const covers = (r: WorldRole, date: string) =>
  (r.start === null || r.start <= date) && (r.end === null || date < r.end)

/** Better first: a non-ELI role, a curated one, the latest start. */
function rank(a: WorldRole, b: WorldRole): number {
  if (isEli(a) !== isEli(b)) return isEli(a) ? 1 : -1
  if (a.source !== b.source) return a.source === 'curated' ? -1 : 1
  return (b.start ?? '') < (a.start ?? '') ? -1 : (b.start ?? '') > (a.start ?? '') ? 1 : 0
}

export function answerFor(
  entity: WorldEntity,
  date: string | null,
  horizons: Readonly<Record<RoleSource, string>>,
): WorldAnswer {
  const source = entity.sources[0] ?? 'phoenix'
  const day =
    date ??
    entity.sources
      .map((s) => horizons[s])
      .sort()
      .at(-1) ??
    horizons.phoenix
  const base = { id: entity.id, kind: entity.kind, name: entity.name }
  const answer = (
    country: string | null,
    sectors: readonly PloverSector[],
    extra: {
      role?: string | null
      former?: boolean
      inOffice?: boolean
      beyondData?: boolean
      source?: RoleSource
    } = {},
  ): WorldAnswer => {
    const sector = sectors[0] ?? null
    return {
      ...base,
      country,
      sector,
      otherSectors: sectors.slice(1),
      role: extra.role ?? null,
      former: extra.former ?? false,
      inOffice: extra.inOffice ?? false,
      beyondData: extra.beyondData ?? false,
      ambiguous: false,
      source: extra.source ?? source,
    }
  }

  const covering = entity.roles.filter((r) => covers(r, day)).sort(rank)
  const ended = entity.roles
    .filter((r) => !isEli(r) && r.end !== null && r.end <= day)
    .sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? 1 : -1))
  const pick = covering[0]
  if (pick !== undefined) {
    const beyondData = pick.end === null && day > horizons[pick.source]
    return answer(pick.country, pick.sectors, {
      role: pick.title,
      former: isEli(pick) && ended.length > 0,
      inOffice: entity.kind === 'person' && !isEli(pick),
      beyondData,
      source: pick.source,
    })
  }
  const undated = entity.defaults.find((d) => !isEli(d))
  if (entity.kind !== 'person') {
    if (undated !== undefined || entity.defaults[0] !== undefined) {
      const d = undated ?? entity.defaults[0]
      return answer(d?.country ?? null, d?.sectors ?? [])
    }
    const nearest =
      ended[0] ?? [...entity.roles].sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1))[0]
    return answer(nearest?.country ?? null, nearest?.sectors ?? [], { source: nearest?.source ?? source })
  }
  const last = ended[0]
  if (last !== undefined) {
    return answer(last.country, ['ELI'], { role: last.title, former: true, source: last.source })
  }
  if (undated !== undefined) return answer(undated.country, undated.sectors)
  const earliest = [...entity.roles].sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1))[0]
  if (earliest !== undefined) return answer(earliest.country, [], { source: earliest.source })
  const eli = entity.defaults[0]
  return answer(eli?.country ?? null, eli?.sectors ?? [])
}
