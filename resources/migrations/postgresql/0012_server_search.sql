-- Schema version 12 (issue 13, item 3): the search index of a server archive, searched the same
-- as SQLite's (DESIGN.md, "Team archive on PostgreSQL", "Search on a server archive").
--
-- PostgreSQL's own parsers cannot cut the region's scripts as the program does (they keep
-- 中华人民共和国 and whole runs of Thai, Lao, Khmer and Burmese as one word), so the program cuts
-- every document with the same tokenizer as SQLite's FTS5 index (SearchTokenizer) and stores
-- the tokens here, one row per dialogue; the server only indexes them (a GIN index over a
-- tsvector of the tokens as they are, the `simple` configuration's way: nothing is parsed or
-- stemmed again). Search::refresh writes the rows of the dialogues queued in search_stale, as
-- it does on SQLite, before every COMMIT and search.
--
-- The view search_document of SQLite's 0011, in PostgreSQL's words (string_agg in the order
-- in which SQLite's group_concat reads the rows), except that `body` stops before the published
-- releases and is not yet trimmed: their HTML is read as text by the program
-- (SearchDocument::releaseText), which appends it and trims, as SQLite's view does through the
-- function search_release_text.
CREATE VIEW search_document (id, title, series, kind, speakers, orgs, topics, city, body, facts) AS
SELECT d.id,
       d.title || CASE WHEN d.short_title <> '' THEN ' (' || d.short_title || ')' ELSE '' END
           || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language) FROM translation
                               WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                     AND field IN ('title', 'short_title')), ''),
       d.series || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language) FROM translation
                                    WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                          AND field = 'series'), ''),
       d.kind || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language) FROM translation
                                  WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                        AND field = 'kind'), ''),
       coalesce((SELECT string_agg(
                     trim(p.honorific || ' '
                          || CASE WHEN p.family_name_first <> 0 THEN p.family_name || ' ' || p.given_name
                                  ELSE p.given_name || ' ' || p.family_name END
                          || CASE WHEN p.local_name <> '' THEN ' ' || p.local_name ELSE '' END),
                     '; ' ORDER BY s.position)
                 FROM speech s JOIN person p ON p.id = s.person_id
                 WHERE s.dialogue_id = d.id), ''),
       coalesce((SELECT string_agg(o.name
                                   || CASE WHEN o.short_name <> '' THEN ' (' || o.short_name || ')' ELSE '' END
                                   || CASE WHEN o.local_name <> '' THEN ' ' || o.local_name ELSE '' END
                                   || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language)
                                                       FROM translation
                                                       WHERE record = 'organization' AND record_id = o.id
                                                             AND position = -1
                                                             AND field IN ('name', 'short_name')), ''),
                                   '; ' ORDER BY o.id)
                 FROM organization o
                 WHERE o.id IN (SELECT organization_id FROM dialogue_organization WHERE dialogue_id = d.id
                                UNION SELECT organization_id FROM speech WHERE dialogue_id = d.id)), ''),
       coalesce((SELECT string_agg(t.title || CASE WHEN t.description <> '' THEN ': ' || t.description ELSE '' END,
                                   ' ' ORDER BY t.position)
                 FROM topic t WHERE t.dialogue_id = d.id), '')
           || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY position, field, language) FROM translation
                               WHERE record = 'topic' AND record_id = d.id), ''),
       d.city || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language) FROM translation
                                  WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                        AND field = 'city'), ''),
       d.occasion || ' ' || d.venue || ' ' || d.participants || ' '
           || coalesce((SELECT string_agg(trim(s.title || ' ' || s.verb || ' ' || s.summary), ' ' ORDER BY s.position)
                        FROM speech s WHERE s.dialogue_id = d.id), '')
           || ' ' || d.outcome
           || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY field, language) FROM translation
                               WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                     AND field IN ('venue', 'occasion', 'participants', 'outcome')), '')
           || coalesce(' ' || (SELECT string_agg(value, ' ' ORDER BY position, field, language) FROM translation
                               WHERE record = 'speech' AND record_id = d.id), ''),
       'year' || substr(d.start_date, 1, 4)
           || CASE WHEN d.format <> '' THEN ' format' || replace(d.format, '_', '') ELSE '' END
           || CASE WHEN d.country <> '' THEN ' country' || lower(d.country) ELSE '' END
FROM dialogue d;

-- One row per dialogue: its document as the tokens the program made of it.
--   doc          orders ties in the ranking, as the rowid of SQLite's index does (search_map.doc):
--                every rebuild of a document takes a new, higher number.
--   start_date   the dialogue's date when the document was made (search_map.start_date).
--   terms        every token with its places, as 'Ctoken':1,2 — C the column (A title, B series,
--                C kind, D speakers, E orgs, F topics, G city, H body, I facts), the places
--                counted from 1 in each column as FTS5 counts them (a token made at the place of
--                the one before shares it). Searched through the GIN index.
--   exact        whether terms holds every place: a tsvector keeps at most 256 places of one
--                token and none above 16383, and a token of at most 2046 bytes.
--   postings     when not exact, the same list without those limits (NULL otherwise).
--   sizes        the number of places of each column (bm25's document length, FTS5's docsize).
--   token_count  their sum.
CREATE TABLE search_vector (
    dialogue_id BIGINT PRIMARY KEY, -- no foreign key: Search::refresh removes it, as search_map's
    doc         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    start_date  TEXT COLLATE "C" NOT NULL,
    terms       tsvector NOT NULL,
    exact       BOOLEAN NOT NULL,
    postings    TEXT COLLATE "C",
    sizes       INTEGER[] NOT NULL,
    token_count INTEGER NOT NULL CHECK (token_count >= 0)
);
CREATE INDEX search_vector_terms ON search_vector USING gin (terms);

-- Every dialogue is queued (0010 queued them already; an archive copied in since may hold more);
-- the commit of this migration makes their documents.
INSERT INTO search_stale (dialogue_id) SELECT id FROM dialogue ON CONFLICT DO NOTHING;
