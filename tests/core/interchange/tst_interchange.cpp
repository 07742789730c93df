// The roundtable/1 interchange format: the demo's round trip, idempotent re-import, and
// every kind of bad input refused whole with a message that says where. Every test runs on an
// SQLite file and on a PostgreSQL server (the global `backend` column; support/PgServer.h).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/interchange/JsonTextCheck.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rt;

namespace {

QByteArray demoJson()
{
    QFile file(QStringLiteral(":/demo/reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Arrays of keyed records in key order, so that two exports compare regardless of order.
QJsonObject normalised(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const char *section : { "organizations", "people", "contacts", "dialogues" }) {
        QJsonArray array = root.value(QLatin1String(section)).toArray();
        QList<QJsonValue> items(array.begin(), array.end());
        std::sort(items.begin(), items.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a.toObject().value(QLatin1String("key")).toString()
                < b.toObject().value(QLatin1String("key")).toString();
        });
        QJsonArray sorted;
        for (const auto &item : items)
            sorted.append(item);
        root.insert(QLatin1String(section), sorted);
    }
    return root;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void cleanupTestCase();
    void init();
    void cleanup();
    void demoModelsTheReference();
    void demoRoundTrip();
    void reimportChangesNothing();
    void reimportUpdatesChangedRecords();
    void referencesToExistingRecords();
    void badInput_data();
    void badInput();
    void deepParentChain();
    void deepNesting();
    void surrogatePairsStillImport();
    void notARegularFile_data();
    void notARegularFile();
    void fileOverTheSizeLimit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

void TestInterchange::initTestCase_data()
{
    rt::test::addBackends();
}

void TestInterchange::cleanupTestCase()
{
    rt::test::PgServer::stopIfStarted();
}

void TestInterchange::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    const QString archive = rt::test::newArchive(m_dir->filePath(QStringLiteral("a.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_db->open(archive, Database::Mode::ReadWrite, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
}

void TestInterchange::cleanup()
{
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

void TestInterchange::demoModelsTheReference()
{
    QString error;
    Interchange::Report report;
    QVERIFY2(Interchange::importJson(*m_archive, demoJson(), &report, &error), qPrintable(error));
    const auto counts = m_archive->counts();
    QCOMPARE(counts.dialogues, 1);
    QCOMPARE(counts.speeches, 4);
    QCOMPARE(counts.people, 4);
    QCOMPARE(counts.contacts, 1);

    // FECO under MEE; the UNEP regional office under UNEP.
    const auto feco = m_archive->organization(m_archive->organizationId(QStringLiteral("feco")));
    QCOMPARE(feco->parentId, m_archive->organizationId(QStringLiteral("mee")));
    const auto roap = m_archive->organization(m_archive->organizationId(QStringLiteral("unep-roap")));
    QCOMPARE(roap->parentId, m_archive->organizationId(QStringLiteral("unep")));
    QCOMPARE(roap->name, QStringLiteral("UNEP Regional Office for Asia and the Pacific"));

    const auto d = m_archive->dialogue(m_archive->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")));
    QVERIFY(d);
    QCOMPARE(d->startDate, QDate(2022, 11, 23));
    QCOMPARE(d->city, QStringLiteral("Beijing"));
    QCOMPARE(d->format, QStringLiteral("hybrid"));
    QCOMPARE(d->series, QStringLiteral("Green Lancang-Mekong Initiative: Towards COP15"));
    QCOMPARE(d->topics.size(), 3);
    QVERIFY(d->topics.at(2).description.contains(QStringLiteral("natural rubber")));
    QCOMPARE(d->organizations.constFirst().role, QStringLiteral("guided_by"));
    QCOMPARE(d->organizations.constLast().role, QStringLiteral("supporter"));

    // Speeches in order, Wang Qian presiding, titles as held that day.
    QCOMPARE(d->speeches.size(), 4);
    const auto wang = m_archive->person(d->speeches.at(0).personId);
    QCOMPARE(wang->fullName(), QStringLiteral("Wang Qian"));
    QCOMPARE(d->speeches.at(0).role, QStringLiteral("presiding"));
    const auto zhang = m_archive->person(d->speeches.at(1).personId);
    QCOMPARE(zhang->honorific, QStringLiteral("Dr."));
    QVERIFY(zhang->familyNameFirst);
    QCOMPARE(d->speeches.at(1).title, QStringLiteral("Director-General"));
    QCOMPARE(d->speeches.at(1).verb, QStringLiteral("stated"));
    QVERIFY(d->speeches.at(1).summary.startsWith(QStringLiteral("LMEC is an important player")));
    const auto tsering = m_archive->person(d->speeches.at(3).personId);
    QVERIFY(!tsering->familyNameFirst);
    QCOMPARE(tsering->fullName(), QStringLiteral("Dechen Tsering"));
    // The reference names her in full after the first mention (issue 12).
    QCOMPARE(tsering->laterMention, QStringLiteral("full_name"));
    QCOMPARE(zhang->laterMention, QStringLiteral("family_name"));

    const auto contact = m_archive->contact(d->contactId);
    QCOMPARE(contact->phones.size(), 2);
    QCOMPARE(contact->emails,
        QStringList(
            { QStringLiteral("qian.zhaohui@fecomee.org.cn"), QStringLiteral("li.xia@fecomee.org.cn") }));
    QCOMPARE(contact->fax, QStringLiteral("+86-10-82200579"));
    QCOMPARE(contact->wechat, QStringLiteral("lancang-mekongec"));
    QVERIFY(m_archive->organization(d->aboutOrganizationId)
                ->about.startsWith(
                    QStringLiteral("Lancang-Mekong Environmental Cooperation(LMEC), established in 2017")));
}

void TestInterchange::demoRoundTrip()
{
    QString error;
    QVERIFY2(Interchange::importJson(*m_archive, demoJson(), nullptr, &error), qPrintable(error));
    const QByteArray exported = Interchange::exportJson(*m_archive, &error);
    QVERIFY(!exported.isEmpty());
    QCOMPARE(normalised(exported), normalised(demoJson()));

    // And into a second archive, which then exports the same.
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("b.roundtable")), Database::Mode::ReadWrite, &error));
    Archive otherArchive(other);
    QVERIFY2(Interchange::importJson(otherArchive, exported, nullptr, &error), qPrintable(error));
    QCOMPARE(normalised(Interchange::exportJson(otherArchive, &error)), normalised(exported));
}

void TestInterchange::reimportChangesNothing()
{
    QString error;
    Interchange::Report first;
    QVERIFY(Interchange::importJson(*m_archive, demoJson(), &first, &error));
    QCOMPARE(first.added, 14);
    const QByteArray before = Interchange::exportJson(*m_archive, &error);
    const qint64 changes = m_db->totalChanges();

    Interchange::Report second;
    QVERIFY2(Interchange::importJson(*m_archive, demoJson(), &second, &error), qPrintable(error));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 14);
    QCOMPARE(first.summary(), QStringLiteral("14 added, 0 updated, 0 unchanged"));
    QCOMPARE(second.summary(), QStringLiteral("0 added, 0 updated, 14 unchanged"));
    QCOMPARE(m_db->totalChanges(), changes); // not a single row written
    QCOMPARE(Interchange::exportJson(*m_archive, &error), before);
}

void TestInterchange::reimportUpdatesChangedRecords()
{
    QString error;
    QVERIFY(Interchange::importJson(*m_archive, demoJson(), nullptr, &error));
    QJsonObject root = QJsonDocument::fromJson(demoJson()).object();
    QJsonArray dialogues = root.value(QLatin1String("dialogues")).toArray();
    QJsonObject d = dialogues.at(0).toObject();
    d.insert(QLatin1String("venue"), QStringLiteral("FECO, Beijing"));
    dialogues.replace(0, d);
    root.insert(QLatin1String("dialogues"), dialogues);

    Interchange::Report report;
    QVERIFY(Interchange::importJson(*m_archive, QJsonDocument(root).toJson(), &report, &error));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 13);
    QCOMPARE(m_archive->counts().dialogues, 1);
    QCOMPARE(m_archive->dialogue(m_archive->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")))->venue,
        QStringLiteral("FECO, Beijing"));
}

void TestInterchange::referencesToExistingRecords()
{
    QString error;
    QVERIFY(Interchange::importJson(*m_archive, demoJson(), nullptr, &error));
    // A later file may refer to people and organisations the archive already holds.
    const QByteArray later = R"({"format": "roundtable/1", "dialogues": [
        {"key": "2023-05-10-forum", "title": "Forum on Green Finance", "start_date": "2023-05-10",
         "organizations": [{"organization": "lmec", "role": "organizer"}],
         "speeches": [{"person": "zhang-yujun", "title": "Director-General", "organization": "feco",
                       "verb": "said", "summary": "Finance matters."}]}]})";
    QVERIFY2(Interchange::importJson(*m_archive, later, nullptr, &error), qPrintable(error));
    QCOMPARE(m_archive->counts().dialogues, 2);
    QCOMPARE(m_archive->speechCount(m_archive->personId(QStringLiteral("zhang-yujun"))), 2);
}

void TestInterchange::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed JSON") << QByteArray("{\"format\": \"roundtable/1\",\n \"people\": [}")
                                    << QStringLiteral("not valid JSON at line 2, column 14");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a roundtable/1 file");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "roundtable/2"})")
                                  << QStringLiteral(
                                         "format: \"roundtable/2\" is not a format this program reads");
    QTest::newRow("missing format") << QByteArray(R"({"people": []})")
                                    << QStringLiteral("format: missing required field");
    QTest::newRow("unknown top-level field") << QByteArray(R"({"format": "roundtable/1", "persons": []})")
                                             << QStringLiteral("persons: unknown field");
    QTest::newRow("unknown field") << QByteArray(R"({"format": "roundtable/1", "people": [
        {"key": "a", "family_name": "A"}, {"key": "b", "family_name": "B", "nickname": "Bee"}]})")
                                   << QStringLiteral("people[1].nickname: unknown field");
    QTest::newRow("unknown later mention")
        << QByteArray(R"({"format": "roundtable/1", "people": [
        {"key": "a", "family_name": "A", "later_mention": "nickname"}]})")
        << QStringLiteral(
               "people[0].later_mention: “nickname” is not one of family_name, given_name, full_name");
    QTest::newRow("dangling person key")
        << QByteArray(R"({"format": "roundtable/1",
        "people": [{"key": "a", "family_name": "A"}],
        "dialogues": [
          {"key": "d0", "title": "T0", "start_date": "2022-01-01"},
          {"key": "d1", "title": "T1", "start_date": "2022-01-01"},
          {"key": "d2", "title": "T2", "start_date": "2022-01-01"},
          {"key": "d3", "title": "T3", "start_date": "2022-01-01", "speeches": [{"person": "x"}]}]})")
        << QStringLiteral("dialogues[3].speeches[0].person: no person with key \"x\"");
    QTest::newRow("dangling parent") << QByteArray(R"({"format": "roundtable/1", "organizations": [
        {"key": "feco", "name": "FECO", "parent": "nowhere"}]})")
                                     << QStringLiteral(
                                            "organizations[0].parent: no organisation with key \"nowhere\"");
    QTest::newRow("bad date")
        << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "2022-02-30"}]})")
        << QStringLiteral("dialogues[0].start_date: “2022-02-30” is not a date: write it as YYYY-MM-DD");
    QTest::newRow("date in another form")
        << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "23/11/2022"}]})")
        << QStringLiteral("dialogues[0].start_date: “23/11/2022” is not a date");
    QTest::newRow("ends before it starts")
        << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "2022-11-23", "end_date": "2022-11-22"}]})")
        << QStringLiteral(
               "dialogues[0].end_date: the dialogue ends (2022-11-22) before it starts (2022-11-23)");
    QTest::newRow("duplicate key") << QByteArray(R"({"format": "roundtable/1", "people": [
        {"key": "a", "family_name": "A"}, {"key": "a", "family_name": "B"}]})")
                                   << QStringLiteral(
                                          "people[1].key: duplicate key \"a\" (also at people[0])");
    QTest::newRow("missing required field") << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "start_date": "2022-11-23"}]})")
                                            << QStringLiteral("dialogues[0].title: a dialogue needs a title");
    QTest::newRow("missing key") << QByteArray(
        R"({"format": "roundtable/1", "organizations": [{"name": "MEE"}]})")
                                 << QStringLiteral("organizations[0].key: missing required field");
    QTest::newRow("wrong type") << QByteArray(R"({"format": "roundtable/1", "people": [
        {"key": "a", "family_name": "A", "family_name_first": "yes"}]})")
                                << QStringLiteral("people[0].family_name_first: expected true or false");
    QTest::newRow("bad role") << QByteArray(R"({"format": "roundtable/1",
        "organizations": [{"key": "o", "name": "O"}],
        "dialogues": [{"key": "d", "title": "T", "start_date": "2022-11-23",
                       "organizations": [{"organization": "o", "role": "sponsor"}]}]})")
                              << QStringLiteral(
                                     "dialogues[0].organizations[0].role: “sponsor” is not one of");
    QTest::newRow("bad e-mail") << QByteArray(R"({"format": "roundtable/1", "contacts": [
        {"key": "c", "label": "Contact Us", "emails": ["li.xia at fecomee"]}]})")
                                << QStringLiteral(
                                       "contacts[0].emails[0]: “li.xia at fecomee” is not an e-mail address");
    QTest::newRow("bad country") << QByteArray(R"({"format": "roundtable/1", "organizations": [
        {"key": "o", "name": "O", "country": "China"}]})")
                                 << QStringLiteral(
                                        "organizations[0].country: “China” is not a two-letter country code");
    QTest::newRow("parent cycle") << QByteArray(R"({"format": "roundtable/1", "organizations": [
        {"key": "a", "name": "A", "parent": "b"}, {"key": "b", "name": "B", "parent": "a"}]})")
                                  << QStringLiteral("the parents of this organisation form a cycle");
    // Issue 17, items 8, 9, 11, 5 and 7: what QJsonDocument would let through.
    QTest::newRow("duplicate field at the top")
        << QByteArray(R"({"format":"roundtable/1","format":"roundtable/1"})")
        << QStringLiteral("format: this field appears twice in the same object");
    QTest::newRow("duplicate list") << QByteArray(
        R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A"}],"people":[]})")
                                    << QStringLiteral("people: this field appears twice in the same object");
    QTest::newRow("duplicate field in a record, spelled with an escape")
        << QByteArray(R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A","k\u0065y":"b"}]})")
        << QStringLiteral("people[0].key: this field appears twice in the same object");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A\ud800B"}]})")
        << QStringLiteral("people[0].family_name: \\ud800 is half of a surrogate pair");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A\udc00"}]})")
        << QStringLiteral("people[0].family_name: \\udc00 is half of a surrogate pair");
    QTest::newRow("invalid UTF-8 byte")
        << QByteArray("{\"format\":\"roundtable/1\",\"people\":[{\"key\":\"a\",\"family_name\":\"A\xff\"}]}")
        << QStringLiteral("people[0].family_name: the byte 0xff is not UTF-8 text");
    QTest::newRow("overlong UTF-8") << QByteArray(
        "{\"format\":\"roundtable/1\",\"people\":[{\"key\":\"a\",\"notes\":\"\xc0\xaf\"}]}")
                                    << QStringLiteral("people[0].notes: the byte 0xc0 is not UTF-8 text");
    QTest::newRow("UTF-8 encoded surrogate")
        << QByteArray("{\"format\":\"roundtable/1\",\"people\":[{\"key\":\"a\",\"notes\":\"\xed\xa0\x80\"}]}")
        << QStringLiteral("people[0].notes: the byte 0xed is not UTF-8 text");
    QTest::newRow("date with a trailing newline")
        << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "2022-11-23\n"}]})")
        << QStringLiteral("dialogues[0].start_date: “2022-11-23\\n” is not a date");
    QTest::newRow("date with a trailing space")
        << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "2022-11-23 "}]})")
        << QStringLiteral("dialogues[0].start_date: “2022-11-23 ” is not a date");
    QTest::newRow("date in Arabic-Indic digits") << QByteArray(R"({"format": "roundtable/1", "dialogues": [
        {"key": "d", "title": "T", "start_date": "\u0662\u0660\u0662\u0662-11-23"}]})")
                                                 << QStringLiteral("dialogues[0].start_date:");
    QTest::newRow("key with BEL") << QByteArray(
        R"({"format":"roundtable/1","people":[{"key":"a\u0007b","family_name":"A"}]})")
                                  << QStringLiteral("people[0].key: the control character U+0007");
    QTest::newRow("key with ESC") << QByteArray(
        R"({"format":"roundtable/1","organizations":[{"key":"a\u001bb","name":"A"}]})")
                                  << QStringLiteral("organizations[0].key: the control character U+001B");
    QTest::newRow("key with TAB")
        << QByteArray(R"({"format":"roundtable/1","people":[{"key":"a\tb","family_name":"A"}]})")
        << QStringLiteral("people[0].key: a key must not contain control characters (found U+0009)");
    QTest::newRow("reference with TAB")
        << QByteArray(R"({"format":"roundtable/1","contacts":[{"key":"c","organization":"o\tp"}]})")
        << QStringLiteral("contacts[0].organization: a key must not contain control characters");
    QTest::newRow("NUL in a text") << QByteArray(
        R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A\u0000"}]})")
                                   << QStringLiteral("people[0].family_name: the control character U+0000");
    QTest::newRow("nested too deep")
        << QByteArray(R"({"format":"roundtable/1","people":[{"key":"a","family_name":"A","notes":)")
            + QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}"
        << QStringLiteral(
               "people[0].notes[0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep");
    QTest::newRow("field over the size limit")
        << QByteArray(
               R"({"format":"roundtable/1","dialogues":[{"key":"d","title":"T","start_date":"2022-11-23",)"
               R"("topics":[{"title":"x","description":")")
            + QByteArray(JsonTextCheck::MaxStringLength + 1, 'x') + "\"}]}]}"
        << QStringLiteral("dialogues[0].topics[0].description: longer than 1000000 characters");
    // Valid records first, a bad one last: still nothing is imported.
    QTest::newRow("bad record after good ones")
        << QByteArray(R"({"format": "roundtable/1",
        "organizations": [{"key": "new-org", "name": "New Organisation"}],
        "people": [{"key": "new-person", "family_name": "New"}],
        "dialogues": [{"key": "new-dialogue", "title": "New", "start_date": "2024-01-01",
                       "speeches": [{"person": "new-person", "role": "heckler"}]}]})")
        << QStringLiteral("dialogues[0].speeches[0].role: “heckler” is not one of");
    // Passes every check of the file, then fails while writing, after a record was written.
    QTest::newRow("failure while writing")
        << QByteArray(R"({"format": "roundtable/1", "organizations": [
        {"key": "new-org", "name": "New Organisation"},
        {"key": "unep", "name": "United Nations Environment Programme", "short_name": "UNEP",
         "website": "https://www.unep.org/", "parent": "unep-roap"}]})")
        << QStringLiteral(
               "organizations[1]: an organisation cannot be placed under one of its own sub-organisations");
}

void TestInterchange::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(Interchange::importJson(*m_archive, demoJson(), nullptr, &error));
    const QByteArray before = Interchange::exportJson(*m_archive, &error);
    Interchange::Report report;
    report.added = 99;
    QVERIFY(!Interchange::importJson(*m_archive, json, &report, &error));
    QVERIFY2(error.startsWith(message) || error.contains(message), qPrintable(error));
    QCOMPARE(report.added, 0);
    QCOMPARE(m_db->transactionDepth(), 0);
    QCOMPARE(Interchange::exportJson(*m_archive, &error), before);
}

// Issue 17 item 5: a 60,000-long parent chain crashed the importer (recursion).
void TestInterchange::deepParentChain()
{
    constexpr int length = 60000;
    QJsonArray organizations;
    // Children before parents in the file, so the importer must reorder the whole chain.
    for (int i = length - 1; i >= 0; --i) {
        QJsonObject o { { QStringLiteral("key"), QStringLiteral("o%1").arg(i) },
            { QStringLiteral("name"), QStringLiteral("Organisation %1").arg(i) } };
        if (i > 0)
            o.insert(QStringLiteral("parent"), QStringLiteral("o%1").arg(i - 1));
        organizations.append(o);
    }
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("roundtable/1") },
        { QStringLiteral("organizations"), organizations } };
    QString error;
    Interchange::Report report;
    QVERIFY2(Interchange::importJson(*m_archive, QJsonDocument(root).toJson(), &report, &error),
        qPrintable(error));
    QCOMPARE(report.added, length);
    const qint64 last = m_archive->organizationId(QStringLiteral("o%1").arg(length - 1));
    QCOMPARE(m_archive->organization(last)->parentId,
        m_archive->organizationId(QStringLiteral("o%1").arg(length - 2)));

    // The same chain closed into a cycle is refused, not followed for ever.
    QJsonObject first = organizations.last().toObject();
    first.insert(QStringLiteral("parent"), QStringLiteral("o%1").arg(length - 1));
    organizations.replace(organizations.size() - 1, first);
    root.insert(QStringLiteral("organizations"), organizations);
    QVERIFY(!Interchange::importJson(*m_archive, QJsonDocument(root).toJson(), &report, &error));
    QVERIFY2(error.contains(QLatin1String("form a cycle")), qPrintable(error));
}

// JSON nesting 100,000 deep at the top, where QJsonDocument's own limit would speak first.
void TestInterchange::deepNesting()
{
    QString error;
    QVERIFY(!Interchange::importJson(
        *m_archive, QByteArray(100000, '[') + QByteArray(100000, ']'), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("nested more than 16 levels deep")), qPrintable(error));
    QVERIFY(!Interchange::importJson(*m_archive, QByteArray(100000, '{'), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

// The Unicode checks refuse only what is broken: a proper pair and raw UTF-8 import as written.
void TestInterchange::surrogatePairsStillImport()
{
    QString error;
    QVERIFY2(Interchange::importJson(*m_archive,
                 QByteArray(R"({"format":"roundtable/1","people":[{"key":"a","family_name":"\ud83c\udf0f )")
                     + QString::fromUtf8("عربي עברית é").toUtf8() + "\t\"}]}",
                 nullptr, &error),
        qPrintable(error));
    QCOMPARE(m_archive->person(m_archive->personId(QStringLiteral("a")))->familyName,
        QString::fromUtf8("\U0001F30F عربي עברית é\t"));
}

// Issue 17 item 6: a device or a FIFO is refused at once instead of read for ever.
void TestInterchange::notARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("/dev/zero") << QStringLiteral("device");
    QTest::newRow("FIFO with no writer") << QStringLiteral("fifo");
    QTest::newRow("directory") << QStringLiteral("directory");
}

void TestInterchange::notARegularFile()
{
    QFETCH(QString, kind);
    QString path = QStringLiteral("/dev/zero");
    if (kind == QLatin1String("fifo")) {
        path = m_dir->filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("directory")) {
        path = m_dir->path();
    }
    QString error;
    QVERIFY(!Interchange::importFile(*m_archive, path, nullptr, &error));
    QCOMPARE(error, path + QStringLiteral(": not a regular file; import reads only files"));
}

void TestInterchange::fileOverTheSizeLimit()
{
    const QString path = m_dir->filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Interchange::MaxFileSize + 1)); // sparse: takes no disk
    file.close();
    QString error;
    QVERIFY(!Interchange::importFile(*m_archive, path, nullptr, &error));
    QCOMPARE(error, path + QStringLiteral(": the file is larger than 512 MB, the most import reads"));
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
