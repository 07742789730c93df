-- Search index, schema version 4: changes are queued by the triggers and indexed at COMMIT.
--
-- Version 2 rebuilt a dialogue's FTS5 document inside the triggers, on every row written.
-- FTS5 writes its in-memory index to disk at every statement savepoint, and saving one
-- dialogue is some 17 statements (the row, then each speech, topic and organisation), so
-- saving 1,000 dialogues took 29 s. Now the triggers on every table that feeds a document
-- only record the changed dialogue in search_stale, whatever path the change took (the
-- GUI, an import, a plain UPDATE from another program); Search::refresh() rebuilds exactly
-- those documents, and the program calls it inside the same transaction just before every
-- COMMIT (Transaction::commit) and before every search, so a change is still found at once.
-- Saving 1,000 dialogues: 1.4 s.
--
-- The index's own rowids ("documents") are no longer dialogue ids: search_map ties each
-- dialogue to its current document, and every rebuild takes a new, higher document id,
-- because FTS5 also flushes its in-memory index whenever a row is written with a rowid not
-- above the last one written.

DROP TRIGGER IF EXISTS search_dialogue_insert;
DROP TRIGGER IF EXISTS search_dialogue_update;
DROP TRIGGER IF EXISTS search_dialogue_delete;
DROP TRIGGER IF EXISTS search_speech_insert;
DROP TRIGGER IF EXISTS search_speech_update;
DROP TRIGGER IF EXISTS search_speech_delete;
DROP TRIGGER IF EXISTS search_topic_insert;
DROP TRIGGER IF EXISTS search_topic_update;
DROP TRIGGER IF EXISTS search_topic_delete;
DROP TRIGGER IF EXISTS search_dialogue_organization_insert;
DROP TRIGGER IF EXISTS search_dialogue_organization_update;
DROP TRIGGER IF EXISTS search_dialogue_organization_delete;
DROP TRIGGER IF EXISTS search_person_update;
DROP TRIGGER IF EXISTS search_organization_update;

-- doc: the rowid of the dialogue's document in search_index, never reused (AUTOINCREMENT).
-- start_date: copied so that after:/before: need not look up the dialogue for every match.
CREATE TABLE search_map (
    doc         INTEGER PRIMARY KEY AUTOINCREMENT,
    dialogue_id INTEGER NOT NULL UNIQUE, -- no foreign key: Search::refresh() removes it
    start_date  TEXT NOT NULL
);

-- Dialogues whose document must be rebuilt before the index is read or the transaction ends.
CREATE TABLE search_stale (
    dialogue_id INTEGER PRIMARY KEY
);

-- The documents again, under their new ids.
-- The index is made anew, not emptied (DELETE would tokenize every stored text again, with
-- this build's tokenizer, which since schema 8 cuts Thai, Lao, Khmer and Burmese otherwise
-- than the index holds them: SQLite then calls the index damaged). As in 0002_search.sql.
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, series, kind, speakers, orgs, topics, city, body, facts,
    tokenize = 'roundtable'
);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 8.0, 5.0, 3.0, 3.0, 1.0, 0.0)');
INSERT INTO search_map (dialogue_id, start_date) SELECT id, start_date FROM dialogue ORDER BY id;
INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts)
SELECT m.doc, d.title, d.series, d.kind, d.speakers, d.orgs, d.topics, d.city, d.body, d.facts
FROM search_map m JOIN search_document d ON d.id = m.dialogue_id ORDER BY m.doc;

-- The dialogue itself.
CREATE TRIGGER search_dialogue_insert AFTER INSERT ON dialogue BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_dialogue_update AFTER UPDATE ON dialogue BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.id), (NEW.id);
END;
CREATE TRIGGER search_dialogue_delete AFTER DELETE ON dialogue BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.id);
END;

-- What is attached to it.
CREATE TRIGGER search_speech_insert AFTER INSERT ON speech BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (NEW.dialogue_id);
END;
CREATE TRIGGER search_speech_update AFTER UPDATE ON speech BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id), (NEW.dialogue_id);
END;
CREATE TRIGGER search_speech_delete AFTER DELETE ON speech BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id);
END;
CREATE TRIGGER search_topic_insert AFTER INSERT ON topic BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (NEW.dialogue_id);
END;
CREATE TRIGGER search_topic_update AFTER UPDATE ON topic BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id), (NEW.dialogue_id);
END;
CREATE TRIGGER search_topic_delete AFTER DELETE ON topic BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id);
END;
CREATE TRIGGER search_dialogue_organization_insert AFTER INSERT ON dialogue_organization BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (NEW.dialogue_id);
END;
CREATE TRIGGER search_dialogue_organization_update AFTER UPDATE ON dialogue_organization BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id), (NEW.dialogue_id);
END;
CREATE TRIGGER search_dialogue_organization_delete AFTER DELETE ON dialogue_organization BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id);
END;

-- A renamed speaker or organisation: every dialogue that names them.
CREATE TRIGGER search_person_update AFTER UPDATE OF honorific, family_name, given_name, family_name_first, local_name ON person BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) SELECT dialogue_id FROM speech WHERE person_id = NEW.id;
END;
CREATE TRIGGER search_organization_update AFTER UPDATE OF name, short_name, local_name ON organization BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) SELECT dialogue_id FROM dialogue_organization WHERE organization_id = NEW.id
                                         UNION SELECT dialogue_id FROM speech WHERE organization_id = NEW.id;
END;
