-- Cross-article de-duplication of reports (src/store/dedup.ts), as in the SQLite store's migration 004: each event
-- report keeps its match key, sentence key, place and anchor flag; a quotation's reports share report_key and
-- the one it is shown by has is_primary = 1. Rows stored before get their event's key and place; their
-- sentence_key stays NULL until their article is stored again (`parley ingest --force`).
ALTER TABLE event_mentions ADD COLUMN match_key text;
ALTER TABLE event_mentions ADD COLUMN sentence_key text;
ALTER TABLE event_mentions ADD COLUMN place integer REFERENCES places (pk);
ALTER TABLE event_mentions ADD COLUMN anchor integer NOT NULL DEFAULT 0;
UPDATE event_mentions m SET match_key = e.type || '|' || e.family || '|' || e.party_key, place = e.place
  FROM events e WHERE e.pk = m.event;
UPDATE event_mentions SET anchor = 1
  WHERE date_start IS NOT NULL AND match_key NOT LIKE '%|' AND trigger_start = (
    SELECT min(m.trigger_start) FROM event_mentions m
    WHERE m.doc = event_mentions.doc AND m.match_key = event_mentions.match_key AND m.date_start IS NOT NULL);
CREATE INDEX event_mentions_dated ON event_mentions (match_key, date_start);
CREATE INDEX event_mentions_sentence ON event_mentions (sentence_key);
CREATE INDEX event_mentions_doc_key ON event_mentions (doc, match_key);

ALTER TABLE quotes ADD COLUMN report_key text;
ALTER TABLE quotes ADD COLUMN is_primary integer NOT NULL DEFAULT 1;
CREATE INDEX quotes_report_key ON quotes (report_key);
