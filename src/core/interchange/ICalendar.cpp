#include "core/interchange/ICalendar.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/interchange/ContentLines.h"
#include "core/records/Archive.h"
#include "core/records/Countries.h"
#include "core/records/Labels.h"
#include "core/safety/OutputFile.h"
#include "core/search/Search.h"

#include <QHash>
#include <QUrl>

namespace rt {

bool ICalendar::dialogueIds(Archive &archive, const QString &query, QList<qint64> *ids, QString *error)
{
    ids->clear();
    if (query.trimmed().isEmpty()) {
        *ids = archive.dialogueIds();
        return true;
    }
    QString sql;
    QStringList values;
    if (!Search(archive.database()).matching(query, &sql, &values, error))
        return false;
    Statement statement(archive.database(),
        QStringLiteral("WITH m(id) AS MATERIALIZED (") + sql
            + QStringLiteral(
                ") SELECT d.id FROM m JOIN dialogue d ON d.id = m.id ORDER BY d.start_date, d.id"));
    if (!statement.isValid()) {
        *error = tr("the dialogues could not be read: %1").arg(statement.error());
        return false;
    }
    statement.bindAll(values);
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW)
        ids->append(statement.integer(0));
    if (rc != SQLITE_DONE) {
        *error = tr("the dialogues could not be read: %1").arg(statement.error());
        return false;
    }
    return true;
}

QString ICalendar::uid(const QString &key)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(key)) + QStringLiteral("@dialogue.roundtable");
}

QByteArray ICalendar::calendar(Archive &archive, const QList<qint64> &ids, const QDateTime &stamp)
{
    using CL = ContentLines;
    QHash<qint64, QString> organizationNames;
    for (const Organization &o : archive.organizations())
        organizationNames.insert(o.id,
            o.shortName.isEmpty() ? o.name : o.name + QStringLiteral(" (") + o.shortName + QLatin1Char(')'));

    QByteArray out;
    out += CL::line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out += CL::line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out += CL::line(QStringLiteral("PRODID"), QStringLiteral("-//Roundtable//Roundtable//EN"));
    out += CL::line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out += CL::line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (qint64 id : ids) {
        const auto d = archive.dialogue(id);
        if (!d || !d->startDate.isValid())
            continue;
        out += CL::line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        out += CL::line(QStringLiteral("UID"), CL::escape(uid(d->key)));
        out += CL::line(QStringLiteral("DTSTAMP"), dtstamp);
        out += CL::line(
            QStringLiteral("DTSTART;VALUE=DATE"), d->startDate.toString(QStringLiteral("yyyyMMdd")));
        const QDate last = d->endDate.isValid() ? d->endDate : d->startDate;
        out += CL::line(
            QStringLiteral("DTEND;VALUE=DATE"), last.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        out += CL::line(QStringLiteral("SUMMARY"), CL::escape(d->title));
        QStringList place;
        for (const QString &part : { d->venue, d->city, Countries::name(d->country) }) {
            if (!part.trimmed().isEmpty())
                place.append(part.trimmed());
        }
        if (!place.isEmpty())
            out += CL::line(QStringLiteral("LOCATION"), CL::escape(place.join(QLatin1String(", "))));
        QStringList description;
        if (!d->series.isEmpty())
            description.append(d->series);
        QStringList what;
        if (!d->kind.isEmpty())
            what.append(d->kind);
        if (!d->format.isEmpty())
            what.append(Labels::format(d->format));
        if (!what.isEmpty())
            description.append(what.join(QLatin1String(", ")));
        if (!d->occasion.isEmpty())
            description.append(d->occasion);
        for (const DialogueOrganization &o : d->organizations) {
            if (organizationNames.contains(o.organizationId))
                description.append(Labels::organizationRole(o.role) + QLatin1String(": ")
                    + organizationNames.value(o.organizationId));
        }
        for (const Topic &t : d->topics) {
            if (!t.title.isEmpty())
                description.append(tr("Topic: %1").arg(t.title));
        }
        if (!d->outcome.isEmpty())
            description.append(d->outcome);
        if (!description.isEmpty())
            out += CL::line(QStringLiteral("DESCRIPTION"), CL::escape(description.join(QLatin1Char('\n'))));
        if (!d->series.isEmpty())
            out += CL::line(QStringLiteral("CATEGORIES"), CL::escape(d->series));
        const QString status = d->status == QLatin1String(DialogueStatus::Planned)
            ? QStringLiteral("TENTATIVE")
            : d->status == QLatin1String(DialogueStatus::Cancelled) ? QStringLiteral("CANCELLED")
                                                                    : QStringLiteral("CONFIRMED");
        out += CL::line(QStringLiteral("STATUS"), status);
        out += CL::line(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        out += CL::line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    out += CL::line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

bool ICalendar::exportFile(
    Archive &archive, const QString &path, const QString &query, int *events, QString *error)
{
    QList<qint64> ids;
    if (!dialogueIds(archive, query, &ids, error))
        return false;
    const QByteArray bytes = calendar(archive, ids, QDateTime::currentDateTimeUtc());
    if (events)
        *events = int(bytes.count("BEGIN:VEVENT\r\n"));
    return OutputFile::write(path, bytes, archive.database().path(), error);
}

} // namespace rt
