// bench_import: times importing a roundtable/1 file into a fresh archive, then importing
// it again (which must change nothing), and reports the archive's size and the peak memory
// (resident set high-water mark) against the file's size (target: under 4x).
//
//   bench_import FILE.json [--keep ARCHIVE]

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// The process's peak resident memory so far, from /proc/self/status (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 2 && !(args.size() == 4 && args.at(2) == QLatin1String("--keep"))) {
        out << "usage: bench_import FILE.json [--keep ARCHIVE]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString path = args.size() == 4 ? args.at(3) : dir.filePath(QStringLiteral("bench.roundtable"));
    QFile::remove(path);

    rt::Database db;
    QString error;
    if (!db.open(path, rt::Database::Mode::ReadWrite, &error)) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    rt::Archive archive(db);
    rt::Interchange::Report report;
    QElapsedTimer timer;
    timer.start();
    if (!rt::Interchange::importFile(archive, args.at(1), &report, &error)) {
        out << "import failed: " << error << Qt::endl;
        return 1;
    }
    const double first = timer.elapsed() / 1000.0;
    const double firstPeak = peakMemoryMiB();
    const auto counts = archive.counts();

    timer.restart();
    rt::Interchange::Report again;
    if (!rt::Interchange::importFile(archive, args.at(1), &again, &error)) {
        out << "re-import failed: " << error << Qt::endl;
        return 1;
    }
    const double second = timer.elapsed() / 1000.0;
    const double secondPeak = peakMemoryMiB();
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);

    out << "dialogues: " << counts.dialogues << ", speeches: " << counts.speeches
        << ", people: " << counts.people << ", organisations: " << counts.organizations << Qt::endl;
    out << "import: " << QString::number(first, 'f', 2) << " s (" << report.added << " records added)"
        << Qt::endl;
    out << "re-import: " << QString::number(second, 'f', 2) << " s (" << again.unchanged << " unchanged, "
        << again.added + again.updated << " changed)" << Qt::endl;
    const double fileMiB = QFileInfo(args.at(1)).size() / 1048576.0;
    out << "file size: " << QString::number(fileMiB, 'f', 1)
        << " MiB; peak memory: " << QString::number(firstPeak, 'f', 1) << " MiB after the import ("
        << QString::number(firstPeak / fileMiB, 'f', 2) << "x the file), "
        << QString::number(secondPeak, 'f', 1) << " MiB after the re-import ("
        << QString::number(secondPeak / fileMiB, 'f', 2) << "x; target: under 4x)" << Qt::endl;
    out << "archive size: " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << " MiB"
        << Qt::endl;
    return 0;
}
