#include "core/stats/Statistics.h"

#include "core/db/Database.h"
#include "core/records/Records.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace rt {

namespace {

// The refinement that narrows a search to one calendar month: SearchQuery's after: and
// before: leave out the period they name.
QString monthRefinement(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return {};
    return QStringLiteral("after:%1 before:%2")
        .arg(first.addMonths(-1).toString(QStringLiteral("yyyy-MM")),
            first.addMonths(1).toString(QStringLiteral("yyyy-MM")));
}

QJsonArray bucketsToJson(const QList<StatisticsBucket> &buckets)
{
    QJsonArray list;
    for (const StatisticsBucket &bucket : buckets) {
        list.append(QJsonObject { { QStringLiteral("value"), bucket.value },
            { QStringLiteral("dialogues"), bucket.dialogues },
            { QStringLiteral("refinement"), bucket.refinement } });
    }
    return list;
}

// Runs `sql` after the common table expression m(id) of the matching dialogues, calling
// `row` for each result row.
template <class Row>
bool each(
    Database &db, const QString &with, const QStringList &values, const QString &sql, QString *error, Row row)
{
    QSqlQuery query(db.db());
    query.setForwardOnly(true);
    if (!query.prepare(with + sql)) {
        *error = sqlError(query);
        return false;
    }
    QVariantList bound;
    for (const QString &value : values)
        bound.append(value);
    if (!runQuery(query, bound, error))
        return false;
    while (query.next())
        row(query);
    return true;
}

QString limitClause(int limit)
{
    return limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
}

} // namespace

QJsonObject StatisticsFigures::toJson() const
{
    QJsonArray partnerList;
    for (const PartnerStatistics &partner : partners) {
        QJsonObject roleCounts;
        for (auto it = partner.roles.cbegin(); it != partner.roles.cend(); ++it)
            roleCounts.insert(it.key(), it.value());
        partnerList.append(QJsonObject { { QStringLiteral("id"), partner.id },
            { QStringLiteral("name"), partner.name }, { QStringLiteral("short_name"), partner.shortName },
            { QStringLiteral("country"), partner.country },
            { QStringLiteral("dialogues"), partner.dialogues }, { QStringLiteral("roles"), roleCounts },
            { QStringLiteral("spoke"), partner.spoke } });
    }
    QJsonArray speakerList;
    for (const SpeakerStatistics &speaker : speakerRanking) {
        speakerList.append(QJsonObject { { QStringLiteral("id"), speaker.id },
            { QStringLiteral("name"), speaker.name }, { QStringLiteral("local_name"), speaker.localName },
            { QStringLiteral("dialogues"), speaker.dialogues },
            { QStringLiteral("speeches"), speaker.speeches } });
    }
    return QJsonObject {
        { QStringLiteral("query"), query },
        { QStringLiteral("dialogues"), dialogues },
        { QStringLiteral("speeches"), speeches },
        { QStringLiteral("speakers"), speakers },
        { QStringLiteral("organizations"), organizations },
        { QStringLiteral("years"), bucketsToJson(years) },
        { QStringLiteral("months"), bucketsToJson(months) },
        { QStringLiteral("countries"), bucketsToJson(countries) },
        { QStringLiteral("cities"), bucketsToJson(cities) },
        { QStringLiteral("formats"), bucketsToJson(formats) },
        { QStringLiteral("partners"), partnerList },
        { QStringLiteral("speaker_ranking"), speakerList },
        { QStringLiteral("speaker_organizations"), bucketsToJson(speakerOrganizations) },
        { QStringLiteral("speaker_countries"), bucketsToJson(speakerCountries) },
    };
}

Statistics::Statistics(Database &database)
    : m_db(database)
{
}

bool Statistics::compute(const QString &text, StatisticsFigures *figures, QString *error, int rankingLimit)
{
    *figures = StatisticsFigures();
    figures->query = text;
    QString selection;
    QStringList values;
    if (!Search(m_db).matching(text, &selection, &values, error))
        return false;
    const QString with = QStringLiteral("WITH m(id) AS MATERIALIZED (") + selection + QStringLiteral(") ");
    const QString limit = limitClause(rankingLimit);
    // Organisations in a dialogue: named in a role, or the organisation a speaker spoke for.
    const QString involved = QStringLiteral(
        "(SELECT dialogue_id, organization_id FROM dialogue_organization "
        " UNION SELECT dialogue_id, organization_id FROM speech WHERE organization_id IS NOT NULL)");

    auto buckets = [&](QList<StatisticsBucket> *target, const QString &sql, auto refine) {
        return each(m_db, with, values, sql, error, [&](const QSqlQuery &q) {
            StatisticsBucket bucket;
            bucket.value = q.value(0).toString();
            bucket.dialogues = q.value(1).toLongLong();
            bucket.refinement = refine(bucket.value);
            target->append(bucket);
        });
    };
    auto quotedField = [](const QString &field) {
        return [field](const QString &value) {
            return value.isEmpty() ? QString() : field + QLatin1Char(':') + SearchQuery::quoted(value);
        };
    };
    auto plainField = [](const QString &field) {
        return [field](const QString &value) {
            return value.isEmpty() ? QString() : field + QLatin1Char(':') + value;
        };
    };

    const bool ok
        = each(m_db, with, values,
              QStringLiteral(
                  "SELECT (SELECT count(*) FROM m), "
                  "(SELECT count(*) FROM speech s JOIN m ON m.id = s.dialogue_id), "
                  "(SELECT count(DISTINCT s.person_id) FROM speech s JOIN m ON m.id = s.dialogue_id), "
                  "(SELECT count(DISTINCT x.organization_id) FROM ")
                  + involved + QStringLiteral(" x JOIN m ON m.id = x.dialogue_id)"),
              error,
              [&](const QSqlQuery &q) {
                  figures->dialogues = q.value(0).toLongLong();
                  figures->speeches = q.value(1).toLongLong();
                  figures->speakers = q.value(2).toLongLong();
                  figures->organizations = q.value(3).toLongLong();
              })
        && buckets(&figures->years,
            QStringLiteral(
                "SELECT substr(d.start_date, 1, 4) AS v, count(*) FROM m JOIN dialogue d ON d.id = m.id "
                "GROUP BY v ORDER BY v"),
            plainField(QStringLiteral("year")))
        && buckets(&figures->months,
            QStringLiteral(
                "SELECT substr(d.start_date, 1, 7) AS v, count(*) FROM m JOIN dialogue d ON d.id = m.id "
                "GROUP BY v ORDER BY v"),
            monthRefinement)
        && buckets(&figures->countries,
            QStringLiteral("SELECT d.country AS v, count(*) AS n FROM m JOIN dialogue d ON d.id = m.id "
                           "GROUP BY v ORDER BY n DESC, v"),
            plainField(QStringLiteral("country")))
        && buckets(&figures->cities,
            QStringLiteral("SELECT d.city AS v, count(*) AS n FROM m JOIN dialogue d ON d.id = m.id "
                           "WHERE d.city <> '' GROUP BY v ORDER BY n DESC, v")
                + limit,
            quotedField(QStringLiteral("city")))
        && buckets(&figures->formats,
            QStringLiteral("SELECT d.format AS v, count(*) AS n FROM m JOIN dialogue d ON d.id = m.id "
                           "GROUP BY v ORDER BY CASE v WHEN 'in_person' THEN 0 WHEN 'online' THEN 1 "
                           "WHEN 'hybrid' THEN 2 ELSE 3 END"),
            plainField(QStringLiteral("format")))
        && each(m_db, with, values,
            QStringLiteral(
                "SELECT o.id, o.name, o.short_name, o.country, count(DISTINCT x.dialogue_id) AS n, "
                "(SELECT count(DISTINCT s.dialogue_id) FROM speech s JOIN m ON m.id = s.dialogue_id "
                " WHERE s.organization_id = o.id) "
                "FROM ")
                + involved
                + QStringLiteral(
                    " x JOIN m ON m.id = x.dialogue_id JOIN organization o ON o.id = x.organization_id "
                    "GROUP BY o.id ORDER BY n DESC, o.name")
                + limit,
            error, [&](const QSqlQuery &q) {
                PartnerStatistics partner;
                partner.id = q.value(0).toLongLong();
                partner.name = q.value(1).toString();
                partner.shortName = q.value(2).toString();
                partner.country = q.value(3).toString();
                partner.dialogues = q.value(4).toLongLong();
                partner.spoke = q.value(5).toLongLong();
                figures->partners.append(partner);
            });
    if (!ok)
        return false;
    // Each ranked partner's roles, in one pass over the matching dialogues' organisations.
    QHash<qint64, int> partnerIndex;
    for (int i = 0; i < figures->partners.size(); ++i)
        partnerIndex.insert(figures->partners.at(i).id, i);
    if (!each(m_db, with, values,
            QStringLiteral("SELECT o.organization_id, o.role, count(DISTINCT o.dialogue_id) FROM "
                           "dialogue_organization o "
                           "JOIN m ON m.id = o.dialogue_id GROUP BY o.organization_id, o.role"),
            error, [&](const QSqlQuery &q) {
                const auto found = partnerIndex.constFind(q.value(0).toLongLong());
                if (found != partnerIndex.cend())
                    figures->partners[*found].roles.insert(q.value(1).toString(), q.value(2).toLongLong());
            }))
        return false;
    return each(m_db, with, values,
               QStringLiteral(
                   "SELECT p.id, p.family_name, p.given_name, p.family_name_first, p.local_name, "
                   "count(DISTINCT s.dialogue_id) AS n, count(*) "
                   "FROM speech s JOIN m ON m.id = s.dialogue_id JOIN person p ON p.id = s.person_id "
                   "GROUP BY p.id ORDER BY n DESC, count(*) DESC, p.family_name, p.given_name")
                   + limit,
               error,
               [&](const QSqlQuery &q) {
                   Person person;
                   person.familyName = q.value(1).toString();
                   person.givenName = q.value(2).toString();
                   person.familyNameFirst = q.value(3).toBool();
                   SpeakerStatistics speaker;
                   speaker.id = q.value(0).toLongLong();
                   speaker.name = person.fullName();
                   speaker.localName = q.value(4).toString();
                   speaker.dialogues = q.value(5).toLongLong();
                   speaker.speeches = q.value(6).toLongLong();
                   figures->speakerRanking.append(speaker);
               })
        && buckets(&figures->speakerOrganizations,
            QStringLiteral("SELECT o.name AS v, count(DISTINCT s.dialogue_id) AS n FROM speech s "
                           "JOIN m ON m.id = s.dialogue_id JOIN organization o ON o.id = s.organization_id "
                           "GROUP BY o.id ORDER BY n DESC, v")
                + limit,
            quotedField(QStringLiteral("org")))
        && buckets(&figures->speakerCountries,
            QStringLiteral("SELECT o.country AS v, count(DISTINCT s.dialogue_id) AS n FROM speech s "
                           "JOIN m ON m.id = s.dialogue_id JOIN organization o ON o.id = s.organization_id "
                           "GROUP BY v ORDER BY n DESC, v"),
            [](const QString &) { return QString(); });
}

} // namespace rt
