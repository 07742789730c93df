#include "core/stats/Statistics.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/records/Records.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

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

// Counts per value; turned into buckets, most first or in the order of their values.
using Tally = QHash<QString, qint64>;

QList<StatisticsBucket> bucketsOf(
    const Tally &tally, bool byValue, int limit, const std::function<QString(const QString &)> &refine)
{
    QList<StatisticsBucket> list;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        list.append({ it.key(), it.value(), refine(it.key()) });
    std::sort(list.begin(), list.end(), [byValue](const StatisticsBucket &a, const StatisticsBucket &b) {
        if (!byValue && a.dialogues != b.dialogues)
            return a.dialogues > b.dialogues;
        return a.value < b.value;
    });
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

template <class T> void truncate(QList<T> *list, int limit)
{
    if (limit > 0 && list->size() > limit)
        list->resize(limit);
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
            { QStringLiteral("spoke"), partner.spoke },
            { QStringLiteral("refinement"), partner.refinement } });
    }
    QJsonArray speakerList;
    for (const SpeakerStatistics &speaker : speakerRanking) {
        speakerList.append(QJsonObject { { QStringLiteral("id"), speaker.id },
            { QStringLiteral("name"), speaker.name }, { QStringLiteral("local_name"), speaker.localName },
            { QStringLiteral("dialogues"), speaker.dialogues },
            { QStringLiteral("speeches"), speaker.speeches },
            { QStringLiteral("refinement"), speaker.refinement } });
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
    Database &db = m_db;
    if (!db.isOpen()) {
        *error = tr("the archive is not open");
        return false;
    }
    // Each table is read once, in one pass, and counted here: a GROUP BY per chart over a
    // join with the matching dialogues read the speeches a dozen times (seconds on 200,000).
    auto failed = [&](const Statement &statement) {
        *error = tr("the figures could not be counted: %1").arg(statement.error());
        return false;
    };

    // The matching dialogues, with what the charts count of each.
    QSet<qint64> chosen;
    Tally years, months, countries, cities, formats;
    {
        Statement statement(db,
            QStringLiteral("WITH m(id) AS MATERIALIZED (") + selection
                + QStringLiteral(") SELECT d.id, substr(d.start_date, 1, 7), d.country, d.city, d.format "
                                 "FROM m JOIN dialogue d ON d.id = m.id"));
        if (!statement.isValid())
            return failed(statement);
        statement.bindAll(values);
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            chosen.insert(statement.integer(0));
            const QString month = statement.text(1);
            ++years[month.left(4)];
            ++months[month];
            ++countries[statement.text(2)];
            const QString city = statement.text(3);
            if (!city.isEmpty())
                ++cities[city];
            ++formats[statement.text(4)];
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
    }
    figures->dialogues = chosen.size();
    // Looked up for every row below: a bit per dialogue id is many times faster than a hash.
    std::vector<bool> isChosen;
    for (const qint64 id : std::as_const(chosen)) {
        if (id >= qint64(isChosen.size()))
            isChosen.resize(size_t(id) + 1024);
        isChosen[size_t(id)] = true;
    }
    auto wanted
        = [&isChosen](qint64 id) { return id >= 0 && id < qint64(isChosen.size()) && isChosen[size_t(id)]; };

    struct Organisation
    {
        QString name, shortName, country;
    };
    QHash<qint64, Organisation> organisations;
    {
        Statement statement(db, QStringLiteral("SELECT id, name, short_name, country FROM organization"));
        if (!statement.isValid())
            return failed(statement);
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW)
            organisations.insert(
                statement.integer(0), { statement.text(1), statement.text(2), statement.text(3) });
        if (rc != SQLITE_DONE)
            return failed(statement);
    }

    // Each role of each organisation, counted once per dialogue.
    QHash<qint64, QHash<QString, qint64>> roles; // organisation -> role -> dialogues
    {
        Statement statement(db,
            QStringLiteral("SELECT dialogue_id, organization_id, role FROM dialogue_organization "
                           "ORDER BY dialogue_id, position"));
        if (!statement.isValid())
            return failed(statement);
        QSet<QPair<qint64, QString>> seen;
        qint64 current = 0;
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            const qint64 dialogue = statement.integer(0);
            if (!wanted(dialogue))
                continue;
            if (dialogue != current) {
                seen.clear();
                current = dialogue;
            }
            const qint64 organisation = statement.integer(1);
            const QString role = statement.text(2);
            if (!seen.contains({ organisation, role })) {
                seen.insert({ organisation, role });
                ++roles[organisation][role];
            }
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
    }

    // Speeches: who spoke, for which organisation, in which dialogues. Read from the
    // indexes by person and by organisation, which hold the speech's key beside them: a scan
    // of the speech table itself reads every summary (most of the file).
    QHash<qint64, QPair<qint64, qint64>> speakers; // person -> (dialogues, speeches)
    QHash<qint64, qint64> spoke; // organisation -> dialogues where one of its people spoke
    Tally speakerCountries;
    {
        Statement statement(
            db, QStringLiteral("SELECT person_id, dialogue_id FROM speech ORDER BY person_id, dialogue_id"));
        if (!statement.isValid())
            return failed(statement);
        qint64 lastPerson = 0, lastDialogue = 0;
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            const qint64 dialogue = statement.integer(1);
            if (!wanted(dialogue))
                continue;
            const qint64 person = statement.integer(0);
            ++figures->speeches;
            auto &counts = speakers[person];
            ++counts.second;
            if (person != lastPerson || dialogue != lastDialogue)
                ++counts.first; // rows come by person, then dialogue
            lastPerson = person;
            lastDialogue = dialogue;
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
    }
    {
        Statement statement(db,
            QStringLiteral(
                "SELECT organization_id, dialogue_id FROM speech WHERE organization_id IS NOT NULL "
                "ORDER BY organization_id, dialogue_id"));
        if (!statement.isValid())
            return failed(statement);
        QHash<QString, QSet<qint64>> countryDialogues;
        qint64 lastOrganisation = 0, lastDialogue = 0;
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            const qint64 dialogue = statement.integer(1);
            if (!wanted(dialogue))
                continue;
            const qint64 organisation = statement.integer(0);
            if (organisation == lastOrganisation && dialogue == lastDialogue)
                continue;
            lastOrganisation = organisation;
            lastDialogue = dialogue;
            ++spoke[organisation];
            countryDialogues[organisations.value(organisation).country].insert(dialogue);
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
        for (auto it = countryDialogues.cbegin(); it != countryDialogues.cend(); ++it)
            speakerCountries.insert(it.key(), it.value().size());
    }
    figures->speakers = speakers.size();

    // Partners: every organisation of the matching dialogues, in any role or through a speaker,
    // counted as the search facet counts them.
    QHash<qint64, qint64> partnerDialogues;
    if (!Search::organizationDialogues(m_db, chosen, &partnerDialogues, error))
        return false;
    figures->organizations = partnerDialogues.size();
    for (auto it = partnerDialogues.cbegin(); it != partnerDialogues.cend(); ++it) {
        const Organisation o = organisations.value(it.key());
        PartnerStatistics partner;
        partner.id = it.key();
        partner.name = o.name;
        partner.shortName = o.shortName;
        partner.country = o.country;
        partner.dialogues = it.value();
        for (auto role = roles.value(it.key()).cbegin(); role != roles.value(it.key()).cend(); ++role)
            partner.roles.insert(role.key(), role.value());
        partner.spoke = spoke.value(it.key());
        partner.refinement = QStringLiteral("org:") + SearchQuery::quoted(o.name);
        figures->partners.append(partner);
    }
    std::sort(figures->partners.begin(), figures->partners.end(),
        [](const PartnerStatistics &a, const PartnerStatistics &b) {
            return a.dialogues != b.dialogues ? a.dialogues > b.dialogues : a.name < b.name;
        });
    truncate(&figures->partners, rankingLimit);

    // Speakers, named as running text names them.
    {
        Statement statement(db,
            QStringLiteral("SELECT id, family_name, given_name, family_name_first, local_name FROM person"));
        if (!statement.isValid())
            return failed(statement);
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            const auto found = speakers.constFind(statement.integer(0));
            if (found == speakers.cend())
                continue;
            Person person;
            person.familyName = statement.text(1);
            person.givenName = statement.text(2);
            person.familyNameFirst = statement.integer(3) != 0;
            SpeakerStatistics speaker;
            speaker.id = found.key();
            speaker.name = person.fullName();
            speaker.localName = statement.text(4);
            speaker.dialogues = found->first;
            speaker.speeches = found->second;
            speaker.refinement = QStringLiteral("speaker:") + SearchQuery::quoted(speaker.name);
            figures->speakerRanking.append(speaker);
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
    }
    std::sort(figures->speakerRanking.begin(), figures->speakerRanking.end(),
        [](const SpeakerStatistics &a, const SpeakerStatistics &b) {
            if (a.dialogues != b.dialogues)
                return a.dialogues > b.dialogues;
            if (a.speeches != b.speeches)
                return a.speeches > b.speeches;
            return a.name < b.name;
        });
    truncate(&figures->speakerRanking, rankingLimit);

    auto field = [](const QString &name, bool quote) {
        return [name, quote](const QString &value) {
            return value.isEmpty() ? QString()
                                   : name + QLatin1Char(':') + (quote ? SearchQuery::quoted(value) : value);
        };
    };
    Tally speakerOrganisations;
    for (auto it = spoke.cbegin(); it != spoke.cend(); ++it)
        speakerOrganisations[organisations.value(it.key()).name] += it.value();
    figures->years = bucketsOf(years, true, 0, field(QStringLiteral("year"), false));
    figures->months = bucketsOf(months, true, 0, monthRefinement);
    figures->countries = bucketsOf(countries, false, 0, field(QStringLiteral("country"), false));
    figures->cities = bucketsOf(cities, false, rankingLimit, field(QStringLiteral("city"), true));
    figures->formats = bucketsOf(formats, false, 0, field(QStringLiteral("format"), false));
    std::sort(figures->formats.begin(), figures->formats.end(),
        [order = DialogueFormat::all()](const StatisticsBucket &a, const StatisticsBucket &b) {
            auto rank = [&order](const QString &v) { return v.isEmpty() ? order.size() : order.indexOf(v); };
            return rank(a.value) < rank(b.value);
        });
    figures->speakerOrganizations
        = bucketsOf(speakerOrganisations, false, rankingLimit, field(QStringLiteral("org"), true));
    figures->speakerCountries
        = bucketsOf(speakerCountries, false, 0, [](const QString &) { return QString(); });
    return true;
}

} // namespace rt
