// New-person benchmark: what the window does before a new person is saved or a new dialogue
// opens, on a large archive: reading every person, parsing a typed name by the family names
// in use (PersonNames::person) and the duplicate check against everyone
// (PersonNames::possibleDuplicates), and the defaults of a new dialogue (Archive::newDialogue).
// Median and slowest of several rounds.
//
//   bench_personnames ARCHIVE [--rounds N]

#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/records/PersonNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The archive to read."));
    parser.addOption({ QStringLiteral("rounds"), QStringLiteral("Times each step is run."),
        QStringLiteral("N"), QStringLiteral("7") });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Database db;
    QString error;
    if (!db.open(parser.positionalArguments().first(), Database::Mode::ReadOnly, &error)) {
        std::fprintf(stderr, "bench_personnames: %s\n", qPrintable(error));
        return 1;
    }
    Archive archive(db);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    QList<Person> people;
    int found = 0;
    const QList<std::pair<const char *, std::function<void()>>> steps = {
        { "read every person", [&] { people = archive.people(); } },
        { "parse \"Zhang Yu-jun\"",
            [&] {
                found = int(PersonNames::person(QStringLiteral("Zhang Yu-jun"), people).familyName.size());
            } },
        { "duplicate check",
            [&] {
                found = int(PersonNames::possibleDuplicates(
                    PersonNames::person(QStringLiteral("Zhang Yu-jun"), people), people)
                                .size());
            } },
        { "new dialogue defaults", [&] { found = int(archive.newDialogue().contactId); } },
    };
    std::printf("%d people\n%-24s %10s %10s\n", int(archive.people().size()), "step", "median ms", "max ms");
    for (const auto &[name, step] : steps) {
        QList<double> times;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            step();
            times.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-24s %10.2f %10.2f\n", name, times.at(times.size() / 2), times.last());
    }
    return found < 0 ? 1 : 0;
}
