// The stats command: the figures of the statistics page (core's Statistics) as text or JSON.

#include "cli/StatsCommand.h"

#include "core/db/Database.h"
#include "core/stats/Statistics.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace rt::cli {

namespace {

constexpr int DefaultTop = 10;

void addStatsOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print every figure as one JSON object.") });
    parser.addOption({ QStringLiteral("top"),
        QCoreApplication::translate(
            "cli", "Rank at most N cities, partners and speakers (default %1; 0: all).")
            .arg(DefaultTop),
        QCoreApplication::translate("cli", "N"), QString::number(DefaultTop) });
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Count the dialogues QUERY matches (all of them without a query): per year, month, country, city and "
        "format, partner organisations by role, and speakers. QUERY is a search as for roundtable search, "
        "e.g. "
        "roundtable stats year:2022 org:UNEP."));
}

void printBuckets(QTextStream &out, const QString &heading, const QList<StatisticsBucket> &buckets)
{
    if (buckets.isEmpty())
        return;
    out << heading << Qt::endl;
    for (const StatisticsBucket &bucket : buckets) {
        const QString value
            = bucket.value.isEmpty() ? QCoreApplication::translate("cli", "(not given)") : bucket.value;
        out << "  " << value << "  " << bucket.dialogues << Qt::endl;
    }
}

int runStats(Context &c)
{
    bool ok = false;
    const int top = c.parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0) {
        c.err << "roundtable: "
              << QCoreApplication::translate("cli", "--top needs a whole number of 0 or more") << Qt::endl;
        return UsageError;
    }
    Database db;
    if (!c.open(db, !QFileInfo(c.databasePath).isWritable()))
        return Failure;
    StatisticsFigures figures;
    QString error;
    if (!Statistics(db).compute(c.arguments.join(QLatin1Char(' ')), &figures, &error, top)) {
        c.err << "roundtable: " << error << Qt::endl;
        return UsageError;
    }
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }
    c.out << QCoreApplication::translate(
        "cli", "Dialogues: %1  Speeches: %2  Speakers: %3  Organisations: %4")
                 .arg(figures.dialogues)
                 .arg(figures.speeches)
                 .arg(figures.speakers)
                 .arg(figures.organizations)
          << Qt::endl;
    printBuckets(c.out, QCoreApplication::translate("cli", "By year:"), figures.years);
    printBuckets(c.out, QCoreApplication::translate("cli", "By format:"), figures.formats);
    printBuckets(c.out, QCoreApplication::translate("cli", "By country:"), figures.countries);
    printBuckets(c.out, QCoreApplication::translate("cli", "By city:"), figures.cities);
    if (!figures.partners.isEmpty())
        c.out << QCoreApplication::translate("cli", "Partner organisations:") << Qt::endl;
    for (const PartnerStatistics &partner : std::as_const(figures.partners)) {
        QStringList roles;
        for (auto it = partner.roles.cbegin(); it != partner.roles.cend(); ++it)
            roles << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        if (partner.spoke > 0)
            roles << QCoreApplication::translate("cli", "spoke %1").arg(partner.spoke);
        c.out << "  " << partner.name << "  " << partner.dialogues;
        if (!roles.isEmpty())
            c.out << " (" << roles.join(QStringLiteral(", ")) << ")";
        c.out << Qt::endl;
    }
    if (!figures.speakerRanking.isEmpty())
        c.out << QCoreApplication::translate("cli", "Speakers (dialogues, speeches):") << Qt::endl;
    for (const SpeakerStatistics &speaker : std::as_const(figures.speakerRanking))
        c.out << "  " << speaker.name << "  " << speaker.dialogues << "  " << speaker.speeches << Qt::endl;
    return Success;
}

} // namespace

const Command statsCommand = { "stats", "[QUERY]",
    QT_TRANSLATE_NOOP(
        "cli", "count dialogues by year, country, format, partner and speaker (--json, --top N)"),
    0, 1000, addStatsOptions, runStats };

} // namespace rt::cli
