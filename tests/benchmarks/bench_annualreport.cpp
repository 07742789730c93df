// Annual report benchmark: how long `roundtable report YEAR` takes for a year of about 200
// dialogues (target: under 10 s), from reading the figures to the PDF on disk.
//
//   bench_annualreport [--archive FILE | --keep FILE] [--year YEAR] [--rounds N]
//
// Without --archive it generates a synthetic archive of 21 years × 200 dialogues (10 speeches
// each, names and summaries in every script of the region) into a temporary folder; without
// --year it takes the year whose number of dialogues is nearest 200.

#include "SyntheticArchive.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/report/AnnualReport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace rt;

namespace {

// CPU time the whole process has used, in seconds (every thread that lays out or paints).
double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("archive"), QStringLiteral("An archive to report on."), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("year"), QStringLiteral("The year to report."), QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("keep"),
        QStringLiteral("Keep the generated archive as FILE (for --archive next time)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Times the report is written."),
        QStringLiteral("N"), QStringLiteral("3") });
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("archive"));
    QString error;
    if (path.isEmpty()) {
        path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                    : dir.filePath(QStringLiteral("bench.roundtable"));
        Database db;
        if (!db.open(path, Database::Mode::ReadWrite, &error)) {
            std::fprintf(stderr, "bench_annualreport: %s\n", qPrintable(error));
            return 1;
        }
        Archive archive(db);
        SyntheticArchive::Size size;
        size.dialogues = 21 * 200;
        size.people = 1500;
        size.organizations = 150;
        QElapsedTimer timer;
        timer.start();
        if (!SyntheticArchive::generate(archive, size, &error)) {
            std::fprintf(stderr, "bench_annualreport: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated %d dialogues in %.1f s\n", size.dialogues, timer.elapsed() / 1000.0);
    }
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly, &error, Database::Check::BeforeFirstWrite)) {
        std::fprintf(stderr, "bench_annualreport: %s\n", qPrintable(error));
        return 1;
    }
    int year = parser.value(QStringLiteral("year")).toInt();
    if (!year) {
        StatisticsFigures all;
        if (!Statistics(db).compute(QString(), &all, &error)) {
            std::fprintf(stderr, "bench_annualreport: %s\n", qPrintable(error));
            return 1;
        }
        qint64 best = -1;
        for (const StatisticsBucket &bucket : all.years) {
            if (best < 0 || std::abs(bucket.dialogues - 200) < std::abs(best - 200)) {
                best = bucket.dialogues;
                year = bucket.value.toInt();
            }
        }
    }
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    QList<double> times;
    QList<double> cpuTimes; // the process's CPU time: the machine is shared, wall time is not ours alone
    AnnualReport report(db);
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        const double cpu = processCpuSeconds();
        timer.start();
        if (!report.write({ year, {}, {} }, out, path, &error)) {
            std::fprintf(stderr, "bench_annualreport: %s\n", qPrintable(error));
            return 1;
        }
        times.append(timer.nsecsElapsed() / 1e9);
        cpuTimes.append(processCpuSeconds() - cpu);
    }
    const double first = times.first();
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf(
        "annual report %d: %lld dialogues, %d pages, %.1f MB; wall: first %.2f s, median %.2f s, max %.2f s "
        "(target: under 10 s); CPU: median %.2f s, max %.2f s\n",
        year, report.figures().dialogues, report.pageCount(), QFileInfo(out).size() / 1e6, first,
        times.at(times.size() / 2), times.last(), cpuTimes.at(cpuTimes.size() / 2), cpuTimes.last());
    return times.last() < 10 ? 0 : 1;
}
