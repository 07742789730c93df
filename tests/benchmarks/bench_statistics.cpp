// Statistics benchmark: how long the figures of the statistics page take on a large archive
// (target: under 500 ms for the 20,000-dialogue archive), for every dialogue and for a few
// narrowed queries; median and slowest of several rounds, the first (cold) round apart.
//
//   bench_statistics ARCHIVE [--rounds N]

#include "core/db/Database.h"
#include "core/stats/Statistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace rt;

namespace {

// CPU time of this thread: what the work costs whatever else the machine is running.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The archive to count."));
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Times each query is run."),
        QStringLiteral("N"), QStringLiteral("7") });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Database db;
    QString error;
    if (!db.open(parser.positionalArguments().first(), Database::Mode::ReadOnly, &error)) {
        std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(error));
        return 1;
    }
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const QStringList queries = { QString(), QStringLiteral("year:2022"), QStringLiteral("water"),
        QStringLiteral("format:online biodiversity") };
    std::printf("%-28s %10s %10s %10s %10s %12s\n", "query", "dialogues", "first ms", "median ms", "max ms",
        "median CPU ms");
    for (const QString &query : queries) {
        QList<double> times;
        QList<double> cpu;
        double first = 0;
        qint64 dialogues = 0;
        for (int round = 0; round <= rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            StatisticsFigures figures;
            if (!Statistics(db).compute(query, &figures, &error, 20)) {
                std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(error));
                return 1;
            }
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            dialogues = figures.dialogues;
            if (round == 0) {
                first = ms;
            } else {
                times.append(ms);
                cpu.append(cpuMs() - cpuStart);
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("%-28s %10lld %10.1f %10.1f %10.1f %12.1f\n",
            query.isEmpty() ? "(every dialogue)" : qPrintable(query), dialogues, first,
            times.at(times.size() / 2), times.last(), cpu.at(cpu.size() / 2));
    }
    return 0;
}
