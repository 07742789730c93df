// Replays, with the ordinary build, every input the fuzzers were seeded with or ever found
// (tests/fuzz/corpus, tests/fuzz/regressions) plus hand-made hostile ones, through the same
// checks the fuzz targets make (tests/fuzz/ImportFuzzer.h): no crash, a failed import says
// why and changes nothing, a successful one round-trips through export.

#include "ImportFuzzer.h"
#include "SearchQueryFuzzer.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importer_data();
    void importer();
    void searchQuery_data();
    void searchQuery();

private:
    static void addFiles(const QString &target);

    rt::fuzz::ImportFuzzer m_importer;
    rt::fuzz::SearchQueryFuzzer m_search;
};

void tst_FuzzRegressions::initTestCase()
{
    QString error;
    QVERIFY2(m_importer.open(&error), qPrintable(error));
    QVERIFY2(m_search.open(&error), qPrintable(error));
}

// Every seed and every input a fuzzer ever failed on, for one target.
void tst_FuzzRegressions::addFiles(const QString &target)
{
    const QString root = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/fuzz/");
    int files = 0;
    for (const QString &folder : { QStringLiteral("corpus/"), QStringLiteral("regressions/") }) {
        QDirIterator it(root + folder + target, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(folder + target + QLatin1Char('/') + it.fileName())) << file.readAll();
            ++files;
        }
    }
    QVERIFY(files >= 3);
}

void tst_FuzzRegressions::importer_data()
{
    QTest::addColumn<QByteArray>("input");
    addFiles(QStringLiteral("import"));

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("nul bytes") << QByteArray("{\"format\":\"roundtable/1\"\0}", 26);
    QTest::newRow("invalid utf-8") << QByteArray(
        "{\"format\":\"roundtable/1\",\"people\":[{\"key\":\"\xff\xfe\",\"family_name\":\"\xc0\"}]}");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("deep nesting in a field") << QByteArray("{\"format\":\"roundtable/1\",\"people\":")
            + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    QTest::newRow("numbers for strings")
        << QByteArray("{\"format\":\"roundtable/1\",\"people\":[{\"key\":1e999,\"family_name\":-0}]}");
    QTest::newRow("duplicate field") << QByteArray(
        "{\"format\":\"roundtable/1\",\"format\":\"roundtable/2\"}");
    QTest::newRow("parent cycle") << QByteArray(
        "{\"format\":\"roundtable/1\",\"organizations\":[{\"key\":\"a\",\"name\":\"A\",\"parent\":\"b\"},"
        "{\"key\":\"b\",\"name\":\"B\",\"parent\":\"a\"}]}");
    QTest::newRow("impossible date") << QByteArray(
        "{\"format\":\"roundtable/"
        "1\",\"dialogues\":[{\"key\":\"d\",\"title\":\"T\",\"start_date\":\"2022-02-30\"}]}");
    QTest::newRow("dangling reference")
        << QByteArray("{\"format\":\"roundtable/"
                      "1\",\"dialogues\":[{\"key\":\"d\",\"title\":\"T\",\"start_date\":\"2022-02-03\","
                      "\"speeches\":[{\"person\":\"nobody\"}]}]}");
    QTest::newRow("long key") << QByteArray("{\"format\":\"roundtable/1\",\"people\":[{\"key\":\"")
            + QByteArray(1 << 20, 'k') + "\",\"family_name\":\"F\"}]}";
}

void tst_FuzzRegressions::importer()
{
    QFETCH(QByteArray, input);
    m_importer.run(input); // aborts, failing the test, on any broken promise
}

void tst_FuzzRegressions::searchQuery_data()
{
    QTest::addColumn<QByteArray>("input");
    addFiles(QStringLiteral("search_query"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("fts5 syntax") << QByteArray("NEAR(a b, 2) {title}: x ^y \"\" * AND OR NOT");
    QTest::newRow("sql") << QByteArray("'); DROP TABLE dialogue; --");
    QTest::newRow("deep parentheses") << QByteArray(5000, '(') + "water" + QByteArray(5000, ')');
    QTest::newRow("unbalanced") << QByteArray(5000, '(');
    QTest::newRow("nul and invalid utf-8") << QByteArray("wat\0er \xff\xfe speaker:\xc0", 19);
    QTest::newRow("many terms") << QByteArray("a OR ").repeated(3000) + "b";
}

void tst_FuzzRegressions::searchQuery()
{
    QFETCH(QByteArray, input);
    m_search.run(input);
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
