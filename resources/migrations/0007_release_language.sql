-- Schema version 7 (issue 14): a press release's language, and one release number for the
-- releases of one dialogue in different languages.
--
-- The centre publishes each release in Chinese and in English, on its two websites, under
-- one number: the Chinese and the English release of a dialogue share it. So a release
-- number is unique per language, and a number already given to another dialogue's release
-- cannot be used again (the trigger below; SQLite indexes cannot say "same dialogue").
DROP INDEX IF EXISTS press_release_number;
CREATE UNIQUE INDEX press_release_number ON press_release(release_number, language) WHERE release_number <> '';

-- A language is a BCP 47 tag as the records use them (FieldTranslations): "en", "zh", "th",
-- "lo", "km", "my", "vi"; two or three lower-case letters, with an optional region.
UPDATE press_release SET language = 'en' WHERE language NOT GLOB '[a-z][a-z]*';

CREATE TRIGGER IF NOT EXISTS press_release_number_insert BEFORE INSERT ON press_release
WHEN NEW.release_number <> '' AND EXISTS (SELECT 1 FROM press_release
    WHERE release_number = NEW.release_number AND dialogue_id <> NEW.dialogue_id)
BEGIN
    SELECT RAISE(ABORT, 'release number used by another dialogue');
END;

CREATE TRIGGER IF NOT EXISTS press_release_number_update BEFORE UPDATE OF release_number, dialogue_id ON press_release
WHEN NEW.release_number <> '' AND EXISTS (SELECT 1 FROM press_release
    WHERE release_number = NEW.release_number AND dialogue_id <> NEW.dialogue_id AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'release number used by another dialogue');
END;
