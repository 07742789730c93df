// `roundtable report`: a year or a query to a PDF; each failure one line on stderr with the
// documented exit status, and nothing written (least of all the archive).

#include "support/SafetySupport.h"
#include "support/TestArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheYear();
    void writesAQuery();
    void failures_data();
    void failures();
    void refusesTheArchive();

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_archive = m_dir.filePath(QStringLiteral("a.roundtable"));
    QString error;
    QVERIFY2(
        writeTestArchive(m_archive, TestArchive::Demo | TestArchive::Scripts, &error), qPrintable(error));
}

void TestReportCli::writesTheYear()
{
    const QString out = m_dir.filePath(QStringLiteral("2022.pdf"));
    const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("report"),
        QStringLiteral("2022"), QStringLiteral("--output"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("1 dialogues")) || r.out.contains(QStringLiteral("written")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestReportCli::writesAQuery()
{
    const QString out = m_dir.filePath(QStringLiteral("unep.pdf"));
    const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("report"),
        QStringLiteral("--query"), QStringLiteral("org:UNEP"), QStringLiteral("--output"), out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(out).size() > 1000);
}

void TestReportCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("OUT");
    QTest::newRow("bad year") << QStringList { QStringLiteral("report"), QStringLiteral("20x2"),
        QStringLiteral("--output"), out }
                              << 2 << QStringLiteral("is not a year");
    QTest::newRow("no output") << QStringList { QStringLiteral("report"), QStringLiteral("2022") } << 2
                               << QStringLiteral("--output");
    QTest::newRow("year and query") << QStringList { QStringLiteral("report"), QStringLiteral("2022"),
        QStringLiteral("--query"), QStringLiteral("org:UNEP"), QStringLiteral("--output"), out }
                                    << 2 << QStringLiteral("one of them");
    QTest::newRow("no dialogues") << QStringList { QStringLiteral("report"), QStringLiteral("1999"),
        QStringLiteral("--output"), out }
                                  << 1 << QStringLiteral("there are no dialogues in 1999");
    QTest::newRow("query matches nothing") << QStringList { QStringLiteral("report"),
        QStringLiteral("--query"), QStringLiteral("org:nobody-at-all"), QStringLiteral("--output"), out }
                                           << 1 << QStringLiteral("no dialogue matches");
    QTest::newRow("bad query") << QStringList { QStringLiteral("report"), QStringLiteral("--query"),
        QStringLiteral("(water"), QStringLiteral("--output"), out }
                               << 1 << QString();
    QTest::newRow("folder") << QStringList { QStringLiteral("report"), QStringLiteral("2022"),
        QStringLiteral("--output"), QStringLiteral("DIR") }
                            << 1 << QString();
}

void TestReportCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("failed.pdf"));
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    arguments.replaceInStrings(QStringLiteral("DIR"), m_dir.path());
    const QByteArray before = fileHash(m_archive);
    const Run r = roundtable(QStringList { QStringLiteral("--database"), m_archive } + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(QStringLiteral("roundtable: ")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(fileHash(m_archive), before);
}

void TestReportCli::refusesTheArchive()
{
    const QByteArray before = fileHash(m_archive);
    for (const QString &target : { m_archive, m_archive + QStringLiteral("/../a.roundtable") }) {
        const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("report"),
            QStringLiteral("2022"), QStringLiteral("--output"), target });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!r.err.isEmpty());
    }
    // Through a symbolic link too.
    const QString link = m_dir.filePath(QStringLiteral("link.pdf"));
    QVERIFY(QFile::link(m_archive, link));
    const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("report"),
        QStringLiteral("2022"), QStringLiteral("--output"), link });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileHash(m_archive), before);
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
