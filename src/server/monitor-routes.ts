import type { IncomingMessage, ServerResponse } from 'node:http'
import { AlertError, alertDefinition, publicAlert } from '../monitor/alerts.js'
import type { MonitorStore } from '../monitor/monitor-store.js'
import type { Store } from '../store/store.js'
import { BodyError, readBody, tokenMatches } from './ingest-route.js'
import { PAGE, pageOf, parseParams } from './params.js'
import { sendError, sendJson } from './respond.js'
import type { Route } from './router.js'

/** Events counted at most by GET /api/events/new (the dashboard shows "1000+"). */
const MAX_NEW_COUNT = 1000

const FEEDS_PARAMS = { errors: { kind: 'limit' } } as const
const LOG_PARAMS = { alert: { kind: 'text' }, ...PAGE } as const
const NEW_EVENTS_PARAMS = { after: { kind: 'offset' }, ...PAGE } as const

/**
 * The monitor's routes: feeds and their state, alerts (writes need the bearer token, as POST /api/documents
 * does), the delivery log, and the events stored after a given id (the dashboard's "new since your last visit").
 */
export function monitorRoutes(options: {
  readonly monitor: MonitorStore
  readonly store: Store
  readonly token: string | null
}): Route[] {
  const { monitor, store } = options
  /** False (and answered) unless writes are enabled and the request bears the token. */
  const authorised = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (options.token === null) {
      sendError(
        response,
        403,
        'changing alerts over HTTP is disabled; start the server with --token or PARLEY_TOKEN',
      )
      return false
    }
    if (!tokenMatches(options.token, request.headers.authorization)) {
      sendError(
        response,
        401,
        'a valid "Authorization: Bearer <token>" header is required',
        {},
        {
          'WWW-Authenticate': 'Bearer realm="parley"',
        },
      )
      return false
    }
    return true
  }
  return [
    {
      method: 'GET',
      pattern: '/api/feeds',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, FEEDS_PARAMS)
        const [items, errors] = await Promise.all([
          monitor.listFeeds(),
          monitor.pageErrors({ limit: params.errors ?? 20 }),
        ])
        sendJson(response, 200, { items, errors })
      },
    },
    {
      method: 'GET',
      pattern: '/api/alerts',
      async handler({ url, response }) {
        parseParams(url.searchParams, {})
        sendJson(response, 200, { items: (await monitor.listAlerts()).map(publicAlert) })
      },
    },
    {
      method: 'POST',
      pattern: '/api/alerts',
      async handler({ request, response }) {
        if (!authorised(request, response)) return
        if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
          sendError(response, 415, 'the body must be application/json')
          return
        }
        let input: unknown
        try {
          input = JSON.parse(await readBody(request))
        } catch (error) {
          if (error instanceof BodyError) sendError(response, error.status, error.message)
          else sendError(response, 400, 'the body is not valid JSON')
          return
        }
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          sendError(response, 400, 'the body must be one alert {name, webhook, actor?, …}')
          return
        }
        let definition: ReturnType<typeof alertDefinition>
        try {
          definition = alertDefinition(input)
        } catch (error) {
          if (!(error instanceof AlertError)) throw error
          sendError(response, 400, error.message, { parameter: error.field })
          return
        }
        if (await monitor.getAlert(definition.name)) {
          sendError(response, 409, `an alert named "${definition.name}" exists`)
          return
        }
        const alert = await monitor.addAlert(definition)
        // the secret is shown once, when the server made it
        sendJson(response, 201, { alert: 'secret' in input ? publicAlert(alert) : alert })
      },
    },
    {
      method: 'DELETE',
      pattern: '/api/alerts/:id',
      async handler({ request, response, pathParams }) {
        if (!authorised(request, response)) return
        const id = pathParams.id ?? ''
        if (!(await monitor.removeAlert(id))) {
          sendError(response, 404, `no alert "${id}"`)
          return
        }
        sendJson(response, 200, { removed: id })
      },
    },
    {
      method: 'GET',
      pattern: '/api/alerts/log',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, LOG_PARAMS)
        const { limit } = pageOf(params)
        const items = await monitor.deliveryLog({ ...(params.alert ? { alert: params.alert } : {}), limit })
        sendJson(response, 200, { items })
      },
    },
    {
      method: 'GET',
      pattern: '/api/events/new',
      async handler({ url, response }) {
        const params = parseParams(url.searchParams, NEW_EVENTS_PARAMS)
        const { limit } = pageOf(params)
        const latest = await monitor.latestEventId()
        const after = params.after ?? latest
        const ids = await monitor.eventIdsAfter(after, MAX_NEW_COUNT)
        const newest = ids.slice(-limit)
        const items = newest.length > 0 ? await store.findEvents({ ids: newest, limit: newest.length }) : []
        sendJson(response, 200, {
          after,
          latest,
          count: ids.length,
          more: ids.length >= MAX_NEW_COUNT,
          items,
        })
      },
    },
  ]
}
