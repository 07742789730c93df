// Search across languages (issue 14, item 6): the index holds every language's text of a
// dialogue, a query in either language finds it, and each hit carries its title in every
// language, shown in the interface's when it has one. Every test runs on an SQLite file and on a
// PostgreSQL server (the global `backend` column); on the server every query is also asked of
// an SQLite twin of the same records and must be answered the same (support/SearchTwin.h).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "support/PgServer.h"
#include "support/SearchTwin.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

class TestSearchLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void cleanupTestCase();
    void init();
    void cleanup();
    void eitherLanguageFindsTheDialogue_data();
    void eitherLanguageFindsTheDialogue();
    void hitsCarryEveryTitle();
    void theTitleFollowsTheInterface();
    void anEditedTranslationIsFoundAtOnce();
    void anOrganisationsTranslatedNameFindsItsDialogues();
    void reindexKeepsTranslations();
    void sameOnBothBackends();

private:
    QStringList keys(const QString &query);
    // On the server: the twin asked the same; a difference fails the test in cleanup().
    void compare(const QString &query);
    bool openWithDemo(Database &db, const QString &path, QString *error);

    QString m_address;
    std::unique_ptr<Database> m_twinDb;
    bool m_twinInStep = false;
    QStringList m_differences;
    static inline int s_compared = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

void TestSearchLanguages::initTestCase_data()
{
    rt::test::addBackends();
}

void TestSearchLanguages::cleanupTestCase()
{
    qInfo("%d queries answered the same on PostgreSQL and SQLite", s_compared);
    rt::test::PgServer::stopIfStarted();
}

bool TestSearchLanguages::openWithDemo(Database &db, const QString &path, QString *error)
{
    if (!db.open(path, Database::Mode::ReadWrite, error))
        return false;
    Archive archive(db);
    QFile file(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return Interchange::importJson(archive, file.readAll(), nullptr, error);
}

void TestSearchLanguages::init()
{
    QFETCH_GLOBAL(QString, backend);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_differences.clear();
    m_address.clear();
    m_twinInStep = false;
    QString error;
    QString path = m_dir->filePath(QStringLiteral("a.roundtable"));
    if (backend == QLatin1String("postgresql")) {
        REQUIRE_PG_SERVER();
        m_address = path = rt::test::PgServer::instance().createDatabase(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        m_twinDb = std::make_unique<Database>();
        QVERIFY2(openWithDemo(*m_twinDb, m_dir->filePath(QStringLiteral("twin.roundtable")), &error),
            qPrintable(error));
        m_twinInStep = true;
    }
    m_db = std::make_unique<Database>();
    QVERIFY2(openWithDemo(*m_db, path, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
}

void TestSearchLanguages::compare(const QString &query)
{
    if (!m_twinInStep)
        return;
    Search server(*m_db);
    Search twin(*m_twinDb);
    const QString difference = rt::test::differences(server, twin, query, 50);
    if (difference.isEmpty())
        ++s_compared;
    else
        m_differences.append(difference);
}

void TestSearchLanguages::sameOnBothBackends()
{
    if (m_address.isEmpty())
        QSKIP("compares the server with its SQLite twin");
    const int before = s_compared;
    for (const char *query :
        { "wetland", "湿地", "湿", "湿地保护", "保护", "圆桌对话", "series:绿色澜湄", "city:北京", "对外合作",
            "finance", "green", "green OR 湿地", "-湿地", "year:2023", "year:2022", "org:unep",
            "org:澜湄环境合作中心", "ชุ่มน้ำ", "การอนุรักษ์", "พื้นที่ชุ่มน้ำ", "topic:湿地修复", "区域", "dialogue",
            "roundtable", "\"wetland protection\"", "after:2022-12-01", "主任", "加强合作 OR finance" }) {
        compare(QString::fromUtf8(query));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        compare(QString::fromUtf8(query)); // titles and snippets in the interface's language
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    QVERIFY(s_compared >= before + 56 || !m_differences.isEmpty());
}

void TestSearchLanguages::cleanup()
{
    QVERIFY2(m_differences.isEmpty(), qPrintable(m_differences.join(QLatin1String("\n\n"))));
    m_twinDb.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestSearchLanguages::keys(const QString &query)
{
    compare(query);
    Search search(*m_db);
    SearchResults results;
    QString error;
    if (!search.run(query, 50, &results, &error))
        return { QStringLiteral("error: ") + error };
    QStringList found;
    for (const SearchHit &hit : std::as_const(results.hits))
        found.append(hit.key);
    return found;
}

void TestSearchLanguages::eitherLanguageFindsTheDialogue_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("English title") << "wetland";
    QTest::newRow("Chinese title") << "湿地保护";
    QTest::newRow("Chinese series") << "series:绿色澜湄";
    QTest::newRow("Chinese kind") << "圆桌对话";
    QTest::newRow("Chinese city") << "city:北京";
    QTest::newRow("Chinese venue") << "对外合作";
    QTest::newRow("Chinese occasion") << "五周年";
    QTest::newRow("Chinese participants") << "名代表";
    QTest::newRow("Chinese outcome") << "加强合作";
    QTest::newRow("Chinese topic") << "topic:湿地修复";
    QTest::newRow("Chinese topic description") << "区域案例";
    QTest::newRow("Chinese speech title") << "主任";
    QTest::newRow("Chinese speech summary") << "区域各国";
    QTest::newRow("Chinese organisation") << "org:澜湄环境合作中心";
    QTest::newRow("both languages at once") << "wetland 湿地";
}

void TestSearchLanguages::eitherLanguageFindsTheDialogue()
{
    QFETCH(QString, query);
    QCOMPARE(keys(query), QStringList { QStringLiteral("2022-11-23-wetlands") });
}

void TestSearchLanguages::hitsCarryEveryTitle()
{
    Search search(*m_db);
    SearchResults results;
    QString error;
    QVERIFY2(search.run(QStringLiteral("湿地"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    const SearchHit &hit = results.hits.first();
    QCOMPARE(
        hit.titles.value(QStringLiteral("en")), QStringLiteral("Roundtable Dialogue on Wetland Protection"));
    QCOMPARE(hit.titles.value(QStringLiteral("zh")), QStringLiteral("湿地保护圆桌对话"));
    QCOMPARE(hit.titles.value(QStringLiteral("th")), QStringLiteral("การเสวนาโต๊ะกลมว่าด้วยการอนุรักษ์พื้นที่ชุ่มน้ำ"));
    QCOMPARE(hit.titles.size(), 3);
    QCOMPARE(hit.title, QStringLiteral("Roundtable Dialogue on Wetland Protection")); // English interface

    // An English-only dialogue has its one title.
    QVERIFY(search.run(QStringLiteral("finance year:2023"), 10, &results, &error));
    QCOMPARE(results.hits.size(), 1);
    QCOMPARE(results.hits.first().titles,
        (QMap<QString, QString> { { QStringLiteral("en"), QStringLiteral("Forum on Green Finance") } }));
}

void TestSearchLanguages::theTitleFollowsTheInterface()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    Search search(*m_db);
    SearchResults results;
    QString error;
    QVERIFY2(search.run(QStringLiteral("wetland"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QCOMPARE(results.hits.first().title, QStringLiteral("湿地保护圆桌对话"));
    // The matched words are marked in the title shown.
    QVERIFY(search.run(QStringLiteral("湿地"), 10, &results, &error));
    QVERIFY2(results.hits.first().titleHtml().startsWith(QStringLiteral("<b>湿地</b>")),
        qPrintable(results.hits.first().titleHtml()));
    // Without a Chinese title, the English one.
    QVERIFY(search.run(QStringLiteral("finance"), 10, &results, &error));
    QCOMPARE(results.hits.first().title, QStringLiteral("Forum on Green Finance"));
}

void TestSearchLanguages::anEditedTranslationIsFoundAtOnce()
{
    m_twinInStep = false; // the records change here
    QString error;
    const qint64 id = m_archive->dialogueId(QStringLiteral("2023-03-01-finance"));
    Dialogue d = *m_archive->dialogue(id);
    QCOMPARE(keys(QStringLiteral("绿色金融")), QStringList());
    d.translations.set(QStringLiteral("zh"), QStringLiteral("title"), QStringLiteral("绿色金融论坛"));
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("绿色金融")), QStringList { QStringLiteral("2023-03-01-finance") });
    d.translations.set(QStringLiteral("zh"), QStringLiteral("title"), QString());
    QVERIFY(m_archive->saveDialogue(d, &error));
    QCOMPARE(keys(QStringLiteral("绿色金融")), QStringList());
}

void TestSearchLanguages::anOrganisationsTranslatedNameFindsItsDialogues()
{
    m_twinInStep = false; // the records change here
    QString error;
    Organization unep = *m_archive->organization(m_archive->organizationId(QStringLiteral("unep")));
    QCOMPARE(keys(QStringLiteral("联合国环境规划署")), QStringList());
    unep.translations.set(QStringLiteral("zh"), QStringLiteral("name"), QStringLiteral("联合国环境规划署"));
    QVERIFY2(m_archive->saveOrganization(unep, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("联合国环境规划署")), QStringList { QStringLiteral("2022-11-23-wetlands") });
}

void TestSearchLanguages::reindexKeepsTranslations()
{
    m_twinInStep = false; // the documents are numbered anew here, not in the twin
    Search search(*m_db);
    QString error;
    QVERIFY2(search.reindex(&error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("湿地修复")), QStringList { QStringLiteral("2022-11-23-wetlands") });
}

QTEST_GUILESS_MAIN(TestSearchLanguages)
#include "tst_searchlanguages.moc"
