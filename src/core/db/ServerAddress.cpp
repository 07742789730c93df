#include "core/db/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace rt {

namespace {

// libpq's connection parameters that an address may carry besides host, port, user and dbname.
// Not client_encoding (the program speaks UTF-8) and nothing that holds a password.
const QStringList &passedParameters()
{
    static const QStringList names = { QStringLiteral("hostaddr"), QStringLiteral("passfile"),
        QStringLiteral("connect_timeout"), QStringLiteral("options"), QStringLiteral("application_name"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("sslmode"), QStringLiteral("sslcompression"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"), QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("ssl_max_protocol_version"), QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"), QStringLiteral("gsslib"), QStringLiteral("service"),
        QStringLiteral("target_session_attrs"), QStringLiteral("channel_binding") };
    return names;
}

// A value in libpq's conninfo syntax: quoted, with quote and backslash escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!isServerAddress(text)) {
        *error = tr("%1 is not a server address (postgresql://…)").arg(text);
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("%1 is not a valid server address: %2").arg(text, url.errorString());
        return std::nullopt;
    }
    const QString noPassword
        = tr("a server address may not hold a password (it would be stored and shown): use ~/.pgpass, "
             "PGPASSWORD or a service file");
    if (!url.password().isEmpty()) {
        *error = noPassword;
        return std::nullopt;
    }
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded);
    if (address.database.startsWith(QLatin1Char('/')))
        address.database.remove(0, 1);
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == QLatin1String("host")) {
            address.host = value;
        } else if (name == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                *error = tr("%1: the port must be a number from 1 to 65535").arg(text);
                return std::nullopt;
            }
        } else if (name == QLatin1String("user")) {
            address.user = value;
        } else if (name == QLatin1String("dbname")) {
            address.database = value;
        } else if (name == QLatin1String("password") || name == QLatin1String("sslpassword")) {
            *error = noPassword;
            return std::nullopt;
        } else if (passedParameters().contains(name)) {
            // QPSQL joins its options with ';' into one conninfo string.
            if (value.contains(QLatin1Char(';'))) {
                *error = tr("%1: the value of %2 may not contain ';'").arg(text, name);
                return std::nullopt;
            }
            address.parameters.append({ name, value });
        } else {
            *error = tr("%1: unknown connection parameter \"%2\"").arg(text, name);
            return std::nullopt;
        }
    }
    if (address.database.isEmpty()) {
        *error = tr("%1 names no database (postgresql://host/DATABASE)").arg(text);
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    bool named = false;
    for (const auto &[name, value] : parameters) {
        options << name + QLatin1Char('=') + quoted(value);
        named = named || name == QLatin1String("application_name");
    }
    // The server's administrator sees who is connected.
    if (!named)
        options << QStringLiteral("application_name='roundtable'");
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::toString() const
{
    // Built by hand: QUrl drops the "//" of an address without a host.
    auto encoded = [](const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); };
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    QUrlQuery query;
    // A socket folder is no URL host: it goes into the query, as libpq reads it.
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.toString(QUrl::PrettyDecoded);
    return text;
}

} // namespace rt
