-- Schema version 5 (issue 12): how a press release refers to a person after the first
-- mention, and single Chinese characters in the search index.
--
-- later_mention: "family_name" (Dr. Zhang, the default), "given_name" (Mr. Noppadon, as Thai
-- names are used) or "full_name" (Dr. Dechen Tsering, a Tibetan name with no family name,
-- as the reference press release writes it).
ALTER TABLE person ADD COLUMN later_mention TEXT NOT NULL DEFAULT 'family_name'
    CHECK (later_mention IN ('family_name', 'given_name', 'full_name'));

-- The tokenizer now also indexes the last character of every Chinese run on its own
-- (SearchTokenizer), so that one typed character finds every text containing it: every
-- document is written again under a new id (see 0004_search_queue.sql for why new ids).
-- The index is made anew, not emptied (DELETE would tokenize every stored text again, with
-- this build's tokenizer, which since schema 8 cuts Thai, Lao, Khmer and Burmese otherwise
-- than the index holds them: SQLite then calls the index damaged). As in 0002_search.sql.
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, series, kind, speakers, orgs, topics, city, body, facts,
    tokenize = 'roundtable'
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0)');
DELETE FROM search_map;
DELETE FROM search_stale;
INSERT INTO search_map (dialogue_id, start_date) SELECT id, start_date FROM dialogue ORDER BY id;
INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
SELECT m.doc, d.title, d.series, d.kind, d.speakers, d.orgs, d.topics, d.city, d.body, d.facts
FROM search_map m JOIN search_document d ON d.id = m.dialogue_id ORDER BY m.doc;
INSERT INTO search_index (search_index) VALUES ('optimize');
