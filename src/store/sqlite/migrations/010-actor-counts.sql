-- Read side: how many documents mention each actor, and how often, kept up to date by triggers on
-- document_actors, so actor lists and name resolution sort by prominence without counting per query.
CREATE TABLE actor_counts (
  actor INTEGER PRIMARY KEY,
  documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL
);
INSERT INTO actor_counts (actor, documents, mentions)
  SELECT actor, count(*), sum(mention_count) FROM document_actors GROUP BY actor;
CREATE INDEX actor_counts_mentions ON actor_counts (mentions DESC, actor);

CREATE TRIGGER actor_counts_insert AFTER INSERT ON document_actors BEGIN
  INSERT INTO actor_counts (actor, documents, mentions) VALUES (new.actor, 1, new.mention_count)
    ON CONFLICT (actor) DO UPDATE SET documents = documents + 1, mentions = mentions + excluded.mentions;
END;
CREATE TRIGGER actor_counts_delete AFTER DELETE ON document_actors BEGIN
  UPDATE actor_counts SET documents = documents - 1, mentions = mentions - old.mention_count
    WHERE actor = old.actor;
  DELETE FROM actor_counts WHERE actor = old.actor AND documents <= 0;
END;
CREATE TRIGGER actor_counts_update AFTER UPDATE OF actor, mention_count ON document_actors BEGIN
  UPDATE actor_counts SET documents = documents - 1, mentions = mentions - old.mention_count
    WHERE actor = old.actor;
  DELETE FROM actor_counts WHERE actor = old.actor AND documents <= 0;
  INSERT INTO actor_counts (actor, documents, mentions) VALUES (new.actor, 1, new.mention_count)
    ON CONFLICT (actor) DO UPDATE SET documents = documents + 1, mentions = mentions + excluded.mentions;
END;
