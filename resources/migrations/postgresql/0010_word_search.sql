-- Schema version 10, as SQLite's 0010_word_search.sql: the search index holds the words of
-- Thai, Lao, Khmer and Burmese whole as well, so every document is written again. A server
-- archive has no search index yet (DESIGN.md, "Team archive on PostgreSQL"): every dialogue is
-- queued, so that the index, when it comes, is built with this version's tokens.
INSERT INTO search_stale (dialogue_id) SELECT id FROM dialogue ON CONFLICT DO NOTHING;
