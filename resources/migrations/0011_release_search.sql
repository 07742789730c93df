-- Schema version 11 (issue 15): a dialogue's published press releases are searched as written.
--
-- A release read back from the past (File > Import Press Releases) is kept as the dialogue's
-- published release, and a release the centre published from Roundtable is the text the
-- public read. A sentence that stands only there must find the dialogue, in whatever language
-- the release was written. The document's `body` column now ends with the headline and text
-- of every published release of the dialogue (drafts and approved releases are not the
-- public record, and are made from the dialogue's own fields anyway). The release body is
-- HTML; search_release_text() (SearchDocument, registered on every connection) reads it as
-- plain text. The columns and ranking of the index stay as in 0002_search.sql.

-- The view of 0006_translations.sql, with the releases at the end of `body`.
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
                                WHERE record = 'speech' AND record_id = d.id), '')
            || coalesce(char(10) || (SELECT group_concat(r.headline || char(10) || search_release_text(r.body),
                                                         char(10))
                                     FROM press_release r
                                     WHERE r.dialogue_id = d.id AND r.status = 'published'), '')),
       'year' || substr(d.start_date, 1, 4)
           || CASE WHEN d.format <> '' THEN ' format' || replace(d.format, '_', '') ELSE '' END
           || CASE WHEN d.country <> '' THEN ' country' || lower(d.country) ELSE '' END
FROM dialogue d;

-- A release added, changed or removed: its dialogue's document is made again at COMMIT, as for
-- every other table that feeds it (0004_search_queue.sql). Only what the index reads counts.
-- Dropped first, so that the script may run again on an archive whose version was set back.
DROP TRIGGER IF EXISTS search_press_release_insert;
DROP TRIGGER IF EXISTS search_press_release_update;
DROP TRIGGER IF EXISTS search_press_release_delete;
CREATE TRIGGER search_press_release_insert AFTER INSERT ON press_release
WHEN NEW.status = 'published' BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (NEW.dialogue_id);
END;
CREATE TRIGGER search_press_release_update AFTER UPDATE OF dialogue_id, headline, body, status ON press_release
WHEN OLD.status = 'published' OR NEW.status = 'published' BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id), (NEW.dialogue_id);
END;
CREATE TRIGGER search_press_release_delete AFTER DELETE ON press_release
WHEN OLD.status = 'published' BEGIN
    INSERT OR IGNORE INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id);
END;

-- The documents of the dialogues that have a published release are made again; the others
-- are unchanged. Search::refresh() rebuilds them before the next search or COMMIT.
INSERT OR IGNORE INTO search_stale (dialogue_id)
SELECT dialogue_id FROM press_release WHERE status = 'published';
