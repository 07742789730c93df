// Search across languages (issue 14, item 6): the index holds every language's text of a
// dialogue, a query in either language finds it, and each hit carries its title in every
// language, shown in the interface's when it has one.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

class TestSearchLanguages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eitherLanguageFindsTheDialogue_data();
    void eitherLanguageFindsTheDialogue();
    void hitsCarryEveryTitle();
    void theTitleFollowsTheInterface();
    void anEditedTranslationIsFoundAtOnce();
    void anOrganisationsTranslatedNameFindsItsDialogues();
    void reindexKeepsTranslations();

private:
    QStringList keys(const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

void TestSearchLanguages::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("a.roundtable")), Database::Mode::ReadWrite, &error),
        qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
    QFile file(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(Interchange::importJson(*m_archive, file.readAll(), nullptr, &error), qPrintable(error));
}

void TestSearchLanguages::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestSearchLanguages::keys(const QString &query)
{
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
    QString error;
    Organization unep = *m_archive->organization(m_archive->organizationId(QStringLiteral("unep")));
    QCOMPARE(keys(QStringLiteral("联合国环境规划署")), QStringList());
    unep.translations.set(QStringLiteral("zh"), QStringLiteral("name"), QStringLiteral("联合国环境规划署"));
    QVERIFY2(m_archive->saveOrganization(unep, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("联合国环境规划署")), QStringList { QStringLiteral("2022-11-23-wetlands") });
}

void TestSearchLanguages::reindexKeepsTranslations()
{
    Search search(*m_db);
    QString error;
    QVERIFY2(search.reindex(&error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("湿地修复")), QStringList { QStringLiteral("2022-11-23-wetlands") });
}

QTEST_GUILESS_MAIN(TestSearchLanguages)
#include "tst_searchlanguages.moc"
