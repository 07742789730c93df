#include "core/safety/Restore.h"

#include "core/db/ArchiveCopy.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "core/safety/OutputFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>

#include <cerrno>
#include <sqlite3.h>

namespace rt {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "<archive>.before-restore-<UTC time><suffix>", never an existing file's name.
QString asidePath(const QString &archivePath, const QString &suffix = QString())
{
    const QString stem = archivePath + QLatin1String(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1").arg(n) + suffix;
    return path;
}

} // namespace

bool Restore::fromBackup(
    const QString &archivePath, const QString &backupPath, QString *keptAside, QString *error)
{
    keptAside->clear();
    const QFileInfo archive(archivePath);
    const QFileInfo backup(backupPath);
    if (!backup.exists()) {
        *error = tr("%1: no such backup").arg(native(backupPath));
        return false;
    }
    if (Database::isServerAddress(archivePath))
        return ontoServer(archivePath, backupPath, keptAside, error);
    // Only a file is an archive: a device or pipe named as the archive is never written (nor
    // replaced by a file).
    if (!Database::acceptablePath(archivePath, Database::Mode::ReadWrite, error))
        return false;
    static const char *const ownFiles[] = { "", "-wal", "-shm", "-journal" };
    for (const char *side : ownFiles) {
        if (OutputFile::sameFile(backupPath, archivePath + QLatin1String(side))) {
            *error = tr("the backup %1 is the archive %2 itself (or one of its files)")
                         .arg(native(backupPath), native(archivePath));
            return false;
        }
    }
    // Nor is the archive's name, by any link, another archive's write-ahead log or journal.
    const QString real = archive.exists() ? archive.canonicalFilePath() : archive.absoluteFilePath();
    for (const char *side : { "-wal", "-shm", "-journal" }) {
        const QLatin1String suffix(side);
        if (real.endsWith(suffix) && QFileInfo(real.chopped(suffix.size())).isFile()) {
            *error = tr("%1 is a file of the archive %2, not an archive; nothing was restored")
                         .arg(native(archivePath), native(real.chopped(suffix.size())));
            return false;
        }
    }
    QStringList problems;
    if (!Maintenance::check(backupPath, &problems)) {
        *error = tr("%1 is not a sound backup, so nothing was restored: %2")
                     .arg(native(backupPath), problems.join(QLatin1String("; ")));
        return false;
    }
    const QString wal = archivePath + QLatin1String("-wal");
    const bool log = QFileInfo(wal).size() > 0;
    if ((!archive.exists() || archive.size() == 0) && !log)
        return copyInto(archivePath, backupPath, error);

    const QString aside = asidePath(archivePath);
    QString copyError;
    if (archive.size() > 0 && Maintenance::backup(archivePath, aside, &copyError)) {
        if (!overwrite(archivePath, backupPath, error)) {
            // The archive is as it was (the copy is one transaction): the copy kept aside
            // would only be clutter.
            QFile::remove(aside);
            return false;
        }
        *keptAside = aside;
    } else {
        // A sound archive that could not be copied aside (a full disk) is left as it is.
        Database current;
        QString why;
        if (archive.size() > 0 && current.open(archivePath, Database::Mode::ReadOnly, &why)) {
            *error
                = tr("the archive as it is cannot be kept aside, so nothing was restored: %1").arg(copyError);
            return false;
        }
        current.close();
        // The archive cannot be copied (damaged, or not an archive at all): keep the file
        // itself, with its write-ahead log, and put a copy of the backup in its place.
        const bool movedArchive = archive.exists();
        if (movedArchive && !QFile::rename(archivePath, aside)) {
            *error = tr("%1 cannot be read (%2) and cannot be moved aside, so nothing was restored")
                         .arg(native(archivePath), copyError);
            return false;
        }
        const bool movedLog = QFileInfo::exists(wal) && QFile::rename(wal, aside + QLatin1String("-wal"));
        QFile::remove(archivePath + QLatin1String("-shm"));
        if (!copyInto(archivePath, backupPath, error)) {
            // Put back what was moved: a failed restore leaves the archive where it was.
            if (movedArchive)
                QFile::rename(aside, archivePath);
            if (movedLog)
                QFile::rename(aside + QLatin1String("-wal"), wal);
            return false;
        }
        *keptAside = movedArchive ? aside : aside + QLatin1String("-wal");
    }

    // The restored archive is brought up to this program's version and checked once more.
    {
        Database upgraded;
        if (!upgraded.open(archivePath, Database::Mode::ReadWrite, error))
            return false;
    }
    if (!Maintenance::check(archivePath, &problems)) {
        *error = tr("the restored archive failed its check: %1").arg(problems.join(QLatin1String("; ")));
        return false;
    }
    return true;
}

bool Restore::ontoServer(
    const QString &address, const QString &backupPath, QString *keptAside, QString *error)
{
    // Only a file is a backup: one that fails its check changes nothing.
    if (!QFileInfo(backupPath).isFile()) {
        *error = tr("%1 is not a file; a backup is a Roundtable archive file").arg(native(backupPath));
        return false;
    }
    QStringList problems;
    if (!Maintenance::check(backupPath, &problems)) {
        *error = tr("%1 is not a sound backup, so nothing was restored: %2")
                     .arg(native(backupPath), problems.join(QLatin1String("; ")));
        return false;
    }
    Database server;
    if (!server.open(address, Database::Mode::ReadWrite, error))
        return false;
    if (server.isReadOnly()) {
        *error = server.readOnlyNotice();
        return false;
    }
    const QString folder = AutoBackup(address).folder();
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the backup folder %1, so nothing was restored").arg(native(folder));
        return false;
    }
    // A backup of an older version is brought up to this program's on a copy of its own (the
    // backup itself stays as it is), as a restored file is upgraded once it is in place.
    Database source;
    const QString upgraded = QDir(folder).filePath(QStringLiteral(".restore.%1-%2.tmp")
                                                       .arg(QCoreApplication::applicationPid())
                                                       .arg(QUuid::createUuid().toString(QUuid::Id128)));
    auto removeUpgraded = qScopeGuard([&] {
        source.close();
        for (const char *side : { "", "-journal", "-wal", "-shm" })
            QFile::remove(upgraded + QLatin1String(side));
    });
    if (Database::storedVersion(backupPath) < Database::latestSchemaVersion()) {
        if (!QFile::copy(backupPath, upgraded)) {
            *error = tr("%1: the backup cannot be upgraded in %2, so nothing was restored")
                         .arg(native(backupPath), native(folder));
            return false;
        }
        if (!source.open(upgraded, Database::Mode::ReadWrite, error))
            return false;
    } else if (!source.open(backupPath, Database::Mode::ReadOnly, error)) {
        return false;
    }

    // One transaction on the server: the records as they are are written aside and replaced by
    // the backup's, or nothing changes. Others may read meanwhile; a writer waits for the commit
    // (then meets the restored records), so the copy kept aside is exactly what was replaced.
    Transaction transaction(server);
    if (!transaction.begin(error))
        return false;
    if (!server.exec(QStringLiteral("LOCK TABLE ") + ArchiveCopy::tables().join(QStringLiteral(", "))
                + QStringLiteral(" IN EXCLUSIVE MODE"),
            error))
        return false;
    const QString aside = asidePath(
        QDir(folder).filePath(AutoBackup::serverFolderName(address)), QStringLiteral(".roundtable"));
    if (!Maintenance::backup(server, aside, error)) {
        *error = tr("the archive as it is cannot be kept aside, so nothing was restored: %1").arg(*error);
        return false;
    }
    auto removeAside = qScopeGuard([&] { QFile::remove(aside); });
    if (!ArchiveCopy::replace(source, server, error))
        return false;
    if (!transaction.commit(error))
        return false;
    removeAside.dismiss();
    *keptAside = aside;
    return true;
}

bool Restore::copyInto(const QString &archivePath, const QString &backupPath, QString *error)
{
    // The one way files are written: beside the target, synced, checked, renamed over it; a
    // full disk names its mount point and leaves nothing behind.
    return OutputFile::copy(archivePath, backupPath, QString(), OutputFile::Target::RegularFileOnly, error);
}

bool Restore::overwrite(const QString &archivePath, const QString &backupPath, QString *error)
{
    Database target;
    if (!target.open(archivePath, Database::Mode::ReadWrite, error))
        return false;
    if (target.isReadOnly()) {
        *error = target.readOnlyNotice();
        return false;
    }
    sqlite3 *source = nullptr;
    const int rc
        = sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    auto closeSource = qScopeGuard([&] { sqlite3_close_v2(source); });
    if (rc != SQLITE_OK) {
        *error = tr("%1: %2").arg(native(backupPath), QString::fromUtf8(sqlite3_errmsg(source)));
        return false;
    }
    sqlite3_backup *copy = sqlite3_backup_init(target.handle(), "main", source, "main");
    if (!copy) {
        *error = tr("%1: %2").arg(native(archivePath), QString::fromUtf8(sqlite3_errmsg(target.handle())));
        return false;
    }
    // One step copies every page inside one write transaction on the archive: readers see
    // the old records or the restored ones, never a mixture. The target's busy timeout
    // lets another writer finish first.
    const int step = sqlite3_backup_step(copy, -1);
    const int finish = sqlite3_backup_finish(copy);
    if (step != SQLITE_DONE || finish != SQLITE_OK) {
        const int code = step != SQLITE_DONE ? step : finish;
        if (code == SQLITE_FULL)
            *error = OutputFile::describe(archivePath, ENOSPC);
        else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            *error = tr(
                "the archive is busy: another program is writing to it; try again (nothing was restored)");
        else
            *error = tr("%1: the backup could not be restored: %2")
                         .arg(native(archivePath), QString::fromUtf8(sqlite3_errstr(code)));
        return false;
    }
    return true;
}

} // namespace rt
