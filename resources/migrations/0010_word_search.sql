-- Schema version 10 (issue 14, item 7, made fast): the words of the dictionary of Thai, Lao,
-- Khmer and Burmese that stand between two word boundaries are indexed whole as well
-- ("|ร่วมมือ|", beside the clusters of 0008), so that a query word of the dictionary reads one
-- doclist instead of one per cluster (SearchTokenizer). 0009 is another change's number.
--
-- The index is made anew, as in 0008_subword_search.sql and for the same reason: FTS5 removes
-- a row by tokenizing its text again, and the tokens would not be the ones the index holds.
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, series, kind, speakers, orgs, topics, city, body, facts,
    tokenize = 'roundtable'
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0)');

-- Every document is written again under a new id (see 0004_search_queue.sql for why new ids).
DELETE FROM search_map;
DELETE FROM search_stale;
INSERT INTO search_map (dialogue_id, start_date) SELECT id, start_date FROM dialogue ORDER BY id;
INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
SELECT m.doc, d.title, d.series, d.kind, d.speakers, d.orgs, d.topics, d.city, d.body, d.facts
FROM search_map m JOIN search_document d ON d.id = m.dialogue_id ORDER BY m.doc;
INSERT INTO search_index (search_index) VALUES ('optimize');
