#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rt {

class Archive;

// Reads and writes the `roundtable/1` JSON interchange format (DESIGN.md). Import checks
// the whole file before it writes anything, then writes it in one transaction: a file with
// any error imports nothing, and the message names the place as a JSON path
// (`dialogues[3].speeches[0].person: no person with key "x"`). Records are matched by key,
// so importing the same file twice changes nothing.
class Interchange
{
    Q_DECLARE_TR_FUNCTIONS(rt::Interchange)

public:
    static constexpr const char *FormatName = "roundtable/1";
    // The largest file importFile reads (DESIGN.md, "Limits"): some 40 times the biggest
    // real archive, and small enough that its import stays within memory.
    static constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;

    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;

        // "14 added, 0 updated, 0 unchanged": what the command line prints and the window
        // shows after an import.
        QString summary() const;
    };

    // An import conflicts when a record it updates (by key) was saved or deleted, or a key it
    // adds was added, by someone else after the import read the archive while checking the
    // file: nothing is imported and the message names the record (DESIGN.md, "Several editors
    // at once"). Test hook: `hook` runs between that check and the writing, where another
    // program's save could come.
    static void setAfterCheckHook(std::function<void()> hook);

    // Told the records written and their number while an import writes; returning false
    // cancels it, and the transaction is rolled back: nothing is written.
    using Progress = std::function<bool(int done, int total)>;

    // `progress` may be empty.
    static bool importJson(Archive &archive, const QByteArray &json, Report *report, QString *error,
        const Progress &progress = {});
    // What importJson's error says when `progress` cancelled it.
    static QString cancelledMessage();
    // Only a regular file of at most MaxFileSize bytes: not a device, a FIFO or a directory.
    static bool importFile(Archive &archive, const QString &path, Report *report, QString *error);

    // The whole archive; `error` is set and an empty array returned when reading fails.
    static QByteArray exportJson(Archive &archive, QString *error);
    // Written atomically: the file appears whole or not at all.
    static bool exportFile(Archive &archive, const QString &path, QString *error);
};

} // namespace rt
