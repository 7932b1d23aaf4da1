-- Parley store on PostgreSQL, version 1: the tables of the SQLite schema (src/store/sqlite/migrations), with
-- identity keys, a tsvector quotation index (GIN) and a trigger-kept actor_counts read side. Offsets are UTF-16
-- code-unit indices into documents.text, end-exclusive. Mentions are `json` (kept as written, read back whole).
-- Events are not partitioned: contacts queries span all dates and undated events exist; the indexes below
-- serve the read models (parties by actor, events by sort date, mentions by event) at 10M+ rows.

CREATE TABLE documents (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  hash text NOT NULL,
  title text,
  date text,
  url text,
  source text,
  language text,
  text text NOT NULL,
  ingested_at text NOT NULL
);
CREATE INDEX documents_date ON documents (date);

CREATE TABLE actors (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL UNIQUE,
  name text NOT NULL,
  name_key text NOT NULL,
  surname_key text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'group')),
  country text,
  sector text,
  role text,
  kb_id text,
  anonymous integer NOT NULL DEFAULT 0
);
CREATE INDEX actors_name_key ON actors (name_key text_pattern_ops);
CREATE INDEX actors_surname_key ON actors (surname_key);
CREATE INDEX actors_country ON actors (country, kind);

CREATE TABLE document_actors (
  doc integer NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  seq integer NOT NULL,
  local_id text NOT NULL,
  actor integer NOT NULL REFERENCES actors (pk),
  name text NOT NULL,
  kind text NOT NULL,
  country text,
  role text,
  sector text,
  anonymous integer NOT NULL,
  mention_count integer NOT NULL,
  mentions json NOT NULL,
  PRIMARY KEY (doc, local_id)
);
CREATE INDEX document_actors_actor ON document_actors (actor, mention_count);

CREATE TABLE actor_counts (
  actor integer PRIMARY KEY,
  documents integer NOT NULL,
  mentions integer NOT NULL
);
CREATE INDEX actor_counts_mentions ON actor_counts (mentions DESC, actor);

CREATE FUNCTION actor_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE actor_counts SET documents = documents - 1, mentions = mentions - OLD.mention_count
      WHERE actor = OLD.actor;
    DELETE FROM actor_counts WHERE actor = OLD.actor AND documents <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO actor_counts (actor, documents, mentions) VALUES (NEW.actor, 1, NEW.mention_count)
      ON CONFLICT (actor) DO UPDATE SET documents = actor_counts.documents + 1,
        mentions = actor_counts.mentions + excluded.mentions;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER actor_counts_keep AFTER INSERT OR DELETE OR UPDATE OF actor, mention_count ON document_actors
  FOR EACH ROW EXECUTE FUNCTION actor_counts_keep();

CREATE TABLE places (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL UNIQUE,
  name text NOT NULL,
  name_key text NOT NULL,
  country text,
  lat double precision,
  lon double precision
);
CREATE INDEX places_name_key ON places (name_key);

CREATE TABLE document_places (
  doc integer NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  seq integer NOT NULL,
  local_id text NOT NULL,
  place integer NOT NULL REFERENCES places (pk),
  name text NOT NULL,
  country text,
  lat double precision,
  lon double precision,
  mentions json NOT NULL,
  PRIMARY KEY (doc, local_id)
);
CREATE INDEX document_places_place ON document_places (place);

CREATE TABLE quotes (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc integer NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  doc_date text,
  local_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  text text NOT NULL,
  spans json NOT NULL,
  cue_start integer,
  cue_end integer,
  cue_text text,
  speaker integer REFERENCES actors (pk),
  speaker_local_id text,
  speaker_start integer,
  speaker_end integer,
  speaker_text text,
  -- 'simple': no stemming or stop words, so every word of a search must occur as written (as in SQLite's FTS5)
  words tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
  UNIQUE (doc, local_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_by_date ON quotes (doc_date DESC NULLS LAST, doc, pk);
CREATE INDEX quotes_words ON quotes USING gin (words);

CREATE TABLE events (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL,
  family text NOT NULL,
  status text NOT NULL,
  mode text,
  cameo text,
  party_key text NOT NULL,
  date_start text,
  date_end text,
  date_text text,
  place integer REFERENCES places (pk),
  sort_start text,
  sort_end text,
  mention_count integer NOT NULL
);
CREATE INDEX events_match ON events (type, family, party_key, date_start);
CREATE INDEX events_sort ON events (sort_start, pk);
CREATE INDEX events_place ON events (place);

CREATE TABLE event_parties (
  event integer NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('actor', 'recipient')),
  actor integer NOT NULL REFERENCES actors (pk),
  PRIMARY KEY (event, role, actor)
);
CREATE INDEX event_parties_actor ON event_parties (actor, role, event);

CREATE TABLE event_mentions (
  pk integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event integer NOT NULL REFERENCES events (pk),
  doc integer NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
  local_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('asserted', 'negated', 'hypothetical', 'future')),
  mode text,
  cameo text,
  actors json NOT NULL,
  recipients json NOT NULL,
  date_start text,
  date_end text,
  date_text text,
  location json,
  sentence_start integer NOT NULL,
  sentence_end integer NOT NULL,
  sentence_text text NOT NULL,
  trigger_start integer NOT NULL,
  trigger_end integer NOT NULL,
  trigger_text text NOT NULL,
  quote text,
  UNIQUE (doc, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions (event, doc);
CREATE INDEX event_mentions_doc ON event_mentions (doc);

-- Bumped by every write that changes the record (under the write lock): read models cache by it.
CREATE TABLE record_revision (n bigint NOT NULL);
INSERT INTO record_revision VALUES (0);
