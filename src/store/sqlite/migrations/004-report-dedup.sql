-- Cross-article de-duplication of reports (src/store/dedup.ts). Each event report keeps what the rule compares:
-- match_key (type, status family and parties), sentence_key (its sentence, folded, and the trigger's word in it)
-- and its own place. Rows stored before this version get their event's key and place; their sentence_key stays
-- NULL (they merge by sentence once their article is stored again: `parley ingest --force`).
ALTER TABLE event_mentions ADD COLUMN match_key TEXT;
ALTER TABLE event_mentions ADD COLUMN sentence_key TEXT;
ALTER TABLE event_mentions ADD COLUMN place INTEGER REFERENCES places (pk);
-- anchor = 1: the first dated report (by position) of its match key in its document, which its undated reports join
ALTER TABLE event_mentions ADD COLUMN anchor INTEGER NOT NULL DEFAULT 0;
UPDATE event_mentions SET
  match_key = (SELECT e.type || '|' || e.family || '|' || e.party_key FROM events e WHERE e.pk = event_mentions.event),
  place = (SELECT e.place FROM events e WHERE e.pk = event_mentions.event);
UPDATE event_mentions SET anchor = 1
  WHERE date_start IS NOT NULL AND match_key NOT LIKE '%|' AND trigger_start = (
    SELECT min(m.trigger_start) FROM event_mentions m
    WHERE m.doc = event_mentions.doc AND m.match_key = event_mentions.match_key AND m.date_start IS NOT NULL);
CREATE INDEX event_mentions_dated ON event_mentions (match_key, date_start);
CREATE INDEX event_mentions_sentence ON event_mentions (sentence_key);
CREATE INDEX event_mentions_doc_key ON event_mentions (doc, match_key);

-- A quotation carried by several articles is one quotation: its reports share report_key, and the one it is
-- shown by (listings, counts) has is_primary = 1. A NULL key never merges.
ALTER TABLE quotes ADD COLUMN report_key TEXT;
ALTER TABLE quotes ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1;
CREATE INDEX quotes_report_key ON quotes (report_key);
