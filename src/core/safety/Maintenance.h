#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rt {

class Database;

// Archive-wide care: the integrity check and the consistent backup copy. Neither changes
// the archive it reads.
class Maintenance
{
    Q_DECLARE_TR_FUNCTIONS(rt::Maintenance)

public:
    // Opens `path` read-only and runs SQLite's integrity and foreign-key checks. Returns
    // true when the archive is sound; otherwise `problems` says what is wrong, one line each.
    // `cancel` (may be null) stops the check early; it then reports that it was cancelled.
    // A server archive (postgresql://…): every table present and every reference constraint
    // and trigger enforced (the server keeps its files sound itself).
    static bool check(const QString &path, QStringList *problems, const std::atomic<bool> *cancel = nullptr);

    // Writes a consistent copy of the archive at `source` to `target` (VACUUM INTO a temporary
    // file beside the target, verified, then renamed into place), even while another
    // process is writing to the source. A server archive (postgresql://…) is copied in one
    // snapshot into a new SQLite archive (ArchiveCopy), so every restore path keeps working.
    // `cancel` (may be null) stops the copy early: nothing is written then, and the error
    // says it was cancelled.
    static bool backup(const QString &source, const QString &target, QString *error,
        const std::atomic<bool> *cancel = nullptr);

    // The same copy of a server archive through a connection already open (in the restore's
    // transaction: what it reads is what the restore replaces). `target` must not exist yet.
    static bool backup(Database &source, const QString &target, QString *error);

    // Where the archive lives when no --database is given.
    static QString defaultArchivePath();

private:
    static bool checkServer(Database &db, QStringList *problems);
    // backup() once the source is open: a temporary file beside the target, checked, renamed.
    static bool writeBackup(
        Database &db, const QString &target, QString *error, const std::atomic<bool> *cancel);
};

} // namespace rt
