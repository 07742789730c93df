// What only a server archive has: server-init, which makes a database a team archive with its
// reader and editor roles (DESIGN.md, "Who may do what").

#include "cli/ServerCommands.h"

#include "core/db/Database.h"
#include "core/db/ServerRoles.h"

namespace rt::cli {

namespace {

int runServerInit(Context &c)
{
    const QString address = c.arguments.at(0);
    if (!Database::isServerAddress(address))
        return c.fail(
            Text::tr("%1: server-init works on a server address only (postgresql://…)").arg(address));
    // Opened for writing: an empty database becomes an archive (the migrations), an older one is
    // upgraded, as any program opening it would.
    Database database;
    QString error;
    if (!database.open(address, Database::Mode::ReadWrite, &error))
        return c.fail(error);
    if (database.isReadOnly())
        return c.fail(
            Text::tr("%1; server-init is run by the archive's owner").arg(database.readOnlyNotice()));
    QStringList done;
    if (!ServerRoles::setUp(database, &done, &error))
        return c.fail(Text::tr("%1: %2").arg(address, error));
    c.out << Text::tr("%1 is a Roundtable archive (version %2)").arg(address).arg(database.schemaVersion())
          << Qt::endl;
    for (const QString &line : std::as_const(done))
        c.out << line << Qt::endl;
    c.out << Text::tr("To let a login change the archive (the first line) or only read and search it (the "
                      "second), run as the database's owner, e.g. in psql:")
          << Qt::endl;
    for (const QString &line : ServerRoles::howToAddLogins(database))
        c.out << QLatin1String("  ") << line << Qt::endl;
    return Success;
}

} // namespace

const Command serverInitCommand = { "server-init", "ADDRESS",
    QT_TRANSLATE_NOOP("cli",
        "make a PostgreSQL database a team archive, with its reader and editor roles (run by its owner)"),
    1, 1, nullptr, runServerInit };

} // namespace rt::cli
