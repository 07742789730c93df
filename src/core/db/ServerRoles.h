#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rt {

class Database;

// Who may do what on a server archive (DESIGN.md, "Who may do what"): two PostgreSQL group
// roles (NOLOGIN) per archive, named from its database, that an administrator grants to logins.
// The reader may read, search and export; the editor is a reader who may also change the records.
// `roundtable server-init ADDRESS` makes them (setUp); Database asks access() when it opens a
// server archive and opens it read-only for a reader. All the SQL of roles and grants is here.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    enum class Access {
        None, // may not read the archive's tables
        Read, // may read (and search, export, back up) but not change them
        Write // may change them too
    };

    // The one rule for the roles' names: the database's name followed by "_reader" or "_editor";
    // a name that would be longer than PostgreSQL's 63 bytes keeps the start of the database's
    // name (whole characters) and a short hash of all of it, so that it stays its own.
    static QString readerRole(const QString &database);
    static QString editorRole(const QString &database);

    // What the open server archive's login may do with it; None with the reason in `error` when
    // it cannot be asked.
    static Access access(Database &database, QString *error);
    // Whether the login may upgrade the archive's schema (it owns the archive's tables, is a
    // member of the role that does, or is a superuser); for an empty database, whether it may
    // create the tables.
    static bool mayUpgrade(Database &database);

    // One line each, for the user: a login that may not read the archive, one that may only read
    // it (Database::readOnlyNotice), one that may not upgrade it.
    static QString noAccessMessage(Database &database);
    static QString readOnlyNotice(Database &database);
    static QString needsOwnerMessage(Database &database, int version);

    // Makes the two roles if missing and grants them their rights on the open archive (run by
    // its owner, who may create roles); `done` gets one line per thing done. Doing it again
    // changes nothing. False with one line in `error` when it cannot.
    static bool setUp(Database &database, QStringList *done, QString *error);
    // Grants the roles, where they exist, their rights on every table, sequence and function of
    // the archive: after a migration, so that its new tables are covered too.
    static bool grantOnTables(Database &database, QString *error);
    // How an administrator adds a login to the roles, as SQL to paste into psql (names quoted).
    static QStringList howToAddLogins(Database &database);

private:
    static QString roleName(const QString &database, const QLatin1String &suffix);
};

} // namespace rt
