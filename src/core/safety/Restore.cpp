#include "core/safety/Restore.h"

#include "core/db/Database.h"
#include "core/safety/Maintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

#include <sqlite3.h>

namespace rt {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "<archive>.before-restore-<UTC time>", never an existing file's name.
QString asidePath(const QString &archivePath)
{
    const QString stem = archivePath + QLatin1String(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1").arg(n);
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
    if (archive.exists() && archive.canonicalFilePath() == backup.canonicalFilePath()) {
        *error = tr("the backup and the archive are the same file");
        return false;
    }
    QStringList problems;
    if (!Maintenance::check(backupPath, &problems)) {
        *error = tr("%1 is not a sound backup, so nothing was restored: %2")
                     .arg(native(backupPath), problems.join(QLatin1String("; ")));
        return false;
    }
    if (!archive.exists() || archive.size() == 0)
        return copyInto(archivePath, backupPath, error);

    const QString aside = asidePath(archivePath);
    QString copyError;
    if (Maintenance::backup(archivePath, aside, &copyError)) {
        *keptAside = aside;
        if (!overwrite(archivePath, backupPath, error))
            return false;
    } else {
        // The archive cannot be copied (damaged, or not an archive at all): keep the file
        // itself, with its write-ahead log, and put a copy of the backup in its place.
        if (!QFile::rename(archivePath, aside)) {
            *error = tr("%1 cannot be read (%2) and cannot be moved aside, so nothing was restored")
                         .arg(native(archivePath), copyError);
            return false;
        }
        *keptAside = aside;
        const QString wal = archivePath + QLatin1String("-wal");
        if (QFileInfo::exists(wal))
            QFile::rename(wal, aside + QLatin1String("-wal"));
        QFile::remove(archivePath + QLatin1String("-shm"));
        if (!copyInto(archivePath, backupPath, error))
            return false;
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

bool Restore::copyInto(const QString &archivePath, const QString &backupPath, QString *error)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(native(backupPath), in.errorString());
        return false;
    }
    // QSaveFile writes beside the target and renames only after a complete, synced write.
    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(native(archivePath), out.errorString());
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = tr("%1: %2").arg(native(backupPath), in.errorString());
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            *error = tr("%1: %2").arg(native(archivePath), out.errorString());
            return false;
        }
    }
    // commit() alone would not notice a failed flush of the last buffer (Qt 6.4).
    if (!out.flush()) {
        *error = tr("%1: %2").arg(native(archivePath), out.errorString());
        out.cancelWriting();
        out.commit();
        return false;
    }
    if (!out.commit()) {
        *error = tr("%1: %2").arg(native(archivePath), out.errorString());
        return false;
    }
    return true;
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
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
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
