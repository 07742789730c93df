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
// Where the archive is written as a file (there was none, or it was moved aside), it is
// written through OutputFile: only ever a regular file, atomically, and a full disk leaves
// the archive where and as it was. A device or pipe named as the archive, or a backup that
// is the archive's own -wal or -shm, is refused before anything is touched.
//
// A server archive (postgresql://…) has its records replaced by the backup's in one transaction
// on the server, all or nothing; the records as they were are first written, in that same
// transaction, as a backup into the archive's backup folder (AutoBackup::folder), named
// "<AutoBackup::serverFolderName>.before-restore-<time>.roundtable" so that rotation leaves it.
// Other programs on the server archive are told by the commit (ChangeWatcher).
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(rt::Restore)

public:
    // `keptAside` gets where the replaced archive now is (empty when there was none).
    static bool fromBackup(
        const QString &archivePath, const QString &backupPath, QString *keptAside, QString *error);

private:
    static bool ontoServer(
        const QString &address, const QString &backupPath, QString *keptAside, QString *error);
    static bool copyInto(const QString &archivePath, const QString &backupPath, QString *error);
    static bool overwrite(const QString &archivePath, const QString &backupPath, QString *error);
};

} // namespace rt
