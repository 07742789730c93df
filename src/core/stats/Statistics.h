#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rt {

class Database;

// One bar of a chart: what it counts (a year, a country code, a format code, ...), how many
// dialogues fall in it, and the search refinement that lists exactly those dialogues.
struct StatisticsBucket
{
    QString value; // as stored: "2022", "2022-11", "CN", "hybrid"; "" for "not given"
    qint64 dialogues = 0;
    QString refinement; // e.g. year:2022, country:CN; empty where the language has no field for it
};

// An organisation ranked by the dialogues it took part in, with how often in each role;
// `spoke` counts the dialogues in which one of its people spoke for it.
struct PartnerStatistics
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString country;
    qint64 dialogues = 0; // in any role, or through a speaker
    QMap<QString, qint64> roles; // role code -> dialogues
    qint64 spoke = 0;
    QString refinement; // org:"name": the dialogues it took part in
};

// A person ranked by the dialogues they spoke at.
struct SpeakerStatistics
{
    qint64 id = 0;
    QString name; // Person::fullName()
    QString localName;
    qint64 dialogues = 0;
    qint64 speeches = 0;
    QString refinement; // speaker:"name": the dialogues they spoke at
};

// The figures of the dialogues a search matches (all of them for an empty query).
struct StatisticsFigures
{
    QString query;
    qint64 dialogues = 0;
    qint64 speeches = 0;
    qint64 speakers = 0; // distinct people who spoke
    qint64 organizations = 0; // distinct organisations in any role or through a speaker
    QList<StatisticsBucket> years; // oldest first
    QList<StatisticsBucket> months; // "YYYY-MM", oldest first
    QList<StatisticsBucket> countries; // most dialogues first
    QList<StatisticsBucket> cities; // most dialogues first
    QList<StatisticsBucket> formats; // in_person, online, hybrid, then "" (not given)
    QList<PartnerStatistics> partners; // most dialogues first
    QList<SpeakerStatistics> speakerRanking; // most dialogues first
    QList<StatisticsBucket> speakerOrganizations; // speeches' organisations as that day: dialogues
    QList<StatisticsBucket> speakerCountries; // the country of those organisations: dialogues

    QJsonObject toJson() const;
};

// Counts what an archive holds for the statistics page, the annual report and `roundtable
// stats`: dialogues per year, month, country, city and format; partner organisations by
// role; speakers. Every figure is counted by SQL over the dialogues a search query matches
// (the query language of SearchQuery), so a chart can be narrowed to "year:2022 org:UNEP".
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    explicit Statistics(Database &database);

    // `rankingLimit` bounds the partner and speaker rankings and the per-city and
    // per-organisation lists (0: all). False, with a message fit for the user, on a query
    // that cannot be parsed or a failed read.
    bool compute(const QString &query, StatisticsFigures *figures, QString *error, int rankingLimit = 0);

private:
    Database &m_db;
};

} // namespace rt
