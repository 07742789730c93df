// The foundation's commands: import, export, demo, check, backup, copy.

#include "cli/ArchiveCommands.h"

#include "core/db/ArchiveCopy.h"
#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/safety/Maintenance.h"
#include "core/safety/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace rt::cli {

namespace {

// Imports a file (or the demo's resource) into the archive and prints what changed.
int importInto(Context &c, const QString &file, const QString &afterError)
{
    Database db;
    if (!c.open(db, false))
        return Failure;
    Archive archive(db);
    Interchange::Report report;
    QString error;
    if (!Interchange::importFile(archive, file, &report, &error))
        return c.fail(error + afterError);
    c.out << report.summary() << Qt::endl;
    return Success;
}

int runImport(Context &c)
{
    return importInto(c, c.arguments.at(0), Text::tr(" (nothing was imported)"));
}

int runExport(Context &c)
{
    Database db;
    if (!c.open(db, true))
        return Failure;
    Archive archive(db);
    QString error;
    if (!Interchange::exportFile(archive, c.arguments.at(0), &error))
        return c.fail(error);
    return Success;
}

int runDemo(Context &c)
{
    return importInto(c, QStringLiteral(":/demo/reference.json"), QString());
}

int runCheck(Context &c)
{
    QStringList problems;
    const bool sound = Maintenance::check(c.databasePath, &problems);
    const QString name = QDir::toNativeSeparators(c.databasePath);
    for (const QString &problem : std::as_const(problems)) {
        // Problems found on opening already name the file.
        (sound ? c.out : c.err) << (problem.startsWith(name) ? problem : name + QLatin1String(": ") + problem)
                                << Qt::endl;
    }
    if (!sound)
        return Failure;
    c.out << QDir::toNativeSeparators(c.databasePath) << ": " << Text::tr("ok") << Qt::endl;
    return Success;
}

int runBackup(Context &c)
{
    QString error;
    if (!Maintenance::backup(c.databasePath, c.arguments.at(0), &error))
        return c.fail(error);
    c.out << Text::tr("backup written to %1").arg(QDir::toNativeSeparators(c.arguments.at(0))) << Qt::endl;
    return Success;
}

// Copies a whole archive into a new or empty one, between any two addresses (a file or a server).
int runCopy(Context &c)
{
    const QString from = c.arguments.at(0);
    const QString to = c.arguments.at(1);
    if (from == to || OutputFile::sameFile(from, to))
        return c.fail(
            Text::tr("%1: an archive cannot be copied into itself").arg(QDir::toNativeSeparators(to)));
    Database source;
    QString error;
    if (!source.open(from, Database::Mode::ReadOnly, &error))
        return c.fail(error);
    // A destination made here goes again when the copy fails: nothing half-made is left.
    const bool made = !Database::isServerAddress(to) && !QFileInfo::exists(to);
    auto removeMade = qScopeGuard([&] {
        if (made) {
            QFile::remove(to);
            for (const char *side : { "-wal", "-shm", "-journal" })
                QFile::remove(to + QLatin1String(side));
        }
    });
    {
        Database destination;
        if (!destination.open(to, Database::Mode::ReadWrite, &error))
            return c.fail(error);
        if (destination.isReadOnly())
            return c.fail(destination.readOnlyNotice());
        if (!ArchiveCopy::copy(source, destination, &error))
            return c.fail(error);
        const Archive::Counts counts = Archive(destination).counts();
        c.out << Text::tr("%1 dialogues, %2 people, %3 organisations and %4 contacts copied to %5")
                     .arg(counts.dialogues)
                     .arg(counts.people)
                     .arg(counts.organizations)
                     .arg(counts.contacts)
                     .arg(Database::isServerAddress(to) ? to : QDir::toNativeSeparators(to))
              << Qt::endl;
    }
    removeMade.dismiss();
    return Success;
}

} // namespace

const Command copyCommand = { "copy", "SOURCE DESTINATION",
    QT_TRANSLATE_NOOP(
        "cli", "copy a whole archive into a new or empty one: a file or a postgresql:// address, either way"),
    2, 2, nullptr, runCopy };
const Command importCommand = { "import", "FILE.json",
    QT_TRANSLATE_NOOP("cli", "import a roundtable/1 JSON file (all or nothing)"), 1, 1, nullptr, runImport };
const Command exportCommand = { "export", "FILE.json",
    QT_TRANSLATE_NOOP("cli", "export the whole archive as roundtable/1 JSON"), 1, 1, nullptr, runExport };
const Command demoCommand = { "demo", "",
    QT_TRANSLATE_NOOP("cli", "fill the archive with the reference dialogue"), 0, 0, nullptr, runDemo };
const Command checkCommand = { "check", "",
    QT_TRANSLATE_NOOP("cli", "check the archive's integrity; exit 1 on damage (never writes)"), 0, 0, nullptr,
    runCheck };
const Command backupCommand = { "backup", "FILE",
    QT_TRANSLATE_NOOP("cli", "write a consistent copy of the archive, even while it is in use"), 1, 1,
    nullptr, runBackup };

} // namespace rt::cli
