// Words inside longer words (issue 14, item 7): the search index and the search before and
// after, side by side in one run. Two copies of one archive are indexed, one as before and one
// as now (grapheme clusters with the word boundaries of every dictionary reading marked, and
// the dictionary's words between boundaries whole, schema 10); then the same queries run on
// each in turn, alternating, so that the neighbours' load on a shared machine falls on both.
// "Before" is, with --before clusters (the default), schema 8 and 9 (clusters only), with
// --before icu schema 7 and earlier (Thai, Lao, Khmer and Burmese cut into ICU's words only).
//
//   bench_subwords --archive FILE [--rounds N] [--workdir DIR] [--before clusters|icu]
//
// FILE is only read (copied twice into DIR, by default a temporary folder). Reported: the
// search index's bytes (dbstat) and the archive's bytes after VACUUM, the time to rebuild the
// index, and per query the matches and the median CPU time of Search::run in each, with ratios.

#include "BenchSupport.h"
#include "core/db/Database.h"
#include "core/search/Search.h"
#include "core/search/SearchTokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace rt;
using rt::bench::percentile;

namespace {

// CPU time of this thread, in ms: the machine is shared.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Side
{
    const char *name;
    SearchTokenizer::Units units;
    QString path;
    std::unique_ptr<Database> db;
    std::unique_ptr<Search> search;
    double reindexSeconds = 0;
    qint64 indexBytes = 0;
    qint64 fileBytes = 0;
};

bool prepare(Side &side, const QString &source, QString *error)
{
    SearchTokenizer::setUnits(side.units);
    QFile::remove(side.path);
    if (!QFile::copy(source, side.path)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(source, side.path);
        return false;
    }
    QFile(side.path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    side.db = std::make_unique<Database>();
    if (!side.db->open(side.path, Database::Mode::ReadWrite, error))
        return false;
    side.search = std::make_unique<Search>(*side.db);
    QElapsedTimer timer;
    timer.start();
    if (!side.search->reindex(error))
        return false;
    side.reindexSeconds = double(timer.elapsed()) / 1000.0;
    if (!side.db->exec(QStringLiteral("VACUUM"), error)
        || !side.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error))
        return false;
    side.indexBytes = side.search->indexSize();
    side.fileBytes = QFileInfo(side.path).size();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("archive"), QStringLiteral("The archive to copy and index twice."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Times each query is run on each side."),
        QStringLiteral("N"), QStringLiteral("15") });
    parser.addOption(
        { QStringLiteral("workdir"), QStringLiteral("Where the two copies go."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("before"),
        QStringLiteral("What the index held before: clusters (schema 8 and 9) or icu (schema 7)."),
        QStringLiteral("UNITS"), QStringLiteral("clusters") });
    parser.process(app);
    const bool fromIcu = parser.value(QStringLiteral("before")) == QLatin1String("icu");
    if (!fromIcu && parser.value(QStringLiteral("before")) != QLatin1String("clusters")) {
        std::fprintf(stderr, "bench_subwords: --before is clusters or icu\n");
        return 2;
    }
    if (!parser.isSet(QStringLiteral("archive"))) {
        std::fprintf(stderr, "bench_subwords: --archive FILE is needed\n");
        return 2;
    }
    const QString source = parser.value(QStringLiteral("archive"));
    QTemporaryDir temporary(parser.isSet(QStringLiteral("workdir"))
            ? QDir(parser.value(QStringLiteral("workdir"))).filePath(QStringLiteral("bench-subwords-XXXXXX"))
            : QDir::temp().filePath(QStringLiteral("bench-subwords-XXXXXX")));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "bench_subwords: no temporary folder\n");
        return 1;
    }
    Side sides[2] = { { fromIcu ? "before (ICU words)" : "before (clusters)",
                          fromIcu ? SearchTokenizer::Units::IcuWords : SearchTokenizer::Units::Clusters,
                          temporary.filePath(QStringLiteral("before.roundtable")) },
        { "after (clusters+words)", SearchTokenizer::Units::ClustersAndWords,
            temporary.filePath(QStringLiteral("after.roundtable")) } };
    QString error;
    for (Side &side : sides) {
        if (!prepare(side, source, &error)) {
            std::fprintf(stderr, "bench_subwords: %s: %s\n", side.name, qPrintable(error));
            return 1;
        }
    }

    std::printf("%-22s %14s %14s %12s\n", "", "index bytes", "file bytes", "reindex s");
    for (const Side &side : sides) {
        std::printf(
            "%-22s %14lld %14lld %12.1f\n", side.name, side.indexBytes, side.fileBytes, side.reindexSeconds);
    }
    std::printf("%-22s %13.3fx %13.3fx %11.2fx\n", "ratio after/before",
        double(sides[1].indexBytes) / double(sides[0].indexBytes),
        double(sides[1].fileBytes) / double(sides[0].fileBytes),
        sides[1].reindexSeconds / sides[0].reindexSeconds);

    // bench_search's twenty queries, then words of the four scripts, alone and inside the
    // compounds of the synthetic archive's sentences (SyntheticArchive.cpp).
    const QStringList queries = { QStringLiteral("biodiversity"), QStringLiteral("climate adaptation"),
        QStringLiteral("\"nature-based solutions\""), QStringLiteral("mangroves OR wetlands"),
        QStringLiteral("water -dams"), QStringLiteral("speaker:zhang"),
        QStringLiteral("speaker:\"Nguyen Hong Ha\""), QStringLiteral("org:unep biodiversity"),
        QStringLiteral("org:\"Mekong River Commission\" year:2022"),
        QStringLiteral("series:\"Towards COP15\""), QStringLiteral("city:kunming topic:restoration"),
        QStringLiteral("country:vietnam format:online"), QStringLiteral("plastic after:2020 before:2023"),
        QStringLiteral("hong ha"), QStringLiteral("润秋"), QStringLiteral("生物多样性"),
        QStringLiteral("ความหลากหลาย"), QStringLiteral("ສິ່ງແວດລ້ອມ"), QStringLiteral("បរិស្ថាន OR ပတ်ဝန်းကျင်"),
        QStringLiteral("green financ* -youth"),
        // Inside compounds: found since schema 8 (with --before icu, only after).
        QStringLiteral("ร่วมมือ"), QStringLiteral("ຮ່ວມມື"), QStringLiteral("ប្រតិបត្តិការ"),
        QStringLiteral("ပူးပေါင်း"), QStringLiteral("น้ำ"), QStringLiteral("ປົກປັກ"),
        // Words ICU reads as words: found on both sides.
        QStringLiteral("ชายฝั่ง"), QStringLiteral("ທຳມະຊາດ"), QStringLiteral("ធនធាន"), QStringLiteral("ဒေသ") };
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    QList<double> all[2];
    QList<double> scriptQueries[2];
    std::printf("\n%-36s %9s %9s %11s %11s %7s\n", "query (median CPU ms)", "matches", "matches", "before",
        "after", "ratio");
    for (const QString &q : queries) {
        QList<double> samples[2];
        qint64 totals[2] = { 0, 0 };
        for (int r = 0; r < rounds + 1; ++r) { // the first round warms the cache and is not counted
            for (int s = 0; s < 2; ++s) {
                SearchTokenizer::setUnits(sides[s].units);
                SearchResults results;
                const double start = cpuMs();
                if (!sides[s].search->run(q, Search::DefaultLimit, &results, &error)) {
                    std::fprintf(stderr, "bench_subwords: %s: %s\n", qPrintable(q), qPrintable(error));
                    return 1;
                }
                const double spent = cpuMs() - start;
                totals[s] = results.total;
                if (r > 0)
                    samples[s].append(spent);
            }
        }
        const bool script = q.front().unicode() >= 0x0E00 && q.front().unicode() < 0x1100;
        for (int s = 0; s < 2; ++s) {
            all[s] += samples[s];
            if (script)
                scriptQueries[s] += samples[s];
        }
        const double before = percentile(samples[0], 0.5);
        const double after = percentile(samples[1], 0.5);
        std::printf("%-36s %9lld %9lld %11.2f %11.2f %6.2fx\n", qPrintable(q.left(36)), totals[0], totals[1],
            before, after, before > 0 ? after / before : 0.0);
    }
    std::printf("\n%-36s %11s %11s %7s\n", "over all runs, CPU ms", "before", "after", "ratio");
    for (double p : { 0.5, 0.95 }) {
        std::printf("%-36s %11.2f %11.2f %6.2fx\n", p == 0.5 ? "all queries, median" : "all queries, p95",
            percentile(all[0], p), percentile(all[1], p), percentile(all[1], p) / percentile(all[0], p));
        std::printf("%-36s %11.2f %11.2f %6.2fx\n",
            p == 0.5 ? "Thai/Lao/Khmer/Burmese, median" : "Thai/Lao/Khmer/Burmese, p95",
            percentile(scriptQueries[0], p), percentile(scriptQueries[1], p),
            percentile(scriptQueries[1], p) / percentile(scriptQueries[0], p));
    }
    SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
    return 0;
}
