-- Roundtable archive, schema version 1: the records of DESIGN.md except press releases.
-- Every text column is NOT NULL with '' as "not given", so that comparisons and exports
-- never have to tell NULL from empty. Relations are integer ids; `key` is the stable,
-- human-readable id used by the roundtable/1 interchange format.

CREATE TABLE organization (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (key <> ''),
    name        TEXT NOT NULL CHECK (name <> ''),
    short_name  TEXT NOT NULL DEFAULT '',
    local_name  TEXT NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
    country     TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    about       TEXT NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organization_parent ON organization(parent_id);

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE CHECK (key <> ''),
    honorific         TEXT NOT NULL DEFAULT '',
    family_name       TEXT NOT NULL CHECK (family_name <> ''),
    given_name        TEXT NOT NULL DEFAULT '',
    family_name_first INTEGER NOT NULL DEFAULT 0 CHECK (family_name_first IN (0, 1)),
    local_name        TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_family_name ON person(family_name COLLATE NOCASE);

CREATE TABLE contact (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE CHECK (key <> ''),
    organization_id INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
    label           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    fax             TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    wechat          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_organization ON contact(organization_id);

CREATE TABLE contact_phone (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    number     TEXT NOT NULL CHECK (number <> ''),
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE contact_email (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    address    TEXT NOT NULL CHECK (address <> ''),
    PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE dialogue (
    id                    INTEGER PRIMARY KEY,
    key                   TEXT NOT NULL UNIQUE CHECK (key <> ''),
    title                 TEXT NOT NULL CHECK (title <> ''),
    short_title           TEXT NOT NULL DEFAULT '',
    series                TEXT NOT NULL DEFAULT '',
    kind                  TEXT NOT NULL DEFAULT '',
    start_date            TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date              TEXT NOT NULL DEFAULT '',
    city                  TEXT NOT NULL DEFAULT '',
    country               TEXT NOT NULL DEFAULT '',
    venue                 TEXT NOT NULL DEFAULT '',
    format                TEXT NOT NULL DEFAULT '' CHECK (format IN ('', 'in_person', 'online', 'hybrid')),
    occasion              TEXT NOT NULL DEFAULT '',
    participants          TEXT NOT NULL DEFAULT '',
    outcome               TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes                 TEXT NOT NULL DEFAULT '',
    contact_id            INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    about_organization_id INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    modified_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX dialogue_start_date ON dialogue(start_date, id);
CREATE INDEX dialogue_contact ON dialogue(contact_id);
CREATE INDEX dialogue_about ON dialogue(about_organization_id);

CREATE TABLE dialogue_organization (
    dialogue_id     INTEGER NOT NULL REFERENCES dialogue(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL CHECK (role IN ('guided_by', 'organizer', 'co_organizer', 'supporter', 'host', 'partner')),
    PRIMARY KEY (dialogue_id, position)
) WITHOUT ROWID;
CREATE INDEX dialogue_organization_org ON dialogue_organization(organization_id);

CREATE TABLE topic (
    dialogue_id INTEGER NOT NULL REFERENCES dialogue(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (title <> ''),
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dialogue_id, position)
) WITHOUT ROWID;

CREATE TABLE speech (
    dialogue_id     INTEGER NOT NULL REFERENCES dialogue(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT 'speech'
                    CHECK (role IN ('opening_remarks', 'welcome', 'speech', 'keynote', 'presentation',
                                    'presiding', 'moderator', 'panelist', 'closing')),
    title           TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organization(id) ON DELETE RESTRICT,
    verb            TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dialogue_id, position)
) WITHOUT ROWID;
CREATE INDEX speech_person ON speech(person_id);
CREATE INDEX speech_organization ON speech(organization_id);
