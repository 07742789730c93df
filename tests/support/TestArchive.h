#pragma once

// The archive most tests start from: a new archive file, opened for writing, holding the
// reference dialogue (resources/demo/reference.json) and, when asked, the dialogue in every
// script of the region (tests/data/scripts.json).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"

#include <QString>

#include <memory>

namespace rt::test {

inline const QString DemoDialogueKey = QStringLiteral("2022-11-23-iem-roundtable");
inline const QString ScriptsDialogueKey = QStringLiteral("scripts");

class TestArchive
{
public:
    enum Content { Empty = 0, Demo = 1, Scripts = 2 };

    // Creates (or opens) the archive at `path` and imports `content` (a combination of
    // Content). False, with the reason in `error`, if any step failed.
    bool open(const QString &path, int content = Demo, QString *error = nullptr)
    {
        close();
        m_db = std::make_unique<Database>();
        QString reason;
        if (!m_db->open(path, Database::Mode::ReadWrite, &reason))
            return fail(reason, error);
        m_archive = std::make_unique<Archive>(*m_db);
        if ((content & Demo) && !import(QStringLiteral(":/demo/reference.json"), &reason))
            return fail(reason, error);
        if ((content & Scripts)
            && !import(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/scripts.json"), &reason))
            return fail(reason, error);
        return true;
    }

    void close()
    {
        m_archive.reset();
        m_db.reset();
    }

    Database &db() { return *m_db; }
    Archive &archive() { return *m_archive; }
    Archive *operator->() { return m_archive.get(); }
    qint64 demoDialogue() const { return m_archive->dialogueId(DemoDialogueKey); }

private:
    bool import(const QString &file, QString *error)
    {
        Interchange::Report report;
        return Interchange::importFile(*m_archive, file, &report, error);
    }
    bool fail(const QString &reason, QString *error)
    {
        if (error)
            *error = reason;
        close();
        return false;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

// Writes an archive holding `content` at `path` and closes it again.
inline bool writeTestArchive(const QString &path, int content = TestArchive::Demo, QString *error = nullptr)
{
    TestArchive archive;
    return archive.open(path, content, error);
}

} // namespace rt::test
