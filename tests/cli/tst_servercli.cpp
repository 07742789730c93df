// The command line on a server archive (issue 13, items 1, 2 and 8): the same commands, the same
// output and the same exported bytes with -d postgresql://… as with a file; one-line errors for an
// address that cannot be used; several importers at once on a new archive; and a client killed
// in the middle of its import leaves the archive as it was (all of the import or none of it).

#include "support/PgServer.h"
#include "support/SafetySupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using rt::test::PgServer;
using rt::test::writeFile;

namespace {

// The binary run as a child process (tests/support/SafetySupport.h).
using Result = rt::test::Run;
using rt::test::roundtable;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineCount(const QString &text)
{
    return text.trimmed().isEmpty() ? 0 : int(text.trimmed().count(QLatin1Char('\n'))) + 1;
}

// A roundtable/1 file of `count` dialogues, each with a speaker of its own; keys start with
// `prefix`, so that files of different prefixes share nothing.
QByteArray generated(const QString &prefix, int count)
{
    QJsonArray people;
    QJsonArray dialogues;
    for (int i = 0; i < count; ++i) {
        const QString person = QStringLiteral("%1-person-%2").arg(prefix).arg(i);
        people.append(QJsonObject { { QStringLiteral("key"), person },
            { QStringLiteral("family_name"), QStringLiteral("Speaker %1 %2").arg(prefix).arg(i) } });
        dialogues.append(
            QJsonObject { { QStringLiteral("key"), QStringLiteral("%1-dialogue-%2").arg(prefix).arg(i) },
                { QStringLiteral("title"), QStringLiteral("Dialogue %1 number %2").arg(prefix).arg(i) },
                { QStringLiteral("start_date"),
                    QStringLiteral("2023-%1-%2")
                        .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0')) },
                { QStringLiteral("topics"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("title"), QStringLiteral("Water and wetlands") } } } },
                { QStringLiteral("speeches"),
                    QJsonArray { QJsonObject { { QStringLiteral("person"), person },
                        { QStringLiteral("summary"),
                            QStringLiteral("What was said at dialogue %1.").arg(i) } } } } });
    }
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("roundtable/1") },
        { QStringLiteral("people"), people }, { QStringLiteral("dialogues"), dialogues } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameChecksOnFileAndServer();
    void unusableAddressesAreOneLine_data();
    void unusableAddressesAreOneLine();
    void helpNamesServerAddresses();
    void copyAndBackupByCommandLine();
    void automaticBackupsAndRestoreOfServer();
    void severalImportersAtOnce();
    void killedImportLeavesAllOrNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestServerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The programs this test starts keep their settings and a server archive's automatic backups
    // (under the data location) here, not in the user's home.
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
}

void TestServerCli::cleanupTestCase()
{
    PgServer::stopIfStarted();
}

void TestServerCli::sameChecksOnFileAndServer()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString server = PgServer::instance().createDatabase(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    const QString file = path(QStringLiteral("same.roundtable"));
    const QString twoLanguages = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json");
    const QString release
        = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/releases/01-dateline-vientiane.txt");
    QVERIFY(writeFile(path(QStringLiteral("bad.json")),
        R"({"format": "roundtable/1", "dialogues": [{"key": "x", "title": "X", "start_date": "2024-01-01",
                  "speeches": [{"person": "nobody"}]}]})"));
    const QString bad = path(QStringLiteral("bad.json"));
    QVERIFY(writeFile(path(QStringLiteral("people.csv")),
        "family_name,given_name,honorific\nTheppitak,Noppadon,Dr.\nZhang,Yujun,\n"));
    QVERIFY(writeFile(path(QStringLiteral("no-names.csv")), "given_name,honorific\nNoppadon,Dr.\n"));
    QVERIFY(writeFile(path(QStringLiteral("people.vcf")),
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Somchai Phommavongsa\r\nN:Phommavongsa;Somchai;;;\r\n"
        "EMAIL:somchai@example.org\r\nEND:VCARD\r\n"));
    QVERIFY(writeFile(path(QStringLiteral("bad.vcf")), "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Broken;\r\n"));

    // Each step on the file, then on the server: the same exit code, output and written file.
    // %1 is the file the step writes (one for the file archive, one for the server's).
    enum class Output { Bytes, Pdf, Calendar };
    struct Step
    {
        QStringList arguments;
        int exitCode;
        QString extension = QStringLiteral("json");
        Output output = Output::Bytes;
    };
    const QString dialogue = QStringLiteral("2022-11-23-wetlands");
    const QList<Step> steps = {
        { { QStringLiteral("demo") }, 0 },
        { { QStringLiteral("import"), twoLanguages }, 0 },
        { { QStringLiteral("import"), twoLanguages }, 0 }, // unchanged the second time
        { { QStringLiteral("import"), bad }, 1 }, // refused whole
        { { QStringLiteral("export"), QStringLiteral("%1") }, 0 },
        // Searched the same (issue 13, item 3): hits, order, scores and snippets, as printed.
        { { QStringLiteral("search"), QStringLiteral("--json"),
              QStringLiteral("wetland OR finance OR unep") },
            0 },
        { { QStringLiteral("search"), QStringLiteral("湿地") }, 0 },
        { { QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--"),
              QStringLiteral("-湿地") },
            0 },
        { { QStringLiteral("search"), QStringLiteral("after:2022-02-30") }, 2 },
        // Every other command (issue 13, item 1).
        { { QStringLiteral("stats") }, 0 },
        { { QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("2"),
              QStringLiteral("wetland OR finance") },
            0 },
        { { QStringLiteral("stats"), QStringLiteral("year:20x") }, 2 },
        { { QStringLiteral("press-release"), dialogue, QStringLiteral("--output"), QStringLiteral("%1") }, 0,
            QStringLiteral("pdf"), Output::Pdf },
        { { QStringLiteral("press-release"), dialogue, QStringLiteral("--language"), QStringLiteral("zh"),
              QStringLiteral("--output"), QStringLiteral("%1") },
            1, QStringLiteral("pdf") }, // a topic without its Chinese title: refused alike
        { { QStringLiteral("press-release"), dialogue, QStringLiteral("--output"), QStringLiteral("%1") }, 0,
            QStringLiteral("html") },
        { { QStringLiteral("press-release"), QStringLiteral("no-such-dialogue"), QStringLiteral("--output"),
              QStringLiteral("%1") },
            1, QStringLiteral("pdf") },
        { { QStringLiteral("report"), QStringLiteral("2022"), QStringLiteral("--output"),
              QStringLiteral("%1") },
            0, QStringLiteral("pdf"), Output::Pdf },
        { { QStringLiteral("report"), QStringLiteral("--query"), QStringLiteral("wetland OR finance"),
              QStringLiteral("--output"), QStringLiteral("%1") },
            0, QStringLiteral("pdf"), Output::Pdf },
        { { QStringLiteral("report"), QStringLiteral("20x"), QStringLiteral("--output"),
              QStringLiteral("%1") },
            2, QStringLiteral("pdf") },
        { { QStringLiteral("report"), QStringLiteral("1999"), QStringLiteral("--output"),
              QStringLiteral("%1") },
            1, QStringLiteral("pdf") },
        { { QStringLiteral("read-release"), release, QStringLiteral("--json") }, 0 },
        { { QStringLiteral("read-release"), path(QStringLiteral("no-such-release.txt")) }, 1 },
        { { QStringLiteral("export-vcard"), QStringLiteral("%1") }, 0, QStringLiteral("vcf") },
        { { QStringLiteral("export-ical"), QStringLiteral("%1") }, 0, QStringLiteral("ics"),
            Output::Calendar },
        { { QStringLiteral("export-ical"), QStringLiteral("%1"), QStringLiteral("wetland") }, 0,
            QStringLiteral("ics"), Output::Calendar },
        { { QStringLiteral("import-table"), path(QStringLiteral("people.csv")), QStringLiteral("--kind"),
              QStringLiteral("people") },
            0 },
        { { QStringLiteral("import-table"), path(QStringLiteral("no-names.csv")), QStringLiteral("--kind"),
              QStringLiteral("people") },
            1 },
        { { QStringLiteral("import-vcard"), path(QStringLiteral("people.vcf")) }, 0 },
        { { QStringLiteral("import-vcard"), path(QStringLiteral("bad.vcf")) }, 1 },
        { { QStringLiteral("check") }, 0 },
        // What all of that left in the two archives is the same.
        { { QStringLiteral("export"), QStringLiteral("%1") }, 0 },
        { { QStringLiteral("export-vcard"), QStringLiteral("%1") }, 0, QStringLiteral("vcf") },
    };
    int n = 0;
    int compared = 0;
    for (const Step &step : steps) {
        ++n;
        Result results[2];
        QByteArray written[2];
        QString outputs[2];
        const QString archives[2] = { file, server };
        for (int i = 0; i < 2; ++i) {
            QStringList arguments = step.arguments;
            outputs[i] = path(QStringLiteral("step%1-%2.%3").arg(n).arg(i).arg(step.extension));
            arguments.replaceInStrings(QStringLiteral("%1"), outputs[i]);
            results[i] = roundtable(QStringList { QStringLiteral("--database"), archives[i] } + arguments);
            QVERIFY2(results[i].exitCode == step.exitCode,
                qPrintable(archives[i] + QLatin1String(": ") + arguments.join(QLatin1Char(' '))
                    + QLatin1String(": ") + results[i].err));
            written[i] = fileBytes(outputs[i]);
            // Messages name the archive and the file written, which differ by design; nothing else
            // may differ.
            for (QString *text : { &results[i].out, &results[i].err }) {
                text->replace(outputs[i], QStringLiteral("OUTPUT"));
                text->replace(archives[i], QStringLiteral("ARCHIVE"));
            }
        }
        const QString what = QStringLiteral("step %1: %2").arg(n).arg(step.arguments.join(QLatin1Char(' ')));
        QVERIFY2(results[1].out == results[0].out,
            qPrintable(what + QLatin1String("\nfile:   ") + results[0].out + QLatin1String("\nserver: ")
                + results[1].out));
        QVERIFY2(lineCount(results[1].err) == lineCount(results[0].err), qPrintable(what + results[1].err));
        if (step.exitCode != 0) {
            // A failure is the same one line on both.
            QVERIFY2(results[1].err == results[0].err,
                qPrintable(what + QLatin1String("\nfile:   ") + results[0].err + QLatin1String("\nserver: ")
                    + results[1].err));
            QCOMPARE(lineCount(results[1].err), 1);
            QVERIFY2(written[1].isEmpty() && !QFileInfo::exists(outputs[1]), qPrintable(what));
        }
        switch (step.output) {
        case Output::Bytes:
            QVERIFY2(written[1] == written[0], qPrintable(what));
            break;
        case Output::Calendar: {
            // DTSTAMP is the moment the calendar was written (RFC 5545): the one line that differs.
            static const QRegularExpression stamp(QStringLiteral("DTSTAMP:\\d{8}T\\d{6}Z"));
            QString texts[2] = { QString::fromUtf8(written[0]), QString::fromUtf8(written[1]) };
            for (QString &text : texts)
                text.replace(stamp, QStringLiteral("DTSTAMP:WHEN"));
            QVERIFY2(texts[0].contains(QLatin1String("BEGIN:VEVENT")), qPrintable(what));
            QVERIFY2(texts[1] == texts[0], qPrintable(what));
            break;
        }
        case Output::Pdf: {
            // A PDF carries the moment it was written: the same pages and the same text instead.
            std::unique_ptr<Poppler::Document> pdfs[2] = { Poppler::Document::loadFromData(written[0]),
                Poppler::Document::loadFromData(written[1]) };
            QVERIFY2(pdfs[0] && pdfs[1], qPrintable(what));
            QVERIFY(pdfs[0]->numPages() > 0);
            QCOMPARE(pdfs[1]->numPages(), pdfs[0]->numPages());
            for (int page = 0; page < pdfs[0]->numPages(); ++page)
                QCOMPARE(pdfs[1]->page(page)->text(QRectF()), pdfs[0]->page(page)->text(QRectF()));
            break;
        }
        }
        if (step.exitCode == 0 && !written[0].isEmpty())
            ++compared;
    }
    QVERIFY(compared >= 10); // exports, PDFs, HTML, vCards and calendars
    const QByteArray json = fileBytes(path(QStringLiteral("step5-1.json")));
    QVERIFY(json.contains("2022-11-23-wetlands"));
    QVERIFY(!json.contains("\"x\""));
    const QByteArray last = fileBytes(path(QStringLiteral("step%1-1.json").arg(steps.size() - 1)));
    QVERIFY(last.contains("Theppitak"));
    QVERIFY(last.contains("Phommavongsa"));
    // The searches found something to compare.
    const Result found = roundtable({ QStringLiteral("--database"), server, QStringLiteral("search"),
        QStringLiteral("--json"), QStringLiteral("wetland OR finance OR unep") });
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(QJsonDocument::fromJson(found.out.toUtf8()).array().size() >= 2, qPrintable(found.out));
}

void TestServerCli::unusableAddressesAreOneLine_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("password") << "postgresql://staff:secret@localhost/roundtable"
                              << "~/.pgpass";
    QTest::newRow("no database") << "postgresql://localhost"
                                 << "names no database";
    QTest::newRow("nobody listening") << QStringLiteral("postgresql:///roundtable?host=%1&connect_timeout=2")
                                             .arg(QDir::tempPath() + QLatin1String("/no-server-here"))
                                      << "cannot connect";
}

void TestServerCli::unusableAddressesAreOneLine()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    for (const QString &command : { QStringLiteral("demo"), QStringLiteral("export") }) {
        QStringList arguments = { QStringLiteral("-d"), address, command };
        if (command == QLatin1String("export"))
            arguments << path(QStringLiteral("out.json"));
        const Result r = roundtable(arguments);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("secret")));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.json"))));
    }
}

void TestServerCli::helpNamesServerAddresses()
{
    // Every command takes a server address now: the help says so.
    const Result help = roundtable({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("postgresql://")));
}

void TestServerCli::copyAndBackupByCommandLine()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString server = PgServer::instance().createDatabase(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    const QString file = path(QStringLiteral("copy-source.roundtable"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), file, QStringLiteral("demo") }).exitCode, 0);
    QCOMPARE(roundtable({ QStringLiteral("-d"), file, QStringLiteral("import"),
                            QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/scripts.json") })
                 .exitCode,
        0);
    QCOMPARE(roundtable(
                 { QStringLiteral("-d"), file, QStringLiteral("export"), path(QStringLiteral("file.json")) })
                 .exitCode,
        0);
    const QByteArray expected = fileBytes(path(QStringLiteral("file.json")));
    QVERIFY(!expected.isEmpty());

    // File to server, then server back to a new file: the same export all along.
    Result r = roundtable({ QStringLiteral("copy"), file, server });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("copied to")), qPrintable(r.out));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"),
                            path(QStringLiteral("server.json")) })
                 .exitCode,
        0);
    QCOMPARE(fileBytes(path(QStringLiteral("server.json"))), expected);
    const QString back = path(QStringLiteral("copy-back.roundtable"));
    r = roundtable({ QStringLiteral("copy"), server, back });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(roundtable(
                 { QStringLiteral("-d"), back, QStringLiteral("export"), path(QStringLiteral("back.json")) })
                 .exitCode,
        0);
    QCOMPARE(fileBytes(path(QStringLiteral("back.json"))), expected);

    // A destination that holds records is refused and left as it was.
    r = roundtable({ QStringLiteral("copy"), file, server });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.contains(QLatin1String("already holds records")), qPrintable(r.err));
    // A destination that cannot be made leaves nothing behind.
    r = roundtable({ QStringLiteral("copy"), server, path(QStringLiteral("no-such-folder/x.roundtable")) });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
    r = roundtable({ QStringLiteral("copy"), file, file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("into itself")), qPrintable(r.err));

    // `check` on the server archive.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.trimmed().endsWith(QLatin1String(": ok")), qPrintable(r.out));

    // The server's backup is an SQLite archive that exports the same.
    const QString backup = path(QStringLiteral("server-backup.roundtable"));
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("backup"), backup });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(roundtable({ QStringLiteral("-d"), backup, QStringLiteral("check") }).exitCode, 0);
    QCOMPARE(roundtable({ QStringLiteral("-d"), backup, QStringLiteral("export"),
                            path(QStringLiteral("backup.json")) })
                 .exitCode,
        0);
    QCOMPARE(fileBytes(path(QStringLiteral("backup.json"))), expected);
}

void TestServerCli::automaticBackupsAndRestoreOfServer()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString server = PgServer::instance().createDatabase(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    // Under the data location (XDG_DATA_HOME, set in initTestCase), one folder per address named
    // by its host (the socket folder), port, database and user.
    auto encoded = [](QString part) {
        return part.replace(QLatin1Char('/'), QLatin1String("+2F"))
            .replace(QLatin1Char('-'), QLatin1String("+2D"));
    };
    // host-port-database-user, the port not given here
    const QString name = encoded(PgServer::instance().folder()) + QLatin1String("--")
        + encoded(server.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1)) + QLatin1Char('-')
        + encoded(PgServer::superUser());
    const QString folder = path(QStringLiteral("data/roundtable/backups/")) + name;

    // A new archive holds nothing to keep: no backup yet, as for a new file.
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("demo") }).exitCode, 0);
    Result r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("backups") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("(none yet)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(folder), qPrintable(r.out + QLatin1String(" // ") + folder));
    // The next writing command backs it up (once it has opened the archive, before it writes),
    // and `backups` lists it.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("import"),
        QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json") });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("backups") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lineCount(r.out), 2);
    const QString automatic
        = r.out.split(QLatin1Char('\n')).at(1).trimmed().section(QLatin1String("  "), 0, 0);
    QVERIFY2(automatic.startsWith(folder + QLatin1Char('/') + name + QLatin1Char('-'))
            && automatic.endsWith(QLatin1String(".roundtable")),
        qPrintable(automatic));
    QVERIFY(QFileInfo(automatic).isFile());
    QCOMPARE(roundtable({ QStringLiteral("-d"), automatic, QStringLiteral("check") }).exitCode, 0);
    // Reading commands and a second writer the same day write none.
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("import"),
                            QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json") })
                 .exitCode,
        0);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    // The backup holds the demo only (it was taken before the import wrote).
    QCOMPARE(roundtable({ QStringLiteral("-d"), automatic, QStringLiteral("export"),
                            path(QStringLiteral("auto.json")) })
                 .exitCode,
        0);
    const QString current = path(QStringLiteral("server-now.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), current }).exitCode, 0);
    QVERIFY(fileBytes(current) != fileBytes(path(QStringLiteral("auto.json"))));

    // A damaged backup is refused in one line, and the server archive stays as it was.
    const QString damaged = path(QStringLiteral("damaged.roundtable"));
    QVERIFY(QFile::copy(automatic, damaged));
    QVERIFY(rt::test::damage(damaged));
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("restore"), damaged });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.contains(QLatin1String("not a sound backup")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QString unchanged = path(QStringLiteral("server-unchanged.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), unchanged }).exitCode, 0);
    QCOMPARE(fileBytes(unchanged), fileBytes(current));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1); // nothing kept aside either

    // "latest" restores the automatic backup: the server's records are the backup's, and the
    // records replaced are kept aside as a sound backup of their own, named in the output.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("restore"), QStringLiteral("latest") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("kept at ")), qPrintable(r.out));
    const QString aside
        = r.out.section(QLatin1String("kept at "), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(aside.startsWith(folder + QLatin1Char('/') + name + QLatin1String(".before-restore-")),
        qPrintable(aside));
    QVERIFY(QFileInfo(aside).isFile());
    const QString restored = path(QStringLiteral("server-restored.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), restored }).exitCode, 0);
    QCOMPARE(fileBytes(restored), fileBytes(path(QStringLiteral("auto.json"))));
    QCOMPARE(roundtable({ QStringLiteral("-d"), aside, QStringLiteral("check") }).exitCode, 0);
    QCOMPARE(roundtable({ QStringLiteral("-d"), aside, QStringLiteral("export"),
                            path(QStringLiteral("aside.json")) })
                 .exitCode,
        0);
    QCOMPARE(fileBytes(path(QStringLiteral("aside.json"))), fileBytes(current));
    // The aside copy is no automatic backup: `backups` still lists one, and rotation leaves it.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("backups") });
    QCOMPARE(lineCount(r.out), 2);
    // The restored server archive is whole (search index included) and takes new records.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("import"),
        QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/scripts.json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = roundtable(
        { QStringLiteral("-d"), server, QStringLiteral("search"), QStringLiteral("biodiversity") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.trimmed().isEmpty());

    // Restoring the aside copy brings the records before the first restore back.
    r = roundtable({ QStringLiteral("-d"), server, QStringLiteral("restore"), aside });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), restored }).exitCode, 0);
    QCOMPARE(fileBytes(restored), fileBytes(current));
}

void TestServerCli::severalImportersAtOnce()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString server = PgServer::instance().createDatabase(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    // Eight programs open the new, empty archive at the same moment (one of them builds the
    // schema, the others wait for it) and each imports a file of its own.
    constexpr int Importers = 8;
    constexpr int Dialogues = 40;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < Importers; ++i) {
        const QString name = path(QStringLiteral("importer-%1.json").arg(i));
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(generated(QStringLiteral("p%1").arg(i), Dialogues));
        file.close();
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(ROUNDTABLE_BINARY),
            { QStringLiteral("-d"), server, QStringLiteral("import"), name });
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const Result exported = roundtable(
        { QStringLiteral("-d"), server, QStringLiteral("export"), path(QStringLiteral("all.json")) });
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path(QStringLiteral("all.json")))).object();
    QCOMPARE(root.value(QLatin1String("dialogues")).toArray().size(), Importers * Dialogues);
    QCOMPARE(root.value(QLatin1String("people")).toArray().size(), Importers * Dialogues);
}

void TestServerCli::killedImportLeavesAllOrNothing()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString server = PgServer::instance().createDatabase(&error);
    QVERIFY2(!server.isEmpty(), qPrintable(error));
    QVERIFY(roundtable({ QStringLiteral("-d"), server, QStringLiteral("demo") }).exitCode == 0);
    const QString before = path(QStringLiteral("before.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), before }).exitCode, 0);

    constexpr int Dialogues = 1500;
    const QString big = path(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generated(QStringLiteral("big"), Dialogues));
    file.close();
    // How long a whole import takes here, so that the kills land inside it.
    QElapsedTimer timer;
    timer.start();
    {
        const QString scratch = PgServer::instance().createDatabase(&error);
        QCOMPARE(roundtable({ QStringLiteral("-d"), scratch, QStringLiteral("import"), big }).exitCode, 0);
    }
    const qint64 whole = timer.elapsed();
    int killedMidway = 0;
    for (const double share : { 0.2, 0.5, 0.8 }) {
        QProcess importer;
        importer.start(QStringLiteral(ROUNDTABLE_BINARY),
            { QStringLiteral("-d"), server, QStringLiteral("import"), big });
        QVERIFY(importer.waitForStarted());
        QTest::qWait(int(whole * share));
        if (importer.state() == QProcess::Running)
            importer.kill(); // SIGKILL: no rollback of its own, the server has to
        importer.waitForFinished();
        const QString after = path(QStringLiteral("after.json"));
        QCOMPARE(roundtable({ QStringLiteral("-d"), server, QStringLiteral("export"), after }).exitCode, 0);
        const int count = QJsonDocument::fromJson(fileBytes(after))
                              .object()
                              .value(QLatin1String("dialogues"))
                              .toArray()
                              .size();
        // All of the import or none of it, never a part. (A kill may land after the commit.)
        if (count == Dialogues + 1)
            break;
        QCOMPARE(importer.exitStatus(), QProcess::CrashExit); // an importer that finished imported all
        QCOMPARE(fileBytes(after), fileBytes(before));
        ++killedMidway;
    }
    // At least one kill landed inside the import and left nothing (else this proved nothing).
    QVERIFY(killedMidway > 0);
    qInfo("%d importer(s) killed midway; a whole import took %lld ms", killedMidway, whole);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
