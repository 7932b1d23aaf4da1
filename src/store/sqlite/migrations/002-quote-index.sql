-- The quotation index is kept by the store (src/store/sqlite/quote-index.ts) rather than by triggers, so a
-- group of documents is indexed in one go before it commits. Every committed quotation stays indexed.
DROP TRIGGER IF EXISTS quotes_fts_insert;
DROP TRIGGER IF EXISTS quotes_fts_delete;
