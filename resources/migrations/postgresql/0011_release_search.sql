-- Schema version 11, as SQLite's 0011_release_search.sql: a dialogue's published press releases
-- are part of its search document. A server archive has no search index yet (DESIGN.md, "Team
-- archive on PostgreSQL"), but it keeps the index's queue exactly as SQLite does, so that the
-- index, when it comes, starts from a true queue: a published release added, changed, moved or
-- removed marks its dialogue (old and new) stale, and every dialogue with a published release
-- is queued now.
CREATE FUNCTION search_mark_release_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'published' THEN
        INSERT INTO search_stale (dialogue_id) VALUES (OLD.dialogue_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' AND (NEW.status = 'published' OR (TG_OP = 'UPDATE' AND OLD.status = 'published')) THEN
        INSERT INTO search_stale (dialogue_id) VALUES (NEW.dialogue_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER search_press_release_insert AFTER INSERT ON press_release
    FOR EACH ROW EXECUTE FUNCTION search_mark_release_stale();
CREATE TRIGGER search_press_release_update AFTER UPDATE OF dialogue_id, headline, body, status ON press_release
    FOR EACH ROW EXECUTE FUNCTION search_mark_release_stale();
CREATE TRIGGER search_press_release_delete AFTER DELETE ON press_release
    FOR EACH ROW EXECUTE FUNCTION search_mark_release_stale();
INSERT INTO search_stale (dialogue_id)
    SELECT DISTINCT dialogue_id FROM press_release WHERE status = 'published' ON CONFLICT DO NOTHING;
