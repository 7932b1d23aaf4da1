import { type BackoffPolicy, backoffDelay } from './backoff.js'
import type { DeliveryLogEntry, MonitorStore } from './monitor-store.js'
import { postWebhook, type WebhookResponse } from './webhook.js'

/** Standard-Webhooks-like schedule: 8 tries over about an hour (30 s, 1 min, 2 min, … 32 min apart). */
export const DEFAULT_DELIVERY_BACKOFF: BackoffPolicy = {
  attempts: 8,
  baseMs: 30_000,
  maxMs: 4 * 60 * 60 * 1000,
}
/** Deliveries in flight at once. */
const CONCURRENCY = 4

export interface DispatcherOptions {
  readonly monitor: MonitorStore
  readonly backoff?: BackoffPolicy
  readonly timeoutMs?: number
  readonly userAgent: string
  readonly fetch?: typeof fetch
  readonly now?: () => Date
  /** Told about every attempt (the CLI prints failures). */
  readonly onAttempt?: (
    attempt: Pick<
      DeliveryLogEntry,
      'deliveryId' | 'eventId' | 'messageId' | 'state' | 'httpStatus' | 'error'
    > & { readonly webhook: string },
  ) => void
}

export interface Dispatcher {
  /** Sends every delivery due now; resolves when their attempts are logged. Runs one round at a time. */
  deliverDue(): Promise<number>
  /** Delivers, waiting for retries, until nothing is pending or the next try is later than `untilMs` from now. */
  drain(untilMs: number): Promise<void>
}

/**
 * Sends queued deliveries and retries failures with backoff; every attempt is logged in the monitor store, so
 * a stopped process resumes with what was pending. Any 2xx answer delivers; anything else is tried again until
 * the tries run out, then the delivery is `failed`.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const policy = options.backoff ?? DEFAULT_DELIVERY_BACKOFF
  const now = options.now ?? (() => new Date())
  let running: Promise<number> | null = null
  const round = async (): Promise<number> => {
    const due = await options.monitor.dueDeliveries(now().toISOString(), 100)
    let next = 0
    const worker = async () => {
      while (next < due.length) {
        const delivery = due[next++]!
        const at = now()
        const response: WebhookResponse = await postWebhook(
          delivery.webhook,
          delivery.secret,
          delivery.messageId,
          delivery.payload,
          {
            timeoutMs: options.timeoutMs ?? 10_000,
            userAgent: options.userAgent,
            now: at,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          },
        )
        const attempts = delivery.attempts + 1
        const state = response.ok ? 'delivered' : attempts >= policy.attempts ? 'failed' : 'pending'
        await options.monitor.recordAttempt(
          delivery.id,
          {
            at: at.toISOString(),
            httpStatus: response.httpStatus,
            error: response.error,
            durationMs: response.durationMs,
          },
          state === 'pending'
            ? {
                state,
                nextAttemptAt: new Date(now().getTime() + backoffDelay(policy, attempts)).toISOString(),
              }
            : { state },
        )
        options.onAttempt?.({
          deliveryId: delivery.id,
          eventId: delivery.eventId,
          messageId: delivery.messageId,
          state,
          httpStatus: response.httpStatus,
          error: response.error,
          webhook: delivery.webhook,
        })
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker))
    return due.length
  }
  const dispatcher: Dispatcher = {
    deliverDue() {
      running ??= round().finally(() => {
        running = null
      })
      return running
    },
    async drain(untilMs) {
      const deadline = now().getTime() + untilMs
      for (;;) {
        await dispatcher.deliverDue()
        const next = await options.monitor.nextDeliveryAt()
        if (next === null) return
        const wait = Date.parse(next) - now().getTime()
        if (now().getTime() + wait > deadline) return
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      }
    },
  }
  return dispatcher
}
