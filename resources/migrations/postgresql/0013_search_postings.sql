-- Schema version 13 (issue 13, item 9): the places of each token in a table of their own.
--
-- Version 12 kept a dialogue's tokens with their places in one tsvector per dialogue, matched
-- through a GIN index. To rank, the program needs the places of the query's tokens in every
-- document found, and a tsvector gives them only whole: a word most dialogues hold had the
-- server read and send every token of every one of them (41 MB for "biodiversity" over 2,000
-- dialogues: 2.3 s median and 14 s at the 95th percentile where SQLite took 20 and 80 ms;
-- bench_server). Here each token of a document is a row, found by its token (an exact token, or
-- the range of tokens a prefix begins) through a B-tree, so a search reads the places of its own
-- tokens and nothing else, as FTS5 reads its doclists.
--
--   dialogue_id  the document's dialogue (search_vector keeps its number, date and sizes)
--   lexeme       the column letter and the token (A title … I facts, as in version 12), cut to
--                at most 2000 bytes (a B-tree entry holds about 2700)
--   whole        the whole lexeme when it had to be cut; NULL otherwise
--   places       the token's places in its column, counted from 1 as FTS5 counts them, all of
--                them (a tsvector kept 256 at most, none above 16383)
ALTER TABLE search_vector DROP COLUMN terms, DROP COLUMN exact, DROP COLUMN postings;

CREATE TABLE search_posting (
    dialogue_id BIGINT NOT NULL, -- no foreign key, as search_vector's
    lexeme      TEXT COLLATE "C" NOT NULL,
    whole       TEXT COLLATE "C",
    places      INTEGER[] NOT NULL
);
CREATE INDEX search_posting_lexeme ON search_posting (lexeme);
CREATE INDEX search_posting_dialogue ON search_posting (dialogue_id);

-- Every document is made again by the commit of this migration (Search::refresh).
INSERT INTO search_stale (dialogue_id) SELECT id FROM dialogue ON CONFLICT DO NOTHING;
