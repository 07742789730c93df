// Search benchmark (issue "Search past dialogues"): on the 20,000-dialogue / 200,000-speech
// synthetic archive, the median and 95th percentile of 20 fixed queries through the core API
// (Search::run: parse, ranked match, count, 50 hits with snippets), beside the floor: the
// same FTS5 MATCH expression, ranked, top 50, issued straight through the sqlite3 C API.
//
//   bench_search [--archive FILE] [--dialogues N] [--rounds N]
//
// Without an existing --archive it generates one first (and reports how long that took).

#include "BenchSupport.h"
#include "SyntheticArchive.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sqlite3.h>

using namespace rt;
using rt::bench::percentile;

namespace {

// Time this thread spent on the CPU, in ms: the machine is shared, and wall-clock time
// measures the neighbours' builds as much as the search.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall-clock and CPU time of one piece of work.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

template <typename Work> Sample measure(Work &&work)
{
    QElapsedTimer timer;
    const double cpu = cpuMs();
    timer.start();
    work();
    return { double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu };
}

// The floor: what any search over this index must at least do to list the 50 best.
void runFloor(sqlite3 *db, const QByteArray &match, int *rows)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT rowid, rank FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT 50", -1,
        &statement, nullptr);
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
    *rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        (void)sqlite3_column_int64(statement, 0);
        (void)sqlite3_column_double(statement, 1);
        ++*rows;
    }
    sqlite3_finalize(statement);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("archive"),
        QStringLiteral("The archive to search (generated if missing)."), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("dialogues"), QStringLiteral("Dialogues to generate (10 speeches each)."),
            QStringLiteral("N"), QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Times each query is run."),
        QStringLiteral("N"), QStringLiteral("15") });
    parser.addOption({ QStringLiteral("query"), QStringLiteral("Time only this query, part by part."),
        QStringLiteral("QUERY") });
    parser.process(app);

    QTemporaryDir temporary;
    const QString path = parser.isSet(QStringLiteral("archive"))
        ? parser.value(QStringLiteral("archive"))
        : temporary.filePath(QStringLiteral("bench.roundtable"));

    Database db;
    QString error;
    if (!db.open(path, Database::Mode::ReadWrite, &error)) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(error));
        return 1;
    }
    Archive archive(db);
    if (archive.counts().dialogues == 0) {
        SyntheticArchive::Size size;
        size.dialogues = parser.value(QStringLiteral("dialogues")).toInt();
        if (qEnvironmentVariableIsSet("RT_NO_TRIGGERS")) {
            QSqlQuery q(db.db());
            q.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            q.finish();
            for (const QString &n : names)
                db.exec(QStringLiteral("DROP TRIGGER ") + n, nullptr);
        }
        QElapsedTimer timer;
        timer.start();
        if (!SyntheticArchive::generate(archive, size, &error)) {
            std::fprintf(stderr, "bench_search: generating: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %d dialogues, %d speeches in %.1f s (index kept by triggers)\n",
            size.dialogues, size.dialogues * size.speechesPerDialogue, double(timer.elapsed()) / 1000.0);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);
    }
    const Archive::Counts counts = archive.counts();
    Search search(db);
    std::printf("archive: %lld dialogues, %lld speeches, file %.1f MiB, search index %.1f MiB\n",
        counts.dialogues, counts.speeches, double(QFileInfo(path).size()) / 1048576.0,
        double(search.indexSize()) / 1048576.0);

    QStringList queries = rt::bench::searchQueries();
    if (parser.isSet(QStringLiteral("query")))
        queries = { parser.value(QStringLiteral("query")) };
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    sqlite3 *raw = db.handle();

    // Warm the page cache once, as a user's second search would find it.
    for (const QString &q : queries) {
        SearchResults results;
        search.run(q, Search::DefaultLimit, &results, &error);
    }

    if (parser.isSet(QStringLiteral("query"))) {
        // Where the time goes, for one query.
        const QString q = queries.front();
        const QByteArray match = SearchQuery::parse(q).matchExpression().toUtf8();
        auto timeIt = [&](const char *label, const std::function<void()> &work) {
            QList<double> samples;
            for (int r = 0; r < rounds; ++r)
                samples.append(measure(work).cpu);
            std::printf("%-40s median %8.2f ms CPU\n", label, percentile(samples, 0.5));
        };
        auto rawStep = [&](const char *sql) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
            sqlite3_bind_text(st, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            int n = 0;
            while (sqlite3_step(st) == SQLITE_ROW)
                ++n;
            sqlite3_finalize(st);
            return n;
        };
        timeIt("floor: ranked, LIMIT 50", [&] {
            int rows;
            runFloor(raw, match, &rows);
        });
        timeIt("ranked, every row", [&] {
            rawStep("SELECT rowid, rank FROM search_index WHERE search_index MATCH ?1 ORDER BY rank");
        });
        timeIt("count(*)", [&] { rawStep("SELECT count(*) FROM search_index WHERE search_index MATCH ?1"); });
        timeIt("unranked, every row",
            [&] { rawStep("SELECT rowid FROM search_index WHERE search_index MATCH ?1"); });
        timeIt("core, limit 0", [&] {
            SearchResults r;
            search.run(q, 0, &r, &error);
        });
        timeIt("core, limit 50", [&] {
            SearchResults r;
            search.run(q, 50, &r, &error);
        });
        return 0;
    }

    QList<double> coreWall, floorWall, coreCpu, floorCpu;
    std::printf("\n%-44s %8s %10s %10s %7s %10s %10s\n", "query", "matches", "core CPU", "floor CPU", "ratio",
        "core wall", "floor wall");
    for (const QString &q : queries) {
        const QByteArray match = SearchQuery::parse(q).matchExpression().toUtf8();
        QList<double> core, floor, coreW, floorW;
        qint64 total = 0;
        for (int r = 0; r < rounds; ++r) {
            SearchResults results;
            bool ok = true;
            const Sample c = measure([&] { ok = search.run(q, Search::DefaultLimit, &results, &error); });
            if (!ok) {
                std::fprintf(stderr, "bench_search: %s: %s\n", qPrintable(q), qPrintable(error));
                return 1;
            }
            total = results.total;
            int rows = 0;
            const Sample f = measure([&] { runFloor(raw, match, &rows); });
            core.append(c.cpu);
            coreW.append(c.wall);
            floor.append(f.cpu);
            floorW.append(f.wall);
        }
        coreCpu += core;
        floorCpu += floor;
        coreWall += coreW;
        floorWall += floorW;
        const double c = percentile(core, 0.5);
        const double f = percentile(floor, 0.5);
        std::printf("%-44s %8lld %10.2f %10.2f %6.2fx %10.2f %10.2f\n", qPrintable(q.left(44)), total, c, f,
            f > 0 ? c / f : 0.0, percentile(coreW, 0.5), percentile(floorW, 0.5));
    }
    std::printf("\nover %lld runs (%d queries x %d rounds), ms:\n", qlonglong(coreCpu.size()),
        int(queries.size()), rounds);
    std::printf("              median    p95    (CPU time of the search thread)\n");
    std::printf("  core API  %7.2f %7.2f   target p95 < 50 ms: %s\n", percentile(coreCpu, 0.5),
        percentile(coreCpu, 0.95), percentile(coreCpu, 0.95) < 50 ? "met" : "NOT met");
    std::printf("  floor     %7.2f %7.2f\n", percentile(floorCpu, 0.5), percentile(floorCpu, 0.95));
    std::printf("  ratio     %6.2fx %6.2fx  target <= 1.5x: %s\n",
        percentile(coreCpu, 0.5) / percentile(floorCpu, 0.5),
        percentile(coreCpu, 0.95) / percentile(floorCpu, 0.95),
        percentile(coreCpu, 0.95) / percentile(floorCpu, 0.95) <= 1.5 ? "met" : "NOT met");
    std::printf("              median    p95    (wall-clock time; includes waiting for a shared CPU)\n");
    std::printf("  core API  %7.2f %7.2f\n", percentile(coreWall, 0.5), percentile(coreWall, 0.95));
    std::printf("  floor     %7.2f %7.2f\n", percentile(floorWall, 0.5), percentile(floorWall, 0.95));

    // Search as you type (the search page): the hits go to the screen as soon as the ranked
    // search returns, the facets of every match when they are counted after it. Measured as
    // the page's worker does it, one after the other on one connection.
    std::printf(
        "\nsearch as you type: time after the debounce until hits, then facets, on screen (ms, wall)\n");
    std::printf("%-44s %8s %10s %10s\n", "query", "matches", "hits", "facets");
    QList<double> hitsAll, facetsAll;
    QStringList typed = { QStringLiteral("water"), QStringLiteral("biodiversity"), QStringLiteral("mekong") };
    typed += queries;
    for (const QString &q : std::as_const(typed)) {
        QList<double> hitTimes, facetTimes;
        qint64 total = 0;
        for (int r = 0; r < rounds; ++r) {
            SearchResults results;
            Facets facets;
            const Sample h = measure([&] { search.run(q, Search::DefaultLimit, &results, &error); });
            const Sample f = measure([&] { search.facets(q, &facets, &error); });
            total = results.total;
            hitTimes.append(h.wall);
            facetTimes.append(h.wall + f.wall); // facets follow the hits
        }
        hitsAll += hitTimes;
        facetsAll += facetTimes;
        std::printf("%-44s %8lld %10.2f %10.2f\n", qPrintable(q.left(44)), total, percentile(hitTimes, 0.5),
            percentile(facetTimes, 0.5));
    }
    std::printf("  hits    median %7.2f  p95 %7.2f   target < 100 ms: %s\n", percentile(hitsAll, 0.5),
        percentile(hitsAll, 0.95), percentile(hitsAll, 0.95) < 100 ? "met" : "NOT met");
    std::printf("  facets  median %7.2f  p95 %7.2f   target < 300 ms: %s\n", percentile(facetsAll, 0.5),
        percentile(facetsAll, 0.95), percentile(facetsAll, 0.95) < 300 ? "met" : "NOT met");
    return 0;
}
