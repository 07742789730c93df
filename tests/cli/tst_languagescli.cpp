// The command line carries every language (issue 14, item 8, export and import; item 6,
// search --json): run as a user runs it, through the program itself.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result roundtable(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), language);
    environment.insert(QStringLiteral("LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROUNDTABLE_BINARY), arguments);
    Result r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString TwoLanguages = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json");

} // namespace

class TestLanguagesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importThenExportIsByteIdentical();
    void badLanguageObjectIsOneLineAndImportsNothing();
    void searchJsonHasEveryTitle();

private:
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLanguagesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLanguagesCli::importThenExportIsByteIdentical()
{
    Result r = roundtable(
        { QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("import"), TwoLanguages });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("6 added, 0 updated, 0 unchanged"));
    r = roundtable(
        { QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("export"), path("one.json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(contents(path("one.json")), contents(TwoLanguages));

    // The exported file into a new archive, exported again: the same bytes.
    r = roundtable(
        { QStringLiteral("--database"), path("b.roundtable"), QStringLiteral("import"), path("one.json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = roundtable(
        { QStringLiteral("--database"), path("b.roundtable"), QStringLiteral("export"), path("two.json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!contents(path("two.json")).isEmpty());
    QCOMPARE(contents(path("two.json")), contents(path("one.json")));
}

void TestLanguagesCli::badLanguageObjectIsOneLineAndImportsNothing()
{
    QFile bad(path("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "roundtable/1", "organizations": [{"key": "o", "name": "Centre"}],
        "dialogues": [{"key": "d", "start_date": "2024-01-01", "title": {"en": "Forum", "vn": "Diễn đàn"}}]})");
    bad.close();
    const Result r = roundtable(
        { QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("import"), path("bad.json") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("dialogues[0].title.vn: “vn” is not a language this program knows")),
        qPrintable(r.err));
    const Result exported = roundtable(
        { QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("export"), path("after.json") });
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(contents(path("after.json"))).object();
    QVERIFY(root.value(QLatin1String("organizations")).toArray().isEmpty());
    QVERIFY(root.value(QLatin1String("dialogues")).toArray().isEmpty());
}

void TestLanguagesCli::searchJsonHasEveryTitle()
{
    Result r = roundtable(
        { QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("import"), TwoLanguages });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &query : { QStringLiteral("湿地"), QStringLiteral("wetland") }) {
        r = roundtable({ QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("search"),
            QStringLiteral("--json"), query });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.at(0).toObject();
        QCOMPARE(hit.value(QLatin1String("key")).toString(), QStringLiteral("2022-11-23-wetlands"));
        QCOMPARE(hit.value(QLatin1String("title")).toString(),
            QStringLiteral("Roundtable Dialogue on Wetland Protection"));
        const QJsonObject titles = hit.value(QLatin1String("titles")).toObject();
        QCOMPARE(titles.value(QLatin1String("en")).toString(),
            QStringLiteral("Roundtable Dialogue on Wetland Protection"));
        QCOMPARE(titles.value(QLatin1String("zh")).toString(), QStringLiteral("湿地保护圆桌对话"));
        QVERIFY(titles.contains(QLatin1String("th")));
    }
    // In a Chinese interface the title shown is the Chinese one; the plain listing too.
    r = roundtable({ QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("search"),
                       QStringLiteral("--json"), QStringLiteral("wetland") },
        QStringLiteral("zh_CN.UTF-8"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QLatin1String("title")).toString(),
        QStringLiteral("湿地保护圆桌对话"));
    r = roundtable({ QStringLiteral("--database"), path("a.roundtable"), QStringLiteral("search"),
                       QStringLiteral("wetland") },
        QStringLiteral("zh_CN.UTF-8"));
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("湿地保护圆桌对话")), r.out.constData());
}

QTEST_GUILESS_MAIN(TestLanguagesCli)
#include "tst_languagescli.moc"
