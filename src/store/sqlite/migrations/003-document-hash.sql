-- Documents are found by content (the same file reached by two paths is one document): an index on the hash.
CREATE INDEX IF NOT EXISTS documents_hash ON documents (hash);
