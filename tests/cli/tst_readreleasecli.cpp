// `roundtable read-release FILE [--json]` through the binary: the proposal printed for
// checking, as roundtable/1 JSON that `roundtable import` takes (and a second import changes
// nothing), the one-line summary of what matched and what is new, and the one-line errors
// for what is no release, a damaged file and a FIFO. The archive is only read.

#include "support/SafetySupport.h"
#include "support/TestArchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rt;
using namespace rt::test;

namespace {

const QString releasesDir = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/releases");

} // namespace

class TestReadReleaseCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_archive = m_dir->filePath(QStringLiteral("a.roundtable"));
        QVERIFY(writeTestArchive(m_archive));
    }

    void readable()
    {
        const QByteArray before = fileHash(m_archive);
        const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("read-release"),
            releasesDir + QStringLiteral("/01-dateline-vientiane.txt") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral(
            "title        Regional Workshop on Transboundary Flood Forecasting and Early Warning")));
        QVERIFY(r.out.contains(QStringLiteral("start_date   2019-09-16")));
        QVERIFY(r.out.contains(QStringLiteral("end_date     2019-09-18")));
        QVERIFY(r.out.contains(QStringLiteral("organisation co_organizer: Lancang-Mekong Environmental "
                                              "Cooperation Center (LMEC)  = archive's, by short name")));
        const QString last = r.out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith(
                     QStringLiteral("01-dateline-vientiane.txt: 2 speeches, 3 topics; matched 0 people, "
                                    "1 organisation; new: 2 people, 3 organisations, 1 contact")),
            qPrintable(last));
        QCOMPARE(fileHash(m_archive), before); // only read
    }

    void jsonImportsOnce()
    {
        const QString release = releasesDir + QStringLiteral("/10-reference-lmec.txt");
        const Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"), release,
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("roundtable/1"));
        const QJsonArray dialogues = root.value(QStringLiteral("dialogues")).toArray();
        QCOMPARE(dialogues.size(), 1);
        QCOMPARE(dialogues.first().toObject().value(QStringLiteral("start_date")).toString(),
            QStringLiteral("2022-11-23"));
        // The summary on stderr, one line; the demo's speakers are all matched.
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("matched 4 people")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("new: 0 people")));

        const QString json = m_dir->filePath(QStringLiteral("proposal.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out.toUtf8());
        file.close();
        Run import = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import"), json });
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(
            import.out.contains(QStringLiteral("1 added")) || import.out.contains(QStringLiteral(" added")),
            qPrintable(import.out));
        const QByteArray once = fileHash(m_archive);
        import = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import"), json });
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.startsWith(QStringLiteral("0 added, 0 updated")), qPrintable(import.out));
        Q_UNUSED(once);
    }

    void errors()
    {
        const QString shopping = m_dir->filePath(QStringLiteral("shopping.txt"));
        QFile file(shopping);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("milk\neggs\n");
        file.close();
        Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"), shopping });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("roundtable: no dialogue found in %1\n").arg(shopping));

        const QString docx = m_dir->filePath(QStringLiteral("bad.docx"));
        QFile bad(docx);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\x03\x04 broken");
        bad.close();
        r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"), docx });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("roundtable: %1: not a readable .docx").arg(docx)),
            qPrintable(r.err));

        const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"), fifo });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.err, QStringLiteral("roundtable: %1: not a regular file; only files are read\n").arg(fifo));

        r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release") });
        QCOMPARE(r.exitCode, 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

QTEST_GUILESS_MAIN(TestReadReleaseCli)
#include "tst_readreleasecli.moc"
