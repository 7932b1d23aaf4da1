import { EVENT_STATUSES, type EventStatus, PLOVER_TYPES, type PloverType } from '../doc/layers.js'
import { resolveActors } from '../query/resolve-actors.js'
import type { EventFilter, Store, StoredEvent } from '../store/store.js'
import type { Alert, AlertFilter, MonitorStore, NewAlert } from './monitor-store.js'
import { newSecret, secretProblem } from './webhook.js'

/** Events matched per alert in one go. */
const MATCH_BATCH = 500
/** Mentions (reports) carried in a delivery's payload. */
const PAYLOAD_MENTIONS = 5

/** A bad alert definition; the message names the field. */
export class AlertError extends Error {
  override readonly name = 'AlertError'
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** What `alerts add` and `POST /api/alerts` take, as text. */
export interface AlertInput {
  readonly name?: unknown
  readonly actor?: unknown
  readonly recipient?: unknown
  /** "A,B" or [A, B]. */
  readonly contacts?: unknown
  /** One PLOVER type, "T1,T2" or a list. */
  readonly type?: unknown
  readonly status?: unknown
  readonly webhook?: unknown
  /** Generated (whsec_…) when absent. */
  readonly secret?: unknown
}

const text = (field: string, value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || value.trim() === '')
    throw new AlertError(field, `"${field}" must be a non-empty text`)
  return value.trim()
}

const listOf = (field: string, value: unknown): string[] | undefined => {
  if (value === undefined || value === null) return undefined
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null
  if (!items || items.some((v) => typeof v !== 'string'))
    throw new AlertError(field, `"${field}" must be a text or a list of texts`)
  const cleaned = (items as string[]).map((v) => v.trim()).filter((v) => v !== '')
  if (cleaned.length === 0) throw new AlertError(field, `"${field}" is empty`)
  return cleaned
}

/** Checks an alert definition and gives it its stored form (a secret is generated when none is given). */
export function alertDefinition(input: AlertInput): NewAlert {
  const name = text('name', input.name)
  if (name === undefined) throw new AlertError('name', 'an alert needs a name')
  if (/^\d+$/.test(name)) throw new AlertError('name', 'an alert name cannot be only digits (those are ids)')
  const webhook = text('webhook', input.webhook)
  if (webhook === undefined) throw new AlertError('webhook', 'an alert needs a webhook URL')
  let url: URL
  try {
    url = new URL(webhook)
  } catch {
    throw new AlertError('webhook', `"${webhook}" is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AlertError('webhook', 'the webhook must be an http(s) URL')
  const secret = text('secret', input.secret) ?? newSecret()
  const problem = secretProblem(secret)
  if (problem) throw new AlertError('secret', problem)
  const filter: { -readonly [K in keyof AlertFilter]: AlertFilter[K] } = {}
  const actor = text('actor', input.actor)
  if (actor) filter.actor = actor
  const recipient = text('recipient', input.recipient)
  if (recipient) filter.recipient = recipient
  const contacts = listOf('contacts', input.contacts)
  if (contacts) {
    if (contacts.length !== 2) throw new AlertError('contacts', '"contacts" takes two parties: A,B')
    filter.contacts = [contacts[0]!, contacts[1]!]
  }
  const types = listOf('type', input.type)?.map((t) => t.toUpperCase())
  if (types) {
    const bad = types.find((t) => !(PLOVER_TYPES as readonly string[]).includes(t))
    if (bad) throw new AlertError('type', `"${bad}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`)
    filter.type = types as PloverType[]
  }
  const statuses = listOf('status', input.status)?.map((s) => s.toLowerCase())
  if (statuses) {
    const bad = statuses.find((s) => !(EVENT_STATUSES as readonly string[]).includes(s))
    if (bad) throw new AlertError('status', `"${bad}" is not a status (${EVENT_STATUSES.join(', ')})`)
    filter.status = statuses as EventStatus[]
  }
  return { name, filter, webhook: url.href, secret }
}

/**
 * The store filter an alert stands for, its names resolved now (an actor first reported after the alert was
 * made is found); null when a name matches no stored actor, so nothing can match yet.
 */
export async function eventFilterOf(store: Store, filter: AlertFilter): Promise<EventFilter | null> {
  const ids = async (name: string) => (await resolveActors(store, name)).actors.map((a) => a.id)
  const result: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {}
  if (filter.actor !== undefined) result.actorIds = await ids(filter.actor)
  if (filter.recipient !== undefined) result.recipientIds = await ids(filter.recipient)
  if (filter.contacts !== undefined)
    result.between = [await ids(filter.contacts[0]), await ids(filter.contacts[1])]
  if (filter.type) result.types = filter.type
  if (filter.status) result.statuses = filter.status
  const lists = [result.actorIds, result.recipientIds, ...(result.between ?? [])]
  return lists.some((list) => list?.length === 0) ? null : result
}

/** The JSON body of a delivery, in the Standard Webhooks shape `{type, timestamp, data}`. */
export function alertPayload(alert: Alert, event: StoredEvent, at: Date): string {
  return JSON.stringify({
    type: 'parley.event.new',
    timestamp: at.toISOString(),
    data: { alert: { id: alert.id, name: alert.name, filter: alert.filter }, event },
  })
}

/** A secret as shown back to users: its kind, never its key (`whsec_…`, or the first two characters). */
export function maskSecret(secret: string): string {
  return secret.startsWith('whsec_') ? 'whsec_…' : `${secret.slice(0, 2)}…`
}

/** An alert as listed by the CLI and the API: the secret masked. */
export function publicAlert(alert: Alert): Alert {
  return { ...alert, secret: maskSecret(alert.secret) }
}

/** The webhook-id of the delivery of one event for one alert: the same on every retry. */
export const messageIdOf = (alertId: number, eventId: number) => `parley-alert-${alertId}-event-${eventId}`

/**
 * Matches every alert against the events stored since its cursor and queues one delivery per matching event.
 * Events are taken by global id, so each real-world event is matched once however many reports it gets later.
 * Returns the number of deliveries queued.
 */
export async function matchAlerts(
  store: Store,
  monitor: MonitorStore,
  now: () => Date = () => new Date(),
): Promise<number> {
  let queued = 0
  for (const alert of await monitor.listAlerts()) {
    let cursor = alert.cursor
    for (;;) {
      const ids = await monitor.eventIdsAfter(cursor, MATCH_BATCH)
      if (ids.length === 0) break
      const filter = await eventFilterOf(store, alert.filter)
      const events = filter
        ? await store.findEvents({ ...filter, ids, limit: ids.length, mentionLimit: PAYLOAD_MENTIONS })
        : []
      const at = now()
      cursor = ids.at(-1) ?? cursor
      queued += await monitor.queueDeliveries(
        alert.id,
        events.map((event) => ({
          eventId: event.id,
          messageId: messageIdOf(alert.id, event.id),
          payload: alertPayload(alert, event, at),
          at: at.toISOString(),
        })),
        cursor,
      )
      if (ids.length < MATCH_BATCH) break
    }
  }
  return queued
}
