#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace rt {

// Where a PostgreSQL archive lives, read from the address a user gives wherever a file path is
// accepted: postgresql://user@host:5432/dbname or postgresql:///dbname?host=/run/postgresql
// (libpq's URI form; "postgres://" too). Only libpq's own ways of giving a password work
// (~/.pgpass, PGPASSWORD, a service file): an address holding one is refused, so that no
// password ever reaches a settings file, the list of recent archives or a process listing.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host; // a name, an IP address or a socket folder (starting with '/'); empty: libpq's default
    int port = -1; // -1: libpq's default (PGPORT, else 5432)
    QString user; // empty: libpq's default (PGUSER, else the login name)
    QString database;
    // Further libpq connection parameters (sslmode, connect_timeout, service, ...), in order.
    QList<QPair<QString, QString>> parameters;

    // Whether `text` is a server address rather than a file path.
    static bool isServerAddress(const QString &text);
    // The address read from `text`; nothing, with one line in `error`, when it cannot be used.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);

    // The parameters as QPSQL's connect options ("key='value';..."), application_name included.
    QString connectOptions() const;
    // The address written out again, as the user reads it in titles and messages.
    QString toString() const;
};

} // namespace rt
