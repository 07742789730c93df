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
#include <QRegularExpression>
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

    // A Chinese release: its fields in Chinese with the English the reader knows (a city's),
    // the archive's organisations and people by their Chinese names, and what must be given in
    // English before import on the summary line.
    void readableChinese()
    {
        const QByteArray before = fileHash(m_archive);
        const Run r = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("read-release"),
            releasesDir + QStringLiteral("/zh/01-lead-guided-hybrid.txt") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("title        澜湄区域气候适应与韧性城市建设对话会  [")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("start_date   2023-09-12")));
        QVERIFY(r.out.contains(QStringLiteral("end_date     2023-09-14")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("city +北京  \\[\\d+%\\]  en: Beijing"))),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("organisation guided_by: Ministry of Ecology and Environment of "
                                          "China (MEE)  = archive's, by name")),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("organisation supporter: 亚洲开发银行  (new)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Zhang Yujun 张玉军 (主任, ")), qPrintable(r.out));
        const QString last = r.out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith(
                     QStringLiteral("01-lead-guided-hybrid.txt: 3 speeches, 3 topics; matched 2 people")),
            qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("; English needed before import: title, topics[0].title")),
            qPrintable(last));
        QCOMPARE(fileHash(m_archive), before);
    }

    // --json of a Chinese release: the text in "zh", no English made up; the import refuses
    // the file by the path of what lacks English, and imports nothing.
    void jsonChinese()
    {
        const Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"),
            releasesDir + QStringLiteral("/zh/06-bangkok-released-later.txt"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject dialogue = root.value(QStringLiteral("dialogues")).toArray().first().toObject();
        QCOMPARE(dialogue.value(QStringLiteral("title")).toObject(),
            (QJsonObject { { QStringLiteral("zh"),
                QStringLiteral("澜湄国家生物多样性保护与可持续生计高级别研讨会") } }));
        QCOMPARE(dialogue.value(QStringLiteral("city")).toObject(),
            (QJsonObject { { QStringLiteral("en"), QStringLiteral("Bangkok") },
                { QStringLiteral("zh"), QStringLiteral("曼谷") } }));
        QCOMPARE(dialogue.value(QStringLiteral("start_date")).toString(), QStringLiteral("2024-03-19"));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("English needed before import: title")), qPrintable(r.err));

        const QString json = m_dir->filePath(QStringLiteral("proposal.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out.toUtf8());
        file.close();
        const QByteArray before = fileHash(m_archive);
        const Run import = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import"), json });
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(
            import.err.contains(QStringLiteral(".en: the English text is required")), qPrintable(import.err));
        QCOMPARE(fileHash(m_archive), before);
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

        // A Chinese page that holds no dialogue.
        const QString menu = m_dir->filePath(QStringLiteral("menu-zh.html"));
        QFile page(menu);
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(QStringLiteral("<html><body><nav><a>首页</a><a>新闻动态</a></nav><h1>欢迎访问</h1>"
                                  "<ul><li>中心简介</li><li>联系我们</li></ul></body></html>")
                       .toUtf8());
        page.close();
        r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release"), menu });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("roundtable: no dialogue found in %1\n").arg(menu));

        r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("read-release") });
        QCOMPARE(r.exitCode, 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

QTEST_GUILESS_MAIN(TestReadReleaseCli)
#include "tst_readreleasecli.moc"
