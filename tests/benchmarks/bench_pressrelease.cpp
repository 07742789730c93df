// bench_pressrelease: times press releases to PDF, and the same releases converted from HTML
// by LibreOffice headless (the tool staff would otherwise use), side by side.
//
//   bench_pressrelease FILE.json [--batch N] [--libreoffice N] [--keep FOLDER]
//
// 1. One release (generation + layout + PDF with its text layer, written to a file),
//    warm: the median of 30 runs after one untimed run. Target: under 150 ms.
// 2. A batch of N releases (default 1,000), one PDF each, first on one thread, then as
//    the window's batch export writes them, on every core. Target: under 60 s.
// 3. The first M of those releases (default 100) as HTML, converted by one
//    `soffice --headless --convert-to pdf` run, against our time for the same M, on one
//    thread and on every core; the ratio is LibreOffice's time over ours. Target: at
//    least 5x. Skipped without soffice.
//
// Besides wall-clock time it prints the CPU time the process used, which says what the
// code costs when the machine is shared with other work (wall time then grows, CPU not).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseBatchWriter.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/records/Archive.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("roundtable/1 JSON with the dialogues"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Releases in the batch."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption officeOption(QStringLiteral("libreoffice"),
        QStringLiteral("Releases converted by LibreOffice."), QStringLiteral("M"), QStringLiteral("100"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the files in FOLDER."), QStringLiteral("FOLDER"));
    parser.addOption(batchOption);
    parser.addOption(officeOption);
    parser.addOption(keepOption);
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    rt::Database db;
    QString error;
    const QString archivePath = QDir(folder).filePath(QStringLiteral("bench.roundtable"));
    QFile::remove(archivePath);
    if (!db.open(archivePath, rt::Database::Mode::ReadWrite, &error)) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    rt::Archive archive(db);
    rt::Interchange::Report report;
    if (!rt::Interchange::importFile(archive, parser.positionalArguments().at(0), &report, &error)) {
        out << "import failed: " << error << Qt::endl;
        return 1;
    }
    const QList<qint64> ids = archive.dialogueIds();
    const int batch = std::min<int>(parser.value(batchOption).toInt(), int(ids.size()));
    const int office = std::min(parser.value(officeOption).toInt(), batch);
    if (ids.isEmpty()) {
        out << "no dialogues" << Qt::endl;
        return 1;
    }
    rt::PressReleaseExporter exporter(archive);

    // 1. One release, warm.
    const QString single = QDir(folder).filePath(QStringLiteral("single.pdf"));
    if (!exporter.exportDialogue(ids.first(), QString(), single, QStringLiteral("pdf"), &error)) {
        out << "export failed: " << error << Qt::endl;
        return 1;
    }
    QList<double> times;
    QList<double> cpuTimes;
    QElapsedTimer timer;
    for (int i = 0; i < 30; ++i) {
        const std::clock_t cpu = std::clock();
        timer.start();
        exporter.exportDialogue(ids.at(i % ids.size()), QString(), single, QStringLiteral("pdf"), &error);
        times.append(timer.nsecsElapsed() / 1e6);
        cpuTimes.append((std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out << "one release to PDF, warm (target: under 150 ms): median "
        << QString::number(times.at(times.size() / 2), 'f', 1) << " ms, slowest "
        << QString::number(times.last(), 'f', 1) << " ms (CPU: median "
        << QString::number(cpuTimes.at(cpuTimes.size() / 2), 'f', 1) << " ms)" << Qt::endl;

    // 2. The batch; the first `office` releases are timed apart for the comparison. First
    // one release after another on this thread, as exportDialogue() does; then as the
    // window's batch export does it, laid out and written on every core
    // (PressReleaseBatchWriter) while this thread reads the next release from the archive.
    const QString pdfFolder = QDir(folder).filePath(QStringLiteral("pdf"));
    QDir().mkpath(pdfFolder);
    double firstOffice = 0;
    double firstOfficeCpu = 0;
    int failures = 0;
    std::clock_t batchCpu = std::clock();
    timer.start();
    for (int i = 0; i < batch; ++i) {
        if (!exporter.exportDialogue(ids.at(i), QString(),
                QDir(pdfFolder).filePath(exporter.fileName(ids.at(i), QStringLiteral("pdf"))),
                QStringLiteral("pdf"), &error))
            ++failures;
        if (i + 1 == office) {
            firstOffice = timer.nsecsElapsed() / 1e9;
            firstOfficeCpu = double(std::clock() - batchCpu) / CLOCKS_PER_SEC;
        }
    }
    const double batchSeconds = timer.nsecsElapsed() / 1e9;
    const double batchCpuSeconds = double(std::clock() - batchCpu) / CLOCKS_PER_SEC;
    out << "batch of " << batch
        << " releases to PDF, one thread (target: under 60 s): " << QString::number(batchSeconds, 'f', 2)
        << " s (" << QString::number(batchSeconds * 1000 / batch, 'f', 1) << " ms each, " << failures
        << " failed; CPU " << QString::number(batchCpuSeconds, 'f', 2) << " s)" << Qt::endl;

    rt::PressReleaseGenerator generator(archive);
    const auto parallelBatch = [&](int count, int *failed) {
        QElapsedTimer elapsed;
        elapsed.start();
        rt::PressReleaseBatchWriter writer { QString() };
        for (int i = 0; i < count; ++i) {
            rt::PressRelease release;
            rt::PressReleaseDocument::PageSetup setup;
            if (!generator.generate(ids.at(i), QString(), &release, &error)
                || !exporter.pageSetup(release, &setup, &error)) {
                ++*failed;
                continue;
            }
            writer.add(i, release.body, setup,
                QDir(pdfFolder).filePath(exporter.fileName(ids.at(i), QStringLiteral("pdf"))),
                QStringLiteral("pdf"));
        }
        for (const rt::PressReleaseBatchWriter::Done &done : writer.finish())
            *failed += done.error.isEmpty() ? 0 : 1;
        return elapsed.nsecsElapsed() / 1e9;
    };
    const int threads = rt::PressReleaseBatchWriter(QString()).threads();
    int parallelFailures = 0;
    batchCpu = std::clock();
    const double parallelSeconds = parallelBatch(batch, &parallelFailures);
    const double parallelCpu = double(std::clock() - batchCpu) / CLOCKS_PER_SEC;
    out << "batch of " << batch << " releases to PDF, " << threads
        << " threads (the window's batch export): " << QString::number(parallelSeconds, 'f', 2) << " s ("
        << QString::number(parallelSeconds * 1000 / batch, 'f', 1) << " ms each, " << parallelFailures
        << " failed; CPU " << QString::number(parallelCpu, 'f', 2) << " s)" << Qt::endl;
    failures += parallelFailures;
    const double firstOfficeParallel = office > 0 ? parallelBatch(office, &failures) : 0;

    // 3. LibreOffice on the same releases, from the same HTML.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office == 0)
        return failures ? 1 : 0;
    if (soffice.isEmpty()) {
        out << "LibreOffice: soffice not found, comparison skipped (install libreoffice-writer-nogui)"
            << Qt::endl;
        return failures ? 1 : 0;
    }
    const QString htmlFolder = QDir(folder).filePath(QStringLiteral("html"));
    const QString officeFolder = QDir(folder).filePath(QStringLiteral("libreoffice"));
    QDir().mkpath(htmlFolder);
    QDir().mkpath(officeFolder);
    QStringList htmlFiles;
    for (int i = 0; i < office; ++i) {
        const QString path = QDir(htmlFolder).filePath(exporter.fileName(ids.at(i), QStringLiteral("html")));
        exporter.exportDialogue(ids.at(i), QString(), path, QStringLiteral("html"), &error);
        htmlFiles.append(path);
    }
    // A profile of its own, so a running LibreOffice does not take the job, and a first run
    // to create it, so profile creation is not timed.
    const QString profile
        = QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("lo-profile"))).toString();
    const QStringList common = { QStringLiteral("-env:UserInstallation=") + profile,
        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
        QStringLiteral("--outdir"), officeFolder };
    QProcess::execute(soffice, common + QStringList { htmlFiles.first() });
    // LibreOffice's CPU time: its processes are our children (soffice waits for soffice.bin).
    const auto childrenCpu = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double childrenBefore = childrenCpu();
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice, common + htmlFiles);
    process.waitForFinished(-1);
    const double officeSeconds = timer.nsecsElapsed() / 1e9;
    const double officeCpu = childrenCpu() - childrenBefore;
    const int converted = int(QDir(officeFolder).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size());
    out << "LibreOffice headless, " << office
        << " releases from HTML in one run: " << QString::number(officeSeconds, 'f', 2) << " s (" << converted
        << " PDFs); Roundtable, the same " << office << ": " << QString::number(firstOffice, 'f', 2)
        << " s on one thread, " << QString::number(firstOfficeParallel, 'f', 2) << " s on " << threads
        << Qt::endl;
    out << "ratio, one thread (LibreOffice also uses one): "
        << QString::number(officeSeconds / firstOffice, 'f', 1) << "x faster in wall time; CPU "
        << QString::number(officeCpu, 'f', 2) << " s against " << QString::number(firstOfficeCpu, 'f', 2)
        << " s, " << QString::number(officeCpu / firstOfficeCpu, 'f', 1) << "x" << Qt::endl;
    out << "ratio, batch export on " << threads
        << " threads (target: at least 5x): " << QString::number(officeSeconds / firstOfficeParallel, 'f', 1)
        << "x faster in wall time" << Qt::endl;
    return failures ? 1 : 0;
}
