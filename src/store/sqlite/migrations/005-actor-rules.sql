-- Users' identity rules (`parley actors merge`): an actor key, and a person's folded name, that stand for
-- another actor in every article stored later.
CREATE TABLE actor_rules (
  from_key TEXT NOT NULL,
  from_name TEXT,
  into_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (from_key, into_key)
);
CREATE INDEX actor_rules_name ON actor_rules (from_name);
