// A dialogue's published press releases are searched as they were written (issue 15): the
// release's HTML read as text, the index kept in step when a release is added, changed,
// unpublished or removed, and an archive of schema 8 indexed anew when it is opened. Every test
// runs on an SQLite file and on a PostgreSQL server (the global `backend` column); on the server,
// every change is made to an SQLite twin as well and every query is asked of both, which must
// answer the same (support/SearchTwin.h).

#include "core/db/Database.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/search/SearchDocument.h"
#include "core/search/ServerSearch.h"
#include "support/PgServer.h"
#include "support/SearchTwin.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rt;

class TestReleaseSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void cleanupTestCase();
    void init();
    void cleanup();

    void releaseText_data();
    void releaseText();

    void publishedReleaseIsFound();
    void draftIsNotSearched();
    void indexFollowsReleaseEdits();
    void releaseInAnotherLanguage();
    void archiveOfVersion8IsIndexedAnew();
    void commandLineFindsRelease();

private:
    QString path() const
    {
        return m_address.isEmpty() ? m_dir->filePath(QStringLiteral("archive.roundtable")) : m_address;
    }
    // Runs `sql` on the archive and, on the server, on its twin.
    bool execBoth(const QString &sql, QString *error);
    // The index against the records: FTS5's integrity-check, or on the server `check`'s.
    QString indexProblem();
    qint64 addDialogue(const QString &key, const QString &title);
    qint64 addRelease(qint64 dialogueId, const QString &headline, const QString &body, const QString &status,
        const QString &language = QStringLiteral("en"));
    QStringList keys(const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
    QString m_address;
    std::unique_ptr<Database> m_twinDb;
    std::unique_ptr<Archive> m_twinArchive;
    QStringList m_differences;
    static inline int s_compared = 0;
};

void TestReleaseSearch::initTestCase_data()
{
    rt::test::addBackends();
}

void TestReleaseSearch::cleanupTestCase()
{
    qInfo("%d queries answered the same on PostgreSQL and SQLite", s_compared);
    rt::test::PgServer::stopIfStarted();
}

bool TestReleaseSearch::execBoth(const QString &sql, QString *error)
{
    return m_db->exec(sql, error) && (!m_twinDb || m_twinDb->exec(sql, error));
}

QString TestReleaseSearch::indexProblem()
{
    QString error;
    if (!m_address.isEmpty()) {
        QStringList problems;
        if (!ServerSearch::check(*m_db, &problems, &error))
            return error;
        return problems.join(QLatin1String("; "));
    }
    if (!m_db->execScript(
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
            &error))
        return error;
    return {};
}

void TestReleaseSearch::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_address.clear();
    m_differences.clear();
    QString error;
    if (backend == QLatin1String("postgresql")) {
        REQUIRE_PG_SERVER();
        m_address = rt::test::PgServer::instance().createDatabase(&error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
        m_twinDb = std::make_unique<Database>();
        QVERIFY2(m_twinDb->open(
                     m_dir->filePath(QStringLiteral("twin.roundtable")), Database::Mode::ReadWrite, &error),
            qPrintable(error));
        m_twinArchive = std::make_unique<Archive>(*m_twinDb);
    }
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path(), Database::Mode::ReadWrite, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
}

void TestReleaseSearch::cleanup()
{
    QVERIFY2(m_differences.isEmpty(), qPrintable(m_differences.join(QLatin1String("\n\n"))));
    m_twinArchive.reset();
    m_twinDb.reset();
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestReleaseSearch::addDialogue(const QString &key, const QString &title)
{
    Dialogue d;
    d.key = key;
    d.title = title;
    d.startDate = QDate(2019, 9, 18);
    d.city = QStringLiteral("Vientiane");
    Dialogue twin = d;
    QString error;
    if (!m_archive->saveDialogue(d, &error))
        qWarning("%s", qPrintable(error));
    if (m_twinArchive && !m_twinArchive->saveDialogue(twin, &error))
        qWarning("%s", qPrintable(error));
    return d.id;
}

qint64 TestReleaseSearch::addRelease(qint64 dialogueId, const QString &headline, const QString &body,
    const QString &status, const QString &language)
{
    PressReleaseStore store(*m_db);
    PressRelease release;
    release.dialogueId = dialogueId;
    release.headline = headline;
    release.body = body;
    release.language = language;
    release.templateName = QStringLiteral("imported");
    release.status = status;
    PressRelease twin = release;
    QString error;
    if (!store.save(release, &error))
        qWarning("%s", qPrintable(error));
    if (m_twinDb) {
        PressReleaseStore twinStore(*m_twinDb);
        if (!twinStore.save(twin, &error))
            qWarning("%s", qPrintable(error));
    }
    return release.id;
}

QStringList TestReleaseSearch::keys(const QString &query)
{
    if (m_twinDb) {
        Search server(*m_db);
        Search twin(*m_twinDb);
        const QString difference = rt::test::differences(server, twin, query, 20);
        if (difference.isEmpty())
            ++s_compared;
        else
            m_differences.append(difference);
    }
    Search search(*m_db);
    SearchResults results;
    QString error;
    if (!search.run(query, 20, &results, &error))
        qWarning("%s", qPrintable(error));
    QStringList found;
    for (const SearchHit &hit : std::as_const(results.hits))
        found.append(hit.key);
    found.sort();
    return found;
}

void TestReleaseSearch::releaseText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << QStringLiteral(
        "<html><body>\n<p>First line.</p>\n<p>Second line.</p>\n</body></html>")
                                << QStringLiteral("First line.\n\nSecond line.");
    QTest::newRow("entities") << QStringLiteral(
        "<p>Water &amp; Climate &lt;2019&gt; &#8220;Mekong&#x201D;&nbsp;now</p>")
                              << QStringLiteral("Water & Climate <2019> \u201CMekong\u201D now");
    QTest::newRow("inline tags keep words whole")
        << QStringLiteral("<p>hydro<b>power</b> and <a href=\"x\">dams</a></p>")
        << QStringLiteral("hydropower and dams");
    QTest::newRow("head, script, style and comments are not text")
        << QStringLiteral("<html><head><title>T</title><style>p { color: red }</style></head><body>"
                          "<script>var secret = 1;</script><!-- note --><p>Shown</p></body></html>")
        << QStringLiteral("Shown");
    QTest::newRow("plain text stays")
        << QStringLiteral("No tags at all: 5 < 6") << QStringLiteral("No tags at all: 5 < 6");
    QTest::newRow("unknown entity stays")
        << QStringLiteral("R&D &bogus; end") << QStringLiteral("R&D &bogus; end");
    QTest::newRow("chinese") << QStringLiteral("<p>中老环境合作圆桌对话</p>")
                             << QStringLiteral("中老环境合作圆桌对话");
}

void TestReleaseSearch::releaseText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(SearchDocument::releaseText(html), text);
}

void TestReleaseSearch::publishedReleaseIsFound()
{
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    addDialogue(QStringLiteral("other"), QStringLiteral("Karst Forum"));
    QVERIFY(keys(QStringLiteral("\"turbines were silent\"")).isEmpty());
    addRelease(id, QStringLiteral("Delegates visit the Nam Ngum dam"),
        QStringLiteral(
            "<html><body><p>The <b>turbines</b> were silent during the dry-season visit.</p></body></html>"),
        QStringLiteral("published"));
    QCOMPARE(keys(QStringLiteral("\"turbines were silent\"")), QStringList { QStringLiteral("mekong") });
    // The headline too, and a word of the release with a field of the dialogue.
    QCOMPARE(keys(QStringLiteral("\"nam ngum\"")), QStringList { QStringLiteral("mekong") });
    QCOMPARE(keys(QStringLiteral("turbines city:vientiane")), QStringList { QStringLiteral("mekong") });
    // Tags are not words.
    QVERIFY(keys(QStringLiteral("\"b\"")).isEmpty());
    // The snippet shows the release's words.
    Search search(*m_db);
    SearchResults results;
    QString error;
    QVERIFY2(search.run(QStringLiteral("\"dry-season visit\""), 5, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QVERIFY2(results.hits.front()
                 .snippetText(QStringLiteral("["), QStringLiteral("]"))
                 .contains(QLatin1String("[dry]")),
        qPrintable(results.hits.front().snippetText(QStringLiteral("["), QStringLiteral("]"))));
}

void TestReleaseSearch::draftIsNotSearched()
{
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    addRelease(id, QStringLiteral("Draft"), QStringLiteral("<p>An unpublished sentence about otters.</p>"),
        QStringLiteral("draft"));
    QVERIFY(keys(QStringLiteral("otters")).isEmpty());
    QCOMPARE(keys(QStringLiteral("mekong")), QStringList { QStringLiteral("mekong") });
}

void TestReleaseSearch::indexFollowsReleaseEdits()
{
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    const qint64 release = addRelease(id, QStringLiteral("Draft"),
        QStringLiteral("<p>Wetlands of the lower basin.</p>"), QStringLiteral("draft"));
    QVERIFY(keys(QStringLiteral("wetlands")).isEmpty());
    PressReleaseStore store(*m_db);
    std::unique_ptr<PressReleaseStore> twinStore;
    if (m_twinDb)
        twinStore = std::make_unique<PressReleaseStore>(*m_twinDb);
    QString error;
    auto setStatus = [&](const QString &status) {
        return store.setStatus(release, status, &error)
            && (!twinStore || twinStore->setStatus(release, status, &error));
    };
    // Published: found.
    QVERIFY2(setStatus(QStringLiteral("approved")), qPrintable(error));
    QVERIFY(keys(QStringLiteral("wetlands")).isEmpty());
    QVERIFY2(setStatus(QStringLiteral("published")), qPrintable(error));
    QCOMPARE(keys(QStringLiteral("wetlands")), QStringList { QStringLiteral("mekong") });
    // Its text changed by any path (here another program's UPDATE): the old words go, the new come.
    QVERIFY2(execBoth(QStringLiteral("UPDATE press_release SET body = '<p>Mangroves of the delta.</p>' "
                                     "WHERE id = %1")
                          .arg(release),
                 &error),
        qPrintable(error));
    QVERIFY(keys(QStringLiteral("wetlands")).isEmpty());
    QCOMPARE(keys(QStringLiteral("mangroves")), QStringList { QStringLiteral("mekong") });
    // Moved to another dialogue: follows it.
    const qint64 other = addDialogue(QStringLiteral("other"), QStringLiteral("Karst Forum"));
    QVERIFY2(
        execBoth(
            QStringLiteral("UPDATE press_release SET dialogue_id = %1 WHERE id = %2").arg(other).arg(release),
            &error),
        qPrintable(error));
    QCOMPARE(keys(QStringLiteral("mangroves")), QStringList { QStringLiteral("other") });
    // Removed: gone.
    QVERIFY2(execBoth(QStringLiteral("UPDATE press_release SET status = 'draft' WHERE id = %1").arg(release),
                 &error),
        qPrintable(error));
    QVERIFY(keys(QStringLiteral("mangroves")).isEmpty());
    QVERIFY2(
        execBoth(QStringLiteral("UPDATE press_release SET status = 'published' WHERE id = %1").arg(release),
            &error),
        qPrintable(error));
    QCOMPARE(keys(QStringLiteral("mangroves")), QStringList { QStringLiteral("other") });
    QVERIFY2(store.remove(release, &error), qPrintable(error));
    if (twinStore)
        QVERIFY2(twinStore->remove(release, &error), qPrintable(error));
    QVERIFY(keys(QStringLiteral("mangroves")).isEmpty());
    QCOMPARE(keys(QStringLiteral("karst")), QStringList { QStringLiteral("other") });
    // The index agrees with its text (FTS5's own check; on the server, `check`'s).
    QCOMPARE(indexProblem(), QString());
}

void TestReleaseSearch::releaseInAnotherLanguage()
{
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    addRelease(id, QStringLiteral("中老环境合作圆桌对话在万象举行"),
        QStringLiteral("<p>与会代表讨论了湄公河流域的生物多样性保护。</p>"), QStringLiteral("published"),
        QStringLiteral("zh"));
    addRelease(id, QStringLiteral("ກອງປະຊຸມ"), QStringLiteral("<p>ການຮ່ວມມືດ້ານສິ່ງແວດລ້ອມ</p>"),
        QStringLiteral("published"), QStringLiteral("lo"));
    QCOMPARE(keys(QStringLiteral("生物多样性")), QStringList { QStringLiteral("mekong") });
    QCOMPARE(keys(QStringLiteral("万象")), QStringList { QStringLiteral("mekong") });
    QCOMPARE(keys(QStringLiteral("ຮ່ວມມື")), QStringList { QStringLiteral("mekong") });
}

void TestReleaseSearch::archiveOfVersion8IsIndexedAnew()
{
    if (!m_address.isEmpty())
        QSKIP("an SQLite archive made older; a server archive is never older than 8 and gets its "
              "index from postgresql/0012 (tst_serverarchive)");
    // An archive written before schema 11: its index holds no release text, and no trigger
    // watches press_release. Made by undoing 0011 on a new archive.
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    addRelease(id, QStringLiteral("Old release"), QStringLiteral("<p>Sediment flows were measured.</p>"),
        QStringLiteral("published"));
    QFile v6(QStringLiteral(":/migrations/0006_translations.sql"));
    QVERIFY(v6.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(v6.readAll());
    const qsizetype view = script.indexOf(QLatin1String("DROP VIEW search_document;"));
    QVERIFY(view > 0);
    QString error;
    QVERIFY2(m_db->execScript(QStringLiteral("DROP TRIGGER search_press_release_insert;"
                                             "DROP TRIGGER search_press_release_update;"
                                             "DROP TRIGGER search_press_release_delete;")
                     + script.mid(view),
                 &error),
        qPrintable(error));
    Search search(*m_db);
    QVERIFY2(search.reindex(&error), qPrintable(error));
    QVERIFY(keys(QStringLiteral("sediment")).isEmpty());
    // And undoing 0009 (a version per record), which a version-8 archive does not have either.
    QVERIFY2(m_db->execScript(QStringLiteral("ALTER TABLE organization DROP COLUMN version;"
                                             "ALTER TABLE person DROP COLUMN version;"
                                             "ALTER TABLE contact DROP COLUMN version;"
                                             "ALTER TABLE dialogue DROP COLUMN version;"
                                             "ALTER TABLE press_release DROP COLUMN version;"),
                 &error),
        qPrintable(error));
    QVERIFY2(m_db->exec(QStringLiteral("PRAGMA user_version = 8"), &error), qPrintable(error));
    m_archive.reset();
    m_db.reset();

    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path(), Database::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    m_archive = std::make_unique<Archive>(*m_db);
    QCOMPARE(keys(QStringLiteral("sediment")), QStringList { QStringLiteral("mekong") });
    QVERIFY2(
        m_db->execScript(
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
            &error),
        qPrintable(error));
}

void TestReleaseSearch::commandLineFindsRelease()
{
    const qint64 id = addDialogue(QStringLiteral("mekong"), QStringLiteral("Mekong Dialogue"));
    addRelease(id, QStringLiteral("Release"), QStringLiteral("<p>Fishers spoke of the spawning season.</p>"),
        QStringLiteral("published"));
    m_archive.reset();
    m_db.reset();
    QProcess process;
    process.start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), path(), QStringLiteral("search"),
            QStringLiteral("\"spawning season\"") });
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("mekong")) || out.contains(QLatin1String("Mekong Dialogue")),
        qPrintable(out));
}

QTEST_GUILESS_MAIN(TestReleaseSearch)
#include "tst_releasesearch.moc"
