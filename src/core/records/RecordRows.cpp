#include "core/records/RecordRows.h"

#include <QSqlQuery>
#include <QStringList>

namespace rt::rows {

namespace {

QString columns(const QStringList &names, const QString &alias)
{
    if (alias.isEmpty())
        return names.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &name : names)
        prefixed.append(alias + QLatin1Char('.') + name);
    return prefixed.join(QStringLiteral(", "));
}

} // namespace

QString organizationColumns(const QString &alias)
{
    static const QStringList names
        = { QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("short_name"),
              QStringLiteral("local_name"), QStringLiteral("parent_id"), QStringLiteral("country"),
              QStringLiteral("website"), QStringLiteral("about"), QStringLiteral("version") };
    static_assert(OrganizationColumnCount == 10);
    return columns(names, alias);
}

Organization organization(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.key = q.value(1).toString();
    o.name = q.value(2).toString();
    o.shortName = q.value(3).toString();
    o.localName = q.value(4).toString();
    o.parentId = q.value(5).toLongLong();
    o.country = q.value(6).toString();
    o.website = q.value(7).toString();
    o.about = q.value(8).toString();
    o.version = q.value(9).toLongLong();
    return o;
}

QString personColumns(const QString &alias)
{
    static const QStringList names = { QStringLiteral("id"), QStringLiteral("key"),
        QStringLiteral("honorific"), QStringLiteral("family_name"), QStringLiteral("given_name"),
        QStringLiteral("family_name_first"), QStringLiteral("local_name"), QStringLiteral("notes"),
        QStringLiteral("later_mention"), QStringLiteral("version") };
    static_assert(PersonColumnCount == 10);
    return columns(names, alias);
}

Person person(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.honorific = q.value(2).toString();
    p.familyName = q.value(3).toString();
    p.givenName = q.value(4).toString();
    p.familyNameFirst = q.value(5).toBool();
    p.localName = q.value(6).toString();
    p.notes = q.value(7).toString();
    p.laterMention = q.value(8).toString();
    p.version = q.value(9).toLongLong();
    return p;
}

QString contactColumns(const QString &alias)
{
    static const QStringList names
        = { QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("organization_id"),
              QStringLiteral("label"), QStringLiteral("address"), QStringLiteral("fax"),
              QStringLiteral("website"), QStringLiteral("wechat"), QStringLiteral("version") };
    static_assert(ContactColumnCount == 9);
    return columns(names, alias);
}

Contact contact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.key = q.value(1).toString();
    c.organizationId = q.value(2).toLongLong();
    c.label = q.value(3).toString();
    c.address = q.value(4).toString();
    c.fax = q.value(5).toString();
    c.website = q.value(6).toString();
    c.wechat = q.value(7).toString();
    c.version = q.value(8).toLongLong();
    return c;
}

} // namespace rt::rows
