-- Schema version 3: press releases and their revisions (issue 5).
-- A release belongs to one dialogue; a dialogue that has releases cannot be removed until
-- they are (RESTRICT), because a published release is a public record.
-- Every save that changes the text keeps the text it replaces as a revision, so staff can
-- look back and restore; revisions are numbered per release, from 1.

CREATE TABLE press_release (
    id                    INTEGER PRIMARY KEY,
    dialogue_id           INTEGER NOT NULL REFERENCES dialogue(id) ON DELETE RESTRICT,
    headline              TEXT NOT NULL DEFAULT '',
    dateline_city         TEXT NOT NULL DEFAULT '',
    release_date          TEXT NOT NULL DEFAULT ''
                          CHECK (release_date = '' OR release_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    body                  TEXT NOT NULL DEFAULT '', -- HTML, as generated and then edited
    contact_id            INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    about_organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    template              TEXT NOT NULL DEFAULT 'default',
    language              TEXT NOT NULL DEFAULT 'en',
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'published')),
    release_number        TEXT NOT NULL DEFAULT '',
    embargo               TEXT NOT NULL DEFAULT '', -- ISO 8601 date-time, '' for none
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    modified_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX press_release_dialogue ON press_release(dialogue_id);
CREATE INDEX press_release_contact ON press_release(contact_id);
CREATE INDEX press_release_about ON press_release(about_organization_id);
-- Release numbers are optional, but two releases must never share one.
CREATE UNIQUE INDEX press_release_number ON press_release(release_number) WHERE release_number <> '';

CREATE TABLE press_release_revision (
    press_release_id INTEGER NOT NULL REFERENCES press_release(id) ON DELETE CASCADE,
    number           INTEGER NOT NULL CHECK (number > 0),
    saved_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    headline         TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft',
    PRIMARY KEY (press_release_id, number)
) WITHOUT ROWID;
