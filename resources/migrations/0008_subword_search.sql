-- Schema version 8 (issue 14, item 7): words inside longer words of Thai, Lao, Khmer and
-- Burmese. The tokenizer now indexes these scripts by grapheme cluster, with the clusters
-- where a word may begin or end marked (SearchTokenizer), so that ຮ່ວມມື is found inside
-- ການຮ່ວມມື, which ICU reads as ການຮ່ວມ | ມື.
--
-- The index is made anew rather than emptied: FTS5 removes a row by tokenizing its text
-- again, and the tokens this tokenizer makes of Thai text are not the ones the index holds
-- (SQLite then calls the index damaged). Same columns and ranking as 0002_search.sql.
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
