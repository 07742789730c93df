#pragma once

#include <QCoreApplication>
#include <QString>

namespace rt {

// Puts a backup back in the archive's place without ever losing the archive it replaces.
// The backup is checked first (nothing changes if it is unsound). The current archive is
// kept aside beside it: as a verified copy when it can be read, or, when it is damaged, by
// moving the file itself aside. A readable archive is overwritten through SQLite's backup
// API under its write lock, so a program that has it open sees the restored records (and
// a writer in another program makes the restore wait, then report that the archive is busy).
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(rt::Restore)

public:
    // `keptAside` gets where the replaced archive now is (empty when there was none).
    static bool fromBackup(
        const QString &archivePath, const QString &backupPath, QString *keptAside, QString *error);

private:
    static bool copyInto(const QString &archivePath, const QString &backupPath, QString *error);
    static bool overwrite(const QString &archivePath, const QString &backupPath, QString *error);
};

} // namespace rt
