#include "core/safety/Maintenance.h"

#include "core/db/ArchiveCopy.h"
#include "core/db/Database.h"
#include "core/safety/OutputFile.h"
#include "core/search/ServerSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rt {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QString Maintenance::defaultArchivePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("archive.roundtable"));
}

bool Maintenance::check(const QString &path, QStringList *problems, const std::atomic<bool> *cancel)
{
    problems->clear();
    if (cancelled(cancel)) {
        problems->append(tr("the check was cancelled"));
        return false;
    }
    Database db;
    QString error;
    db.setInterrupt(cancel);
    if (!db.open(path, Database::Mode::ReadOnly, &error)) {
        problems->append(cancelled(cancel) ? tr("the check was cancelled") : error);
        return false;
    }
    if (db.backend() == Database::Backend::PostgreSQL)
        return checkServer(db, problems);
    // One pass over the file gains nothing from a large page cache: keep memory low, as this
    // may run beside an open window (the automatic backup's verification).
    db.exec(QStringLiteral("PRAGMA cache_size = -4096"), nullptr);
    const SqliteCancel interruptible(db.handle(), cancel);
    QSqlQuery integrity(db.db());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        if (cancelled(cancel)) {
            problems->append(tr("the check was cancelled"));
            return false;
        }
        problems->append(tr("integrity check failed: %1").arg(sqlError(integrity)));
        return false;
    }
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(line);
    }
    QSqlQuery foreignKeys(db.db());
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems->append(tr("foreign-key check failed: %1").arg(sqlError(foreignKeys)));
        return false;
    }
    while (foreignKeys.next()) {
        problems->append(tr("row %1 of table %2 refers to a missing row of %3")
                             .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                 foreignKeys.value(2).toString()));
    }
    // Only the checks above find damage; an old version is a note, in any language.
    const bool sound = problems->isEmpty();
    const int version = db.schemaVersion();
    if (version < Database::latestSchemaVersion())
        problems->append(tr("archive version %1 is older than %2; opening it for writing will upgrade it")
                             .arg(version)
                             .arg(Database::latestSchemaVersion()));
    return sound;
}

bool Maintenance::checkServer(Database &db, QStringList *problems)
{
    // The server keeps its own files sound (it has no quick_check to ask); what it can be asked
    // is whether the archive is whole: every table there, every reference checked.
    for (const QString &table : ArchiveCopy::tables() + QStringList { QStringLiteral("search_stale") }) {
        QSqlQuery present(db.db());
        present.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        present.addBindValue(table);
        if (!present.exec() || !present.next()) {
            problems->append(tr("the check failed: %1").arg(sqlError(present)));
            return false;
        }
        if (!present.value(0).toBool())
            problems->append(tr("the table %1 is missing").arg(table));
    }
    // A reference constraint made NOT VALID (or switched off) is not enforced on the rows it
    // holds; a trigger switched off no longer keeps translations and the search queue.
    QSqlQuery unchecked(db.db());
    if (!unchecked.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_catalog.pg_constraint c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated "
            "UNION ALL SELECT t.tgrelid::regclass::text, t.tgname FROM pg_catalog.pg_trigger t "
            "JOIN pg_catalog.pg_class r ON r.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = "
            "r.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled = 'D' "
            "ORDER BY 1, 2"))) {
        problems->append(tr("the check failed: %1").arg(sqlError(unchecked)));
        return false;
    }
    while (unchecked.next()) {
        problems->append(tr("%1 of table %2 is not enforced")
                             .arg(unchecked.value(1).toString(), unchecked.value(0).toString()));
    }
    // The search index in step with the records (schema 12 on): every dialogue's document there,
    // none of a deleted one, each holding the tokens the records make now, unless queued for
    // rebuilding (the next write or search does it). Read in one snapshot.
    if (db.schemaVersion() >= 12) {
        QString error;
        if (!db.beginSnapshot(&error) || !ServerSearch::check(db, problems, &error)) {
            problems->append(tr("the check failed: %1").arg(error));
            db.exec(QStringLiteral("COMMIT"), nullptr);
            return false;
        }
        db.exec(QStringLiteral("COMMIT"), nullptr);
    }
    const bool sound = problems->isEmpty();
    const int version = db.schemaVersion();
    const int latest = Database::latestSchemaVersion(Database::Backend::PostgreSQL);
    if (version < latest)
        problems->append(tr("archive version %1 is older than %2; opening it for writing will upgrade it")
                             .arg(version)
                             .arg(latest));
    return sound;
}

bool Maintenance::backup(
    const QString &source, const QString &target, QString *error, const std::atomic<bool> *cancel)
{
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists()) {
        *error = tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(targetInfo.absolutePath()));
        return false;
    }
    // Not the archive nor its files by any name, and no device: a backup is renamed into
    // place, which would replace the device node itself.
    if (!OutputFile::mayWrite(target, source, error))
        return false;
    if (targetInfo.exists() && !targetInfo.isFile()) {
        *error = tr("%1 is not a regular file; a backup is only written to a file")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (cancelled(cancel)) {
        *error = tr("the backup was cancelled");
        return false;
    }
    Database db;
    db.setInterrupt(cancel);
    if (!db.open(source, Database::Mode::ReadOnly, error)) {
        if (cancelled(cancel))
            *error = tr("the backup was cancelled");
        return false;
    }
    if (db.backend() == Database::Backend::SQLite)
        db.exec(QStringLiteral("PRAGMA cache_size = -4096"), nullptr); // one pass: see check()
    return writeBackup(db, target, error, cancel);
}

bool Maintenance::backup(Database &source, const QString &target, QString *error)
{
    if (source.backend() != Database::Backend::PostgreSQL) {
        *error = tr("only a server archive is backed up through its open connection");
        return false;
    }
    if (!OutputFile::mayWrite(target, source.path(), error))
        return false;
    if (QFileInfo::exists(target)) {
        *error = tr("%1 already exists").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return writeBackup(source, target, error, nullptr);
}

bool Maintenance::writeBackup(
    Database &db, const QString &target, QString *error, const std::atomic<bool> *cancel)
{
    const QFileInfo targetInfo(target);
    // The process id in the name lets a later backup clear what a killed one left behind.
    const QString temporary
        = targetInfo.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.tmp")
                                                .arg(targetInfo.fileName())
                                                .arg(QCoreApplication::applicationPid())
                                                .arg(QUuid::createUuid().toString(QUuid::Id128)));
    auto removeTemporary = qScopeGuard([&] {
        QFile::remove(temporary);
        for (const char *side : { "-journal", "-wal", "-shm" })
            QFile::remove(temporary + QLatin1String(side));
    });

    if (db.backend() == Database::Backend::PostgreSQL) {
        // A server archive: one snapshot of it copied into a new SQLite archive, so that every
        // way of restoring a backup works for it too.
        Database copy;
        if (!copy.open(temporary, Database::Mode::ReadWrite, error)
            || !ArchiveCopy::copy(db, copy, error, cancel)) {
            if (cancelled(cancel))
                *error = tr("the backup was cancelled");
            return false;
        }
        // One self-contained file, as VACUUM INTO writes it: no write-ahead log beside it.
        if (!copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE"), error))
            return false;
    } else {
        const SqliteCancel interruptible(db.handle(), cancel);
        QSqlQuery vacuum(db.db());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(temporary);
        if (!vacuum.exec()) {
            // A full disk names its mount point, as every other write does (SQLITE_FULL is 13).
            if (cancelled(cancel))
                *error = tr("the backup was cancelled");
            else if ((vacuum.lastError().nativeErrorCode().toInt() & 0xff) == 13)
                *error = OutputFile::describe(target, ENOSPC);
            else
                *error = tr("the backup could not be written: %1").arg(sqlError(vacuum));
            return false;
        }
    }
    if (db.transactionDepth() == 0)
        db.close(); // its own connection (a server's open one inside a restore stays open)

    // Verify the copy before it replaces anything.
    QStringList problems;
    if (!check(temporary, &problems, cancel)) {
        if (cancelled(cancel)) {
            *error = tr("the backup was cancelled");
            return false;
        }
        *error = tr("the backup copy failed its check: %1").arg(problems.join(QLatin1String("; ")));
        return false;
    }
    if (cancelled(cancel)) { // the last moment it can still be left unwritten
        *error = tr("the backup was cancelled");
        return false;
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = tr("%1: cannot write the backup: %2")
                     .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    removeTemporary.dismiss();
    return true;
}

} // namespace rt
