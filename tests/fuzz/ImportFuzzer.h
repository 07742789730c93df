#pragma once

// The body of the importer's fuzz target, shared by the libFuzzer executable (fuzz_import)
// and the regression test that replays every input the fuzzer ever found (tst_fuzzregressions).
// Besides "does not crash", it checks what the importer promises: a failed import says why
// and changes nothing; a successful one exports to a file that imports back unchanged.

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace rt::fuzz {

// Reports a broken promise the way libFuzzer and QTest both notice: by aborting.
[[noreturn]] inline void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "importer broke its promise: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

class ImportFuzzer
{
public:
    // An archive in memory, shared by every input; each input's work is rolled back after it.
    bool open(QString *error)
    {
        return m_db.open(QStringLiteral(":memory:"), Database::Mode::ReadWrite, error);
    }

    void run(const QByteArray &input)
    {
        Archive archive(m_db);
        Transaction outer(m_db); // rolled back on leaving: every input starts from the same archive
        QString error;
        if (!outer.begin(&error))
            broken("cannot begin", error);
        const Archive::Counts before = archive.counts();

        Interchange::Report report;
        if (!Interchange::importJson(archive, input, &report, &error)) {
            if (error.isEmpty())
                broken("a failed import gave no reason", QString());
            const Archive::Counts after = archive.counts();
            if (after.dialogues != before.dialogues || after.people != before.people
                || after.organizations != before.organizations || after.contacts != before.contacts
                || after.speeches != before.speeches)
                broken("a failed import changed the archive", error);
            return;
        }
        // Round trip: what was imported exports to a file that imports back as "unchanged".
        const QByteArray exported = Interchange::exportJson(archive, &error);
        if (exported.isEmpty())
            broken("export failed after a successful import", error);
        Interchange::Report again;
        if (!Interchange::importJson(archive, exported, &again, &error))
            broken(
                "the export does not import back", error + QLatin1String("\n") + QString::fromUtf8(exported));
        if (again.added != 0 || again.updated != 0)
            broken("the export does not import back unchanged",
                QStringLiteral("%1 added, %2 updated\n").arg(again.added).arg(again.updated)
                    + QString::fromUtf8(exported));
    }

private:
    Database m_db;
};

} // namespace rt::fuzz
