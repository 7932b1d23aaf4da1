import { EVENT_STATUSES, PLOVER_TYPES } from '../doc/layers.js'
import { PLOVER_TYPE_FACTS, STATUS_LABELS } from '../doc/plover-facts.js'
import { noActorMatches } from '../query/queries.js'
import type { QueueStatus } from '../queue/status.js'
import {
  ACTORS_PARAMS,
  BadRequest,
  CONTACTS_PARAMS,
  EVENTS_PARAMS,
  NETWORK_PARAMS,
  NO_PARAMS,
  pageOf,
  parseParams,
  QUOTES_PARAMS,
  SPEAKERS_PARAMS,
  STATS_PARAMS,
} from './params.js'
import type { PageQuery, ReadModel } from './read-model.js'
import { sendDownload, sendError, sendJson } from './respond.js'
import type { Route, RouteContext } from './router.js'

export const API_VERSION = 1

/** A page of a list: the items, the page asked for, and the offset of the next page (null on the last). */
export interface ListPage<T> {
  readonly items: readonly T[]
  readonly limit: number
  readonly offset: number
  readonly next: number | null
  /** How many items the filter matches over all pages (actors, events and quotations). */
  readonly total?: number
}

/**
 * The total over all pages: known from the page itself when it is the last one and holds something (offset +
 * items), else counted.
 */
function totalOf(page: ListPage<unknown>, count: () => Promise<number>): Promise<number> {
  if (page.next === null && page.items.length > 0) return Promise.resolve(page.offset + page.items.length)
  return count()
}

/** Runs a list query for one more item than asked, to know whether a next page exists without counting. */
async function listPage<T>(
  page: PageQuery,
  run: (page: PageQuery) => Promise<readonly T[]>,
): Promise<ListPage<T>> {
  const items = await run({ limit: page.limit + 1, offset: page.offset })
  const hasMore = items.length > page.limit
  return {
    items: hasMore ? items.slice(0, page.limit) : items,
    limit: page.limit,
    offset: page.offset,
    next: hasMore ? page.offset + page.limit : null,
  }
}

/** Drops undefined values so optional filters stay absent (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>
  }
}

const paramNames = (spec: object) => Object.keys(spec)

/** What GET /api answers: every endpoint with its parameters, so the API explains itself. */
const ENDPOINTS = [
  { path: '/api/health', params: [], about: 'status and the store figures' },
  {
    path: '/api/types',
    params: [],
    about: 'PLOVER event types with their facts (quad, tone, contact …) and the statuses',
  },
  {
    path: '/api/actors',
    params: paramNames(ACTORS_PARAMS),
    about: 'stored actors, the most mentioned first',
  },
  {
    path: '/api/actor-rules',
    params: [],
    about:
      "users' identity rules: an actor key or person name that stands for another actor (parley actors merge)",
  },
  {
    path: '/api/events',
    params: paramNames(EVENTS_PARAMS),
    about: 'events (de-duplicated, with their mentions), newest first',
  },
  { path: '/api/quotes', params: paramNames(QUOTES_PARAMS), about: 'quotations; q is a full-text search' },
  {
    path: '/api/contacts',
    params: paramNames(CONTACTS_PARAMS),
    about: 'the timeline between two actors with last contact, refusals and stated absence of contact',
  },
  { path: '/api/network', params: paramNames(NETWORK_PARAMS), about: 'who engages whom: actors and pairs' },
  {
    path: '/api/speakers',
    params: paramNames(SPEAKERS_PARAMS),
    about: 'who is quoted most, and quotations without a speaker',
  },
  {
    path: '/api/stats',
    params: paramNames(STATS_PARAMS),
    about: 'events counted by type, status, month or dyad',
  },
  { path: '/api/documents/:id', params: [], about: 'one stored article with its record' },
  {
    path: 'POST /api/documents',
    params: [],
    about: 'ingest {id, text | html, date?, title?, url?, source?} or an array; needs the bearer token',
  },
  {
    path: '/api/feeds',
    params: ['errors'],
    about: 'followed feeds with their state, and the latest page errors',
  },
  { path: '/api/alerts', params: [], about: 'alerts (saved queries delivered to webhooks)' },
  {
    path: 'POST /api/alerts',
    params: [],
    about: '{name, webhook, actor?, recipient?, contacts?, type?, status?, secret?}; needs the bearer token',
  },
  {
    path: 'DELETE /api/alerts/:id',
    params: [],
    about: 'removes an alert (id or name); needs the bearer token',
  },
  {
    path: '/api/alerts/log',
    params: ['alert', 'limit', 'offset'],
    about: 'webhook delivery attempts, newest first',
  },
  { path: '/api/events/new', params: ['after', 'limit'], about: 'events stored after a global event id' },
] as const

/** More for `/api/health` to report: the ingest queue's state when the record is fed by one. */
export interface HealthExtras {
  readonly queue?: () => Promise<QueueStatus | null>
}

/** What GET /api/types answers: the one table of PLOVER type facts, and the statuses with their labels. */
const TYPES_BODY = {
  types: PLOVER_TYPES.map((type) => ({ type, ...PLOVER_TYPE_FACTS[type] })),
  statuses: EVENT_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status] })),
}

/** The read-only JSON API over a read model. */
export function apiRoutes(model: ReadModel, health: HealthExtras = {}): Route[] {
  /** An empty list because a name matches no actor says so: `warnings: ['no stored actor matches "X"']`. */
  async function warningsFor(
    page: ListPage<unknown>,
    names: Parameters<ReadModel['unmatchedNames']>[0],
  ): Promise<{ warnings?: string[] }> {
    if (page.items.length > 0) return {}
    const unmatched = await model.unmatchedNames(defined(names))
    return unmatched.length === 0 ? {} : { warnings: unmatched.map(noActorMatches) }
  }

  return [
    {
      method: 'GET',
      pattern: '/api',
      handler({ url, response }) {
        parseParams(url.searchParams, NO_PARAMS)
        sendJson(response, 200, { version: API_VERSION, endpoints: ENDPOINTS })
      },
    },
    {
      method: 'GET',
      pattern: '/api/health',
      async handler({ url, response }) {
        parseParams(url.searchParams, NO_PARAMS)
        const stats = await model.stats()
        const queue = health.queue ? { queue: await health.queue() } : {}
        sendJson(response, 200, { ok: true, version: API_VERSION, stats, ...queue })
      },
    },
    {
      method: 'GET',
      pattern: '/api/types',
      handler({ url, response }) {
        parseParams(url.searchParams, NO_PARAMS)
        sendJson(response, 200, TYPES_BODY)
      },
    },
    {
      method: 'GET',
      pattern: '/api/actors',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, ACTORS_PARAMS)
        const paging = pageOf(params)
        const page = await listPage(paging, (p) => model.actors(defined({ ...p, search: params.search })))
        const total = await totalOf(page, () =>
          model.actorTotal(defined({ ...paging, search: params.search })),
        )
        sendJson(response, 200, { ...page, total })
      },
    },
    {
      method: 'GET',
      pattern: '/api/actor-rules',
      async handler({ url, response }) {
        parseParams(url.searchParams, NO_PARAMS)
        sendJson(response, 200, { items: await model.actorRules() })
      },
    },
    {
      method: 'GET',
      pattern: '/api/events',
      async handler({ url, response }) {
        const { limit, offset, format, ...filter } = parseParams(url.searchParams, EVENTS_PARAMS)
        const paging = pageOf({ limit, offset })
        if (format === 'csv' || format === 'plover') {
          await sendDownload(response, format, model.eventExport(defined({ ...filter, ...paging }), format))
          return
        }
        const page = await listPage(paging, (p) => model.events(defined({ ...filter, ...p })))
        const total = await totalOf(page, () => model.eventTotal(defined({ ...filter, ...paging })))
        sendJson(response, 200, { ...page, total, ...(await warningsFor(page, filter)) })
      },
    },
    {
      method: 'GET',
      pattern: '/api/quotes',
      async handler({ url, response }) {
        const { limit, offset, ...filter } = parseParams(url.searchParams, QUOTES_PARAMS)
        const paging = pageOf({ limit, offset })
        const page = await listPage(paging, (p) => model.quotes(defined({ ...filter, ...p })))
        const total = await totalOf(page, () => model.quoteTotal(defined({ ...filter, ...paging })))
        sendJson(response, 200, { ...page, total, ...(await warningsFor(page, filter)) })
      },
    },
    {
      method: 'GET',
      pattern: '/api/contacts',
      async handler({ url, response }) {
        const { a, b, since, until } = parseParams(url.searchParams, CONTACTS_PARAMS)
        if (a === undefined || b === undefined)
          throw new BadRequest(a === undefined ? 'a' : 'b', 'missing actor')
        const contacts = await model.contacts(a, b, defined({ since, until }))
        if (contacts === null) {
          sendError(response, 404, `${noActorMatches(a)} or "${b}"`)
          return
        }
        sendJson(response, 200, contacts)
      },
    },
    {
      method: 'GET',
      pattern: '/api/network',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, NETWORK_PARAMS)
        sendJson(response, 200, await model.network(defined(params)))
      },
    },
    {
      method: 'GET',
      pattern: '/api/speakers',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, SPEAKERS_PARAMS)
        sendJson(response, 200, await model.speakers(defined(params)))
      },
    },
    {
      method: 'GET',
      pattern: '/api/stats',
      async handler({ url, response }) {
        const { by, ...filter } = parseParams(url.searchParams, STATS_PARAMS)
        sendJson(response, 200, await model.eventCounts(by ?? 'type', defined(filter)))
      },
    },
    {
      method: 'GET',
      pattern: '/api/documents/:id',
      async handler(context: RouteContext) {
        parseParams(context.url.searchParams, NO_PARAMS)
        const id = context.pathParams.id ?? ''
        const stored = await model.document(id)
        if (stored === null) {
          sendError(context.response, 404, `no document with id "${id}"`)
          return
        }
        sendJson(context.response, 200, stored)
      },
    },
  ]
}
