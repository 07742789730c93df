-- Schema version 6 (issue 14): records in several languages (DESIGN.md, "Languages").
--
-- A record's plain columns keep its English text; every other language's text is a row of
-- `translation`, so Thai, Lao, Khmer, Burmese or Vietnamese need no new column or migration.
-- A row names its record by kind and id; topics and speeches have no id of their own, so they
-- are named by their dialogue's id and their position in it (position is -1 for the others).
-- Which fields of which record may be translated, and which language tags are known, are
-- rules of the program (RecordRules::translations), not of the schema, so a language added
-- later is one line of code.
CREATE TABLE translation (
    record    TEXT NOT NULL CHECK (record IN ('dialogue', 'topic', 'speech', 'organization', 'contact')),
    record_id INTEGER NOT NULL, -- the dialogue's id for a topic or a speech
    position  INTEGER NOT NULL DEFAULT -1, -- a topic's or speech's position, else -1
    field     TEXT NOT NULL CHECK (field <> ''),
    language  TEXT NOT NULL CHECK (language <> '' AND language <> 'en'),
    value     TEXT NOT NULL CHECK (value <> ''),
    PRIMARY KEY (record, record_id, position, field, language)
) WITHOUT ROWID;

-- A record's translations go with it, whichever path deletes it (a topic or speech is deleted
-- and written again whenever its dialogue is saved).
CREATE TRIGGER translation_dialogue_delete AFTER DELETE ON dialogue BEGIN
    DELETE FROM translation WHERE record IN ('dialogue', 'topic', 'speech') AND record_id = OLD.id;
END;
CREATE TRIGGER translation_topic_delete AFTER DELETE ON topic BEGIN
    DELETE FROM translation WHERE record = 'topic' AND record_id = OLD.dialogue_id AND position = OLD.position;
END;
CREATE TRIGGER translation_speech_delete AFTER DELETE ON speech BEGIN
    DELETE FROM translation WHERE record = 'speech' AND record_id = OLD.dialogue_id AND position = OLD.position;
END;
CREATE TRIGGER translation_organization_delete AFTER DELETE ON organization BEGIN
    DELETE FROM translation WHERE record = 'organization' AND record_id = OLD.id;
END;
CREATE TRIGGER translation_contact_delete AFTER DELETE ON contact BEGIN
    DELETE FROM translation WHERE record = 'contact' AND record_id = OLD.id;
END;

-- The search index holds every language's text (see 0004_search_queue.sql for the queue): a
-- changed translation makes its dialogue's document stale, an organisation's every dialogue
-- that names it.
CREATE TRIGGER search_translation_insert AFTER INSERT ON translation BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id)
        SELECT NEW.record_id WHERE NEW.record IN ('dialogue', 'topic', 'speech')
        UNION SELECT dialogue_id FROM dialogue_organization
              WHERE NEW.record = 'organization' AND organization_id = NEW.record_id
        UNION SELECT dialogue_id FROM speech WHERE NEW.record = 'organization' AND organization_id = NEW.record_id;
END;
CREATE TRIGGER search_translation_update AFTER UPDATE ON translation BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id)
        SELECT NEW.record_id WHERE NEW.record IN ('dialogue', 'topic', 'speech')
        UNION SELECT OLD.record_id WHERE OLD.record IN ('dialogue', 'topic', 'speech')
        UNION SELECT dialogue_id FROM dialogue_organization
              WHERE NEW.record = 'organization' AND organization_id = NEW.record_id
        UNION SELECT dialogue_id FROM speech WHERE NEW.record = 'organization' AND organization_id = NEW.record_id;
END;
CREATE TRIGGER search_translation_delete AFTER DELETE ON translation BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id)
        SELECT OLD.record_id WHERE OLD.record IN ('dialogue', 'topic', 'speech')
        UNION SELECT dialogue_id FROM dialogue_organization
              WHERE OLD.record = 'organization' AND organization_id = OLD.record_id
        UNION SELECT dialogue_id FROM speech WHERE OLD.record = 'organization' AND organization_id = OLD.record_id;
END;

-- The document of a dialogue, as in 0002_search.sql, with each column followed by the same
-- text in every other language. No archive holds translations yet, so no document changes and
-- the index is not rebuilt.
DROP VIEW search_document;
CREATE VIEW search_document (id, title, series, kind, speakers, orgs, topics, city, body, facts) AS
SELECT d.id,
       d.title || CASE WHEN d.short_title <> '' THEN ' (' || d.short_title || ')' ELSE '' END
           || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                               WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                     AND field IN ('title', 'short_title')), ''),
       d.series || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                    WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                          AND field = 'series'), ''),
       d.kind || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                  WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                        AND field = 'kind'), ''),
       coalesce((SELECT group_concat(name, '; ') FROM (
                     SELECT trim(p.honorific || ' '
                                 || CASE WHEN p.family_name_first THEN p.family_name || ' ' || p.given_name
                                         ELSE p.given_name || ' ' || p.family_name END
                                 || CASE WHEN p.local_name <> '' THEN ' ' || p.local_name ELSE '' END) AS name
                     FROM speech s JOIN person p ON p.id = s.person_id
                     WHERE s.dialogue_id = d.id ORDER BY s.position)), ''),
       coalesce((SELECT group_concat(o.name
                                     || CASE WHEN o.short_name <> '' THEN ' (' || o.short_name || ')' ELSE '' END
                                     || CASE WHEN o.local_name <> '' THEN ' ' || o.local_name ELSE '' END
                                     || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                                         WHERE record = 'organization' AND record_id = o.id
                                                               AND position = -1
                                                               AND field IN ('name', 'short_name')), ''), '; ')
                 FROM organization o
                 WHERE o.id IN (SELECT organization_id FROM dialogue_organization WHERE dialogue_id = d.id
                                UNION SELECT organization_id FROM speech WHERE dialogue_id = d.id)), ''),
       coalesce((SELECT group_concat(t.title || CASE WHEN t.description <> '' THEN ': ' || t.description ELSE '' END, ' ')
                 FROM topic t WHERE t.dialogue_id = d.id), '')
           || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                               WHERE record = 'topic' AND record_id = d.id), ''),
       d.city || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                  WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                        AND field = 'city'), ''),
       trim(d.occasion || ' ' || d.venue || ' ' || d.participants || ' '
            || coalesce((SELECT group_concat(trim(s.title || ' ' || s.verb || ' ' || s.summary), ' ')
                         FROM speech s WHERE s.dialogue_id = d.id), '')
            || ' ' || d.outcome
            || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                WHERE record = 'dialogue' AND record_id = d.id AND position = -1
                                      AND field IN ('venue', 'occasion', 'participants', 'outcome')), '')
            || coalesce(' ' || (SELECT group_concat(value, ' ') FROM translation
                                WHERE record = 'speech' AND record_id = d.id), '')),
       'year' || substr(d.start_date, 1, 4)
           || CASE WHEN d.format <> '' THEN ' format' || replace(d.format, '_', '') ELSE '' END
           || CASE WHEN d.country <> '' THEN ' country' || lower(d.country) ELSE '' END
FROM dialogue d;
