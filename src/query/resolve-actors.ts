import type { ActorKind } from '../doc/layers.js'
import { defaultKnowledge, type Knowledge, normalizeKey } from '../knowledge/index.js'
import { nameKey } from '../store/keys.js'
import type { Store, StoredActor } from '../store/store.js'

/** Actors a name may stand for ("Kim" can be several people). */
export const MAX_NAME_MATCHES = 50
/** Actors a country stands for: the country and its people, groups and state bodies. */
export const MAX_COUNTRY_MATCHES = 2000

const NUMERIC_ID = /^\d{1,15}$/
const COUNTRY_CODE = /^[A-Za-z]{3}$/
/** Who speaks or acts for a country besides the country itself. */
const COUNTRY_MEMBER_KINDS: readonly ActorKind[] = ['country', 'person', 'group']
/** Organisations of these sectors act for their country ("the Kremlin", "the Pentagon"). */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP', 'ELI'])

/** What a query stands for: global actors, and the country when it names one. */
export interface ResolvedParty {
  readonly query: string
  readonly country: string | null
  readonly actors: readonly StoredActor[]
}

/** Country codes a query names: an ISO alpha-3 code or a stored country's name, else the knowledge base's. */
async function countryCodes(store: Store, query: string, knowledge: Knowledge): Promise<string[]> {
  if (COUNTRY_CODE.test(query)) {
    const code = query.toUpperCase()
    const known = await store.findActors({ countries: [code], kinds: ['country'], limit: 1 })
    if (known.length > 0) return [code]
  }
  const named = await store.findActors({ nameKeys: [nameKey(query)], kinds: ['country'] })
  const codes = named.flatMap((a) => (a.country ? [a.country] : []))
  if (codes.length > 0) return [...new Set(codes)]
  const hits = knowledge.lookupPhrase(normalizeKey(query), query)
  const hit = hits.find((h) => h.type === 'country' && h.form === 'name')
  return hit && hit.type === 'country' ? [hit.code] : []
}

const byId = (actors: readonly StoredActor[]) => [...new Map(actors.map((a) => [a.id, a])).values()]

/**
 * Resolves a name query to stored actors: a numeric id; a country (ISO code or name: the country and the
 * persons, groups and state organisations of that country); else a full name, a surname (the last word), the
 * query's words as whole words of a name (a family name written first: "Ri" is Ri Yong-ho, never Syria), or,
 * failing all those, any name containing the query. Country names are looked up in `knowledge` (default: the shipped data).
 */
export async function resolveActors(
  store: Store,
  query: string,
  knowledge: Knowledge = defaultKnowledge(),
): Promise<ResolvedParty> {
  const q = query.trim()
  if (NUMERIC_ID.test(q))
    return { query, country: null, actors: await store.findActors({ ids: [Number(q)] }) }
  if (q === '') return { query, country: null, actors: [] }
  const codes = await countryCodes(store, q, knowledge)
  if (codes.length > 0) {
    const [members, organisations] = await Promise.all([
      store.findActors({ countries: codes, kinds: COUNTRY_MEMBER_KINDS, limit: MAX_COUNTRY_MATCHES }),
      store.findActors({ countries: codes, kinds: ['organization'], limit: MAX_COUNTRY_MATCHES }),
    ])
    const state = organisations.filter((o) => o.sector !== null && STATE_SECTORS.has(o.sector))
    const actors = byId([...members, ...state])
    // A country nobody in the store belongs to may still be a name ("Jordan"): try names then.
    if (actors.length > 0) return { query, country: codes[0] ?? null, actors }
  }
  const key = nameKey(q)
  const exact = await store.findActors({ nameKeys: [key], limit: MAX_NAME_MATCHES })
  const surname = key.includes(' ')
    ? []
    : await store.findActors({ surnameKeys: [key], limit: MAX_NAME_MATCHES })
  const named = byId([...exact, ...surname])
  if (named.length > 0) return { query, country: null, actors: named }
  // a family name written first ("Ri" for Ri Yong-ho, "Xi" for Xi Jinping), or any whole word of the name
  const words = key.split(' ').filter((w) => w !== '')
  if (words.length > 0) {
    const worded = await store.findActors({ wordKeys: words, limit: MAX_NAME_MATCHES })
    if (worded.length > 0) return { query, country: null, actors: worded }
  }
  return { query, country: null, actors: await store.findActors({ search: q, limit: MAX_NAME_MATCHES }) }
}
