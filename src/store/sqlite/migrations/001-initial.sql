-- Parley store, version 1. Offsets are UTF-16 code-unit indices into documents.text, end-exclusive.
-- Per-document rows hang off documents (ON DELETE CASCADE); actors, places and events are global and
-- are garbage-collected by the store when their last reference goes.

CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  title TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  language TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);

-- One row per real-world participant, merged across documents (see src/store/keys.ts).
CREATE TABLE actors (
  pk INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  surname_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'group')),
  country TEXT,
  sector TEXT,
  role TEXT,
  kb_id TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name_key ON actors (name_key);
CREATE INDEX actors_surname_key ON actors (surname_key);
CREATE INDEX actors_country ON actors (country, kind);

-- The actors of one document (record-local id → global actor), as the document named them, with their
-- mentions (JSON [{start, end, text}]: read back whole, never searched, so not rows of their own).
CREATE TABLE document_actors (
  doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors (pk),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  role TEXT,
  sector TEXT,
  anonymous INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  mentions TEXT NOT NULL,
  PRIMARY KEY (doc, local_id)
);
CREATE INDEX document_actors_actor ON document_actors (actor, mention_count);

-- Mentions as rows, for SQL users: (doc, actor, local_id, start, end, text).
CREATE VIEW actor_mentions AS
  SELECT da.doc, da.actor, da.local_id, json_extract(m.value, '$.start') AS start,
    json_extract(m.value, '$.end') AS "end", json_extract(m.value, '$.text') AS text
  FROM document_actors da, json_each(da.mentions) m;

CREATE TABLE places (
  pk INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL
);
CREATE INDEX places_name_key ON places (name_key);

CREATE TABLE document_places (
  doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  place INTEGER NOT NULL REFERENCES places (pk),
  name TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  mentions TEXT NOT NULL,
  PRIMARY KEY (doc, local_id)
);
CREATE INDEX document_places_place ON document_places (place);

CREATE VIEW place_mentions AS
  SELECT dp.doc, dp.place, dp.local_id, json_extract(m.value, '$.start') AS start,
    json_extract(m.value, '$.end') AS "end", json_extract(m.value, '$.text') AS text
  FROM document_places dp, json_each(dp.mentions) m;

CREATE TABLE quotes (
  pk INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  doc_date TEXT, -- the document's publication date, for listing newest first without a sort
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  text TEXT NOT NULL,
  spans TEXT NOT NULL, -- JSON array of {start, end}
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  speaker INTEGER REFERENCES actors (pk),
  speaker_local_id TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  UNIQUE (doc, local_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_by_date ON quotes (doc_date DESC, doc, pk);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'pk');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;

-- A real-world event, de-duplicated across and within documents (rule: src/store/dedup.ts).
-- sort_start/sort_end: the event's own date range, else the earliest publication date of its mentions.
CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  family TEXT NOT NULL,
  status TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  party_key TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  place INTEGER REFERENCES places (pk),
  sort_start TEXT,
  sort_end TEXT,
  mention_count INTEGER NOT NULL
);
CREATE INDEX events_match ON events (type, family, party_key, date_start);
CREATE INDEX events_sort ON events (sort_start);
CREATE INDEX events_place ON events (place);

CREATE TABLE event_parties (
  event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  actor INTEGER NOT NULL REFERENCES actors (pk),
  PRIMARY KEY (event, role, actor)
) WITHOUT ROWID;
CREATE INDEX event_parties_actor ON event_parties (actor, role, event);

CREATE TABLE event_mentions (
  pk INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events (pk),
  doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('asserted', 'negated', 'hypothetical', 'future')),
  mode TEXT,
  cameo TEXT,
  actors TEXT NOT NULL, -- JSON array of the record's local actor ids
  recipients TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  location TEXT, -- JSON {name, country, lat, lon} as in the record
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  quote TEXT, -- the record's local quote id
  UNIQUE (doc, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions (event, doc);
