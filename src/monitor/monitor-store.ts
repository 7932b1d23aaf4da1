import type { EventStatus, PloverType } from '../doc/layers.js'
import type { FeedFormat } from './feed-types.js'

/**
 * The monitor's own state, beside the record: followed feeds, the pages they pointed to, alerts and their
 * webhook deliveries. A narrow interface so a PostgreSQL backend can implement it next to its `Store`; the SQLite
 * one (`sqlite-monitor-store.ts`) shares the record's database file and connection (migration 020).
 *
 * Times are ISO 8601 instants (`new Date().toISOString()`). Every method is async, as in `Store`.
 */
export interface MonitorStore {
  /** Registers a feed, or updates its name and settings; its state is kept. */
  saveFeed(feed: FeedSettingsRow): Promise<FeedState>
  getFeed(url: string): Promise<FeedState | null>
  listFeeds(): Promise<readonly FeedState[]>
  /** Forgets a feed and its state (its pages and stored documents stay). */
  removeFeed(url: string): Promise<boolean>
  /** The outcome of one poll: updates the validators, the counters, the error state and the next poll time. */
  recordPoll(url: string, poll: PollRecord): Promise<void>

  /** Which of these canonical URLs (or aliases) need no fetch: stored, unchanged, duplicate, or failed for good. */
  knownUrls(urls: readonly string[]): Promise<ReadonlySet<string>>
  /** Pages of a feed whose fetch failed for a passing reason and may be tried again (fewer attempts than `max`). */
  pagesToRetry(feedUrl: string, maxAttempts: number): Promise<readonly PageRetry[]>
  /** Records what became of a page, under its canonical URL and its aliases. */
  recordPage(page: PageRecord): Promise<void>
  /** A stored page whose text fingerprint is within `maxDistance` bits of this one. */
  findNearDuplicate(fingerprint: string, maxDistance: number): Promise<NearDuplicate | null>
  /** The latest page errors, newest first (optionally of one feed). */
  pageErrors(filter?: { readonly feedUrl?: string; readonly limit?: number }): Promise<readonly PageError[]>

  addAlert(alert: NewAlert): Promise<Alert>
  listAlerts(): Promise<readonly Alert[]>
  /** By numeric id or name. */
  getAlert(idOrName: string | number): Promise<Alert | null>
  /** Removes an alert with its deliveries and their log. */
  removeAlert(idOrName: string | number): Promise<boolean>
  /** The highest global event id in the record (0 when there is none): a new alert starts from it. */
  latestEventId(): Promise<number>
  /** Global event ids above `after`, ascending, at most `limit`. Ids are monotonic: a new event gets a higher one. */
  eventIdsAfter(after: number, limit: number): Promise<readonly number[]>
  /**
   * In one transaction: queues a delivery per matching event (at most one per alert and event, ever) and moves
   * the alert's cursor to `cursor`. Returns how many were queued (redeliveries of the same pair are ignored).
   */
  queueDeliveries(alertId: number, deliveries: readonly NewDelivery[], cursor: number): Promise<number>
  /** Pending deliveries whose next attempt is due at `now`, oldest first. */
  dueDeliveries(now: string, limit: number): Promise<readonly Delivery[]>
  /** The earliest next attempt of a pending delivery, or null when none is pending. */
  nextDeliveryAt(): Promise<string | null>
  /** Logs one attempt and moves the delivery on (delivered, failed for good, or pending until `nextAttemptAt`). */
  recordAttempt(deliveryId: number, attempt: DeliveryAttempt, next: DeliveryNext): Promise<void>
  deliveryLog(filter?: DeliveryLogFilter): Promise<readonly DeliveryLogEntry[]>
}

/** Settings one feed may carry in a feeds file; every one is optional. */
export interface FeedSettings {
  /** Seconds between polls (default: the command's `--interval`). */
  readonly interval?: number
  /** The most items taken from one poll, first in the feed's order (default 50). */
  readonly maxItems?: number
  /** Per request, in seconds (default 20). */
  readonly timeout?: number
  /** Largest page or feed body, in bytes (default 5 MiB). */
  readonly maxBytes?: number
  /** Items dated before this day (YYYY-MM-DD) are skipped. */
  readonly since?: string
}

export interface FeedSettingsRow {
  readonly url: string
  readonly name: string | null
  readonly settings: FeedSettings
}

export type PollStatus = 'ok' | 'not-modified' | 'error'

export interface FeedState extends FeedSettingsRow {
  readonly format: FeedFormat | null
  readonly title: string | null
  readonly etag: string | null
  readonly lastModified: string | null
  readonly addedAt: string
  readonly lastPolledAt: string | null
  readonly lastOkAt: string | null
  readonly lastStatus: PollStatus | null
  /** The newest item date the feed has shown (its items' own dates). */
  readonly lastItemAt: string | null
  /** When a poll last found an item not seen before. */
  readonly lastNewAt: string | null
  readonly itemsSeen: number
  readonly documentsStored: number
  readonly pageErrors: number
  readonly errorsTotal: number
  readonly consecutiveErrors: number
  readonly lastError: string | null
  readonly lastErrorAt: string | null
  readonly nextPollAt: string | null
}

export interface PollRecord {
  readonly at: string
  readonly status: PollStatus
  readonly nextPollAt: string
  readonly format?: FeedFormat
  readonly title?: string | null
  /** Validators for the next conditional GET; undefined keeps the old ones. */
  readonly etag?: string | null
  readonly lastModified?: string | null
  readonly newestItemAt?: string | null
  readonly newItems?: number
  readonly documentsStored?: number
  readonly pageErrors?: number
  readonly error?: string
}

export type PageStatus = 'stored' | 'unchanged' | 'duplicate' | 'error'

export interface PageRecord {
  /** The canonical URL the page was fetched at. */
  readonly url: string
  /** Other canonical addresses of the same page (item link before redirects, declared canonical URL). */
  readonly aliases: readonly string[]
  readonly feedUrl: string
  readonly status: PageStatus
  readonly documentId: string | null
  readonly title: string | null
  readonly itemDate: string | null
  readonly fingerprint: string | null
  readonly duplicateOf?: string | null
  readonly error?: { readonly code: string; readonly message: string; readonly retryable: boolean }
  readonly at: string
}

export interface PageRetry {
  readonly url: string
  readonly title: string | null
  readonly itemDate: string | null
  readonly attempts: number
}

export interface NearDuplicate {
  readonly url: string
  readonly documentId: string | null
  readonly distance: number
}

export interface PageError {
  readonly url: string
  readonly feedUrl: string | null
  readonly code: string
  readonly message: string
  readonly retryable: boolean
  readonly attempts: number
  readonly at: string
}

/** What an alert watches for; every field given must match (names resolve as `parley events --actor` does). */
export interface AlertFilter {
  /** An actor name, surname, country (name or ISO code) or stored id on the event's actor side. */
  readonly actor?: string
  readonly recipient?: string
  /** Two parties on either side: contacts between A and B. */
  readonly contacts?: readonly [string, string]
  readonly type?: readonly PloverType[]
  readonly status?: readonly EventStatus[]
}

export interface NewAlert {
  readonly name: string
  readonly filter: AlertFilter
  readonly webhook: string
  readonly secret: string
}

export interface Alert extends NewAlert {
  readonly id: number
  readonly createdAt: string
  /** Events up to this global id have been matched. */
  readonly cursor: number
  readonly pending: number
  readonly delivered: number
  readonly failed: number
}

export interface NewDelivery {
  readonly eventId: number
  readonly messageId: string
  readonly payload: string
  readonly at: string
}

export type DeliveryState = 'pending' | 'delivered' | 'failed'

export interface Delivery {
  readonly id: number
  readonly alertId: number
  readonly eventId: number
  readonly messageId: string
  readonly payload: string
  readonly webhook: string
  readonly secret: string
  readonly attempts: number
}

export interface DeliveryAttempt {
  readonly at: string
  readonly httpStatus: number | null
  readonly error: string | null
  readonly durationMs: number
}

export type DeliveryNext =
  | { readonly state: 'delivered' }
  | { readonly state: 'failed' }
  | { readonly state: 'pending'; readonly nextAttemptAt: string }

export interface DeliveryLogFilter {
  readonly alert?: string | number
  readonly limit?: number
}

export interface DeliveryLogEntry {
  readonly deliveryId: number
  readonly alert: string
  readonly eventId: number
  readonly messageId: string
  readonly state: DeliveryState
  readonly attempt: number
  readonly at: string
  readonly httpStatus: number | null
  readonly error: string | null
  readonly durationMs: number
  readonly nextAttemptAt: string | null
}
