-- Schema version 9, as SQLite's 0009_record_version.sql: every record a person edits carries a
-- version, 1 when first written; a save is UPDATE ... SET ..., version = version + 1
-- WHERE id = ? AND version = ?, and a save that changes no row is reported as a conflict
-- (DESIGN.md, "Several editors at once"). The same five statements as on SQLite.
ALTER TABLE organization ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dialogue ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE press_release ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
