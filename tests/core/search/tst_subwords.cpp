// Words inside longer words of Thai, Lao, Khmer and Burmese (issue 14, item 7): recall and
// precision of the search on a corpus of each script (data/subword-corpus.json), the units the
// tokenizer cuts these scripts into, highlighting, and archives indexed before schema 8.

#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/search/SearchTokenizer.h"
#include "support/PgServer.h"
#include "support/SearchTwin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <unicode/uchar.h>

using namespace rt;

namespace {

struct QueryWord
{
    QString word;
    QSet<QString> expected; // the keys of the texts it stands in as a word
};

struct ScriptCorpus
{
    QString script;
    QList<QPair<QString, QString>> texts; // key, text
    QList<QueryWord> words;
};

QList<ScriptCorpus> loadCorpus(QString *error)
{
    QFile file(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/core/search/data/subword-corpus.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<ScriptCorpus> corpus;
    const QJsonArray scripts
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("scripts")).toArray();
    for (const QJsonValue &value : scripts) {
        const QJsonObject object = value.toObject();
        ScriptCorpus script;
        script.script = object.value(QLatin1String("script")).toString();
        const QJsonObject texts = object.value(QLatin1String("texts")).toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            script.texts.append({ it.key(), it.value().toString() });
        for (const QJsonValue &w : object.value(QLatin1String("words")).toArray()) {
            QueryWord word;
            word.word = w.toObject().value(QLatin1String("word")).toString();
            for (const QJsonValue &key : w.toObject().value(QLatin1String("in")).toArray())
                word.expected.insert(key.toString());
            script.words.append(word);
        }
        corpus.append(script);
    }
    if (corpus.size() != 4)
        *error = QStringLiteral("the corpus should hold four scripts, it holds %1").arg(corpus.size());
    return corpus;
}

} // namespace

class TestSubwords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void recallAndPrecisionPerScript();
    void beforeSubwords();
    void issueExample();
    void clustersKeepTheirMarks();
    void wholeWordsMatchAsTheirClusters();
    void wordIsWholeNotPrefix();
    void highlightsTheWordOnly();
    void snippetCountsWords();
    void phraseAcrossSpace();
    void archiveIndexedBeforeIsReindexedOnOpen();
    void archiveOfClustersOnlyIsReindexedOnOpen();
    void olderArchiveReadOnlyIsSearchedAsIndexed();
    void reindexWhateverTheIndexHolds();
    void sameOnTheServer();

private:
    struct Score
    {
        int pairs = 0, found = 0, right = 0;
        double recall = 0, precision = 0;
    };
    QList<Score> measure(Search &search, QStringList *table);
    QString path() const { return m_dir->filePath(QStringLiteral("subwords.roundtable")); }
    void addTexts(Archive &archive);
    QSet<QString> keys(Search &search, const QString &query);

    QList<ScriptCorpus> m_corpus;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<Search> m_search;
};

void TestSubwords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_corpus = loadCorpus(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSubwords::cleanupTestCase()
{
    rt::test::PgServer::stopIfStarted();
}

void TestSubwords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(path(), Database::Mode::ReadWrite, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
    m_search = std::make_unique<Search>(*m_db);
    addTexts(*m_archive);
}

void TestSubwords::cleanup()
{
    SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
    m_search.reset();
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

// One dialogue per text, the text its title.
void TestSubwords::addTexts(Archive &archive)
{
    int day = 1;
    for (const ScriptCorpus &script : std::as_const(m_corpus)) {
        for (const auto &[key, text] : script.texts) {
            Dialogue d;
            d.key = key;
            d.title = text;
            d.startDate = QDate(2024, 1, 1).addDays(day++);
            d.format = QStringLiteral("in_person");
            QString error;
            QVERIFY2(archive.saveDialogue(d, &error), qPrintable(key + QLatin1String(": ") + error));
        }
    }
}

QSet<QString> TestSubwords::keys(Search &search, const QString &query)
{
    SearchResults results;
    QString error;
    if (!search.run(query, 100, &results, &error))
        return { QStringLiteral("ERROR: ") + error };
    QSet<QString> found;
    for (const SearchHit &hit : std::as_const(results.hits))
        found.insert(hit.key);
    return found;
}

// Recall: of the (word, text) pairs where the word stands, the share found. Precision: of the
// pairs found, the share where it stands.
QList<TestSubwords::Score> TestSubwords::measure(Search &search, QStringList *table)
{
    QList<Score> scores;
    table->append(QStringLiteral("script   words  pairs  found  right  recall  precision"));
    for (const ScriptCorpus &script : std::as_const(m_corpus)) {
        Score score;
        QStringList misses, falseHits;
        for (const QueryWord &word : script.words) {
            const QSet<QString> hits = keys(search, word.word);
            score.pairs += int(word.expected.size());
            score.found += int(hits.size());
            for (const QString &key : hits) {
                if (word.expected.contains(key))
                    ++score.right;
                else
                    falseHits.append(word.word + QLatin1String(" in ") + key);
            }
            for (const QString &key : word.expected) {
                if (!hits.contains(key))
                    misses.append(word.word + QLatin1String(" in ") + key);
            }
        }
        score.recall = score.pairs ? 100.0 * score.right / score.pairs : 100.0;
        score.precision = score.found ? 100.0 * score.right / score.found : 100.0;
        table->append(QStringLiteral("%1 %2  %3  %4  %5  %6 %  %7 %")
                          .arg(script.script, -8)
                          .arg(script.words.size(), 5)
                          .arg(score.pairs, 5)
                          .arg(score.found, 5)
                          .arg(score.right, 5)
                          .arg(score.recall, 5, 'f', 1)
                          .arg(score.precision, 8, 'f', 1));
        if (!misses.isEmpty())
            table->append(QLatin1String("  missed: ") + misses.join(QLatin1String(", ")));
        if (!falseHits.isEmpty())
            table->append(QLatin1String("  false hits: ") + falseHits.join(QLatin1String(", ")));
        scores.append(score);
    }
    return scores;
}

// Targets: recall 100 %, precision above 95 %, in each script.
void TestSubwords::recallAndPrecisionPerScript()
{
    QStringList table;
    const QList<Score> scores = measure(*m_search, &table);
    qInfo("%s", qPrintable(table.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < m_corpus.size(); ++i) {
        const QString &script = m_corpus.at(i).script;
        QVERIFY2(m_corpus.at(i).words.size() >= 15, qPrintable(script));
        QVERIFY2(scores.at(i).right == scores.at(i).pairs,
            qPrintable(script + QLatin1String(": recall below 100 %")));
        QVERIFY2(
            scores.at(i).precision > 95.0, qPrintable(script + QLatin1String(": precision not above 95 %")));
    }
}

// The same corpus indexed as before schema 8 (ICU's words, a bare word a prefix): the corpus
// holds, in every script, words that ICU's reading did not find.
void TestSubwords::beforeSubwords()
{
    SearchTokenizer::setUnits(SearchTokenizer::Units::IcuWords);
    auto restore = qScopeGuard([] { SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords); });
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir->filePath(QStringLiteral("words.roundtable")), Database::Mode::ReadWrite, &error),
        qPrintable(error));
    Archive archive(db);
    addTexts(archive);
    Search search(db);
    QStringList table;
    const QList<Score> scores = measure(search, &table);
    qInfo("%s", qPrintable(table.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < m_corpus.size(); ++i)
        QVERIFY2(scores.at(i).right < scores.at(i).pairs, qPrintable(m_corpus.at(i).script));
}

void TestSubwords::issueExample()
{
    // ICU's dictionary reads ການຮ່ວມ | ມື here: ຮ່ວມມື ("cooperation") was not found.
    Dialogue d;
    d.key = QStringLiteral("lancang-mekong");
    d.title = QStringLiteral("ການຮ່ວມມືແມ່ນ້ຳລ້ານຊ້າງ");
    d.series = QStringLiteral("ກອງປະຊຸມການຮ່ວມມື");
    d.startDate = QDate(2023, 5, 5);
    d.format = QStringLiteral("online");
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    QCOMPARE(keys(*m_search, QStringLiteral("ຮ່ວມມື")),
        (QSet<QString> { QStringLiteral("lancang-mekong"), QStringLiteral("lo1") }));
    QCOMPARE(keys(*m_search, QStringLiteral("ແມ່ນ້ຳ")),
        (QSet<QString> { QStringLiteral("lancang-mekong"), QStringLiteral("lo1") }));
    // In a field, and as a quoted phrase of two words, the same.
    QCOMPARE(
        keys(*m_search, QStringLiteral("series:ຮ່ວມມື")), QSet<QString> { QStringLiteral("lancang-mekong") });
    QCOMPARE(keys(*m_search, QStringLiteral("\"ຮ່ວມມືແມ່ນ້ຳ\"")),
        (QSet<QString> { QStringLiteral("lancang-mekong"), QStringLiteral("lo1") }));
}

void TestSubwords::clustersKeepTheirMarks()
{
    // Every unit is a whole grapheme cluster: no token begins with a vowel sign, tone mark,
    // virama or coeng torn from its letter, in what is indexed or in what is asked.
    for (const ScriptCorpus &script : std::as_const(m_corpus)) {
        for (const auto &[key, text] : script.texts) {
            const QByteArray utf8 = text.toUtf8();
            QStringList indexed;
            SearchTokenizer::tokenize(utf8.constData(), int(utf8.size()),
                [&](const char *t, int n, int, int) { indexed.append(QString::fromUtf8(t, n)); });
            QVERIFY(!indexed.isEmpty());
            const QStringList asked = SearchTokenizer::tokens(text);
            for (const QStringList &list : { indexed, asked }) {
                for (QString token : list) {
                    if (token.startsWith(QLatin1Char('|')))
                        token.remove(0, 1);
                    QVERIFY2(!token.isEmpty(), qPrintable(key));
                    const char32_t first = token.toUcs4().first();
                    QVERIFY2(!(U_GET_GC_MASK(UChar32(first)) & U_GC_M_MASK),
                        qPrintable(key + QLatin1String(": ") + token));
                }
            }
        }
    }
    // A query word of the dictionary, or a sequence of up to three of its words, is the one
    // token the document indexes for it (ความหลากหลาย: ความ | หลาก | หลาย); น้ำ is one cluster.
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("น้ำ")), QStringList { QStringLiteral("|น้ำ|") });
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ร่วมมือ")), QStringList { QStringLiteral("|ร่วมมือ|") });
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ความหลากหลาย")),
        QStringList { QStringLiteral("|ความหลากหลาย|") });
    // Chinese of four characters or more alone is the phrase of its fours, shorter Chinese
    // the phrase of its pairs, as is Chinese beside other words in one phrase.
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("生物多样性")),
        (QStringList { QStringLiteral("生物多样"), QStringLiteral("物多样性") }));
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("物多样")),
        (QStringList { QStringLiteral("物多"), QStringLiteral("多样") }));
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("气候变化 COP15")),
        (QStringList { QStringLiteral("气候"), QStringLiteral("候变"), QStringLiteral("变化"),
            QStringLiteral("cop15") }));
    // Any other: its first cluster marked, the pairs of clusters between, its last cluster
    // marked (ဂေဟစနစ်, "ecosystem", is no sequence of words of ICU's Burmese dictionary).
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ဂေဟစနစ်")),
        (QStringList { QStringLiteral("|ဂေ"), QStringLiteral("ဟစ"), QStringLiteral("စန"),
            QStringLiteral("နစ်"), QStringLiteral("စ်|") }));
    // Several words in one phrase: the clusters, whose positions follow one another.
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ร่วมมือ น้ำ")),
        (QStringList { QStringLiteral("|ร่"), QStringLiteral("วม"), QStringLiteral("มมื"), QStringLiteral("มือ"),
            QStringLiteral("อ|"), QStringLiteral("|น้ำ|") }));
    // The document holds the whole words where they stand between boundaries, beside the
    // clusters: ความร่วมมือ holds ร่วมมือ, and ความร่วมมือ itself (ความ | ร่วม | มือ).
    const QByteArray text = QStringLiteral("ความร่วมมือ").toUtf8();
    QStringList indexed;
    SearchTokenizer::tokenize(text.constData(), int(text.size()),
        [&](const char *t, int n, int, int) { indexed.append(QString::fromUtf8(t, n)); });
    for (const char *whole : { "|ความ|", "|ร่วมมือ|", "|ความร่วมมือ|", "|ร่วม|", "|มือ|" })
        QVERIFY2(indexed.contains(QString::fromUtf8(whole)), qPrintable(indexed.join(QLatin1Char(' '))));
    QVERIFY2(!indexed.contains(QStringLiteral("|วมมือ|")), qPrintable(indexed.join(QLatin1Char(' '))));
}

// The whole-word tokens change what is read, not what is found: every query word of the
// corpus, and every stretch of two to six clusters of its texts, finds exactly what the phrase
// of its clusters finds in an index of clusters only (schema 8); the same for stretches of
// Chinese, its fours against its pairs, alone and in phrases.
void TestSubwords::wholeWordsMatchAsTheirClusters()
{
    const QStringList chinese = { QStringLiteral("生物多样性保护是澜湄环境合作的重点领域"),
        QStringLiteral("中国—东盟环境合作论坛在北京举办，生态环境部对外合作与交流中心主任张玉军表示"),
        QStringLiteral("气候变化与可持续发展：湄公河流域水资源管理与生态系统保护"),
        QStringLiteral("绿色发展伙伴关系 生物多样 性保护 多样性"), QStringLiteral("环境合作") };
    auto addChinese = [&](Archive &archive) {
        for (qsizetype i = 0; i < chinese.size(); ++i) {
            Dialogue d;
            d.key = QStringLiteral("zh%1").arg(i + 1);
            d.title = chinese.at(i);
            d.startDate = QDate(2025, 1, 1).addDays(i);
            d.format = QStringLiteral("online");
            QString error;
            QVERIFY2(archive.saveDialogue(d, &error), qPrintable(error));
        }
    };
    addChinese(*m_archive);
    SearchTokenizer::setUnits(SearchTokenizer::Units::Clusters);
    auto restore = qScopeGuard([] { SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords); });
    Database db;
    QString error;
    QVERIFY2(
        db.open(m_dir->filePath(QStringLiteral("clusters.roundtable")), Database::Mode::ReadWrite, &error),
        qPrintable(error));
    Archive archive(db);
    addTexts(archive);
    addChinese(archive);
    Search clusters(db);

    QStringList queries;
    for (const QString &text : chinese) {
        for (qsizetype k = 0; k < text.size(); ++k) {
            for (qsizetype length = 1; length <= 7 && k + length <= text.size(); ++length) {
                queries.append(text.mid(k, length));
                if (length == 5)
                    queries.append(QLatin1Char('"') + text.mid(k, length) + QStringLiteral(" 保护\""));
            }
        }
    }
    for (const ScriptCorpus &script : std::as_const(m_corpus)) {
        for (const QueryWord &word : script.words)
            queries.append(word.word);
        // Stretches of the texts, cut at grapheme clusters.
        for (const auto &[key, text] : script.texts) {
            QList<qsizetype> edges;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (!(U_GET_GC_MASK(c.unicode()) & U_GC_M_MASK))
                    edges.append(i);
            }
            edges.append(text.size());
            for (qsizetype k = 0; k + 1 < edges.size(); k += 3) {
                for (qsizetype length = 2; length <= 6 && k + length < edges.size(); ++length) {
                    const QString stretch = text.mid(edges[k], edges[k + length] - edges[k]);
                    if (!stretch.contains(QLatin1Char(' ')))
                        queries.append(stretch);
                }
            }
        }
    }
    QVERIFY(queries.size() > 1000);
    int whole = 0, nonEmpty = 0;
    for (const QString &query : std::as_const(queries)) {
        SearchTokenizer::setUnits(SearchTokenizer::Units::Clusters);
        const QSet<QString> expected = keys(clusters, query);
        SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
        const QStringList tokens = SearchTokenizer::tokens(query);
        if (tokens.size() == 1 && tokens.front().size() > 4)
            ++whole;
        nonEmpty += expected.isEmpty() ? 0 : 1;
        QCOMPARE(keys(*m_search, query), expected);
    }
    // Many of the queries went through a whole-word token, and many found something.
    qInfo("%d queries, %d of them one whole-word token, %d finding something", int(queries.size()), whole,
        nonEmpty);
    QVERIFY2(whole > queries.size() / 5, qPrintable(QString::number(whole)));
    QVERIFY2(nonEmpty > queries.size() / 5, qPrintable(QString::number(nonEmpty)));
}

void TestSubwords::wordIsWholeNotPrefix()
{
    // A bare word of these scripts is a whole word, not the start of one (Latin words stay
    // prefixes): ตา (eye) does not find ตาม (according to) nor ติดตาม (to follow).
    QVERIFY(keys(*m_search, QStringLiteral("ตา")).isEmpty());
    QCOMPARE(keys(*m_search, QStringLiteral("ตาม")),
        (QSet<QString> { QStringLiteral("th2"), QStringLiteral("th5") }));
    QCOMPARE(keys(*m_search, QStringLiteral("ติดตาม")), QSet<QString> { QStringLiteral("th5") });
}

void TestSubwords::highlightsTheWordOnly()
{
    SearchResults results;
    QString error;
    QVERIFY2(m_search->run(QStringLiteral("ຮ່ວມມື"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    const QString marked = results.hits.front().markedTitle;
    const QString expected = QStringLiteral("ການ") + SearchHit::MarkStart + QStringLiteral("ຮ່ວມມື")
        + SearchHit::MarkEnd + QStringLiteral("ແມ່ນ້ຳລ້ານຊ້າງແມ່ນ້ຳຂອງຊ່ວຍປົກປັກຮັກສາສິ່ງແວດລ້ອມ");
    QCOMPARE(marked, expected);

    // A word standing twice is marked twice; its letters inside another word are not.
    QVERIFY2(m_search->run(QStringLiteral("ไม้"), 10, &results, &error), qPrintable(error));
    QCOMPARE(results.hits.size(), 1);
    QCOMPARE(results.hits.front().markedTitle.count(SearchHit::MarkStart), 1);
    QVERIFY2(m_search->run(QStringLiteral("น้ำ"), 10, &results, &error), qPrintable(error));
    for (const SearchHit &hit : std::as_const(results.hits)) {
        if (hit.key == QLatin1String("th1"))
            QCOMPARE(hit.markedTitle.count(SearchHit::MarkStart), 2); // แม่น้ำ, แหล่งน้ำ
    }
}

void TestSubwords::snippetCountsWords()
{
    // A snippet is some two dozen words around the first hit, not two dozen clusters.
    Dialogue d;
    d.key = QStringLiteral("long");
    d.title = QStringLiteral("Forum on water");
    d.outcome = m_corpus.at(0).texts.at(0).second + QLatin1Char(' ') + m_corpus.at(0).texts.at(2).second
        + QLatin1Char(' ') + m_corpus.at(0).texts.at(4).second;
    d.startDate = QDate(2023, 7, 7);
    d.format = QStringLiteral("online");
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    SearchResults results;
    QVERIFY2(m_search->run(QStringLiteral("มลพิษ"), 10, &results, &error), qPrintable(error));
    const auto hit = std::find_if(results.hits.begin(), results.hits.end(),
        [](const SearchHit &h) { return h.key == QLatin1String("long"); });
    QVERIFY(hit != results.hits.end());
    const QString snippet = hit->snippetText(QStringLiteral("["), QStringLiteral("]"));
    QVERIFY2(snippet.contains(QStringLiteral("ประมงพื้นบ้านกังวลเรื่อง[มลพิษ]ทางน้ำจากโรงงานอุตสาหกรรม นักวิทยาศาสตร์")),
        qPrintable(snippet));
    QVERIFY2(snippet.startsWith(QStringLiteral("…")) && snippet.endsWith(QStringLiteral("…")),
        qPrintable(snippet));
}

void TestSubwords::phraseAcrossSpace()
{
    Dialogue d;
    d.key = QStringLiteral("spaced");
    d.title = QStringLiteral("ความร่วมมือ แม่น้ำโขง");
    d.startDate = QDate(2023, 6, 6);
    d.format = QStringLiteral("online");
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    // Two words: each anywhere; quoted: one after the other.
    QCOMPARE(keys(*m_search, QStringLiteral("ร่วมมือ โขง")),
        (QSet<QString> { QStringLiteral("spaced"), QStringLiteral("th1") }));
    QCOMPARE(keys(*m_search, QStringLiteral("\"ร่วมมือ แม่น้ำ\"")), QSet<QString> { QStringLiteral("spaced") });
}

void TestSubwords::archiveIndexedBeforeIsReindexedOnOpen()
{
    // An archive indexed as before schema 8 (ICU's words only) misses the word inside ການຮ່ວມ.
    const QString old = m_dir->filePath(QStringLiteral("version7.roundtable"));
    QString error;
    {
        SearchTokenizer::setUnits(SearchTokenizer::Units::IcuWords);
        auto restore
            = qScopeGuard([] { SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords); });
        Database db;
        QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
        {
            Archive archive(db);
            addTexts(archive);
        }
        Search search(db);
        QVERIFY2(search.reindex(&error), qPrintable(error));
        QVERIFY(keys(search, QStringLiteral("ຮ່ວມມື")).isEmpty());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 7"), &error)); // the version before 8
        // Without what later migrations added (0009's versions), as an archive of version 7 was.
        for (const char *table : { "organization", "person", "contact", "dialogue", "press_release" })
            QVERIFY2(db.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table)),
                         &error),
                qPrintable(error));
    }
    Database db;
    QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    Search search(db);
    QCOMPARE(keys(search, QStringLiteral("ຮ່ວມມື")), QSet<QString> { QStringLiteral("lo1") });
    QCOMPARE(keys(search, QStringLiteral("ร่วมมือ")), QSet<QString> { QStringLiteral("th1") });
    // The rebuilt index agrees with its text (FTS5's own check).
    QVERIFY2(db.execScript(QStringLiteral(
                               "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
                 &error),
        qPrintable(error));
}

void TestSubwords::archiveOfClustersOnlyIsReindexedOnOpen()
{
    // An archive indexed as schema 8 and 9 (clusters only) holds no whole-word token: asked
    // with one, it finds nothing until migration 0010 rebuilds its index.
    const QString old = m_dir->filePath(QStringLiteral("version8.roundtable"));
    QString error;
    {
        SearchTokenizer::setUnits(SearchTokenizer::Units::Clusters);
        Database db;
        QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
        {
            Archive archive(db);
            addTexts(archive);
        }
        Search search(db);
        QVERIFY2(search.reindex(&error), qPrintable(error));
        QCOMPARE(keys(search, QStringLiteral("ຮ່ວມມື")), QSet<QString> { QStringLiteral("lo1") });
        SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
        QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ຮ່ວມມື")), QStringList { QStringLiteral("|ຮ່ວມມື|") });
        QVERIFY(keys(search, QStringLiteral("ຮ່ວມມື")).isEmpty());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 8"), &error));
        // Without 0009's versions, as an archive of version 8 was.
        for (const char *table : { "organization", "person", "contact", "dialogue", "press_release" })
            QVERIFY2(db.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table)),
                         &error),
                qPrintable(error));
    }
    Database db;
    QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.schemaVersion() >= 10);
    Search search(db);
    QCOMPARE(keys(search, QStringLiteral("ຮ່ວມມື")), QSet<QString> { QStringLiteral("lo1") });
    QCOMPARE(keys(search, QStringLiteral("ความหลากหลาย")), keys(*m_search, QStringLiteral("ความหลากหลาย")));
    QVERIFY2(db.execScript(QStringLiteral(
                               "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
                 &error),
        qPrintable(error));
}

void TestSubwords::olderArchiveReadOnlyIsSearchedAsIndexed()
{
    // A read command does not upgrade an archive: an archive of schema 8 opened read-only is
    // searched in the units its index holds (clusters), not in today's whole words.
    const QString old = m_dir->filePath(QStringLiteral("readonly8.roundtable"));
    QString error;
    {
        SearchTokenizer::setUnits(SearchTokenizer::Units::Clusters);
        Database db;
        QVERIFY2(db.open(old, Database::Mode::ReadWrite, &error), qPrintable(error));
        {
            Archive archive(db);
            addTexts(archive);
        }
        Search search(db);
        QVERIFY2(search.reindex(&error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 8"), &error));
        SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
    }
    {
        Database db;
        QVERIFY2(db.open(old, Database::Mode::ReadOnly, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 8);
        Search search(db);
        QCOMPARE(keys(search, QStringLiteral("ຮ່ວມມື")), QSet<QString> { QStringLiteral("lo1") });
        QCOMPARE(
            keys(search, QStringLiteral("ความหลากหลาย")), keys(*m_search, QStringLiteral("ความหลากหลาย")));
        QCOMPARE(keys(search, QStringLiteral("生物多样性")), keys(*m_search, QStringLiteral("生物多样性")));
    }
    // An archive of today's schema opened next is searched in today's units again.
    Database current;
    QVERIFY2(current.open(path(), Database::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(SearchTokenizer::tokens(QStringLiteral("ຮ່ວມມື")), QStringList { QStringLiteral("|ຮ່ວມມື|") });
}

void TestSubwords::reindexWhateverTheIndexHolds()
{
    // `roundtable reindex` rebuilds an index written by another tokenizer (emptying it with
    // DELETE would tokenize the stored text again and find the index "damaged"), and keeps
    // its definition and ranking.
    auto ranking = [&] {
        QSqlQuery q(m_db->db());
        return q.exec(QStringLiteral("SELECT v FROM search_index_config WHERE k = 'rank'")) && q.next()
            ? q.value(0).toString()
            : QString();
    };
    const QString before = ranking();
    QVERIFY(before.startsWith(QLatin1String("bm25(10.0")));
    QString error;
    SearchTokenizer::setUnits(SearchTokenizer::Units::IcuWords);
    QVERIFY2(m_search->reindex(&error), qPrintable(error));
    QVERIFY(keys(*m_search, QStringLiteral("ຮ່ວມມື")).isEmpty());
    SearchTokenizer::setUnits(SearchTokenizer::Units::ClustersAndWords);
    QVERIFY2(m_search->reindex(&error), qPrintable(error));
    QCOMPARE(keys(*m_search, QStringLiteral("ຮ່ວມມື")), QSet<QString> { QStringLiteral("lo1") });
    QCOMPARE(ranking(), before);
    QVERIFY2(
        m_db->execScript(
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"),
            &error),
        qPrintable(error));
}

// On a server archive (issue 13, item 3): the corpus stored as the program's tokens, and every
// query word, alone, quoted, and beside the next word, asked of the server and of the SQLite
// archive: the same hits, order, scores and snippets; the same recall and precision.
void TestSubwords::sameOnTheServer()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString address = rt::test::PgServer::instance().createDatabase(&error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    Database server;
    QVERIFY2(server.open(address, Database::Mode::ReadWrite, &error), qPrintable(error));
    Archive archive(server);
    addTexts(archive);
    Search search(server);
    QStringList differences;
    int compared = 0;
    auto compare = [&](const QString &query) {
        const QString difference = rt::test::differences(search, *m_search, query, 100, false);
        if (difference.isEmpty())
            ++compared;
        else if (differences.size() < 5)
            differences.append(difference);
    };
    for (const ScriptCorpus &script : std::as_const(m_corpus)) {
        for (qsizetype i = 0; i < script.words.size(); ++i) {
            const QString &word = script.words.at(i).word;
            compare(word);
            compare(QLatin1Char('"') + word + QLatin1Char('"'));
            if (i + 1 < script.words.size())
                compare(word + QLatin1Char(' ') + script.words.at(i + 1).word);
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1String("\n\n"))));
    QVERIFY(compared > 400);
    QStringList serverTable, fileTable;
    measure(search, &serverTable);
    measure(*m_search, &fileTable);
    QCOMPARE(serverTable, fileTable);
    qInfo("%d queries answered the same on PostgreSQL and SQLite", compared);
}

QTEST_GUILESS_MAIN(TestSubwords)
#include "tst_subwords.moc"
