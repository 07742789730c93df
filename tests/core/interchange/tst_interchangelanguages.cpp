// roundtable/1 in several languages (issue 14, item 2): a plain string is the English text,
// an object {"en": …, "zh": …} gives several; old files import unchanged; export writes
// the plain string while there is only English; a two-language file goes through import
// and export byte for byte; bad language objects are refused whole with one line. Every case
// runs on SQLite files and on a PostgreSQL server (the global `backend` column;
// support/PgServer.h).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

namespace {

QByteArray twoLanguageFile()
{
    QFile file(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A file as written before records had languages: every text a plain string.
const QByteArray OldFile = R"({"format": "roundtable/1",
    "organizations": [{"key": "lmec", "name": "Lancang-Mekong Environmental Cooperation Center",
                       "short_name": "LMEC", "about": "LMEC was established in 2017."}],
    "people": [{"key": "zhang", "family_name": "Zhang", "given_name": "Yujun", "family_name_first": true}],
    "contacts": [{"key": "c", "label": "Contact Us", "address": "Beijing"}],
    "dialogues": [{"key": "d", "title": "Roundtable", "short_title": "the Dialogue", "start_date": "2022-11-23",
                   "city": "Beijing", "topics": [{"title": "Wetlands", "description": "cases"}],
                   "speeches": [{"person": "zhang", "title": "Director-General", "summary": "Hello."}]}]})";

} // namespace

class TestInterchangeLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { rt::test::addBackends(); }
    void cleanupTestCase() { rt::test::PgServer::stopIfStarted(); }
    void init();
    void cleanup();
    void twoLanguageFileRoundTripsByteForByte();
    void everyLanguageReachesTheRecords();
    void oldFilesImportUnchanged();
    void onlyEnglishIsWrittenAsAPlainString();
    void reimportChangesNothing();
    void badLanguageObjects_data();
    void badLanguageObjects();

private:
    std::unique_ptr<Archive> openArchive(const char *name, std::unique_ptr<Database> &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

std::unique_ptr<Archive> TestInterchangeLanguages::openArchive(
    const char *name, std::unique_ptr<Database> &db)
{
    db = std::make_unique<Database>();
    QString error;
    const QString archive = rt::test::newArchive(m_dir->filePath(QLatin1String(name)), &error);
    if (archive.isEmpty() || !db->open(archive, Database::Mode::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return std::make_unique<Archive>(*db);
}

void TestInterchangeLanguages::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = openArchive("a.roundtable", m_db);
    QVERIFY(m_archive);
}

void TestInterchangeLanguages::cleanup()
{
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

void TestInterchangeLanguages::twoLanguageFileRoundTripsByteForByte()
{
    const QByteArray file = twoLanguageFile();
    QVERIFY(file.contains("\"zh\": \"湿地保护圆桌对话\""));
    QString error;
    QVERIFY2(Interchange::importJson(*m_archive, file, nullptr, &error), qPrintable(error));
    const QByteArray first = Interchange::exportJson(*m_archive, &error);
    QCOMPARE(first, file); // the file is in export's own form: nothing lost, nothing added

    // Into a second archive, whose export is the same to the byte.
    std::unique_ptr<Database> otherDb;
    auto other = openArchive("b.roundtable", otherDb);
    QVERIFY(other);
    QVERIFY2(Interchange::importJson(*other, first, nullptr, &error), qPrintable(error));
    const QByteArray second = Interchange::exportJson(*other, &error);
    QCOMPARE(second, first);
}

void TestInterchangeLanguages::everyLanguageReachesTheRecords()
{
    QString error;
    QVERIFY2(Interchange::importJson(*m_archive, twoLanguageFile(), nullptr, &error), qPrintable(error));
    const QString zh = QStringLiteral("zh");
    const auto d = m_archive->dialogue(m_archive->dialogueId(QStringLiteral("2022-11-23-wetlands")));
    QVERIFY(d);
    QCOMPARE(d->title, QStringLiteral("Roundtable Dialogue on Wetland Protection"));
    QCOMPARE(d->translations.value(zh, QStringLiteral("title")), QStringLiteral("湿地保护圆桌对话"));
    QCOMPARE(d->translations.value(QStringLiteral("th"), QStringLiteral("title")),
        QStringLiteral("การเสวนาโต๊ะกลมว่าด้วยการอนุรักษ์พื้นที่ชุ่มน้ำ"));
    for (const char *field :
        { "short_title", "series", "kind", "city", "venue", "occasion", "participants", "outcome" })
        QVERIFY2(!d->translations.value(zh, QLatin1String(field)).isEmpty(), field);
    QCOMPARE(d->topics.at(0).translations.value(zh, QStringLiteral("title")), QStringLiteral("湿地修复"));
    QCOMPARE(
        d->topics.at(0).translations.value(zh, QStringLiteral("description")), QStringLiteral("区域案例"));
    QVERIFY(d->topics.at(1).translations.isEmpty());
    QCOMPARE(d->speeches.at(0).translations.value(zh, QStringLiteral("title")), QStringLiteral("主任"));
    QCOMPARE(d->speeches.at(0).translations.value(zh, QStringLiteral("summary")),
        QStringLiteral("湿地对区域各国都很重要。"));
    const auto o = m_archive->organization(m_archive->organizationId(QStringLiteral("lmec")));
    QCOMPARE(o->name, QStringLiteral("Lancang-Mekong Environmental Cooperation Center"));
    QCOMPARE(o->translations.value(zh, QStringLiteral("name")), QStringLiteral("澜湄环境合作中心"));
    QCOMPARE(o->translations.value(zh, QStringLiteral("short_name")), QStringLiteral("澜湄环境中心"));
    QCOMPARE(
        o->translations.value(zh, QStringLiteral("about")), QStringLiteral("澜湄环境合作中心成立于2017年。"));
    const auto c = m_archive->contact(m_archive->contactId(QStringLiteral("lmec-contact")));
    QCOMPARE(c->label, QStringLiteral("Contact Us"));
    QCOMPARE(c->translations.value(zh, QStringLiteral("label")), QStringLiteral("联系我们"));
    QCOMPARE(
        c->translations.value(zh, QStringLiteral("address")), QStringLiteral("北京市西城区后英房胡同5号"));
    // The second dialogue is English only.
    QVERIFY(m_archive->dialogue(m_archive->dialogueId(QStringLiteral("2023-03-01-finance")))
                ->translations.isEmpty());
}

void TestInterchangeLanguages::oldFilesImportUnchanged()
{
    QString error;
    QVERIFY2(Interchange::importJson(*m_archive, OldFile, nullptr, &error), qPrintable(error));
    const auto d = m_archive->dialogue(m_archive->dialogueId(QStringLiteral("d")));
    QCOMPARE(d->title, QStringLiteral("Roundtable"));
    QCOMPARE(d->shortTitle, QStringLiteral("the Dialogue"));
    QCOMPARE(d->topics.at(0).description, QStringLiteral("cases"));
    QCOMPARE(d->speeches.at(0).summary, QStringLiteral("Hello."));
    QVERIFY(d->translations.isEmpty());
    QVERIFY(d->topics.at(0).translations.isEmpty());
    QVERIFY(d->speeches.at(0).translations.isEmpty());
    QCOMPARE(m_archive->organization(m_archive->organizationId(QStringLiteral("lmec")))->about,
        QStringLiteral("LMEC was established in 2017."));
    QVERIFY(m_archive->organizations().at(0).translations.isEmpty());
}

void TestInterchangeLanguages::onlyEnglishIsWrittenAsAPlainString()
{
    QString error;
    QVERIFY(Interchange::importJson(*m_archive, OldFile, nullptr, &error));
    const QJsonObject root = QJsonDocument::fromJson(Interchange::exportJson(*m_archive, &error)).object();
    const QJsonObject d = root.value(QLatin1String("dialogues")).toArray().at(0).toObject();
    QCOMPARE(d.value(QLatin1String("title")), QJsonValue(QStringLiteral("Roundtable")));
    QCOMPARE(d.value(QLatin1String("topics")).toArray().at(0).toObject().value(QLatin1String("title")),
        QJsonValue(QStringLiteral("Wetlands")));

    // One translation turns that field, and only that field, into an object.
    const qint64 id = m_archive->dialogueId(QStringLiteral("d"));
    Dialogue changed = *m_archive->dialogue(id);
    changed.translations.set(QStringLiteral("zh"), QStringLiteral("title"), QStringLiteral("圆桌对话"));
    QVERIFY(m_archive->saveDialogue(changed, &error));
    const QJsonObject after = QJsonDocument::fromJson(Interchange::exportJson(*m_archive, &error))
                                  .object()
                                  .value(QLatin1String("dialogues"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(after.value(QLatin1String("title")).toObject(),
        QJsonObject({ { QStringLiteral("en"), QStringLiteral("Roundtable") },
            { QStringLiteral("zh"), QStringLiteral("圆桌对话") } }));
    QCOMPARE(after.value(QLatin1String("short_title")), QJsonValue(QStringLiteral("the Dialogue")));
}

void TestInterchangeLanguages::reimportChangesNothing()
{
    QString error;
    Interchange::Report first;
    QVERIFY(Interchange::importJson(*m_archive, twoLanguageFile(), &first, &error));
    QCOMPARE(first.added, 6);
    const qint64 changes = m_db->totalChanges();
    Interchange::Report second;
    QVERIFY2(Interchange::importJson(*m_archive, twoLanguageFile(), &second, &error), qPrintable(error));
    QCOMPARE(second.unchanged, 6);
    QCOMPARE(m_db->totalChanges(), changes);

    // A changed translation alone is an update.
    QByteArray edited = twoLanguageFile();
    edited.replace("湿地修复", "湿地恢复");
    Interchange::Report third;
    QVERIFY2(Interchange::importJson(*m_archive, edited, &third, &error), qPrintable(error));
    QCOMPARE(third.updated, 1);
    QCOMPARE(m_archive->dialogue(m_archive->dialogueId(QStringLiteral("2022-11-23-wetlands")))
                 ->topics.at(0)
                 .translations.value(QStringLiteral("zh"), QStringLiteral("title")),
        QStringLiteral("湿地恢复"));
}

void TestInterchangeLanguages::badLanguageObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto dialogue = [](const char *fields) {
        return QByteArray(
                   R"({"format": "roundtable/1", "dialogues": [{"key": "new", "start_date": "2024-01-01", )")
            + fields + "}]}";
    };
    QTest::newRow("non-string value")
        << dialogue(R"("title": {"en": "Forum", "zh": 5})")
        << "dialogues[0].title.zh: expected a string (the text in this language)";
    QTest::newRow("nested object") << dialogue(R"("title": {"en": "Forum", "zh": {"zh": "论坛"}})")
                                   << "dialogues[0].title.zh: expected a string";
    QTest::newRow("unknown tag")
        << dialogue(R"("title": {"en": "Forum", "cn": "论坛"})")
        << "dialogues[0].title.cn: “cn” is not a language this program knows (en, zh, th, "
           "lo, km, my, vi)";
    QTest::newRow("empty object") << dialogue(R"("title": {})")
                                  << "dialogues[0].title: an empty object: give the text as a string, or as "
                                     "{\"en\": \"…\", \"zh\": \"…\"}";
    QTest::newRow("English missing where required")
        << dialogue(R"("title": {"zh": "论坛"})")
        << "dialogues[0].title.en: the English text is required (\"en\"), beside the other languages";
    QTest::newRow("English empty where required") << dialogue(R"("title": {"en": " ", "zh": "论坛"})")
                                                  << "dialogues[0].title.en: the English text is required";
    QTest::newRow("topic title without English")
        << dialogue(R"("title": "Forum", "topics": [{"title": {"zh": "资金"}}])")
        << "dialogues[0].topics[0].title.en: the English text is required";
    QTest::newRow("field that has no translations")
        << dialogue(R"("title": "Forum", "notes": {"en": "a", "zh": "b"})")
        << "dialogues[0].notes: expected a string";
    QTest::newRow("speech verb") << QByteArray(R"({"format": "roundtable/1",
        "people": [{"key": "p", "family_name": "P"}],
        "dialogues": [{"key": "new", "title": "Forum", "start_date": "2024-01-01",
                       "speeches": [{"person": "p", "verb": {"en": "said", "zh": "表示"}}]}]})")
                                 << "dialogues[0].speeches[0].verb: expected a string";
    QTest::newRow("organisation name without English")
        << QByteArray(
               R"({"format": "roundtable/1", "organizations": [{"key": "o", "name": {"zh": "中心"}}]})")
        << "organizations[0].name.en: the English text is required";
    QTest::newRow("contact address unknown tag")
        << QByteArray(R"({"format": "roundtable/1", "contacts": [{"key": "c", "label": "Contact Us",
                        "address": {"en": "Beijing", "zh_CN": "北京"}}]})")
        << "contacts[0].address.zh_CN: “zh_CN” is not a language this program knows";
    QTest::newRow("English under a tag")
        << dialogue(R"("title": "Forum", "city": {"en": "Beijing", "EN": "Peking"})")
        << "dialogues[0].city.EN: “EN” is not a language this program knows";
}

void TestInterchangeLanguages::badLanguageObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(Interchange::importJson(*m_archive, twoLanguageFile(), nullptr, &error));
    const QByteArray before = Interchange::exportJson(*m_archive, &error);
    // Each bad file also brings a valid organisation first: nothing of it may be written.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QVERIFY(!root.isEmpty());
    QJsonArray organizations = root.value(QLatin1String("organizations")).toArray();
    organizations.prepend(QJsonObject { { QStringLiteral("key"), QStringLiteral("first") },
        { QStringLiteral("name"), QStringLiteral("Written First") } });
    root.insert(QLatin1String("organizations"), organizations);
    Interchange::Report report;
    QVERIFY(!Interchange::importJson(*m_archive, QJsonDocument(root).toJson(), &report, &error));
    QString expected = message;
    expected.replace(QLatin1String("organizations[0]"), QLatin1String("organizations[1]"));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(report.added, 0);
    QCOMPARE(m_db->transactionDepth(), 0);
    QCOMPARE(Interchange::exportJson(*m_archive, &error), before);
    QCOMPARE(m_archive->organizationId(QStringLiteral("first")), 0);
}

QTEST_GUILESS_MAIN(TestInterchangeLanguages)
#include "tst_interchangelanguages.moc"
