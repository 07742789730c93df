// Statistics: every figure checked against a count made directly in SQL on an archive of
// varied dialogues; the refinement of a bar lists exactly its dialogues; `roundtable stats
// --json` gives the same figures. Every case runs on an SQLite file and on a PostgreSQL server
// (the global `backend` column; support/PgServer.h), each given the same records.

#include "core/db/Transaction.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"
#include "core/stats/Statistics.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackends(); }
    void cleanupTestCase();
    void init();
    void totalsMatchSql();
    void bucketsMatchSql();
    void partnersAndRolesMatchSql();
    void speakersMatchSql();
    void refinementsListTheirDialogues();
    void rankingRefinementsListTheirDialogues();
    void queryNarrowsEveryFigure();
    void badQueryIsAnError();
    void commandLineGivesTheSameFigures();

private:
    qint64 sqlCount(const QString &sql, const QVariantList &values = {});
    StatisticsFigures figures(const QString &query = QString(), int limit = 0);
    void fill(const QString &path);

    QTemporaryDir m_dir;
    // The running case's archive (m_test) and its address (m_path), made once per backend.
    struct Made
    {
        QString path;
        std::unique_ptr<TestArchive> test;
    };
    Made m_file, m_server;
    QString m_path;
    TestArchive *m_current = nullptr;
    TestArchive &test() { return *m_current; }
};

void TestStatistics::cleanupTestCase()
{
    m_current = nullptr;
    m_file.test.reset();
    m_server.test.reset();
    PgServer::stopIfStarted();
}

void TestStatistics::init()
{
    REQUIRE_BACKEND();
    Made &made = onServer() ? m_server : m_file;
    if (!made.test) {
        QString error;
        made.path = newArchive(m_dir.filePath(QStringLiteral("stats.roundtable")), &error);
        QVERIFY2(!made.path.isEmpty(), qPrintable(error));
        made.test = std::make_unique<TestArchive>();
        m_current = made.test.get();
        fill(made.path);
        if (QTest::currentTestFailed()) {
            made.test.reset();
            return;
        }
    }
    m_current = made.test.get();
    m_path = made.path;
}

void TestStatistics::fill(const QString &path)
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(test().open(path, TestArchive::Demo | TestArchive::Scripts, &error), qPrintable(error));

    // 240 dialogues over ten years, six countries, three formats (and none), twelve
    // organisations in every role and forty speakers, from a fixed seed.
    QRandomGenerator random(20221123);
    Transaction transaction(test().db());
    QVERIFY(transaction.begin(&error));
    QList<qint64> organizations, people;
    const QStringList countries = { QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("TH"),
        QStringLiteral("KH"), QStringLiteral("MM"), QStringLiteral("VN") };
    for (int i = 0; i < 12; ++i) {
        Organization o;
        o.key = QStringLiteral("org-%1").arg(i);
        o.name = QStringLiteral("Organisation %1").arg(i);
        o.country = countries.at(i % countries.size());
        QVERIFY2(test()->saveOrganization(o, &error), qPrintable(error));
        organizations.append(o.id);
    }
    for (int i = 0; i < 40; ++i) {
        Person p;
        p.key = QStringLiteral("person-%1").arg(i);
        p.familyName = QStringLiteral("Family%1").arg(i);
        p.givenName = QStringLiteral("Given");
        p.familyNameFirst = i % 2 == 0;
        QVERIFY2(test()->savePerson(p, &error), qPrintable(error));
        people.append(p.id);
    }
    const QStringList formats
        = { QString(), QStringLiteral("in_person"), QStringLiteral("online"), QStringLiteral("hybrid") };
    const QStringList cities
        = { QStringLiteral("Beijing"), QStringLiteral("Vientiane"), QStringLiteral("Bangkok"),
              QStringLiteral("Phnom Penh"), QStringLiteral("Yangon"), QStringLiteral("Hà Nội") };
    const QStringList roles = OrganizationRole::all();
    for (int i = 0; i < 240; ++i) {
        Dialogue d;
        d.key = QStringLiteral("generated-%1").arg(i);
        d.title = QStringLiteral("Generated dialogue %1").arg(i);
        d.startDate = QDate(2015, 1, 1).addDays(int(random.bounded(3650)));
        const int place = int(random.bounded(cities.size()));
        d.city = random.bounded(10) == 0 ? QString() : cities.at(place);
        d.country = countries.at(place);
        d.format = formats.at(int(random.bounded(formats.size())));
        QList<qint64> taken;
        const int named = int(random.bounded(4));
        for (int k = 0; k < named; ++k) {
            const qint64 org = organizations.at(int(random.bounded(organizations.size())));
            if (taken.contains(org))
                continue;
            taken.append(org);
            d.organizations.append({ org, roles.at(int(random.bounded(roles.size()))) });
        }
        const int speeches = int(random.bounded(6));
        for (int k = 0; k < speeches; ++k) {
            Speech s;
            s.personId = people.at(int(random.bounded(people.size())));
            s.organizationId
                = random.bounded(3) == 0 ? 0 : organizations.at(int(random.bounded(organizations.size())));
            s.summary = QStringLiteral("Said something about water.");
            d.speeches.append(s);
        }
        QVERIFY2(test()->saveDialogue(d, &error), qPrintable(error));
    }
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

qint64 TestStatistics::sqlCount(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(test().db().db());
    if (!query.prepare(sql))
        return -1;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

StatisticsFigures TestStatistics::figures(const QString &query, int limit)
{
    StatisticsFigures result;
    QString error;
    if (!Statistics(test().db()).compute(query, &result, &error, limit))
        qWarning("%s", qPrintable(error));
    return result;
}

void TestStatistics::totalsMatchSql()
{
    const StatisticsFigures f = figures();
    QCOMPARE(f.dialogues, sqlCount(QStringLiteral("SELECT count(*) FROM dialogue")));
    QVERIFY(f.dialogues > 240);
    QCOMPARE(f.speeches, sqlCount(QStringLiteral("SELECT count(*) FROM speech")));
    QCOMPARE(f.speakers, sqlCount(QStringLiteral("SELECT count(DISTINCT person_id) FROM speech")));
    QCOMPARE(f.organizations,
        sqlCount(
            QStringLiteral("SELECT count(*) FROM (SELECT organization_id FROM dialogue_organization UNION "
                           "SELECT organization_id FROM speech WHERE organization_id IS NOT NULL) AS used")));
}

void TestStatistics::bucketsMatchSql()
{
    const StatisticsFigures f = figures();
    auto check = [&](const QList<StatisticsBucket> &buckets, const QString &column, bool all) {
        qint64 sum = 0;
        for (const StatisticsBucket &b : buckets) {
            QCOMPARE(b.dialogues,
                sqlCount(
                    QStringLiteral("SELECT count(*) FROM dialogue WHERE %1 = ?").arg(column), { b.value }));
            sum += b.dialogues;
        }
        if (all)
            QCOMPARE(sum, f.dialogues);
    };
    QVERIFY(f.years.size() >= 10);
    check(f.years, QStringLiteral("substr(start_date, 1, 4)"), true);
    QVERIFY(f.months.size() > 12);
    check(f.months, QStringLiteral("substr(start_date, 1, 7)"), true);
    check(f.countries, QStringLiteral("country"), true);
    check(f.formats, QStringLiteral("format"), true);
    check(f.cities, QStringLiteral("city"), false); // dialogues without a city are not a bar
    QCOMPARE(f.formats.first().value, QStringLiteral("in_person"));
    QCOMPARE(f.formats.last().value, QString());
    for (int i = 1; i < f.years.size(); ++i)
        QVERIFY(f.years.at(i - 1).value < f.years.at(i).value);
    for (int i = 1; i < f.countries.size(); ++i)
        QVERIFY(f.countries.at(i - 1).dialogues >= f.countries.at(i).dialogues);
}

void TestStatistics::partnersAndRolesMatchSql()
{
    const StatisticsFigures f = figures();
    QVERIFY(f.partners.size() >= 12);
    for (const PartnerStatistics &p : f.partners) {
        QCOMPARE(p.dialogues,
            sqlCount(
                QStringLiteral("SELECT count(*) FROM (SELECT dialogue_id FROM dialogue_organization WHERE "
                               "organization_id = ? UNION SELECT dialogue_id FROM speech WHERE "
                               "organization_id = ?) AS taking_part"),
                { p.id, p.id }));
        QCOMPARE(p.spoke,
            sqlCount(
                QStringLiteral("SELECT count(DISTINCT dialogue_id) FROM speech WHERE organization_id = ?"),
                { p.id }));
        for (const QString &role : OrganizationRole::all()) {
            QCOMPARE(p.roles.value(role),
                sqlCount(QStringLiteral("SELECT count(DISTINCT dialogue_id) FROM dialogue_organization WHERE "
                                        "organization_id = ? AND role = ?"),
                    { p.id, role }));
        }
    }
    for (int i = 1; i < f.partners.size(); ++i)
        QVERIFY(f.partners.at(i - 1).dialogues >= f.partners.at(i).dialogues);
    QCOMPARE(figures(QString(), 5).partners.size(), 5);
}

void TestStatistics::speakersMatchSql()
{
    const StatisticsFigures f = figures();
    QCOMPARE(qint64(f.speakerRanking.size()), f.speakers);
    for (const SpeakerStatistics &s : f.speakerRanking) {
        QCOMPARE(s.dialogues,
            sqlCount(QStringLiteral("SELECT count(DISTINCT dialogue_id) FROM speech WHERE person_id = ?"),
                { s.id }));
        QCOMPARE(s.speeches,
            sqlCount(QStringLiteral("SELECT count(*) FROM speech WHERE person_id = ?"), { s.id }));
        QCOMPARE(s.name, test()->person(s.id)->fullName());
    }
    for (int i = 1; i < f.speakerRanking.size(); ++i)
        QVERIFY(f.speakerRanking.at(i - 1).dialogues >= f.speakerRanking.at(i).dialogues);
    for (const StatisticsBucket &b : f.speakerOrganizations) {
        QCOMPARE(b.dialogues,
            sqlCount(
                QStringLiteral("SELECT count(DISTINCT s.dialogue_id) FROM speech s JOIN organization o ON "
                               "o.id = s.organization_id WHERE o.name = ?"),
                { b.value }));
    }
    // Speakers by country: the country of the organisation each spoke for that day.
    QVERIFY(f.speakerCountries.size() >= 6);
    for (const StatisticsBucket &b : f.speakerCountries) {
        QCOMPARE(b.dialogues,
            sqlCount(
                QStringLiteral("SELECT count(DISTINCT s.dialogue_id) FROM speech s JOIN organization o ON "
                               "o.id = s.organization_id WHERE o.country = ?"),
                { b.value }));
    }
    for (int i = 1; i < f.speakerCountries.size(); ++i)
        QVERIFY(f.speakerCountries.at(i - 1).dialogues >= f.speakerCountries.at(i).dialogues);
}

void TestStatistics::refinementsListTheirDialogues()
{
    const StatisticsFigures f = figures();
    QList<StatisticsBucket> bars;
    bars << f.years.mid(0, 3) << f.months.mid(5, 3) << f.countries.mid(0, 2) << f.cities.mid(0, 2);
    for (const StatisticsBucket &b : f.formats) {
        if (!b.value.isEmpty())
            bars << b;
    }
    for (const StatisticsBucket &b : std::as_const(bars)) {
        QVERIFY2(!b.refinement.isEmpty(), qPrintable(b.value));
        QCOMPARE(figures(b.refinement).dialogues, b.dialogues);
    }
    const StatisticsBucket hanoi = *std::find_if(f.cities.cbegin(), f.cities.cend(),
        [](const StatisticsBucket &b) { return b.value == QStringLiteral("Hà Nội"); });
    QCOMPARE(hanoi.refinement, QStringLiteral("city:\"Hà Nội\""));
    QCOMPARE(figures(hanoi.refinement).dialogues, hanoi.dialogues);
}

void TestStatistics::rankingRefinementsListTheirDialogues()
{
    // A click on a partner's or a speaker's bar lists the dialogues it counts.
    const StatisticsFigures f = figures(QString(), 6);
    QCOMPARE(f.partners.size(), 6);
    for (const PartnerStatistics &p : f.partners) {
        QCOMPARE(p.refinement, QStringLiteral("org:") + SearchQuery::quoted(p.name));
        QCOMPARE(figures(p.refinement).dialogues, p.dialogues);
    }
    QCOMPARE(f.speakerRanking.size(), 6);
    for (const SpeakerStatistics &s : f.speakerRanking) {
        QCOMPARE(s.refinement, QStringLiteral("speaker:") + SearchQuery::quoted(s.name));
        QCOMPARE(figures(s.refinement).dialogues, s.dialogues);
    }
}

void TestStatistics::queryNarrowsEveryFigure()
{
    const StatisticsFigures f = figures(QStringLiteral("year:2022"));
    QCOMPARE(f.dialogues,
        sqlCount(QStringLiteral("SELECT count(*) FROM dialogue WHERE start_date LIKE '2022-%'")));
    QCOMPARE(f.years.size(), 1);
    QCOMPARE(f.years.first().value, QStringLiteral("2022"));
    QCOMPARE(f.speeches,
        sqlCount(QStringLiteral("SELECT count(*) FROM speech s JOIN dialogue d ON d.id = s.dialogue_id WHERE "
                                "d.start_date LIKE '2022-%'")));
    // A speaker: the dialogues the search finds for Zhang Yujun, no more, no fewer.
    const QString query = QStringLiteral("speaker:\"Zhang Yujun\"");
    const StatisticsFigures zhang = figures(query);
    SearchResults results;
    QString error;
    QVERIFY2(Search(test().db()).run(query, 1000, &results, &error), qPrintable(error));
    QCOMPARE(zhang.dialogues, results.total);
    QVERIFY(zhang.dialogues >= 1);
    QVERIFY(zhang.partners.size() >= 5);
}

void TestStatistics::badQueryIsAnError()
{
    StatisticsFigures f;
    QString error;
    QVERIFY(!Statistics(test().db()).compute(QStringLiteral("year:"), &f, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(f.dialogues, 0);
}

void TestStatistics::commandLineGivesTheSameFigures()
{
    QProcess process;
    process.start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), m_path, QStringLiteral("stats"), QStringLiteral("--json"),
            QStringLiteral("--top"), QStringLiteral("0"), QStringLiteral("year:2020") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json, figures(QStringLiteral("year:2020")).toJson());
    QVERIFY(json.value(QStringLiteral("dialogues")).toInteger() > 0);

    process.start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), m_path, QStringLiteral("stats"), QStringLiteral("year:") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY(err.startsWith(QStringLiteral("roundtable: ")));
    QVERIFY(!err.contains(QLatin1Char('\n')));

    process.start(
        QStringLiteral(ROUNDTABLE_BINARY), { QStringLiteral("--database"), m_path, QStringLiteral("stats") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(text.startsWith(QStringLiteral("Dialogues: %1 ").arg(figures().dialogues)));
    QVERIFY(text.contains(QStringLiteral("By year:")));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
