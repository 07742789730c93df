#include "core/db/ServerRoles.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace rt {

namespace {

// PostgreSQL's limit on a name, in bytes (NAMEDATALEN - 1); a longer one is cut by the server.
constexpr int NameBytes = 63;

// The names the roles' SQL is made of: the database, its schema and the login, as they are and
// quoted as identifiers.
struct Names
{
    QString database, schema, user;
    QString reader, editor; // the roles' names
    QString quotedDatabase, quotedSchema, quotedReader, quotedEditor;
};

// Asks the server: current_database() rather than the address, which a service file may leave
// out. Identifiers are quoted by the server's quote_ident from bound values, not by the driver:
// QPSQL's escapeIdentifier splits a name at every '.' and leaves one that starts or ends with '"'
// unquoted, and a database's name may hold both.
bool names(Database &database, Names *n, QString *error)
{
    QSqlQuery query(database.db());
    if (!query.exec(QStringLiteral("SELECT current_database(), current_schema(), current_user"))
        || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    n->database = query.value(0).toString();
    n->schema = query.value(1).toString();
    n->user = query.value(2).toString();
    n->reader = ServerRoles::readerRole(n->database);
    n->editor = ServerRoles::editorRole(n->database);
    QSqlQuery quote(database.db());
    if (!quote.prepare(
            QStringLiteral("SELECT quote_ident(?), quote_ident(?), quote_ident(?), quote_ident(?)"))
        || !runQuery(quote, { n->database, n->schema, n->reader, n->editor }, error) || !quote.next()) {
        if (error->isEmpty())
            *error = sqlError(quote);
        return false;
    }
    n->quotedDatabase = quote.value(0).toString();
    n->quotedSchema = quote.value(1).toString();
    n->quotedReader = quote.value(2).toString();
    n->quotedEditor = quote.value(3).toString();
    return true;
}

// Whether each role exists.
bool rolesExist(Database &database, const Names &n, bool *reader, bool *editor, QString *error)
{
    QSqlQuery query(database.db());
    if (!query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?), "
                                      "EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?)"))
        || !runQuery(query, { n.reader, n.editor }, error) || !query.next()) {
        if (error->isEmpty())
            *error = sqlError(query);
        return false;
    }
    *reader = query.value(0).toBool();
    *editor = query.value(1).toBool();
    return true;
}

bool execAll(Database &database, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!database.exec(sql, error))
            return false;
    }
    return true;
}

// The grants on the archive's tables, sequences and functions (all in one schema).
QStringList tableGrants(const Names &n)
{
    const QString s = n.quotedSchema;
    return {
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, n.quotedReader),
        QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2").arg(s, n.quotedReader),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(s, n.quotedEditor),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2")
            .arg(s, n.quotedEditor),
    };
}

} // namespace

QString ServerRoles::roleName(const QString &database, const QLatin1String &suffix)
{
    const QString whole = database + QLatin1Char('_') + suffix;
    if (whole.toUtf8().size() <= NameBytes)
        return whole;
    const QString tail = QLatin1Char('_')
        + QString::fromLatin1(
            QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex().left(8))
        + QLatin1Char('_') + suffix;
    QString head;
    qsizetype bytes = tail.toUtf8().size();
    for (const char32_t c : database.toUcs4()) {
        const QString character = QString::fromUcs4(&c, 1);
        const qsizetype size = character.toUtf8().size();
        if (bytes + size > NameBytes)
            break;
        head += character;
        bytes += size;
    }
    return head + tail;
}

QString ServerRoles::readerRole(const QString &database)
{
    return roleName(database, QLatin1String("reader"));
}

QString ServerRoles::editorRole(const QString &database)
{
    return roleName(database, QLatin1String("editor"));
}

ServerRoles::Access ServerRoles::access(Database &database, QString *error)
{
    // A core table of every version stands for all: the roles are granted on all tables at once.
    QSqlQuery query(database.db());
    if (!query.exec(
            QStringLiteral("SELECT coalesce(has_table_privilege(to_regclass('roundtable_schema'), 'SELECT') "
                           "AND has_table_privilege(to_regclass('dialogue'), 'SELECT'), false), "
                           "coalesce(has_table_privilege(to_regclass('dialogue'), 'INSERT') "
                           "AND has_table_privilege(to_regclass('dialogue'), 'UPDATE') "
                           "AND has_table_privilege(to_regclass('dialogue'), 'DELETE'), false)"))
        || !query.next()) {
        if (error)
            *error = sqlError(query);
        return Access::None;
    }
    if (!query.value(0).toBool())
        return Access::None;
    return query.value(1).toBool() ? Access::Write : Access::Read;
}

bool ServerRoles::mayUpgrade(Database &database)
{
    // The owner of the archive's tables (or a member of its role, or a superuser), else, for an
    // empty database, whoever may create tables in its schema.
    QSqlQuery query(database.db());
    return query.exec(
               QStringLiteral("SELECT CASE WHEN to_regclass('roundtable_schema') IS NULL "
                              "THEN has_schema_privilege(current_schema(), 'CREATE') "
                              "ELSE pg_has_role(current_user, (SELECT relowner FROM pg_catalog.pg_class "
                              "WHERE oid = to_regclass('roundtable_schema')), 'USAGE') END"))
        && query.next() && query.value(0).toBool();
}

QString ServerRoles::noAccessMessage(Database &database)
{
    Names n;
    QString ignored;
    if (!names(database, &n, &ignored))
        return tr("this login may not read this archive; ask its owner for access");
    return tr("this login (%1) may not read this archive; ask its owner to grant %2 or %3")
        .arg(n.user, n.quotedReader, n.quotedEditor);
}

QString ServerRoles::readOnlyNotice(Database &database)
{
    Names n;
    QString ignored;
    if (!names(database, &n, &ignored))
        return tr("this login may read, search and export this archive but not change it");
    return tr("this login (%1) may read, search and export this archive but not change it; to change it, "
              "ask its owner to grant %2")
        .arg(n.user, n.quotedEditor);
}

QString ServerRoles::needsOwnerMessage(Database &database, int version)
{
    Names n;
    QString ignored;
    names(database, &n, &ignored);
    if (version == 0) {
        return tr("this login (%1) may not make a new archive in this database; its owner can, with "
                  "roundtable server-init; nothing was written to it")
            .arg(n.user);
    }
    return tr("the archive is at version %1 and this program needs version %2: it needs upgrading by its "
              "owner (roundtable server-init, or opening it as the owner); nothing was written to it")
        .arg(version)
        .arg(Database::latestSchemaVersion(Database::Backend::PostgreSQL));
}

bool ServerRoles::setUp(Database &database, QStringList *done, QString *error)
{
    QString failure;
    Names n;
    if (!names(database, &n, &failure)) {
        *error = failure;
        return false;
    }
    // Only the owner can grant rights on every table (anyone else's GRANT would only warn).
    if (!mayUpgrade(database)) {
        *error = tr("this login (%1) does not own the archive's tables; run server-init as the owner of "
                    "the database or as a superuser")
                     .arg(n.user);
        return false;
    }
    bool hasReader = false, hasEditor = false;
    if (!rolesExist(database, n, &hasReader, &hasEditor, &failure)) {
        *error = failure;
        return false;
    }
    if (!hasReader || !hasEditor) {
        QSqlQuery may(database.db());
        if (!may.exec(QStringLiteral(
                "SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user"))
            || !may.next() || !may.value(0).toBool()) {
            *error = tr("this login (%1) may not create roles; run server-init as a superuser or as a "
                        "login with CREATEROLE")
                         .arg(n.user);
            return false;
        }
    }
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    auto fail = [&](const QString &what) {
        *error = tr("%1 failed: %2").arg(what, failure.simplified());
        return false;
    };
    QStringList lines;
    const struct
    {
        bool exists;
        QString quoted;
        QString what;
    } roles[] = { { hasReader, n.quotedReader, tr("may read, search and export") },
        { hasEditor, n.quotedEditor, tr("may also change the records") } };
    for (const auto &role : roles) {
        if (role.exists) {
            lines << tr("role %1 exists (%2)").arg(role.quoted, role.what);
            continue;
        }
        if (!database.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role.quoted), &failure))
            return fail(QStringLiteral("CREATE ROLE %1").arg(role.quoted));
        lines << tr("role %1 created (%2)").arg(role.quoted, role.what);
    }
    // The editor is a reader who may also write: what a reader gets, an editor has.
    QStringList grants = {
        QStringLiteral("GRANT %1 TO %2").arg(n.quotedReader, n.quotedEditor),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(n.quotedDatabase, n.quotedReader),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(n.quotedSchema, n.quotedReader),
    };
    grants << tableGrants(n);
    // Tables that later migrations make, when run by this login: covered as they are made.
    // (Database::migrateServer grants again after every upgrade, whoever runs it.)
    grants << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
                  .arg(n.quotedSchema, n.quotedReader)
           << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE, DELETE ON "
                             "TABLES TO %2")
                  .arg(n.quotedSchema, n.quotedEditor)
           << QStringLiteral(
                  "ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %2")
                  .arg(n.quotedSchema, n.quotedEditor);
    for (const QString &grant : std::as_const(grants)) {
        if (!database.exec(grant, &failure))
            return fail(grant);
    }
    if (!transaction.commit(error))
        return false;
    lines << tr("%1 may connect to %2 and read every table of the archive")
                 .arg(n.quotedReader, n.quotedDatabase)
          << tr("%1 is in %2 and may also insert, update and delete in every table")
                 .arg(n.quotedEditor, n.quotedReader)
          << tr("tables that later upgrades make are granted the same");
    *done << lines;
    return true;
}

bool ServerRoles::grantOnTables(Database &database, QString *error)
{
    Names n;
    bool hasReader = false, hasEditor = false;
    if (!names(database, &n, error) || !rolesExist(database, n, &hasReader, &hasEditor, error))
        return false;
    if (!hasReader || !hasEditor)
        return true; // no roles made for this archive (server-init makes them)
    return execAll(database, tableGrants(n), error);
}

QStringList ServerRoles::howToAddLogins(Database &database)
{
    Names n;
    QString ignored;
    if (!names(database, &n, &ignored))
        return {};
    return { QStringLiteral("CREATE ROLE alice LOGIN; GRANT %1 TO alice;").arg(n.quotedEditor),
        QStringLiteral("CREATE ROLE bob LOGIN; GRANT %1 TO bob;").arg(n.quotedReader) };
}

} // namespace rt
