-- Live monitoring (src/monitor/): followed feeds and their state, fetched pages, alerts and webhook deliveries.
-- These tables refer to the record only by value (document ids, event ids), never by foreign key, so the
-- record's own tables can change without them; src/monitor/monitor-store.ts is the interface over them.

CREATE TABLE monitor_feeds (
  url TEXT PRIMARY KEY, -- canonical feed URL
  name TEXT,
  settings TEXT NOT NULL DEFAULT '{}', -- JSON: the per-feed settings last given (interval, maxItems, …)
  format TEXT, -- rss | rdf | atom | sitemap | sitemap-index, once read
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  added_at TEXT NOT NULL,
  last_polled_at TEXT,
  last_ok_at TEXT,
  last_status TEXT CHECK (last_status IN ('ok', 'not-modified', 'error')),
  last_item_at TEXT, -- the newest item date the feed has shown
  last_new_at TEXT, -- when a poll last found a new item
  items_seen INTEGER NOT NULL DEFAULT 0,
  documents_stored INTEGER NOT NULL DEFAULT 0,
  page_errors INTEGER NOT NULL DEFAULT 0,
  errors_total INTEGER NOT NULL DEFAULT 0,
  consecutive_errors INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  last_error_at TEXT,
  next_poll_at TEXT
);

-- One row per page a feed pointed to, by canonical URL; monitor_url_aliases maps the other addresses of the
-- same page (the item's link before redirects, the page's declared canonical URL) to it.
CREATE TABLE monitor_pages (
  pk INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  feed_url TEXT,
  document_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('stored', 'unchanged', 'duplicate', 'error')),
  error_code TEXT,
  error TEXT,
  retryable INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  duplicate_of TEXT,
  title TEXT,
  item_date TEXT,
  -- 64-bit SimHash of the page text (16 hex digits) and its four 16-bit bands: two fingerprints within 3 bits
  -- share at least one band, so near-duplicates are found through the band indexes
  fingerprint TEXT,
  band0 TEXT,
  band1 TEXT,
  band2 TEXT,
  band3 TEXT,
  first_seen_at TEXT NOT NULL,
  fetched_at TEXT
);
CREATE INDEX monitor_pages_feed ON monitor_pages (feed_url, status);
CREATE INDEX monitor_pages_band0 ON monitor_pages (band0);
CREATE INDEX monitor_pages_band1 ON monitor_pages (band1);
CREATE INDEX monitor_pages_band2 ON monitor_pages (band2);
CREATE INDEX monitor_pages_band3 ON monitor_pages (band3);

CREATE TABLE monitor_url_aliases (
  url TEXT PRIMARY KEY,
  page INTEGER NOT NULL REFERENCES monitor_pages (pk) ON DELETE CASCADE
);

-- Saved queries: each new stored event (global event id above the cursor) that matches is delivered once.
CREATE TABLE monitor_alerts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  filter TEXT NOT NULL, -- JSON {actor?, recipient?, contacts?, type?, status?}
  webhook TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cursor INTEGER NOT NULL -- events up to this global id have been matched
);

CREATE TABLE monitor_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alert INTEGER NOT NULL REFERENCES monitor_alerts (id) ON DELETE CASCADE,
  event INTEGER NOT NULL,
  message_id TEXT NOT NULL UNIQUE, -- the webhook-id header, the same on every retry
  payload TEXT NOT NULL, -- the JSON body, fixed when the delivery is queued
  state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  next_attempt_at TEXT,
  delivered_at TEXT,
  last_status INTEGER,
  last_error TEXT,
  UNIQUE (alert, event)
);
CREATE INDEX monitor_deliveries_due ON monitor_deliveries (state, next_attempt_at);

CREATE TABLE monitor_delivery_attempts (
  delivery INTEGER NOT NULL REFERENCES monitor_deliveries (id) ON DELETE CASCADE,
  attempt INTEGER NOT NULL,
  at TEXT NOT NULL,
  http_status INTEGER,
  error TEXT,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (delivery, attempt)
);
