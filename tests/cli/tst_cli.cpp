// The command line as a user runs it: exit codes, one-line errors, check on damage,
// backup while another connection is writing.

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/records/Archive.h"
#include "support/SafetySupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

namespace {

// The binary run as a child process (tests/support/SafetySupport.h).
using Result = rt::test::Run;
using rt::test::roundtable;

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int lineCount(const QString &text)
{
    return text.trimmed().isEmpty() ? 0 : int(text.trimmed().count(QLatin1Char('\n'))) + 1;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void demoImportExport();
    void badImportIsOneLineAndImportsNothing();
    void foreignFileIsRefusedAndUntouched();
    void checkReportsDamage();
    void checkNeverWrites();
    void backupWhileAnotherConnectionWrites();

private:
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::helpAndVersion()
{
    Result r = roundtable({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *command : { "import", "export", "demo", "check", "backup" })
        QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    r = roundtable({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("roundtable ")));
    QCOMPARE(r.err, QString());
    r = roundtable({ QStringLiteral("import"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("FILE.json")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") }
                                     << QStringLiteral("unknown command");
    QTest::newRow("missing argument")
        << QStringList { QStringLiteral("import") } << QStringLiteral("import takes FILE.json");
    QTest::newRow("extra argument") << QStringList { QStringLiteral("check"), QStringLiteral("extra") }
                                    << QStringLiteral("check takes no arguments");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("demo"), QStringLiteral("--colour") }
                                    << QStringLiteral("Unknown option");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r
        = roundtable(QStringList { QStringLiteral("--database"), path("a.roundtable") } + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY(!QFile::exists(path("a.roundtable")));
}

void TestCli::demoImportExport()
{
    const QString archive = path("a.roundtable");
    Result r = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("demo") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("14 added, 0 updated, 0 unchanged"));
    r = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("export"), path("out.json") });
    QCOMPARE(r.exitCode, 0);
    QFile exported(path("out.json"));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("roundtable/1"));

    const QString second = path("b.roundtable");
    r = roundtable({ QStringLiteral("--database"), second, QStringLiteral("import"), path("out.json") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("14 added, 0 updated, 0 unchanged"));
    r = roundtable({ QStringLiteral("--database"), second, QStringLiteral("import"), path("out.json") });
    QCOMPARE(r.out.trimmed(), QStringLiteral("0 added, 0 updated, 14 unchanged"));
}

void TestCli::badImportIsOneLineAndImportsNothing()
{
    const QString archive = path("a.roundtable");
    QCOMPARE(roundtable({ QStringLiteral("-d"), archive, QStringLiteral("demo") }).exitCode, 0);
    QFile bad(path("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "roundtable/1", "people": [{"key": "new", "family_name": "New"}],
                 "dialogues": [{"key": "x", "title": "X", "start_date": "2022-13-01"}]})");
    bad.close();
    const Result r
        = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("import"), path("bad.json") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.contains(QStringLiteral("dialogues[0].start_date")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));

    Database db;
    QString error;
    QVERIFY(db.open(archive, Database::Mode::ReadOnly, &error));
    Archive a(db);
    QCOMPARE(a.personId(QStringLiteral("new")), 0);
    QCOMPARE(a.counts().people, 4);

    const Result missing
        = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("import"), path("nope.json") });
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(lineCount(missing.err), 1);
}

void TestCli::foreignFileIsRefusedAndUntouched()
{
    const QString foreign = path("notes.txt");
    QFile f(foreign);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not an archive.\n");
    f.close();
    const QByteArray before = fingerprint(foreign);
    for (const QString &command : { QStringLiteral("demo"), QStringLiteral("check") }) {
        const Result r = roundtable({ QStringLiteral("-d"), foreign, command });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a Roundtable archive")), qPrintable(r.err));
        QCOMPARE(lineCount(r.err), 1);
    }
    QCOMPARE(fingerprint(foreign), before);
}

void TestCli::checkReportsDamage()
{
    const QString archive = path("a.roundtable");
    QCOMPARE(roundtable({ QStringLiteral("-d"), archive, QStringLiteral("demo") }).exitCode, 0);
    Result r = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("check") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral(": ok")));

    // A damaged copy: the last page overwritten with garbage.
    const QString copy = path("damaged.roundtable");
    QVERIFY(QFile::copy(archive, copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() >= 8192);
        f.seek(f.size() - 4096 + 8);
        f.write(QByteArray(4000, '\x5A'));
    }
    const QByteArray before = fingerprint(copy);
    r = roundtable({ QStringLiteral("-d"), copy, QStringLiteral("check") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.trimmed().isEmpty(), "check says what is wrong");
    QCOMPARE(fingerprint(copy), before);

    // A dangling reference that SQLite's page check cannot see is found by the foreign-key check.
    const QString dangling = path("dangling.roundtable");
    QVERIFY(QFile::copy(archive, dangling));
    {
        Database db;
        QString error;
        QVERIFY(db.open(dangling, Database::Mode::ReadWrite, &error));
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), &error));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM person WHERE key = 'wang-qian'"), &error));
    }
    r = roundtable({ QStringLiteral("-d"), dangling, QStringLiteral("check") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("of table speech refers to a missing row of person")),
        qPrintable(r.err));
}

void TestCli::checkNeverWrites()
{
    const QString archive = path("a.roundtable");
    QCOMPARE(roundtable({ QStringLiteral("-d"), archive, QStringLiteral("demo") }).exitCode, 0);
    {
        // Fold the log into the file so that only the main file holds the data.
        Database db;
        QString error;
        QVERIFY(db.open(archive, Database::Mode::ReadWrite, &error));
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    const QByteArray before = fingerprint(archive);
    QCOMPARE(roundtable({ QStringLiteral("-d"), archive, QStringLiteral("check") }).exitCode, 0);
    QCOMPARE(fingerprint(archive), before);

    const Result r
        = roundtable({ QStringLiteral("-d"), path("missing.roundtable"), QStringLiteral("check") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path("missing.roundtable")));
}

void TestCli::backupWhileAnotherConnectionWrites()
{
    const QString archive = path("a.roundtable");
    QCOMPARE(roundtable({ QStringLiteral("-d"), archive, QStringLiteral("demo") }).exitCode, 0);

    Database db;
    QString error;
    QVERIFY(db.open(archive, Database::Mode::ReadWrite, &error));
    Archive a(db);
    Transaction writing(db);
    QVERIFY(writing.begin(&error));
    Person p;
    p.familyName = QStringLiteral("Uncommitted");
    QVERIFY(a.savePerson(p, &error));

    // The backup runs while this process holds the write lock with a change in flight.
    const QString copy = path("backup.roundtable");
    Result r = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("backup"), copy });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(writing.commit(&error));

    r = roundtable({ QStringLiteral("-d"), copy, QStringLiteral("check") });
    QCOMPARE(r.exitCode, 0);
    Database backup;
    QVERIFY(backup.open(copy, Database::Mode::ReadOnly, &error));
    Archive b(backup);
    QCOMPARE(b.counts().dialogues, 1);
    QCOMPARE(b.counts().speeches, 4);
    QCOMPARE(b.personId(p.key), 0); // the copy is the committed state, not half a write

    // A backup never replaces the archive itself, and a missing folder is a clear error.
    r = roundtable({ QStringLiteral("-d"), archive, QStringLiteral("backup"), archive });
    QCOMPARE(r.exitCode, 1);
    r = roundtable(
        { QStringLiteral("-d"), archive, QStringLiteral("backup"), path("no/such/folder/b.roundtable") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
