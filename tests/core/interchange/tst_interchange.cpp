// The roundtable/1 interchange format: the demo's round trip, idempotent re-import, and
// every kind of bad input refused whole with a message that says where.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
    void init();
    void cleanup();
    void demoModelsTheReference();
    void demoRoundTrip();
    void reimportChangesNothing();
    void reimportUpdatesChangedRecords();
    void referencesToExistingRecords();
    void badInput_data();
    void badInput();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
};

void TestInterchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("a.roundtable")), Database::Mode::ReadWrite, &error),
        qPrintable(error));
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

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
