#include "core/records/ListQueries.h"

#include "core/db/Database.h"
#include "core/records/RecordRows.h"
#include "core/search/Search.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace rt {

namespace {

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A dialogue's number of speeches. Archive::saveDialogue writes positions 0..n-1, so the
// last position tells the count from one seek in the speech table's primary key, where
// count(*) would read every speech row with its summary (seconds on a large archive).
const QString SpeechCount
    = QStringLiteral("(SELECT coalesce(max(s.position) + 1, 0) FROM speech s WHERE s.dialogue_id = d.id)");

// Sort expressions come from this fixed table, never from input.
QString orderBy(const Database &db, ListQueries::DialogueSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString expr;
    switch (sort) {
    case ListQueries::DialogueSort::StartDate:
        expr = QStringLiteral("d.start_date");
        break;
    case ListQueries::DialogueSort::Title:
        expr = db.nocase(QStringLiteral("d.title"));
        break;
    case ListQueries::DialogueSort::Series:
        expr = db.nocase(QStringLiteral("d.series"));
        break;
    case ListQueries::DialogueSort::City:
        expr = db.nocase(QStringLiteral("d.city"));
        break;
    case ListQueries::DialogueSort::Format:
        expr = QStringLiteral("d.format");
        break;
    case ListQueries::DialogueSort::Status:
        expr = QStringLiteral("d.status");
        break;
    case ListQueries::DialogueSort::Speeches:
        expr = SpeechCount;
        break;
    }
    return QStringLiteral(" ORDER BY ") + expr + dir + QStringLiteral(", d.id") + dir;
}

} // namespace

ListQueries::ListQueries(Database &database)
    : m_db(database)
{
}

QList<qint64> ListQueries::dialogueIds(
    const QString &filter, DialogueSort sort, Qt::SortOrder order, QString *error)
{
    QList<qint64> ids;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT d.id FROM dialogue d WHERE ? = '' OR ")
        + m_db.position(QStringLiteral("lower(d.title || ' ' || d.series || ' ' || d.kind || ' ' || d.city "
                                       "|| ' ' || d.country || ' ' || d.start_date)"),
            QStringLiteral("lower(?)"))
        + QStringLiteral(" > 0") + orderBy(m_db, sort, order));
    // Each placeholder is bound on its own: Qt counts every "?" even when they are numbered.
    const QString text = filter.trimmed().isNull() ? QStringLiteral("") : filter.trimmed();
    if (!runQuery(q, { text, text }, error))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

QList<ListQueries::DialogueRow> ListQueries::dialogueRows(const QList<qint64> &ids, QString *error)
{
    QList<DialogueRow> result;
    if (ids.isEmpty())
        return result;
    // Only columns stored before the long texts (participants, outcome): reading a column
    // after them would read their overflow pages too. One statement with PageSize placeholders, padded with 0
    // (never an id), so it is prepared once and reused for every page.
    static const QString sql = [] {
        QStringList marks;
        for (int i = 0; i < PageSize; ++i)
            marks << QStringLiteral("?");
        return QStringLiteral(
                   "SELECT d.id, d.key, d.start_date, d.end_date, d.title, d.series, d.kind, d.city, "
                   "d.country, d.format, d.status, ")
            + SpeechCount + QStringLiteral(" FROM dialogue d WHERE d.id IN (") + marks.join(QLatin1Char(','))
            + QStringLiteral(")");
    }();
    QHash<qint64, DialogueRow> byId;
    for (int start = 0; start < ids.size(); start += PageSize) {
        QVariantList values;
        for (int i = 0; i < PageSize; ++i)
            values << (start + i < ids.size() ? ids.at(start + i) : qint64(0));
        QSqlQuery &q = m_db.prepared(sql);
        if (!runQuery(q, values, error))
            return result;
        while (q.next()) {
            DialogueRow row;
            row.id = q.value(0).toLongLong();
            row.key = q.value(1).toString();
            row.startDate = date(q.value(2));
            row.endDate = date(q.value(3));
            row.title = q.value(4).toString();
            row.series = q.value(5).toString();
            row.kind = q.value(6).toString();
            row.city = q.value(7).toString();
            row.country = q.value(8).toString();
            row.format = q.value(9).toString();
            row.status = q.value(10).toString();
            row.speechCount = q.value(11).toInt();
            byId.insert(row.id, row);
        }
        q.finish();
    }
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

QList<ListQueries::PersonRow> ListQueries::people(QString *error)
{
    QList<PersonRow> result;
    // Index-only: the speech count comes from speech_person. The latest title is not read
    // here: on a large archive that means reading every speech (latestSpeeches()).
    const QString sql = QStringLiteral("SELECT ") + rows::personColumns(QStringLiteral("p"))
        + QStringLiteral(", (SELECT count(*) FROM speech s WHERE s.person_id = p.id) FROM person p ORDER BY ")
        + m_db.nocase(QStringLiteral("p.family_name")) + QStringLiteral(", ")
        + m_db.nocase(QStringLiteral("p.given_name")) + QStringLiteral(", p.id");
    QSqlQuery &q = m_db.prepared(sql);
    if (!runQuery(q, {}, error))
        return result;
    while (q.next()) {
        PersonRow row;
        row.person = rows::person(q);
        row.speechCount = q.value(rows::PersonColumnCount).toInt();
        result.append(row);
    }
    q.finish();
    return result;
}

QHash<qint64, ListQueries::Capacity> ListQueries::latestSpeeches(QString *error)
{
    QHash<qint64, Capacity> result;
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT l.person_id, l.title, l.organization_id, l.start_date, "
                                       "coalesce(nullif(o.short_name, ''), o.name, '') "
                                       "FROM (SELECT s.person_id, d.start_date, s.title, s.organization_id, "
                                       "      row_number() OVER (PARTITION BY s.person_id ORDER BY "
                                       "d.start_date DESC, d.id DESC, s.position) AS n "
                                       "      FROM speech s JOIN dialogue d ON d.id = s.dialogue_id) l "
                                       "LEFT JOIN organization o ON o.id = l.organization_id WHERE l.n = 1"));
    if (!runQuery(q, {}, error))
        return result;
    while (q.next()) {
        result.insert(q.value(0).toLongLong(),
            Capacity {
                q.value(1).toString(), q.value(2).toLongLong(), date(q.value(3)), q.value(4).toString() });
    }
    q.finish();
    return result;
}

std::optional<ListQueries::Capacity> ListQueries::latestCapacity(qint64 personId, qint64 excludingDialogueId)
{
    std::optional<Capacity> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT s.title, s.organization_id, d.start_date, "
        "(SELECT coalesce(nullif(o.short_name, ''), o.name, '') FROM organization o WHERE o.id = "
        "s.organization_id) "
        "FROM speech s JOIN dialogue d ON d.id = s.dialogue_id "
        "WHERE s.person_id = ? AND d.id <> ? ORDER BY d.start_date DESC, d.id DESC, s.position LIMIT 1"));
    if (runQuery(q, { personId, excludingDialogueId }, nullptr) && q.next())
        result = Capacity { q.value(0).toString(), q.value(1).toLongLong(), date(q.value(2)),
            q.value(3).toString() };
    q.finish();
    return result;
}

QList<ListQueries::Appearance> ListQueries::appearances(qint64 personId, QString *error)
{
    QList<Appearance> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT d.id, d.start_date, d.title, s.role, s.title, coalesce(nullif(o.short_name, ''), o.name, '') "
        "FROM speech s JOIN dialogue d ON d.id = s.dialogue_id LEFT JOIN organization o ON o.id = "
        "s.organization_id "
        "WHERE s.person_id = ? ORDER BY d.start_date DESC, d.id DESC, s.position"));
    if (!runQuery(q, { personId }, error))
        return result;
    while (q.next()) {
        result.append({ q.value(0).toLongLong(), date(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    }
    q.finish();
    return result;
}

QList<ListQueries::OrganizationRow> ListQueries::organizations(QString *error)
{
    QList<OrganizationRow> result;
    // The Dialogues column counts what the search facet counts (Search::organizationDialogues):
    // every dialogue it is named in, in any role, or spoken for by one of its people.
    QSet<qint64> every;
    {
        QSqlQuery &ids = m_db.prepared(QStringLiteral("SELECT id FROM dialogue"));
        if (!runQuery(ids, {}, error))
            return result;
        while (ids.next())
            every.insert(ids.value(0).toLongLong());
        ids.finish();
    }
    QHash<qint64, qint64> counts;
    if (!Search::organizationDialogues(m_db, every, &counts, error))
        return result;
    const QString sql = QStringLiteral("SELECT ") + rows::organizationColumns(QStringLiteral("o"))
        + QStringLiteral(", coalesce(nullif(p.short_name, ''), p.name, '') "
                         "FROM organization o LEFT JOIN organization p ON p.id = o.parent_id ORDER BY ")
        + m_db.nocase(QStringLiteral("o.name")) + QStringLiteral(", o.id");
    QSqlQuery &q = m_db.prepared(sql);
    if (!runQuery(q, {}, error))
        return result;
    constexpr int next = rows::OrganizationColumnCount;
    while (q.next()) {
        OrganizationRow row;
        row.organization = rows::organization(q);
        row.parentName = q.value(next).toString();
        row.dialogueCount = int(counts.value(row.organization.id));
        result.append(row);
    }
    q.finish();
    return result;
}

QList<ListQueries::OrganizationDialogue> ListQueries::organizationDialogues(
    qint64 organizationId, QString *error)
{
    QList<OrganizationDialogue> result;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT d.id, d.start_date, d.title, x.role, x.position FROM dialogue_organization x "
                       "JOIN dialogue d ON d.id = x.dialogue_id WHERE x.organization_id = ? "
                       "UNION "
                       "SELECT DISTINCT d.id, d.start_date, d.title, ?, 1000000 FROM speech s "
                       "JOIN dialogue d ON d.id = s.dialogue_id WHERE s.organization_id = ? "
                       "ORDER BY 2 DESC, 1 DESC, 5"));
    if (!runQuery(q, { organizationId, QString::fromLatin1(SpokeFor), organizationId }, error))
        return result;
    QSet<std::pair<qint64, QString>> seen;
    while (q.next()) {
        OrganizationDialogue row;
        row.dialogueId = q.value(0).toLongLong();
        row.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        row.title = q.value(2).toString();
        row.role = q.value(3).toString();
        // Listed twice in one role (as two co-organisers, say) it still took part once.
        if (seen.contains({ row.dialogueId, row.role }))
            continue;
        seen.insert({ row.dialogueId, row.role });
        result.append(row);
    }
    q.finish();
    return result;
}

QList<ListQueries::OrganizationPerson> ListQueries::organizationPeople(qint64 organizationId, QString *error)
{
    QList<OrganizationPerson> result;
    // Not static: the order is written in the dialect of this archive's backend, and one
    // program may open a file and a server archive in turn.
    const QString sql = QStringLiteral("SELECT ") + rows::personColumns(QStringLiteral("p"))
        + QStringLiteral(
            ", count(*), "
            "(SELECT s2.title FROM speech s2 JOIN dialogue d2 ON d2.id = s2.dialogue_id "
            " WHERE s2.person_id = p.id AND s2.organization_id = ? "
            " ORDER BY d2.start_date DESC, d2.id DESC LIMIT 1), "
            "max(d.start_date) "
            "FROM speech s JOIN person p ON p.id = s.person_id JOIN dialogue d ON d.id = s.dialogue_id "
            "WHERE s.organization_id = ? GROUP BY p.id ORDER BY ")
        + m_db.nocase(QStringLiteral("p.family_name")) + QStringLiteral(", ")
        + m_db.nocase(QStringLiteral("p.given_name")) + QStringLiteral(", p.id");
    QSqlQuery &q = m_db.prepared(sql);
    if (!runQuery(q, { organizationId, organizationId }, error))
        return result;
    constexpr int next = rows::PersonColumnCount;
    while (q.next()) {
        OrganizationPerson row;
        row.person = rows::person(q);
        row.speechCount = q.value(next).toInt();
        row.latestTitle = q.value(next + 1).toString();
        row.latestDate = QDate::fromString(q.value(next + 2).toString(), Qt::ISODate);
        result.append(row);
    }
    q.finish();
    return result;
}

QList<ListQueries::ContactRow> ListQueries::contacts(QString *error)
{
    QList<ContactRow> result;
    QHash<qint64, int> index;
    const QString sql = QStringLiteral("SELECT ") + rows::contactColumns(QStringLiteral("c"))
        + QStringLiteral(", coalesce(nullif(o.short_name, ''), o.name, '') "
                         "FROM contact c LEFT JOIN organization o ON o.id = c.organization_id ORDER BY ")
        + m_db.nocase(QStringLiteral("c.label")) + QStringLiteral(", c.key");
    QSqlQuery &q = m_db.prepared(sql);
    if (!runQuery(q, {}, error))
        return result;
    while (q.next()) {
        ContactRow row;
        row.contact = rows::contact(q);
        row.organizationName = q.value(rows::ContactColumnCount).toString();
        index.insert(row.contact.id, int(result.size()));
        result.append(row);
    }
    q.finish();
    // Phones and e-mails in one pass each rather than two queries per contact.
    QSqlQuery &phones = m_db.prepared(
        QStringLiteral("SELECT contact_id, number FROM contact_phone ORDER BY contact_id, position"));
    if (runQuery(phones, {}, error)) {
        while (phones.next()) {
            const auto it = index.constFind(phones.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].contact.phones.append(phones.value(1).toString());
        }
    }
    phones.finish();
    QSqlQuery &emails = m_db.prepared(
        QStringLiteral("SELECT contact_id, address FROM contact_email ORDER BY contact_id, position"));
    if (runQuery(emails, {}, error)) {
        while (emails.next()) {
            const auto it = index.constFind(emails.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].contact.emails.append(emails.value(1).toString());
        }
    }
    emails.finish();
    return result;
}

namespace {

// The columns of a calendar row, ahead of the long texts; speech counts are not read.
const QString CalendarColumns = QStringLiteral(
    "SELECT d.id, d.key, d.start_date, d.end_date, d.title, d.series, d.kind, d.city, d.country, d.format, "
    "d.status FROM dialogue d ");

QList<ListQueries::DialogueRow> calendarRows(QSqlQuery &q)
{
    QList<ListQueries::DialogueRow> rows;
    while (q.next()) {
        ListQueries::DialogueRow row;
        row.id = q.value(0).toLongLong();
        row.key = q.value(1).toString();
        row.startDate = date(q.value(2));
        row.endDate = date(q.value(3));
        row.title = q.value(4).toString();
        row.series = q.value(5).toString();
        row.kind = q.value(6).toString();
        row.city = q.value(7).toString();
        row.country = q.value(8).toString();
        row.format = q.value(9).toString();
        row.status = q.value(10).toString();
        rows.append(row);
    }
    q.finish();
    return rows;
}

} // namespace

QList<ListQueries::DialogueRow> ListQueries::dialoguesBetween(
    const QDate &first, const QDate &last, QString *error)
{
    // Dates are stored as ISO text, which sorts as the dates do. The start date is indexed:
    // a dialogue that began before `first` is looked for only a year back.
    QSqlQuery &q = m_db.prepared(CalendarColumns
        + QStringLiteral(
            "WHERE d.start_date <= ? AND d.start_date >= ? "
            "AND coalesce(nullif(d.end_date, ''), d.start_date) >= ? ORDER BY d.start_date, d.id"));
    if (!runQuery(q,
            { last.toString(Qt::ISODate), first.addYears(-1).toString(Qt::ISODate),
                first.toString(Qt::ISODate) },
            error))
        return {};
    return calendarRows(q);
}

QList<ListQueries::DialogueRow> ListQueries::upcomingDialogues(const QDate &today, int limit, QString *error)
{
    QSqlQuery &q = m_db.prepared(CalendarColumns
        + QStringLiteral(
            "WHERE d.start_date >= ? AND d.status <> 'cancelled' ORDER BY d.start_date, d.id LIMIT ?"));
    if (!runQuery(q, { today.toString(Qt::ISODate), limit }, error))
        return {};
    return calendarRows(q);
}

QList<ListQueries::DialogueRow> ListQueries::overdueDialogues(const QDate &today, QString *error)
{
    QSqlQuery &q = m_db.prepared(CalendarColumns
        + QStringLiteral("WHERE d.status = 'planned' AND coalesce(nullif(d.end_date, ''), d.start_date) < ? "
                         "ORDER BY d.start_date, d.id"));
    if (!runQuery(q, { today.toString(Qt::ISODate) }, error))
        return {};
    return calendarRows(q);
}

QStringList ListQueries::distinctValues(DialogueField field)
{
    // GROUP BY rather than DISTINCT: PostgreSQL orders a DISTINCT only by what it selects.
    auto values = [this](const char *table, const char *column, bool folded) {
        const QString c = QLatin1String(column);
        return QStringLiteral("SELECT %1 FROM %2 WHERE %1 <> '' GROUP BY %1 ORDER BY %3")
            .arg(c, QLatin1String(table), folded ? m_db.nocase(c) : c);
    };
    QString sql;
    switch (field) {
    case DialogueField::Series:
        sql = values("dialogue", "series", true);
        break;
    case DialogueField::Kind:
        sql = values("dialogue", "kind", true);
        break;
    case DialogueField::City:
        sql = values("dialogue", "city", true);
        break;
    case DialogueField::Country:
        sql = values("dialogue", "country", false);
        break;
    case DialogueField::Verb:
        sql = values("speech", "verb", true);
        break;
    }
    QStringList result;
    QSqlQuery &q = m_db.prepared(sql);
    if (runQuery(q, {}, nullptr)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    q.finish();
    return result;
}

} // namespace rt
