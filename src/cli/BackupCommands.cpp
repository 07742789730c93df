// The commands that bring an archive back: restore, and backups (which lists what there is).

#include "cli/BackupCommands.h"

#include "core/safety/AutoBackup.h"
#include "core/safety/Restore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace rt::cli {

namespace {

int runRestore(Context &c)
{
    QString backup = c.arguments.at(0);
    if (backup == QLatin1String("latest") && !QFileInfo::exists(backup)) {
        QStringList skipped;
        backup = AutoBackup(c.databasePath).latestSound(&skipped);
        for (const QString &line : std::as_const(skipped))
            c.err << "roundtable: " << Text::tr("skipping unsound backup %1").arg(line) << Qt::endl;
        if (backup.isEmpty())
            return c.fail(
                Text::tr("there is no sound backup of %1").arg(QDir::toNativeSeparators(c.databasePath)));
    }
    QString keptAside;
    QString error;
    const bool restored = Restore::fromBackup(c.databasePath, backup, &keptAside, &error);
    if (!keptAside.isEmpty())
        c.out << Text::tr("the archive as it was is kept at %1").arg(QDir::toNativeSeparators(keptAside))
              << Qt::endl;
    if (!restored)
        return c.fail(error);
    c.out << Text::tr("restored %1 from %2")
                 .arg(QDir::toNativeSeparators(c.databasePath), QDir::toNativeSeparators(backup))
          << Qt::endl;
    return Success;
}

int runBackups(Context &c)
{
    const AutoBackup::Settings settings = AutoBackup::Settings::load();
    const AutoBackup backups(c.databasePath, settings);
    // One arg() for all four: an address or folder may hold a '%' followed by a digit.
    c.out << Text::tr("backups of %1 in %2 (newest first; the last %3 are kept, at most one a %4 h):")
                 .arg(QDir::toNativeSeparators(c.databasePath), QDir::toNativeSeparators(backups.folder()),
                     QString::number(settings.keep), QString::number(settings.intervalHours))
          << Qt::endl;
    const QList<AutoBackup::Entry> entries = backups.backups();
    const QLocale locale;
    for (const AutoBackup::Entry &entry : entries) {
        c.out << "  " << QDir::toNativeSeparators(entry.path) << "  "
              << entry.written.toLocalTime().toString(Qt::ISODate) << "  "
              << locale.formattedDataSize(entry.size) << Qt::endl;
    }
    if (entries.isEmpty())
        c.out << "  " << Text::tr("(none yet)") << Qt::endl;
    return Success;
}

} // namespace

QString automaticBackup(const Context &c)
{
    QString written;
    QString error;
    if (AutoBackup(c.databasePath).run(&written, &error) == AutoBackup::Outcome::Failed)
        return AutoBackup::failureWarning(error);
    return {};
}

const Command restoreCommand = { "restore", "BACKUP",
    QT_TRANSLATE_NOOP(
        "cli", "put a backup (a file, or \"latest\") in the archive's place; the archive is kept aside"),
    1, 1, nullptr, runRestore };
const Command backupsCommand = { "backups", "",
    QT_TRANSLATE_NOOP("cli", "list the archive's automatic backups"), 0, 0, nullptr, runBackups };

} // namespace rt::cli
