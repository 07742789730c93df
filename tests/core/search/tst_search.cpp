// Search: the tokenizer, the query language, ranking, snippets, facets, the index following
// every edit, hostile input, and the search command. Every test runs on an SQLite file and on a
// PostgreSQL server (the global `backend` column; support/PgServer.h); on the server, every
// query is also asked of an SQLite twin of the same records and must be answered the same
// (support/SearchTwin.h).

#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchTokenizer.h"
#include "core/search/ServerSearch.h"
#include "support/PgServer.h"
#include "support/SearchTwin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>
#include <sqlite3.h>

using namespace rt;

namespace {
QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromUtf8(word));
    return result;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void tokens_data();
    void tokens();
    void indexedChineseRunEndsWithItsLastCharacter();

    void query_data();
    void query();

    void invalid_data();
    void invalid();

    void hostile_data();
    void hostile();

    void randomQueries();
    void ranking();
    void rankIsFts5sOwnBm25();
    void snippets();
    void limitAndTotal();

    void indexFollowsInsert();
    void indexFollowsEdits();
    void indexFollowsRenames();
    void indexFollowsDelete();
    void reindexChangesNothing();
    void migrationIndexesExistingArchive();

    void facets();
    void savedSearches();

    void sameOnBothBackends();
    void longDocumentsBeyondTsvectorLimits();

    void commandLine();

private:
    // The archive: a file, or the server's database.
    QString path() const
    {
        return m_address.isEmpty() ? m_dir->filePath(QStringLiteral("archive.roundtable")) : m_address;
    }
    bool onServer() const { return !m_address.isEmpty(); }
    // On the server: asks the twin the same, and notes any difference (cleanup fails on one).
    void compare(const QString &query, int limit, bool withFacets = true);
    // The test changes the server's records from here on: no more comparing with the twin.
    void leaveTwin() { m_twinSearch.reset(); }
    void buildFixture();
    qint64 org(const QString &name, const QString &shortName, const QString &local = {});
    qint64 person(const QString &family, const QString &given, bool familyFirst, const QString &local = {});
    QStringList keys(const QString &query);
    QString integrityProblem();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<Search> m_search;
    QHash<QString, qint64> m_ids; // the fixture's people and organisations
    QString m_address; // the server's database, when the backend is PostgreSQL
    std::unique_ptr<Database> m_twinDb;
    std::unique_ptr<Archive> m_twinArchive;
    std::unique_ptr<Search> m_twinSearch; // null when not comparing
    QStringList m_differences;
    static inline int s_compared = 0; // queries answered the same by both
    std::unique_ptr<QTemporaryDir> m_fixtureDir; // the twin's fixture, copied for each test
    QString m_serverFixture; // the database the server's copies are made from
    int m_copies = 0;
};

void TestSearch::initTestCase_data()
{
    rt::test::addBackends();
}

void TestSearch::cleanupTestCase()
{
    qInfo("%d queries answered the same on PostgreSQL and SQLite (hits, order, scores, snippets, facets)",
        s_compared);
    rt::test::PgServer::stopIfStarted();
}

void TestSearch::compare(const QString &query, int limit, bool withFacets)
{
    if (!m_twinSearch)
        return;
    const QString difference = rt::test::differences(*m_search, *m_twinSearch, query, limit, withFacets);
    if (difference.isEmpty())
        ++s_compared;
    else if (m_differences.size() < 5)
        m_differences.append(difference);
    else if (m_differences.size() == 5)
        m_differences.append(QStringLiteral("…"));
}

void TestSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearch::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_address.clear();
    m_differences.clear();
    QString error;
    if (backend == QLatin1String("postgresql")) {
        // The functions that only parse or tokenize have nothing of the archive to compare.
        const QByteArray function = QTest::currentTestFunction();
        if (function == "tokens" || function == "query")
            QSKIP("no archive involved: the SQLite half covers it");
        REQUIRE_PG_SERVER();
        rt::test::PgServer &server = rt::test::PgServer::instance();
        // The fixture is built once, on the server and in the twin, and copied for each test
        // (CREATE DATABASE … TEMPLATE; a file copy): the same records, ids and documents.
        if (m_serverFixture.isEmpty()) {
            m_fixtureDir = std::make_unique<QTemporaryDir>();
            QVERIFY(m_fixtureDir->isValid());
            const QString address = server.createDatabase(&error);
            QVERIFY2(!address.isEmpty(), qPrintable(error));
            for (const QString &archive :
                { address, m_fixtureDir->filePath(QStringLiteral("twin.roundtable")) }) {
                Database db;
                QVERIFY2(db.open(archive, Database::Mode::ReadWrite, &error), qPrintable(error));
                m_archive = std::make_unique<Archive>(db);
                buildFixture();
                m_archive.reset();
            }
            m_serverFixture = address.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
        }
        const QString name = QStringLiteral("rt_search_%1").arg(++m_copies);
        QVERIFY2(server.adminExec(
                     QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_serverFixture), &error),
            qPrintable(error));
        m_address = server.address(name);
        const QString twin = m_dir->filePath(QStringLiteral("twin.roundtable"));
        QVERIFY(QFile::copy(m_fixtureDir->filePath(QStringLiteral("twin.roundtable")), twin));
        m_twinDb = std::make_unique<Database>();
        QVERIFY2(m_twinDb->open(twin, Database::Mode::ReadWrite, &error), qPrintable(error));
        m_twinArchive = std::make_unique<Archive>(*m_twinDb);
        m_twinSearch = std::make_unique<Search>(*m_twinDb);
    }
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path(), Database::Mode::ReadWrite, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
    m_search = std::make_unique<Search>(*m_db);
    if (!onServer())
        buildFixture();
}

void TestSearch::cleanup()
{
    QVERIFY2(m_differences.isEmpty(), qPrintable(m_differences.join(QLatin1String("\n\n"))));
    m_twinSearch.reset();
    m_twinArchive.reset();
    m_twinDb.reset();
    m_search.reset();
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestSearch::org(const QString &name, const QString &shortName, const QString &local)
{
    Organization o;
    o.name = name;
    o.shortName = shortName;
    o.localName = local;
    QString error;
    if (!m_archive->saveOrganization(o, &error))
        qFatal("fixture: %s", qPrintable(error));
    return o.id;
}

qint64 TestSearch::person(const QString &family, const QString &given, bool familyFirst, const QString &local)
{
    Person p;
    p.familyName = family;
    p.givenName = given;
    p.familyNameFirst = familyFirst;
    p.localName = local;
    QString error;
    if (!m_archive->savePerson(p, &error))
        qFatal("fixture: %s", qPrintable(error));
    return p.id;
}

// Seven dialogues, one per language of the region plus English, each with its own words.
void TestSearch::buildFixture()
{
    const qint64 unep = org(QStringLiteral("United Nations Environment Programme"), QStringLiteral("UNEP"));
    const qint64 roap
        = org(QStringLiteral("UNEP Regional Office for Asia and the Pacific"), QStringLiteral("UNEP ROAP"));
    const qint64 mee = org(QStringLiteral("Ministry of Ecology and Environment of China"),
        QStringLiteral("MEE"), QStringLiteral("生态环境部"));
    const qint64 lmec
        = org(QStringLiteral("Lancang-Mekong Environmental Cooperation Center"), QStringLiteral("LMEC"));
    const qint64 monre = org(QStringLiteral("Ministry of Natural Resources and Environment of Viet Nam"),
        QStringLiteral("MONRE"), QStringLiteral("Bộ Tài nguyên và Môi trường"));

    const qint64 huang
        = person(QStringLiteral("Huang"), QStringLiteral("Runqiu"), true, QStringLiteral("黄润秋"));
    const qint64 zhang
        = person(QStringLiteral("Zhang"), QStringLiteral("Yujun"), true, QStringLiteral("张玉军"));
    const qint64 ha = person(QStringLiteral("Nguyễn"), QStringLiteral("Hồng Hà"), true);
    const qint64 smith = person(QStringLiteral("Smith"), QStringLiteral("Anna"), false);
    m_ids = { { QStringLiteral("huang"), huang }, { QStringLiteral("zhang"), zhang },
        { QStringLiteral("smith"), smith }, { QStringLiteral("lmec"), lmec } };
    const qint64 somchai
        = person(QStringLiteral("Jaidee"), QStringLiteral("Somchai"), false, QStringLiteral("สมชาย ใจดี"));

    auto dialogue = [&](const QString &key, const QString &title, const QString &date, const QString &city,
                        const QString &country, const QString &format, const QString &series,
                        QList<DialogueOrganization> orgs, QList<Topic> topics, QList<Speech> speeches,
                        const QString &outcome = {}) {
        Dialogue d;
        d.key = key;
        d.title = title;
        d.startDate = QDate::fromString(date, Qt::ISODate);
        d.city = city;
        d.country = country;
        d.format = format;
        d.series = series;
        d.organizations = orgs;
        d.topics = topics;
        d.speeches = speeches;
        d.outcome = outcome;
        QString error;
        if (!m_archive->saveDialogue(d, &error))
            qFatal("fixture: %s", qPrintable(error));
    };
    auto speech = [](qint64 personId, qint64 orgId, const QString &summary) {
        Speech s;
        s.personId = personId;
        s.organizationId = orgId;
        s.verb = QStringLiteral("stated");
        s.summary = summary;
        return s;
    };
    const QString green = QStringLiteral("Green Lancang-Mekong Initiative");

    dialogue(QStringLiteral("beijing-2022"), QStringLiteral("Senior-level Roundtable on Biodiversity"),
        QStringLiteral("2022-11-23"), QStringLiteral("Beijing"), QStringLiteral("CN"),
        QStringLiteral("hybrid"), green,
        { { mee, QStringLiteral("guided_by") }, { lmec, QStringLiteral("co_organizer") } },
        { { QStringLiteral("Ecosystem restoration"),
            QStringLiteral("cases from the Lancang-Mekong region") } },
        { speech(huang, mee, QStringLiteral("黄润秋指出，生物多样性保护是全球共同的责任。")),
            speech(smith, roap, QStringLiteral("The Kunming-Montreal framework needs national plans.")) });
    dialogue(QStringLiteral("hanoi-2021"), QStringLiteral("Water Forum of the Mekong"),
        QStringLiteral("2021-03-01"), QStringLiteral("Hà Nội"), QStringLiteral("VN"),
        QStringLiteral("in_person"), green,
        { { monre, QStringLiteral("organizer") }, { unep, QStringLiteral("supporter") } },
        { { QStringLiteral("Transboundary water"), QString() } },
        { speech(ha, monre, QStringLiteral("Bảo tồn đa dạng sinh học là nhiệm vụ cấp bách của khu vực.")),
            speech(zhang, lmec, QStringLiteral("Water cooperation serves the people of the basin.")) });
    dialogue(QStringLiteral("bangkok-2023"), QStringLiteral("การประชุมโต๊ะกลมว่าด้วยความหลากหลายทางชีวภาพ"),
        QStringLiteral("2023-07-15"), QStringLiteral("Bangkok"), QStringLiteral("TH"),
        QStringLiteral("online"), QStringLiteral("Regional Dialogues"),
        { { unep, QStringLiteral("organizer") } }, {},
        { speech(somchai, unep, QStringLiteral("ป่าชายเลนช่วยปกป้องชายฝั่งจากพายุ")) });
    dialogue(QStringLiteral("vientiane-2020"), QStringLiteral("ກອງປະຊຸມກ່ຽວກັບການປົກປັກຮັກສາສິ່ງແວດລ້ອມ"),
        QStringLiteral("2020-09-09"), QStringLiteral("Vientiane"), QStringLiteral("LA"),
        QStringLiteral("in_person"), QStringLiteral("Regional Dialogues"),
        { { lmec, QStringLiteral("organizer") } }, {}, {});
    dialogue(QStringLiteral("phnom-penh-2019"), QStringLiteral("កិច្ចប្រជុំស្តីពីការការពារបរិស្ថាន"),
        QStringLiteral("2019-05-20"), QStringLiteral("Phnom Penh"), QStringLiteral("KH"),
        QStringLiteral("in_person"), QString(), { { lmec, QStringLiteral("organizer") } }, {}, {});
    dialogue(QStringLiteral("yangon-2018"), QStringLiteral("ပတ်ဝန်းကျင်ထိန်းသိမ်းရေးဆွေးနွေးပွဲ"),
        QStringLiteral("2018-12-01"), QStringLiteral("Yangon"), QStringLiteral("MM"),
        QStringLiteral("online"), QString(), { { unep, QStringLiteral("partner") } }, {}, {});
    dialogue(QStringLiteral("kunming-2022"), QStringLiteral("Workshop on Mangroves and Wetlands"),
        QStringLiteral("2022-04-02"), QStringLiteral("Kunming"), QStringLiteral("CN"),
        QStringLiteral("online"), green, { { unep, QStringLiteral("organizer") } },
        { { QStringLiteral("Blue carbon"), QStringLiteral("biodiversity of coastal wetlands") } },
        { speech(
            smith, unep, QStringLiteral("UNEP supports the restoration of mangroves across the region.")) },
        QStringLiteral("The participants agreed to share data on wetlands."));
}

QStringList TestSearch::keys(const QString &query)
{
    SearchResults results;
    QString error;
    compare(query, 100);
    if (!m_search->run(query, 100, &results, &error))
        return { QStringLiteral("ERROR: ") + error };
    QStringList found;
    for (const SearchHit &hit : std::as_const(results.hits))
        found.append(hit.key);
    found.sort();
    return found;
}

QString TestSearch::integrityProblem()
{
    if (onServer()) {
        // `check`'s own test of the server's index against the records.
        QStringList problems;
        QString error;
        if (!ServerSearch::check(*m_db, &problems, &error))
            return error;
        return problems.join(QLatin1String("; "));
    }
    // With rank = 1, FTS5 also checks the index against the text it holds.
    QString error;
    if (!m_db->execScript(
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
            &error))
        return error;
    // And the text it holds against what the records say now.
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM search_document d LEFT JOIN search_map m ON m.dialogue_id = d.id "
            "LEFT JOIN search_index i ON i.rowid = m.doc "
            "WHERE i.rowid IS NULL OR i.title IS NOT d.title OR i.speakers IS NOT d.speakers OR i.orgs IS "
            "NOT d.orgs "
            "OR i.topics IS NOT d.topics OR i.body IS NOT d.body OR i.facts IS NOT d.facts OR i.city IS NOT "
            "d.city "
            "OR i.series IS NOT d.series"))
        || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() != 0)
        return QStringLiteral("%1 documents differ from their records").arg(q.value(0).toInt());
    QSqlQuery extra(m_db->db());
    if (!extra.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM search_index WHERE rowid NOT IN (SELECT doc FROM search_map)) "
            "+ (SELECT count(*) FROM search_map WHERE dialogue_id NOT IN (SELECT id FROM dialogue))"))
        || !extra.next())
        return sqlError(extra);
    if (extra.value(0).toInt() != 0)
        return QStringLiteral("%1 documents of deleted dialogues").arg(extra.value(0).toInt());
    return {};
}

void TestSearch::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("latin case") << QStringLiteral("UNEP-IEMP Beijing")
                                << words({ "unep", "iemp", "beijing" });
    QTest::newRow("vietnamese diacritics")
        << QStringLiteral("Nguyễn Hồng Hà, Đà Nẵng") << words({ "nguyen", "hong", "ha", "da", "nang" });
    QTest::newRow("decomposed input") << QStringLiteral("Ha\u0300 No\u0302\u0323i") << words({ "ha", "noi" });
    QTest::newRow("full-width latin") << QStringLiteral("ＵＮＥＰ ２０２２") << words({ "unep", "2022" });
    QTest::newRow("chinese pairs") << QStringLiteral("黄润秋") << words({ "黄润", "润秋" });
    QTest::newRow("single han") << QStringLiteral("水") << words({ "水" });
    QTest::newRow("mixed") << QStringLiteral("COP15在昆明") << words({ "cop15", "在昆", "昆明" });
    QTest::newRow("punctuation only") << QStringLiteral("') OR 1=1 --") << words({ "or", "1", "1" });
    QTest::newRow("nothing") << QStringLiteral("-- ;") << QStringList {};
    // Thai, Lao, Khmer, Burmese: a word's ends marked, pairs of grapheme clusters between (tst_subwords).
    QTest::newRow("thai clusters") << QStringLiteral("น้ำฝน ป่า") << words({ "|น้ำ", "ฝน", "น|", "|ป่", "า|" });
}

void TestSearch::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchTokenizer::tokens(text), expected);
}

void TestSearch::indexedChineseRunEndsWithItsLastCharacter()
{
    // Indexed (not queried), a Chinese run also yields its last character alone, at the place
    // of the last pair, so that every character begins a token of the index; and, at the place
    // of each pair, the four characters from there (schema 10, for queries of four or more).
    const QByteArray text = QStringLiteral("张玉军说").toUtf8();
    QStringList indexed;
    SearchTokenizer::tokenize(text.constData(), int(text.size()),
        [&](const char *t, int n, int, int) { indexed.append(QString::fromUtf8(t, n)); });
    QCOMPARE(indexed, words({ "张玉", "张玉军说", "玉军", "军说", "说" }));
    // A query keeps to the pairs, so that a phrase still matches inside longer text.
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("张玉军")), words({ "张玉", "玉军" }));
    QCOMPARE(keys(QStringLiteral("张玉军")), QStringList { QStringLiteral("hanoi-2021") });
}

void TestSearch::query_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &query, QStringList expected) {
        expected.sort();
        QTest::newRow(name) << query << expected;
    };
    const QString beijing = QStringLiteral("beijing-2022");
    const QString hanoi = QStringLiteral("hanoi-2021");
    const QString bangkok = QStringLiteral("bangkok-2023");
    const QString vientiane = QStringLiteral("vientiane-2020");
    const QString phnomPenh = QStringLiteral("phnom-penh-2019");
    const QString yangon = QStringLiteral("yangon-2018");
    const QString kunming = QStringLiteral("kunming-2022");
    const QStringList all = { beijing, hanoi, bangkok, vientiane, phnomPenh, yangon, kunming };

    row("empty: everything", QString(), all);
    row("free word", QStringLiteral("biodiversity"), { beijing, kunming });
    row("word in a topic", QStringLiteral("restoration"), { beijing, kunming });
    row("two words, both needed", QStringLiteral("biodiversity wetlands"), { kunming });
    row("any case", QStringLiteral("BIODIVERSITY"), { beijing, kunming });
    row("phrase", QStringLiteral("\"water forum\""), { hanoi });
    row("phrase keeps order", QStringLiteral("\"forum water\""), {});
    row("exclude", QStringLiteral("biodiversity -wetlands"), { beijing });
    row("NOT", QStringLiteral("biodiversity NOT mangroves"), { beijing });
    row("exclude only", QStringLiteral("-unep"), { vientiane, phnomPenh });
    row("OR", QStringLiteral("forum OR mangroves"), { hanoi, kunming });
    row("brackets", QStringLiteral("(forum OR mangroves) -wetlands"), { hanoi });
    row("prefix", QStringLiteral("mangrov*"), { kunming });
    row("speaker family name", QStringLiteral("speaker:huang"), { beijing });
    row("speaker full name", QStringLiteral("speaker:\"Zhang Yujun\""), { hanoi });
    row("speaker own script", QStringLiteral("speaker:张玉军"), { hanoi });
    row("speaker not in summary", QStringLiteral("speaker:unep"), {});
    row("org short name", QStringLiteral("org:UNEP"), { hanoi, bangkok, yangon, kunming, beijing });
    row("org phrase", QStringLiteral("org:\"UNEP ROAP\""), { beijing });
    row("org own script", QStringLiteral("org:生态环境部"), { beijing });
    row("series", QStringLiteral("series:\"green lancang-mekong\""), { beijing, hanoi, kunming });
    row("city", QStringLiteral("city:kunming"), { kunming });
    row("city with diacritics", QStringLiteral("city:\"ha noi\""), { hanoi });
    row("country code", QStringLiteral("country:cn"), { beijing, kunming });
    row("country name", QStringLiteral("country:Vietnam"), { hanoi });
    row("country alias", QStringLiteral("country:\"Viet Nam\""), { hanoi });
    row("country Laos", QStringLiteral("country:laos"), { vientiane });
    row("topic", QStringLiteral("topic:carbon"), { kunming });
    row("topic description", QStringLiteral("topic:\"coastal wetlands\""), { kunming });
    row("format", QStringLiteral("format:online"), { bangkok, yangon, kunming });
    row("format spelled", QStringLiteral("format:in-person"), { hanoi, vientiane, phnomPenh });
    row("year", QStringLiteral("year:2022"), { beijing, kunming });
    row("year OR year", QStringLiteral("year:2018 OR year:2019"), { yangon, phnomPenh });
    row("after year", QStringLiteral("after:2021"), { beijing, bangkok, kunming });
    row("before year", QStringLiteral("before:2020"), { yangon, phnomPenh });
    row("after day", QStringLiteral("after:2022-11-22"), { beijing, bangkok });
    row("after day is strict", QStringLiteral("after:2022-11-23"), { bangkok });
    row("between", QStringLiteral("after:2019-06 before:2022-05"), { vientiane, hanoi, kunming });
    row("impossible range", QStringLiteral("after:2023 before:2019"), {});
    row("fields and words", QStringLiteral("org:unep year:2022 mangroves"), { kunming });
    row("what did UNEP say in 2022", QStringLiteral("org:unep biodiversity year:2022"), { beijing, kunming });
    row("negated field", QStringLiteral("org:lmec -country:cn"), { hanoi, vientiane, phnomPenh });
    row("latin without diacritics", QStringLiteral("hong ha"), { hanoi });
    row("latin with diacritics", QStringLiteral("Hồng Hà"), { hanoi });
    row("vietnamese phrase unaccented", QStringLiteral("\"da dang sinh hoc\""), { hanoi });
    row("vietnamese org own script", QStringLiteral("org:\"tai nguyen va moi truong\""), { hanoi });
    row("chinese two characters", QStringLiteral("润秋"), { beijing });
    row("chinese three characters", QStringLiteral("黄润秋"), { beijing });
    row("chinese inside a sentence", QStringLiteral("多样性保护"), { beijing });
    row("chinese not contiguous", QStringLiteral("黄秋"), {});
    row("thai word inside text", QStringLiteral("ความหลากหลาย"), { bangkok });
    row("thai word in summary", QStringLiteral("ป่าชายเลน"), { bangkok });
    row("thai speaker name", QStringLiteral("speaker:สมชาย"), { bangkok });
    row("lao word inside text", QStringLiteral("ສິ່ງແວດລ້ອມ"), { vientiane });
    row("khmer word inside text", QStringLiteral("បរិស្ថាន"), { phnomPenh });
    row("burmese word inside text", QStringLiteral("ပတ်ဝန်းကျင်"), { yangon });
    row("fullwidth quotes", QStringLiteral("“water forum”"), { hanoi });
    row("field name any case", QStringLiteral("City:Kunming"), { kunming });
    row("AND is a join", QStringLiteral("biodiversity AND wetlands"), { kunming });
    row("lower-case or is a word", QStringLiteral("forum or mangroves"), {});
    // Issue 12, item 14: one Chinese character finds every dialogue containing it, wherever
    // it stands in its run (first, middle, last); a bare word matches the words it begins.
    row("one chinese character, a family name", QStringLiteral("张"), { hanoi });
    row("one chinese character, first of a run", QStringLiteral("黄"), { beijing });
    row("one chinese character, last of a run", QStringLiteral("军"), { hanoi });
    row("one chinese character, in the middle", QStringLiteral("润"), { beijing });
    row("one chinese character as speaker", QStringLiteral("speaker:张"), { hanoi });
    row("one chinese character nowhere", QStringLiteral("李"), {});
    row("chinese character and a word", QStringLiteral("张 water"), { hanoi });
    row("bare word matches a prefix", QStringLiteral("mangrov"), { kunming });
    row("bare word prefix of a longer word", QStringLiteral("biodiv"), { beijing, kunming });
    row("quoted word is exact", QStringLiteral("\"mangrove\""), {});
    row("quoted word found whole", QStringLiteral("\"mangroves\""), { kunming });
    row("prefix in a field", QStringLiteral("speaker:zha"), { hanoi });
    row("excluded bare word is a prefix too", QStringLiteral("green -wetland"), { beijing, hanoi });
}

void TestSearch::query()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(query), expected);
}

void TestSearch::invalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message"); // a part of the message the user reads

    QTest::newRow("unknown field") << QStringLiteral("spekaer:huang")
                                   << QStringLiteral("unknown field \"spekaer:\"");
    QTest::newRow("empty field") << QStringLiteral("speaker:") << QStringLiteral("needs a value");
    QTest::newRow("field of punctuation")
        << QStringLiteral("org:--") << QStringLiteral("nothing to search for");
    QTest::newRow("impossible day") << QStringLiteral("after:2022-02-30") << QStringLiteral("is not a date");
    QTest::newRow("month 13") << QStringLiteral("before:2022-13") << QStringLiteral("is not a date");
    QTest::newRow("year zero") << QStringLiteral("before:0000") << QStringLiteral("is not a date");
    QTest::newRow("words as date") << QStringLiteral("after:yesterday") << QStringLiteral("is not a date");
    QTest::newRow("bad year") << QStringLiteral("year:20222") << QStringLiteral("is not a year");
    QTest::newRow("bad format") << QStringLiteral("format:pigeon")
                                << QStringLiteral("in_person, online and hybrid");
    QTest::newRow("bad country") << QStringLiteral("country:Atlantis") << QStringLiteral("unknown country");
    QTest::newRow("unclosed bracket") << QStringLiteral("(forum OR water") << QStringLiteral("not closed");
    QTest::newRow("empty brackets") << QStringLiteral("()") << QStringLiteral("holds nothing");
    QTest::newRow("OR first") << QStringLiteral("OR forum") << QStringLiteral("before it");
    QTest::newRow("OR last") << QStringLiteral("forum OR") << QStringLiteral("after it");
    QTest::newRow("NOT alone") << QStringLiteral("forum NOT") << QStringLiteral("needs a word after it");
    QTest::newRow("excluded beside OR")
        << QStringLiteral("forum OR -water") << QStringLiteral("needs a word to look for");
    QTest::newRow("dates under OR") << QStringLiteral("forum OR after:2020")
                                    << QStringLiteral("narrows the whole search");
    QTest::newRow("nothing searchable") << QStringLiteral("-- ;;") << QStringLiteral("nothing to search for");
    QTest::newRow("deep nesting") << QString(100, QLatin1Char('(')) + QStringLiteral("a")
            + QString(100, QLatin1Char(')'))
                                  << QStringLiteral("nested too deeply");
    QTest::newRow("too long") << QString(3000, QLatin1Char('a')) << QStringLiteral("too long");
}

void TestSearch::invalid()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    SearchResults results;
    QString error;
    QVERIFY(!m_search->run(query, 10, &results, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(results.hits.isEmpty());
}

void TestSearch::hostile_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("valid"); // searched as text rather than refused
    QTest::addColumn<QStringList>("expected"); // when valid

    QTest::newRow("lone quote") << QStringLiteral("\"") << false << QStringList {};
    QTest::newRow("three quotes") << QStringLiteral("\"\"\"") << false << QStringList {};
    QTest::newRow("quote inside word") << QStringLiteral("wat\"er forum") << true << QStringList {};
    QTest::newRow("unclosed phrase") << QStringLiteral("\"water for") << true << QStringList {};
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << false << QStringList {};
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(water forum)") << true << QStringList {};
    QTest::newRow("NEAR as a word") << QStringLiteral("NEAR") << true << QStringList {};
    QTest::newRow("sql injection") << QStringLiteral("') OR 1=1 --") << true << QStringList {};
    QTest::newRow("sql drop") << QStringLiteral("'; DROP TABLE dialogue; --") << true << QStringList {};
    QTest::newRow("fts column filter") << QStringLiteral("{title}: water") << true << QStringList {};
    QTest::newRow("fts caret") << QStringLiteral("^water") << true << words({ "hanoi-2021" });
    QTest::newRow("fts plus") << QStringLiteral("water + forum") << true << words({ "hanoi-2021" });
    QTest::newRow("star alone") << QStringLiteral("*") << false << QStringList {};
    QTest::newRow("colon word") << QStringLiteral("title:water") << false << QStringList {};
    QTest::newRow("url") << QStringLiteral("http://en.lmec.org.cn/") << true << QStringList {};
    QTest::newRow("nul character") << QStringLiteral("water") + QChar(0) + QStringLiteral("forum") << true
                                   << words({ "hanoi-2021" });
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("water") << true
                                    << words({ "hanoi-2021" });
    QTest::newRow("stray bracket") << QStringLiteral("forum)") << true << words({ "hanoi-2021" });
    QTest::newRow("stray bracket first") << QStringLiteral(") forum") << true << words({ "hanoi-2021" });
    QTest::newRow("minus minus") << QStringLiteral("--water") << false << QStringList {};
    QTest::newRow("dash inside word")
        << QStringLiteral("kunming-montreal") << true << words({ "beijing-2022" });
}

void TestSearch::hostile()
{
    QFETCH(QString, query);
    QFETCH(bool, valid);
    QFETCH(QStringList, expected);
    const qint64 before = m_archive->counts().dialogues;
    compare(query, 10);
    SearchResults results;
    QString error;
    const bool ok = m_search->run(query, 10, &results, &error);
    QCOMPARE(ok, valid);
    if (ok) {
        QStringList found;
        for (const SearchHit &hit : std::as_const(results.hits))
            found.append(hit.key);
        QCOMPARE(found, expected);
    } else {
        QVERIFY(!error.isEmpty());
        // The user reads what is wrong with the query, not what SQLite thought of it.
        for (const char *leak : { "fts5", "SQL", "syntax error", "MATCH", "sqlite" })
            QVERIFY2(!error.contains(QLatin1String(leak), Qt::CaseInsensitive), qPrintable(error));
    }
    QCOMPARE(m_archive->counts().dialogues, before);
    QCOMPARE(integrityProblem(), QString());
}

// Thousands of queries made of the language's own pieces and of FTS5 and SQL syntax: each
// is either searched or refused with the parser's own message, never an SQLite one.
void TestSearch::randomQueries()
{
    const QStringList pieces = { QStringLiteral("water"), QStringLiteral("\""), QStringLiteral("("),
        QStringLiteral(")"), QStringLiteral("-"), QStringLiteral("OR"), QStringLiteral("AND"),
        QStringLiteral("NOT"), QStringLiteral("NEAR("), QStringLiteral("*"), QStringLiteral("^"),
        QStringLiteral(":"), QStringLiteral("{title}"), QStringLiteral("speaker:"), QStringLiteral("org:"),
        QStringLiteral("year:2022"), QStringLiteral("after:2021"), QStringLiteral("before:"),
        QStringLiteral("country:"), QStringLiteral("format:online"), QStringLiteral("'"), QStringLiteral(";"),
        QStringLiteral("--"), QStringLiteral("1=1"), QStringLiteral("润秋"), QStringLiteral("ความ"),
        QStringLiteral("Hồng"), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\\"),
        QStringLiteral("+"), QStringLiteral("rank"), QStringLiteral("MATCH"), QStringLiteral("SELECT"),
        QStringLiteral("%"), QStringLiteral("_") };
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) & 0x7fff;
    };
    int searched = 0;
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        QString query;
        const int length = 1 + int(next() % 8);
        for (int k = 0; k < length; ++k)
            query += pieces.at(int(next() % pieces.size()));
        compare(query, 5, i % 10 == 0);
        SearchResults results;
        QString error;
        if (m_search->run(query, 5, &results, &error)) {
            ++searched;
            QVERIFY(results.total >= results.hits.size());
        } else {
            ++refused;
            QVERIFY2(!error.isEmpty(), qPrintable(query));
            for (const char *leak : { "fts5", "syntax error", "sqlite", "no such column", "unrecognized" })
                QVERIFY2(!error.contains(QLatin1String(leak), Qt::CaseInsensitive),
                    qPrintable(query + QLatin1String(" -> ") + error));
        }
    }
    // Both outcomes occur, so the test exercises both.
    QVERIFY(searched > 300);
    QVERIFY(refused > 300);
    QCOMPARE(integrityProblem(), QString());
}

void TestSearch::ranking()
{
    leaveTwin();
    // "mangroves" is in the title of one dialogue, only in a speech of another.
    const qint64 p = person(QStringLiteral("Tran"), QStringLiteral("Minh"), true);
    Dialogue d;
    d.key = QStringLiteral("mekong-delta");
    d.title = QStringLiteral("Delta Livelihoods Dialogue");
    d.startDate = QDate(2022, 6, 1);
    Speech s;
    s.personId = p;
    s.summary
        = QStringLiteral("Mangroves protect the delta; mangroves store carbon; farmers plant mangroves.");
    d.speeches = { s };
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));

    SearchResults results;
    QVERIFY2(m_search->run(QStringLiteral("mangroves"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 2);
    QCOMPARE(results.hits.at(0).key, QStringLiteral("kunming-2022"));
    QCOMPARE(results.hits.at(1).key, QStringLiteral("mekong-delta"));
    QVERIFY(results.hits.at(0).score > results.hits.at(1).score);

    // A speaker's name outranks the same word, said twice, in a summary.
    const qint64 rivers = person(QStringLiteral("Rivers"), QStringLiteral("Joan"), false);
    Dialogue spoken;
    spoken.key = QStringLiteral("spoken");
    spoken.title = QStringLiteral("Dialogue A");
    spoken.startDate = QDate(2020, 1, 1);
    Speech byRivers;
    byRivers.personId = rivers;
    byRivers.summary = QStringLiteral("Cooperation matters.");
    spoken.speeches = { byRivers };
    QVERIFY2(m_archive->saveDialogue(spoken, &error), qPrintable(error));
    Dialogue mentioned;
    mentioned.key = QStringLiteral("mentioned");
    mentioned.title = QStringLiteral("Dialogue B");
    mentioned.startDate = QDate(2020, 1, 2);
    Speech aboutRivers;
    aboutRivers.personId = p;
    aboutRivers.summary = QStringLiteral("Rivers connect the region; rivers carry sediment to the delta.");
    mentioned.speeches = { aboutRivers };
    QVERIFY2(m_archive->saveDialogue(mentioned, &error), qPrintable(error));
    QVERIFY2(m_search->run(QStringLiteral("rivers"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 2);
    QCOMPARE(results.hits.at(0).key, QStringLiteral("spoken"));
}

// The program ranks with its own bm25 (SearchRank: the lengths read through a blob handle).
// Every score must be the one SQLite's own bm25 gives, to the last bit, so the same hits come
// first: compared here with a connection that has the tokenizer but not SearchRank.
void TestSearch::rankIsFts5sOwnBm25()
{
    // Dialogues of many lengths and word counts, so that length and frequency both matter.
    const QStringList vocabulary { QStringLiteral("water"), QStringLiteral("river"), QStringLiteral("basin"),
        QStringLiteral("forest"), QStringLiteral("climate"), QStringLiteral("mekong"),
        QStringLiteral("delta") };
    QString error;
    quint32 seed = 17;
    auto next = [&seed](int n) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(n));
    };
    for (int i = 0; i < 120; ++i) {
        Dialogue d;
        d.key = QStringLiteral("rank-%1").arg(i);
        d.startDate = QDate(2020, 1, 1).addDays(i);
        QStringList title;
        for (int w = 0, n = 1 + next(6); w < n; ++w)
            title << vocabulary.at(next(int(vocabulary.size())));
        d.title = title.join(QLatin1Char(' '));
        QStringList outcome;
        for (int w = 0, n = next(60); w < n; ++w)
            outcome << vocabulary.at(next(int(vocabulary.size()))) << QStringLiteral("and");
        d.outcome = outcome.join(QLatin1Char(' '));
        Dialogue twin = d;
        QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
        if (m_twinArchive)
            QVERIFY2(m_twinArchive->saveDialogue(twin, &error), qPrintable(error));
    }
    if (onServer()) {
        // The server ranks in the program, from the tokens it stores: the same scores as SQLite's
        // (which the SQLite half of this test proves to be FTS5's own), bit for bit, in the same order.
        for (const char *query :
            { "water", "water river", "water OR delta", "\"mekong delta\"", "forest -basin", "climat*",
                "water basin river", "water year:2020", "and", "mekong OR and" }) {
            SearchResults results;
            QVERIFY2(m_search->run(QString::fromUtf8(query), 1000, &results, &error), qPrintable(error));
            QVERIFY2(!results.hits.isEmpty(), query);
            compare(QString::fromUtf8(query), 1000, false);
        }
        return;
    }

    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path()).constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
        SQLITE_OK);
    const auto closeRaw = qScopeGuard([&] { sqlite3_close_v2(raw); });
    QVERIFY2(SearchTokenizer::registerWith(raw, &error), qPrintable(error));
    auto scores = [](sqlite3 *db, const QString &match) {
        QList<std::pair<qint64, double>> rows;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db,
                "SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rowid", -1,
                &statement, nullptr)
            != SQLITE_OK)
            return rows;
        const QByteArray text = match.toUtf8();
        sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            rows.append({ sqlite3_column_int64(statement, 0), sqlite3_column_double(statement, 1) });
        sqlite3_finalize(statement);
        return rows;
    };
    for (const char *query : { "water", "water river", "water OR delta", "\"mekong delta\"", "forest -basin",
             "climat*", "water basin river", "water year:2020" }) {
        const QString match = SearchQuery::parse(QString::fromUtf8(query)).matchExpression();
        QVERIFY2(!match.isEmpty(), query);
        const auto ours = scores(m_db->handle(), match);
        const auto sqlites = scores(raw, match);
        QVERIFY2(!ours.isEmpty(), query);
        QCOMPARE(ours.size(), sqlites.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours.at(i).first, sqlites.at(i).first);
            QVERIFY2(std::memcmp(&ours.at(i).second, &sqlites.at(i).second, sizeof(double)) == 0,
                qPrintable(QStringLiteral("%1: row %2 scores %3, SQLite's bm25 %4")
                               .arg(QString::fromUtf8(query))
                               .arg(ours.at(i).first)
                               .arg(ours.at(i).second, 0, 'g', 17)
                               .arg(sqlites.at(i).second, 0, 'g', 17)));
        }
    }
}

void TestSearch::snippets()
{
    SearchResults results;
    QString error;
    QVERIFY2(m_search->run(QStringLiteral("mangroves"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    const SearchHit &hit = results.hits.front();
    // The snippet comes from the rest of the dialogue; the title is marked on its own.
    QCOMPARE(hit.snippetText(QStringLiteral("["), QStringLiteral("]")),
        QStringLiteral("stated UNEP supports the restoration of [mangroves] across the region. "
                       "The participants agreed to share data on wetlands."));
    QVERIFY(hit.snippetHtml().contains(QStringLiteral("<b>mangroves</b>")));
    QCOMPARE(hit.titleHtml(), QStringLiteral("Workshop on <b>Mangroves</b> and Wetlands"));
    QCOMPARE(hit.title, QStringLiteral("Workshop on Mangroves and Wetlands"));
    QCOMPARE(hit.date, QDate(2022, 4, 2));
    QCOMPARE(hit.city, QStringLiteral("Kunming"));

    // Diacritics folded for matching, kept in what is shown.
    QVERIFY2(m_search->run(QStringLiteral("hong ha"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QVERIFY2(results.hits.front().snippetHtml().contains(QStringLiteral("<b>Hồng</b> <b>Hà</b>")),
        qPrintable(results.hits.front().snippetHtml()));

    // Chinese: the matched characters, not more.
    QVERIFY2(m_search->run(QStringLiteral("润秋"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QVERIFY2(results.hits.front().snippetHtml().contains(QStringLiteral("黄<b>润秋</b>")),
        qPrintable(results.hits.front().snippetHtml()));

    compare(QStringLiteral("mangroves"), 10);
    compare(QStringLiteral("hong ha"), 10);
    compare(QStringLiteral("润秋"), 10);
    leaveTwin();
    // HTML in the record is shown as text.
    Dialogue d = *m_archive->dialogue(m_archive->dialogueId(QStringLiteral("yangon-2018")));
    d.outcome = QStringLiteral("<script>alert(1)</script> agreed");
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    QVERIFY2(m_search->run(QStringLiteral("alert"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QVERIFY(!results.hits.front().snippetHtml().contains(QStringLiteral("<script>")));
    QVERIFY(results.hits.front().snippetHtml().contains(QStringLiteral("&lt;script&gt;")));
}

void TestSearch::limitAndTotal()
{
    for (const int limit : { 0, 1, 2, 3, 100 }) {
        compare(QStringLiteral("org:unep"), limit);
        compare(QString(), limit);
    }
    SearchResults results;
    QString error;
    QVERIFY2(m_search->run(QStringLiteral("org:unep"), 2, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 2);
    QCOMPARE(results.total, qint64(5));
    QVERIFY2(m_search->run(QString(), 3, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 3);
    QCOMPARE(results.total, qint64(7));
    // Without words, newest first.
    QCOMPARE(results.hits.at(0).key, QStringLiteral("bangkok-2023"));
    QCOMPARE(results.hits.at(1).key, QStringLiteral("beijing-2022"));
    QVERIFY2(m_search->run(QStringLiteral("org:unep"), 0, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 0);
    QCOMPARE(results.total, qint64(5));
}

void TestSearch::indexFollowsInsert()
{
    leaveTwin();
    QCOMPARE(keys(QStringLiteral("peatland")), QStringList());
    Dialogue d;
    d.key = QStringLiteral("new-one");
    d.title = QStringLiteral("Peatland Forum");
    d.startDate = QDate(2024, 1, 1);
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("peatland")), QStringList { QStringLiteral("new-one") });
    QCOMPARE(keys(QStringLiteral("year:2024")), QStringList { QStringLiteral("new-one") });
    QCOMPARE(integrityProblem(), QString());

    // An edit made by plain SQL, not through Archive, is found too: the triggers keep it.
    QVERIFY(m_db->execScript(
        QStringLiteral("UPDATE dialogue SET city = 'Luang Prabang' WHERE key = 'new-one'"), &error));
    QCOMPARE(keys(QStringLiteral("city:\"luang prabang\"")), QStringList { QStringLiteral("new-one") });
    QCOMPARE(integrityProblem(), QString());
}

void TestSearch::indexFollowsEdits()
{
    leaveTwin();
    const qint64 id = m_archive->dialogueId(QStringLiteral("hanoi-2021"));
    Dialogue d = *m_archive->dialogue(id);
    d.title = QStringLiteral("River Basin Forum");
    d.topics.append({ QStringLiteral("Sediment"), QStringLiteral("sand mining") });
    d.speeches.removeLast(); // Zhang Yujun's
    d.format = QStringLiteral("hybrid");
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));

    QCOMPARE(keys(QStringLiteral("\"water forum\"")), QStringList());
    QCOMPARE(keys(QStringLiteral("\"river basin forum\"")), QStringList { QStringLiteral("hanoi-2021") });
    QCOMPARE(keys(QStringLiteral("topic:sediment")), QStringList { QStringLiteral("hanoi-2021") });
    QCOMPARE(keys(QStringLiteral("speaker:zhang")), QStringList());
    QCOMPARE(keys(QStringLiteral("format:hybrid")),
        (QStringList { QStringLiteral("beijing-2022"), QStringLiteral("hanoi-2021") }));
    QCOMPARE(integrityProblem(), QString());
}

void TestSearch::indexFollowsRenames()
{
    leaveTwin();
    // A person's and an organisation's names live in their own tables.
    Person p = *m_archive->person(m_ids.value(QStringLiteral("smith")));
    p.familyName = QStringLiteral("Okonkwo");
    QString error;
    QVERIFY2(m_archive->savePerson(p, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("speaker:smith")), QStringList());
    QCOMPARE(keys(QStringLiteral("speaker:okonkwo")),
        (QStringList { QStringLiteral("beijing-2022"), QStringLiteral("kunming-2022") }));

    Organization o = *m_archive->organization(m_ids.value(QStringLiteral("lmec")));
    o.shortName = QStringLiteral("LMEC-Centre");
    o.localName = QStringLiteral("澜湄环境合作中心");
    QVERIFY2(m_archive->saveOrganization(o, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("org:澜湄")).size(), 4);
    QCOMPARE(integrityProblem(), QString());

    // Merging two people moves their speeches, and the index with them.
    const qint64 kept = m_ids.value(QStringLiteral("huang"));
    const qint64 merged = m_ids.value(QStringLiteral("zhang"));
    QVERIFY(kept > 0 && merged > 0);
    QVERIFY2(m_archive->mergePeople(kept, merged, &error), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("speaker:huang")),
        (QStringList { QStringLiteral("beijing-2022"), QStringLiteral("hanoi-2021") }));
    QCOMPARE(integrityProblem(), QString());
}

void TestSearch::indexFollowsDelete()
{
    leaveTwin();
    QString error;
    QVERIFY2(m_archive->removeDialogue(m_archive->dialogueId(QStringLiteral("kunming-2022")), &error),
        qPrintable(error));
    QCOMPARE(keys(QStringLiteral("mangroves")), QStringList());
    QCOMPARE(keys(QStringLiteral("biodiversity")), QStringList { QStringLiteral("beijing-2022") });
    QCOMPARE(integrityProblem(), QString());
    SearchResults results;
    QVERIFY(m_search->run(QString(), 100, &results, &error));
    QCOMPARE(results.total, qint64(6));
}

void TestSearch::reindexChangesNothing()
{
    const QStringList queries = { QStringLiteral("biodiversity"), QStringLiteral("org:unep"),
        QStringLiteral("润秋"), QStringLiteral("ความหลากหลาย"), QStringLiteral("-unep") };
    QList<QStringList> before;
    for (const QString &q : queries)
        before.append(keys(q));
    leaveTwin();
    // Damage the index behind the triggers' back, then rebuild it.
    QString error;
    QVERIFY(m_db->execScript(onServer()
            ? QStringLiteral("DELETE FROM search_vector WHERE dialogue_id IN "
                             "(SELECT id FROM dialogue WHERE key = 'kunming-2022')")
            : QStringLiteral("DELETE FROM search_index WHERE rowid IN (SELECT doc FROM "
                             "search_map JOIN dialogue d ON d.id = dialogue_id "
                             "WHERE d.key = 'kunming-2022')"),
        &error));
    QVERIFY(keys(QStringLiteral("biodiversity")) != before.front());
    if (onServer()) // `check` sees it
        QCOMPARE(integrityProblem(), QStringLiteral("dialogues missing from the search index: 1"));
    QVERIFY2(m_search->reindex(&error), qPrintable(error));
    for (int i = 0; i < queries.size(); ++i)
        QCOMPARE(keys(queries.at(i)), before.at(i));
    QCOMPARE(integrityProblem(), QString());
    QVERIFY(m_search->indexSize() > 0);
}

// An archive written before search existed (schema version 1) gets its index when opened.
void TestSearch::migrationIndexesExistingArchive()
{
    if (onServer())
        QSKIP("an SQLite archive of version 1; a server archive's index is made by postgresql/0012 "
              "(tst_serverarchive)");
    const QString old = m_dir->filePath(QStringLiteral("version1.roundtable"));
    QFile schema(QStringLiteral(":/migrations/0001_base.sql"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        raw.setDatabaseName(old);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        // Version 1 as it was written: its script without comments, one statement at a time.
        QString script;
        for (const QString &line : QString::fromUtf8(schema.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                script += line + QLatin1Char('\n');
        }
        for (const QString &sql : script.split(QLatin1Char(';'))) {
            if (!sql.trimmed().isEmpty())
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1String(": ") + sql));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO dialogue (key, title, start_date, city) "
                                  "VALUES ('old', 'Dialogue on Karst Landscapes', '2015-03-03', 'Guilin')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));

    Database db;
    QString error;
    QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(db.schemaVersion() >= 2);
    Search search(db);
    SearchResults results;
    QVERIFY2(
        search.run(QStringLiteral("karst city:guilin year:2015"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.total, qint64(1));
    QCOMPARE(results.hits.front().key, QStringLiteral("old"));
}

void TestSearch::facets()
{
    for (const char *query : { "org:unep", "-unep after:2019", "", "water OR 润秋", "country:cn" })
        compare(QString::fromUtf8(query), 100);
    Facets facets;
    QString error;
    QVERIFY2(m_search->facets(QStringLiteral("org:unep"), &facets, &error), qPrintable(error));
    // org:unep matches beijing (a UNEP ROAP speaker), hanoi, bangkok, yangon, kunming.
    QCOMPARE(facets.years.size(), 4); // 2023, 2022 (two), 2021, 2018
    QCOMPARE(facets.years.at(0).label, QStringLiteral("2023"));
    qint64 sum = 0;
    for (const FacetValue &v : std::as_const(facets.years))
        sum += v.count;
    QCOMPARE(sum, qint64(5));
    const FacetValue year2022 = facets.years.at(1);
    QCOMPARE(year2022.label, QStringLiteral("2022"));
    QCOMPARE(year2022.count, qint64(2));
    QCOMPARE(year2022.refinement, QStringLiteral("year:2022"));

    QVERIFY(!facets.series.isEmpty());
    QCOMPARE(facets.series.at(0).label, QStringLiteral("Green Lancang-Mekong Initiative"));
    QCOMPARE(facets.series.at(0).count, qint64(3));
    QVERIFY(!facets.organizations.isEmpty());
    QCOMPARE(facets.organizations.at(0).label, QStringLiteral("UNEP"));
    QCOMPARE(facets.organizations.at(0).count, qint64(4));
    QVERIFY(!facets.cities.isEmpty());

    // Every facet value narrows the search to exactly its count.
    const QList<FacetValue> all = facets.years + facets.series + facets.cities + facets.organizations;
    for (const FacetValue &v : all) {
        SearchResults results;
        const QString narrowed = QStringLiteral("org:unep ") + v.refinement;
        QVERIFY2(m_search->run(narrowed, 100, &results, &error),
            qPrintable(narrowed + QLatin1String(": ") + error));
        QVERIFY2(results.total == v.count,
            qPrintable(
                QStringLiteral("%1: %2 hits, facet said %3").arg(narrowed).arg(results.total).arg(v.count)));
    }

    // Facets follow date bounds and exclusions too.
    QVERIFY2(m_search->facets(QStringLiteral("-unep after:2019"), &facets, &error), qPrintable(error));
    sum = 0;
    for (const FacetValue &v : std::as_const(facets.years))
        sum += v.count;
    QCOMPARE(sum, qint64(1)); // vientiane-2020 (beijing has a UNEP ROAP speaker)

    QVERIFY(!m_search->facets(QStringLiteral("(("), &facets, &error));
}

// A wide set of queries, each asked of the server and of its SQLite twin: every clause of the
// query language and every script, answered the same (hits in order, scores to the bit,
// snippets, totals, facets). The SQLite half has nothing to compare with.
void TestSearch::sameOnBothBackends()
{
    if (!onServer())
        QSKIP("compares the server with its SQLite twin");
    const char *queries[] = { "biodiversity", "biodiv", "mekong", "water", "wat", "\"water forum\"",
        "\"water\"", "\"Kunming-Montreal framework\"", "kunming montreal", "speaker:huang", "speaker:zha",
        "speaker:\"anna smith\"", "org:unep", "org:\"unep roap\"", "org:生态环境部", "org:lmec",
        "series:green", "series:\"regional dialogues\"", "city:beijing", "city:\"ha noi\"", "city:hà",
        "topic:carbon", "topic:\"blue carbon\"", "country:cn", "country:Laos", "country:VN", "format:online",
        "format:in_person", "year:2022", "year:2019", "after:2020", "before:2021-03-02",
        "after:2019 before:2023", "water OR mangroves", "(water OR mangroves) year:2022", "mekong -water",
        "-unep", "-unep -lmec", "unep -\"kunming montreal\"", "unep NOT wetlands", "unep AND 2022", "region",
        "the", "of", "润秋", "黄润秋", "润", "生物多样性", "生物多样", "多样性", "保护是全球", "环境", "张",
        "张玉军", "ความหลากหลาย", "หลากหลาย", "ป่าชายเลน", "ชายฝั่ง", "ปกป้อง", "สมชาย", "ສິ່ງແວດລ້ອມ", "ການປົກປັກ",
        "ປົກປັກ", "បរិស្ថាន", "ការការពារ", "ပတ်ဝန်းကျင်", "ထိန်းသိမ်း", "hồng hà", "hong ha", "nguyen", "bảo tồn",
        "đa dạng sinh học", "\"đa dạng\"", "mangrove*", "restor*", "r", "a", "2022", "year2022", "facts",
        "hybrid", "\"blue carbon\" OR \"water\"", "(mekong OR 润秋) -hybrid", "speaker:smith org:unep",
        "speaker:smith OR speaker:huang", "wetlands participants", "--", "- unep" };
    const int before = s_compared;
    int asked = 0;
    for (const char *query : queries) {
        for (const int limit : { 100, 2 }) {
            compare(QString::fromUtf8(query), limit);
            ++asked;
        }
    }
    QCOMPARE(s_compared, before + asked); // cleanup() shows any difference
}

// A tsvector (the server's index up to schema 12) kept 256 places of a token and none above
// 16383; the server's index keeps every place, matched and ranked the same as SQLite (a phrase
// standing only past those limits is found; a word said 300 times counts 300).
void TestSearch::longDocumentsBeyondTsvectorLimits()
{
    QString error;
    auto add = [&](const QString &key, const QString &outcome) {
        Dialogue d;
        d.key = key;
        d.title = key;
        d.startDate = QDate(2024, 5, 1);
        d.outcome = outcome;
        Dialogue twin = d;
        QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
        if (m_twinArchive)
            QVERIFY2(m_twinArchive->saveDialogue(twin, &error), qPrintable(error));
    };
    add(QStringLiteral("many-waters"),
        QStringLiteral("water ").repeated(300) + QStringLiteral("final phrase here mekong"));
    add(QStringLiteral("very-long"),
        QStringLiteral("alpha beta ").repeated(8300) + QStringLiteral("omega delta water"));
    if (onServer()) {
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT max(cardinality(places)), max(places[cardinality(places)]) FROM search_posting"))
            && q.next());
        QVERIFY(q.value(0).toInt() >= 300);
        QVERIFY(q.value(1).toInt() > 16383);
    }
    const QStringList queries
        = { QStringLiteral("water"), QStringLiteral("\"water water\""), QStringLiteral("\"final phrase\""),
              QStringLiteral("\"omega delta\""), QStringLiteral("omega"), QStringLiteral("\"beta omega\""),
              QStringLiteral("\"beta alpha\" -omega"), QStringLiteral("mekong -water"),
              QStringLiteral("water -\"final phrase\""), QStringLiteral("water -\"omega delta\""),
              QStringLiteral("alph*"), QStringLiteral("\"alpha beta\" OR biodiversity"),
              QStringLiteral("-\"omega delta\""), QStringLiteral("\"delta water\" year:2024") };
    for (const QString &query : queries)
        compare(query, 100);
    QCOMPARE(keys(QStringLiteral("\"omega delta\"")), QStringList { QStringLiteral("very-long") });
    QCOMPARE(keys(QStringLiteral("\"final phrase\"")), QStringList { QStringLiteral("many-waters") });
    QCOMPARE(keys(QStringLiteral("water -\"omega delta\"")),
        (QStringList { QStringLiteral("hanoi-2021"), QStringLiteral("many-waters") }));
    QCOMPARE(integrityProblem(), QString());
}

void TestSearch::savedSearches()
{
    QString error;
    QVERIFY(m_search->savedSearches().isEmpty());
    QVERIFY2(m_search->saveSearch(QStringLiteral("UNEP 2022"), QStringLiteral("org:unep year:2022"), &error),
        qPrintable(error));
    QVERIFY2(m_search->saveSearch(QStringLiteral("Chinese"), QStringLiteral("country:cn"), &error),
        qPrintable(error));
    QVERIFY2(m_search->saveSearch(QStringLiteral("UNEP 2022"), QStringLiteral("org:unep year:2023"), &error),
        qPrintable(error));
    QList<SavedSearch> saved = m_search->savedSearches();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).name, QStringLiteral("UNEP 2022"));
    QCOMPARE(saved.at(0).query, QStringLiteral("org:unep year:2023"));
    QVERIFY(!m_search->saveSearch(QStringLiteral("broken"), QStringLiteral("(("), &error));
    QVERIFY(!m_search->saveSearch(QStringLiteral("  "), QStringLiteral("water"), &error));
    QVERIFY2(m_search->removeSavedSearch(saved.at(0).id, &error), qPrintable(error));
    saved = m_search->savedSearches();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).name, QStringLiteral("Chinese"));
}

void TestSearch::commandLine()
{
    leaveTwin();
    m_search.reset();
    m_archive.reset();
    m_db.reset(); // the command opens the archive itself

    auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        process.start(QStringLiteral(ROUNDTABLE_BINARY),
            QStringList { QStringLiteral("--database"), path() } + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(
        run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("org:unep") }, &out, &err),
        0);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(json.isArray(), qPrintable(parseError.errorString()));
    QCOMPARE(json.array().size(), 5);
    const QJsonObject first = json.array().at(0).toObject();
    for (const char *field : { "key", "id", "title", "date", "city", "score", "snippet" })
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QVERIFY(first.value(QStringLiteral("id")).toInteger() > 0);

    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"),
                     QStringLiteral("2"), QStringLiteral("org:unep") },
                 &out, &err),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2);

    // Several arguments are one query; text output names the count and the hits.
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("hong"), QStringLiteral("ha") }, &out, &err), 0);
    QVERIFY2(out.startsWith("Dialogues found: 1\n"), out.constData());
    QVERIFY2(out.contains("[hanoi-2021]"), out.constData());
    QVERIFY2(out.contains("[Hồng] [Hà]"), out.constData());

    // A query that starts with "-" after "--".
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--"),
                     QStringLiteral("-unep") },
                 &out, &err),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2);

    // Bad queries and options: a clear line on stderr, usage exit status.
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("after:2022-02-30") }, &out, &err), 2);
    QVERIFY2(err.contains("is not a date"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("') OR 1=1 --") }, &out, &err), 0);
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("many"),
                     QStringLiteral("x") },
                 &out, &err),
        2);
    QCOMPARE(run({ QStringLiteral("search") }, &out, &err), 2);

    QCOMPARE(run({ QStringLiteral("reindex") }, &out, &err), 0);
    QVERIFY2(out.contains("rebuilt"), out.constData());
    QCOMPARE(
        run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("润秋") }, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
