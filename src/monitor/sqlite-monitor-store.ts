import type Database from 'better-sqlite3'
import { hammingDistance } from '../fingerprint/simhash.js'
import type { FeedFormat } from './feed-types.js'
import type {
  Alert,
  AlertFilter,
  Delivery,
  DeliveryLogEntry,
  FeedSettings,
  FeedState,
  MonitorStore,
  PageError,
  PageRetry,
  PollStatus,
} from './monitor-store.js'

interface FeedRow {
  readonly url: string
  readonly name: string | null
  readonly settings: string
  readonly format: FeedFormat | null
  readonly title: string | null
  readonly etag: string | null
  readonly last_modified: string | null
  readonly added_at: string
  readonly last_polled_at: string | null
  readonly last_ok_at: string | null
  readonly last_status: PollStatus | null
  readonly last_item_at: string | null
  readonly last_new_at: string | null
  readonly items_seen: number
  readonly documents_stored: number
  readonly page_errors: number
  readonly errors_total: number
  readonly consecutive_errors: number
  readonly last_error: string | null
  readonly last_error_at: string | null
  readonly next_poll_at: string | null
}

interface AlertRow {
  readonly id: number
  readonly name: string
  readonly filter: string
  readonly webhook: string
  readonly secret: string
  readonly created_at: string
  readonly cursor: number
  readonly pending: number
  readonly delivered: number
  readonly failed: number
}

/** The four 16-bit bands of a 64-bit fingerprint (16 hex digits): near-duplicates within 3 bits share one. */
export function fingerprintBands(fingerprint: string): [string, string, string, string] {
  return [
    fingerprint.slice(0, 4),
    fingerprint.slice(4, 8),
    fingerprint.slice(8, 12),
    fingerprint.slice(12, 16),
  ]
}

const feedState = (r: FeedRow): FeedState => ({
  url: r.url,
  name: r.name,
  settings: JSON.parse(r.settings) as FeedSettings,
  format: r.format,
  title: r.title,
  etag: r.etag,
  lastModified: r.last_modified,
  addedAt: r.added_at,
  lastPolledAt: r.last_polled_at,
  lastOkAt: r.last_ok_at,
  lastStatus: r.last_status,
  lastItemAt: r.last_item_at,
  lastNewAt: r.last_new_at,
  itemsSeen: r.items_seen,
  documentsStored: r.documents_stored,
  pageErrors: r.page_errors,
  errorsTotal: r.errors_total,
  consecutiveErrors: r.consecutive_errors,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  nextPollAt: r.next_poll_at,
})

const alertOf = (r: AlertRow): Alert => ({
  id: r.id,
  name: r.name,
  filter: JSON.parse(r.filter) as AlertFilter,
  webhook: r.webhook,
  secret: r.secret,
  createdAt: r.created_at,
  cursor: r.cursor,
  pending: r.pending,
  delivered: r.delivered,
  failed: r.failed,
})

const ALERT_SELECT = `SELECT a.*,
    (SELECT count(*) FROM monitor_deliveries d WHERE d.alert = a.id AND d.state = 'pending') AS pending,
    (SELECT count(*) FROM monitor_deliveries d WHERE d.alert = a.id AND d.state = 'delivered') AS delivered,
    (SELECT count(*) FROM monitor_deliveries d WHERE d.alert = a.id AND d.state = 'failed') AS failed
  FROM monitor_alerts a`

/**
 * The monitor's state in the record's SQLite database, over the store's own connection (`SqliteStore.db`), so
 * its writes never wait on the store's. The tables come from migration 020, applied when the store opens.
 * On a read-only connection to a database that predates it, lists are empty.
 */
export function sqliteMonitorStore(db: Database.Database): MonitorStore {
  const cache = new Map<string, Database.Statement>()
  const sql = (text: string) => {
    let statement = cache.get(text)
    if (!statement) {
      statement = db.prepare(text)
      cache.set(text, statement)
    }
    return statement
  }
  const hasTables =
    db
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'monitor_feeds'")
      .pluck()
      .get() === 1
  const idOrName = (value: string | number) =>
    typeof value === 'number' || /^\d+$/.test(value)
      ? { clause: 'id = ?', value: Number(value) }
      : { clause: 'name = ?', value }

  const store: MonitorStore = {
    async saveFeed(feed) {
      sql(
        `INSERT INTO monitor_feeds (url, name, settings, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET name = excluded.name, settings = excluded.settings`,
      ).run(feed.url, feed.name, JSON.stringify(feed.settings), new Date().toISOString())
      return (await store.getFeed(feed.url)) as FeedState
    },
    async getFeed(url) {
      if (!hasTables) return null
      const row = sql('SELECT * FROM monitor_feeds WHERE url = ?').get(url) as FeedRow | undefined
      return row ? feedState(row) : null
    },
    async listFeeds() {
      if (!hasTables) return []
      return (sql('SELECT * FROM monitor_feeds ORDER BY added_at, url').all() as FeedRow[]).map(feedState)
    },
    async removeFeed(url) {
      return sql('DELETE FROM monitor_feeds WHERE url = ?').run(url).changes > 0
    },
    async recordPoll(url, poll) {
      const failed = poll.status === 'error'
      sql(
        `UPDATE monitor_feeds SET
           last_polled_at = @at, last_status = @status, next_poll_at = @next,
           last_ok_at = CASE WHEN @failed THEN last_ok_at ELSE @at END,
           format = coalesce(@format, format), title = coalesce(@title, title),
           etag = CASE WHEN @keepEtag THEN etag ELSE @etag END,
           last_modified = CASE WHEN @keepModified THEN last_modified ELSE @modified END,
           last_item_at = CASE WHEN @newest IS NOT NULL AND (last_item_at IS NULL OR @newest > last_item_at)
             THEN @newest ELSE last_item_at END,
           last_new_at = CASE WHEN @newItems > 0 THEN @at ELSE last_new_at END,
           items_seen = items_seen + @newItems,
           documents_stored = documents_stored + @stored,
           page_errors = page_errors + @pageErrors,
           errors_total = errors_total + @failed,
           consecutive_errors = CASE WHEN @failed THEN consecutive_errors + 1 ELSE 0 END,
           last_error = CASE WHEN @failed THEN @error ELSE last_error END,
           last_error_at = CASE WHEN @failed THEN @at ELSE last_error_at END
         WHERE url = @url`,
      ).run({
        url,
        at: poll.at,
        status: poll.status,
        next: poll.nextPollAt,
        failed: failed ? 1 : 0,
        format: poll.format ?? null,
        title: poll.title ?? null,
        keepEtag: poll.etag === undefined ? 1 : 0,
        etag: poll.etag ?? null,
        keepModified: poll.lastModified === undefined ? 1 : 0,
        modified: poll.lastModified ?? null,
        newest: poll.newestItemAt ?? null,
        newItems: poll.newItems ?? 0,
        stored: poll.documentsStored ?? 0,
        pageErrors: poll.pageErrors ?? 0,
        error: poll.error ?? null,
      })
    },

    async knownUrls(urls) {
      if (urls.length === 0) return new Set()
      const rows = sql(
        `SELECT u.value AS url FROM json_each(?) u
         WHERE EXISTS (SELECT 1 FROM monitor_pages p WHERE p.url = u.value AND (p.status <> 'error' OR p.retryable = 0))
            OR EXISTS (SELECT 1 FROM monitor_url_aliases a JOIN monitor_pages p ON p.pk = a.page
                       WHERE a.url = u.value AND (p.status <> 'error' OR p.retryable = 0))`,
      )
        .pluck()
        .all(JSON.stringify(urls)) as string[]
      return new Set(rows)
    },
    async pagesToRetry(feedUrl, maxAttempts) {
      return (
        sql(
          `SELECT url, title, item_date, attempts FROM monitor_pages
           WHERE feed_url = ? AND status = 'error' AND retryable = 1 AND attempts < ? ORDER BY pk`,
        ).all(feedUrl, maxAttempts) as {
          url: string
          title: string | null
          item_date: string | null
          attempts: number
        }[]
      ).map((r): PageRetry => ({ url: r.url, title: r.title, itemDate: r.item_date, attempts: r.attempts }))
    },
    async recordPage(page) {
      const bands = page.fingerprint ? fingerprintBands(page.fingerprint) : [null, null, null, null]
      db.transaction(() => {
        const pk = sql(
          `INSERT INTO monitor_pages (url, feed_url, document_id, status, error_code, error, retryable, attempts,
             duplicate_of, title, item_date, fingerprint, band0, band1, band2, band3, first_seen_at, fetched_at)
           VALUES (@url, @feed, @doc, @status, @code, @error, @retryable, @attempts, @dup, @title, @date, @fp,
             @b0, @b1, @b2, @b3, @at, @at)
           ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, document_id = excluded.document_id,
             status = excluded.status, error_code = excluded.error_code, error = excluded.error,
             retryable = excluded.retryable, attempts = monitor_pages.attempts + excluded.attempts,
             duplicate_of = excluded.duplicate_of, title = coalesce(excluded.title, monitor_pages.title),
             item_date = coalesce(excluded.item_date, monitor_pages.item_date), fingerprint = excluded.fingerprint,
             band0 = excluded.band0, band1 = excluded.band1, band2 = excluded.band2, band3 = excluded.band3,
             fetched_at = excluded.fetched_at
           RETURNING pk`,
        )
          .pluck()
          .get({
            url: page.url,
            feed: page.feedUrl,
            doc: page.documentId,
            status: page.status,
            code: page.error?.code ?? null,
            error: page.error?.message ?? null,
            retryable: page.error?.retryable ? 1 : 0,
            attempts: page.status === 'error' ? 1 : 0,
            dup: page.duplicateOf ?? null,
            title: page.title,
            date: page.itemDate,
            fp: page.fingerprint,
            b0: bands[0],
            b1: bands[1],
            b2: bands[2],
            b3: bands[3],
            at: page.at,
          }) as number
        const alias = sql('INSERT OR IGNORE INTO monitor_url_aliases (url, page) VALUES (?, ?)')
        for (const url of page.aliases) if (url !== page.url) alias.run(url, pk)
      })()
    },
    async findNearDuplicate(fingerprint, maxDistance) {
      const [b0, b1, b2, b3] = fingerprintBands(fingerprint)
      const candidates = sql(
        `SELECT url, document_id, fingerprint FROM monitor_pages
         WHERE status IN ('stored', 'unchanged') AND (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?)`,
      ).all(b0, b1, b2, b3) as { url: string; document_id: string | null; fingerprint: string }[]
      let best: { url: string; documentId: string | null; distance: number } | null = null
      for (const c of candidates) {
        const distance = hammingDistance(fingerprint, c.fingerprint)
        if (distance <= maxDistance && (best === null || distance < best.distance)) {
          best = { url: c.url, documentId: c.document_id, distance }
        }
      }
      return best
    },
    async pageErrors(filter = {}) {
      if (!hasTables) return []
      const rows = sql(
        `SELECT url, feed_url, error_code, error, retryable, attempts, fetched_at FROM monitor_pages
         WHERE status = 'error' AND (? IS NULL OR feed_url = ?) ORDER BY fetched_at DESC, pk DESC LIMIT ?`,
      ).all(filter.feedUrl ?? null, filter.feedUrl ?? null, filter.limit ?? 50) as {
        url: string
        feed_url: string | null
        error_code: string
        error: string
        retryable: number
        attempts: number
        fetched_at: string
      }[]
      return rows.map(
        (r): PageError => ({
          url: r.url,
          feedUrl: r.feed_url,
          code: r.error_code,
          message: r.error,
          retryable: r.retryable === 1,
          attempts: r.attempts,
          at: r.fetched_at,
        }),
      )
    },

    async addAlert(alert) {
      const cursor = await store.latestEventId()
      const id = sql(
        `INSERT INTO monitor_alerts (name, filter, webhook, secret, created_at, cursor) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        alert.name,
        JSON.stringify(alert.filter),
        alert.webhook,
        alert.secret,
        new Date().toISOString(),
        cursor,
      ).lastInsertRowid
      return (await store.getAlert(Number(id))) as Alert
    },
    async listAlerts() {
      if (!hasTables) return []
      return (sql(`${ALERT_SELECT} ORDER BY a.id`).all() as AlertRow[]).map(alertOf)
    },
    async getAlert(key) {
      if (!hasTables) return null
      const { clause, value } = idOrName(key)
      const row = sql(`${ALERT_SELECT} WHERE a.${clause}`).get(value) as AlertRow | undefined
      return row ? alertOf(row) : null
    },
    async removeAlert(key) {
      const { clause, value } = idOrName(key)
      return sql(`DELETE FROM monitor_alerts WHERE ${clause}`).run(value).changes > 0
    },
    async latestEventId() {
      return (sql('SELECT coalesce(max(pk), 0) FROM events').pluck().get() as number) ?? 0
    },
    async eventIdsAfter(after, limit) {
      return sql('SELECT pk FROM events WHERE pk > ? ORDER BY pk LIMIT ?')
        .pluck()
        .all(after, limit) as number[]
    },
    async queueDeliveries(alertId, deliveries, cursor) {
      return db.transaction(() => {
        const insert = sql(
          `INSERT INTO monitor_deliveries (alert, event, message_id, payload, state, created_at, next_attempt_at)
           VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT DO NOTHING`,
        )
        let queued = 0
        for (const d of deliveries)
          queued += insert.run(alertId, d.eventId, d.messageId, d.payload, d.at, d.at).changes
        sql('UPDATE monitor_alerts SET cursor = max(cursor, ?) WHERE id = ?').run(cursor, alertId)
        return queued
      })()
    },
    async dueDeliveries(now, limit) {
      return (
        sql(
          `SELECT d.id, d.alert, d.event, d.message_id, d.payload, d.attempts, a.webhook, a.secret
           FROM monitor_deliveries d JOIN monitor_alerts a ON a.id = d.alert
           WHERE d.state = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?`,
        ).all(now, limit) as {
          id: number
          alert: number
          event: number
          message_id: string
          payload: string
          attempts: number
          webhook: string
          secret: string
        }[]
      ).map(
        (r): Delivery => ({
          id: r.id,
          alertId: r.alert,
          eventId: r.event,
          messageId: r.message_id,
          payload: r.payload,
          webhook: r.webhook,
          secret: r.secret,
          attempts: r.attempts,
        }),
      )
    },
    async nextDeliveryAt() {
      if (!hasTables) return null
      return (
        (sql("SELECT min(next_attempt_at) FROM monitor_deliveries WHERE state = 'pending'").pluck().get() as
          | string
          | null) ?? null
      )
    },
    async recordAttempt(deliveryId, attempt, next) {
      db.transaction(() => {
        const number =
          (sql('SELECT attempts FROM monitor_deliveries WHERE id = ?').pluck().get(deliveryId) as number) + 1
        sql(
          `INSERT INTO monitor_delivery_attempts (delivery, attempt, at, http_status, error, duration_ms)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          deliveryId,
          number,
          attempt.at,
          attempt.httpStatus,
          attempt.error,
          Math.round(attempt.durationMs),
        )
        sql(
          `UPDATE monitor_deliveries SET attempts = ?, state = ?, last_status = ?, last_error = ?,
             next_attempt_at = ?, delivered_at = ? WHERE id = ?`,
        ).run(
          number,
          next.state,
          attempt.httpStatus,
          attempt.error,
          next.state === 'pending' ? next.nextAttemptAt : null,
          next.state === 'delivered' ? attempt.at : null,
          deliveryId,
        )
      })()
    },
    async deliveryLog(filter = {}) {
      if (!hasTables) return []
      const alert = filter.alert === undefined ? null : idOrName(filter.alert)
      const rows = sql(
        `SELECT d.id AS delivery, a.name AS alert, d.event, d.message_id, d.state, d.next_attempt_at,
           t.attempt, t.at, t.http_status, t.error, t.duration_ms
         FROM monitor_delivery_attempts t
         JOIN monitor_deliveries d ON d.id = t.delivery JOIN monitor_alerts a ON a.id = d.alert
         ${alert ? `WHERE a.${alert.clause}` : ''}
         ORDER BY t.at DESC, d.id DESC, t.attempt DESC LIMIT ?`,
      ).all(...(alert ? [alert.value] : []), filter.limit ?? 100) as {
        delivery: number
        alert: string
        event: number
        message_id: string
        state: DeliveryLogEntry['state']
        next_attempt_at: string | null
        attempt: number
        at: string
        http_status: number | null
        error: string | null
        duration_ms: number
      }[]
      return rows.map(
        (r): DeliveryLogEntry => ({
          deliveryId: r.delivery,
          alert: r.alert,
          eventId: r.event,
          messageId: r.message_id,
          state: r.state,
          attempt: r.attempt,
          at: r.at,
          httpStatus: r.http_status,
          error: r.error,
          durationMs: r.duration_ms,
          nextAttemptAt: r.next_attempt_at,
        }),
      )
    },
  }
  return store
}
