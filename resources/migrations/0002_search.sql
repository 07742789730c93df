-- Full-text search (DESIGN.md, "Search"), schema version 2.
--
-- One FTS5 document per dialogue, holding the dialogue and everything attached to it,
-- so that every word of a query may be found anywhere in one dialogue. The document is
-- built by the view search_document and kept in sync by triggers on every table that
-- feeds it: an edit from any path (the GUI, an import, another program with the
-- tokenizer) is found at once. `roundtable reindex` rebuilds it from the view.
--
-- The tokenizer "roundtable" (src/core/SearchTokenizer.cpp) is registered by the program
-- on every connection; it folds case and diacritics, pairs Chinese characters and breaks
-- Thai, Lao, Khmer and Burmese into words.
--
-- Column `facts` holds machine-made tokens (year2022, formathybrid, countrycn) for the
-- fields year:, format: and country:, so that they combine with OR and - like words.

CREATE VIRTUAL TABLE search_index USING fts5(
    title, series, kind, speakers, orgs, topics, city, body, facts,
    tokenize = 'roundtable'
);

-- Title and speaker matches rank above summary text; facts never influence the rank.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0)');

CREATE VIEW search_document (id, title, series, kind, speakers, orgs, topics, city, body, facts) AS
SELECT d.id,
       d.title || CASE WHEN d.short_title <> '' THEN ' (' || d.short_title || ')' ELSE '' END,
       d.series,
       d.kind,
       coalesce((SELECT group_concat(name, '; ') FROM (
                     SELECT trim(p.honorific || ' '
                                 || CASE WHEN p.family_name_first THEN p.family_name || ' ' || p.given_name
                                         ELSE p.given_name || ' ' || p.family_name END
                                 || CASE WHEN p.local_name <> '' THEN ' ' || p.local_name ELSE '' END) AS name
                     FROM speech s JOIN person p ON p.id = s.person_id
                     WHERE s.dialogue_id = d.id ORDER BY s.position)), ''),
       coalesce((SELECT group_concat(o.name
                                     || CASE WHEN o.short_name <> '' THEN ' (' || o.short_name || ')' ELSE '' END
                                     || CASE WHEN o.local_name <> '' THEN ' ' || o.local_name ELSE '' END, '; ')
                 FROM organization o
                 WHERE o.id IN (SELECT organization_id FROM dialogue_organization WHERE dialogue_id = d.id
                                UNION SELECT organization_id FROM speech WHERE dialogue_id = d.id)), ''),
       coalesce((SELECT group_concat(t.title || CASE WHEN t.description <> '' THEN ': ' || t.description ELSE '' END, ' ')
                 FROM topic t WHERE t.dialogue_id = d.id), ''),
       d.city,
       trim(d.occasion || ' ' || d.venue || ' ' || d.participants || ' '
            || coalesce((SELECT group_concat(trim(s.title || ' ' || s.verb || ' ' || s.summary), ' ')
                         FROM speech s WHERE s.dialogue_id = d.id), '')
            || ' ' || d.outcome),
       'year' || substr(d.start_date, 1, 4)
           || CASE WHEN d.format <> '' THEN ' format' || replace(d.format, '_', '') ELSE '' END
           || CASE WHEN d.country <> '' THEN ' country' || lower(d.country) ELSE '' END
FROM dialogue d;

INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
SELECT * FROM search_document;

-- The dialogue itself.
CREATE TRIGGER search_dialogue_insert AFTER INSERT ON dialogue BEGIN
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = NEW.id;
END;
CREATE TRIGGER search_dialogue_update AFTER UPDATE ON dialogue BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = NEW.id;
END;
CREATE TRIGGER search_dialogue_delete AFTER DELETE ON dialogue BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
END;

-- What is attached to it: rebuild the dialogue's document (nothing, if it is being deleted).
CREATE TRIGGER search_speech_insert AFTER INSERT ON speech BEGIN
    DELETE FROM search_index WHERE rowid = NEW.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = NEW.dialogue_id;
END;
CREATE TRIGGER search_speech_update AFTER UPDATE ON speech BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.dialogue_id, NEW.dialogue_id);
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id IN (OLD.dialogue_id, NEW.dialogue_id);
END;
CREATE TRIGGER search_speech_delete AFTER DELETE ON speech BEGIN
    DELETE FROM search_index WHERE rowid = OLD.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = OLD.dialogue_id;
END;

CREATE TRIGGER search_topic_insert AFTER INSERT ON topic BEGIN
    DELETE FROM search_index WHERE rowid = NEW.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = NEW.dialogue_id;
END;
CREATE TRIGGER search_topic_update AFTER UPDATE ON topic BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.dialogue_id, NEW.dialogue_id);
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id IN (OLD.dialogue_id, NEW.dialogue_id);
END;
CREATE TRIGGER search_topic_delete AFTER DELETE ON topic BEGIN
    DELETE FROM search_index WHERE rowid = OLD.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = OLD.dialogue_id;
END;

CREATE TRIGGER search_dialogue_organization_insert AFTER INSERT ON dialogue_organization BEGIN
    DELETE FROM search_index WHERE rowid = NEW.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = NEW.dialogue_id;
END;
CREATE TRIGGER search_dialogue_organization_update AFTER UPDATE ON dialogue_organization BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.dialogue_id, NEW.dialogue_id);
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id IN (OLD.dialogue_id, NEW.dialogue_id);
END;
CREATE TRIGGER search_dialogue_organization_delete AFTER DELETE ON dialogue_organization BEGIN
    DELETE FROM search_index WHERE rowid = OLD.dialogue_id;
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id = OLD.dialogue_id;
END;

-- A renamed speaker or organisation: every dialogue that names them.
CREATE TRIGGER search_person_update AFTER UPDATE OF honorific, family_name, given_name, family_name_first, local_name
ON person BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT dialogue_id FROM speech WHERE person_id = NEW.id);
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id IN (SELECT dialogue_id FROM speech WHERE person_id = NEW.id);
END;
CREATE TRIGGER search_organization_update AFTER UPDATE OF name, short_name, local_name ON organization BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT dialogue_id FROM dialogue_organization WHERE organization_id = NEW.id
                                             UNION SELECT dialogue_id FROM speech WHERE organization_id = NEW.id);
    INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
    SELECT * FROM search_document WHERE id IN (SELECT dialogue_id FROM dialogue_organization WHERE organization_id = NEW.id
                                               UNION SELECT dialogue_id FROM speech WHERE organization_id = NEW.id);
END;

-- Searches the staff keep in the sidebar, per archive.
CREATE TABLE saved_search (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (name <> ''),
    query    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
