-- Schema version 9 (issue 13, item 4): several editors at once, nothing lost. Every record a
-- person edits carries a version, 1 when written first. A save is
--   UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?
-- and a save that changes no row was preceded by someone else's save (or delete): core
-- reports a conflict instead of writing over it. A dialogue's speeches, topics and
-- organisations are saved with it and share its version. Plain SQL, the same on PostgreSQL.
ALTER TABLE organization ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dialogue ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE press_release ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
