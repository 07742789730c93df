// The queries behind the window's lists: order, filter, paging by key, a speaker's latest
// capacity and appearances. Every case runs on an SQLite file and on a PostgreSQL server (the
// global `backend` column; support/PgServer.h).

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

class TestListQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackends(); }
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void init();
    void cleanup();
    void dialogueOrder();
    void dialogueFilter();
    void dialogueRowsFollowKeys();
    void latestCapacity();
    void appearances();
    void peopleRows();
    void organizationAndContactRows();
    void organizationRecord();

private:
    qint64 addDialogue(const QString &title, const QDate &date, const QList<Speech> &speeches,
        const QString &city = QStringLiteral("Bangkok"));

    std::unique_ptr<QTemporaryDir> m_dir;
    TestArchive m_test;
    std::unique_ptr<ListQueries> m_queries;
    qint64 m_zhang = 0;
    qint64 m_feco = 0;
    qint64 m_reference = 0;
};

void TestListQueries::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString archive = newArchive(m_dir->filePath(QStringLiteral("a.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_test.open(archive, TestArchive::Demo, &error), qPrintable(error));
    m_queries = std::make_unique<ListQueries>(m_test.db());
    m_zhang = m_test->personId(QStringLiteral("zhang-yujun"));
    m_feco = m_test->organizationId(QStringLiteral("feco"));
    m_reference = m_test->dialogueIds().value(0);
    QVERIFY(m_zhang > 0 && m_feco > 0 && m_reference > 0);
}

void TestListQueries::cleanup()
{
    m_queries.reset();
    m_test.close();
    m_dir.reset();
}

qint64 TestListQueries::addDialogue(
    const QString &title, const QDate &date, const QList<Speech> &speeches, const QString &city)
{
    Dialogue d;
    d.title = title;
    d.startDate = date;
    d.city = city;
    d.speeches = speeches;
    QString error;
    if (!m_test->saveDialogue(d, &error))
        qWarning("%s", qPrintable(error));
    return d.id;
}

void TestListQueries::dialogueOrder()
{
    const qint64 a = addDialogue(QStringLiteral("Alpha forum"), QDate(2020, 1, 5), {});
    const qint64 z = addDialogue(QStringLiteral("zeta workshop"), QDate(2024, 3, 1), {});
    const qint64 m = addDialogue(QStringLiteral("Mekong seminar"), QDate(2021, 6, 1), {});
    QString error;
    QCOMPARE(m_queries->dialogueIds({}, ListQueries::DialogueSort::StartDate, Qt::AscendingOrder, &error),
        (QList<qint64> { a, m, m_reference, z }));
    QCOMPARE(m_queries->dialogueIds({}, ListQueries::DialogueSort::StartDate, Qt::DescendingOrder, &error),
        (QList<qint64> { z, m_reference, m, a }));
    // Titles sort without regard to case.
    QCOMPARE(m_queries->dialogueIds({}, ListQueries::DialogueSort::Title, Qt::AscendingOrder, &error),
        (QList<qint64> { a, m, m_reference, z }));
    const QList<qint64> bySpeeches
        = m_queries->dialogueIds({}, ListQueries::DialogueSort::Speeches, Qt::DescendingOrder, &error);
    QCOMPARE(bySpeeches.first(), m_reference);
    QVERIFY(error.isEmpty());
}

void TestListQueries::dialogueFilter()
{
    const qint64 a
        = addDialogue(QStringLiteral("Alpha forum"), QDate(2020, 1, 5), {}, QStringLiteral("Vientiane"));
    addDialogue(QStringLiteral("Mekong seminar"), QDate(2021, 6, 1), {});
    QString error;
    QCOMPARE(m_queries->dialogueIds(QStringLiteral("vientiane"), ListQueries::DialogueSort::StartDate,
                 Qt::AscendingOrder, &error),
        QList<qint64> { a });
    QCOMPARE(m_queries->dialogueIds(
                 QStringLiteral("2022-11"), ListQueries::DialogueSort::StartDate, Qt::AscendingOrder, &error),
        QList<qint64> { m_reference });
    QCOMPARE(m_queries
                 ->dialogueIds(
                     QStringLiteral("  "), ListQueries::DialogueSort::StartDate, Qt::AscendingOrder, &error)
                 .size(),
        3);
    QVERIFY(m_queries
                ->dialogueIds(QStringLiteral("no such words"), ListQueries::DialogueSort::StartDate,
                    Qt::AscendingOrder, &error)
                .isEmpty());
}

void TestListQueries::dialogueRowsFollowKeys()
{
    QList<qint64> ids;
    Transaction transaction(m_test.db());
    QString error;
    QVERIFY(transaction.begin(&error));
    for (int i = 0; i < 150; ++i)
        ids.append(addDialogue(QStringLiteral("Dialogue %1").arg(i), QDate(2000, 1, 1).addDays(i), {}));
    QVERIFY(transaction.commit(&error));
    // More than a page, in an order of our choosing, with an unknown key among them.
    QList<qint64> wanted;
    for (int i = 149; i >= 0; i -= 2)
        wanted.append(ids.at(i));
    wanted.insert(3, 999999);
    const QList<ListQueries::DialogueRow> rows = m_queries->dialogueRows(wanted, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), wanted.size() - 1);
    QCOMPARE(rows.at(0).id, ids.at(149));
    QCOMPARE(rows.at(0).title, QStringLiteral("Dialogue 149"));
    QCOMPARE(rows.at(3).id, ids.at(143));
    QCOMPARE(rows.last().title, QStringLiteral("Dialogue 1"));
    QCOMPARE(rows.last().startDate, QDate(2000, 1, 2));

    const auto reference = m_queries->dialogueRows({ m_reference }, &error);
    QCOMPARE(reference.size(), 1);
    QCOMPARE(reference.first().speechCount, 4);
    QCOMPARE(reference.first().city, QStringLiteral("Beijing"));
    QCOMPARE(reference.first().format, QStringLiteral("hybrid"));
}

void TestListQueries::latestCapacity()
{
    // The reference (2022) has Zhang Yujun as Director-General of FECO.
    auto capacity = m_queries->latestCapacity(m_zhang);
    QVERIFY(capacity);
    QCOMPARE(capacity->title, QStringLiteral("Director-General"));
    QCOMPARE(capacity->organizationId, m_feco);
    QCOMPARE(capacity->organizationName, QStringLiteral("FECO"));

    Speech later;
    later.personId = m_zhang;
    later.title = QStringLiteral("Senior Adviser");
    const qint64 newer = addDialogue(QStringLiteral("Later forum"), QDate(2024, 1, 1), { later });
    Speech earlier = later;
    earlier.title = QStringLiteral("Deputy Director");
    addDialogue(QStringLiteral("Earlier forum"), QDate(2019, 1, 1), { earlier });
    capacity = m_queries->latestCapacity(m_zhang);
    QCOMPARE(capacity->title, QStringLiteral("Senior Adviser"));
    QCOMPARE(capacity->date, QDate(2024, 1, 1));
    QCOMPARE(capacity->organizationId, 0);
    // Editing the newest dialogue itself: its own speech is not "the last one".
    capacity = m_queries->latestCapacity(m_zhang, newer);
    QCOMPARE(capacity->title, QStringLiteral("Director-General"));

    Person nobody;
    nobody.familyName = QStringLiteral("Nobody");
    QString error;
    QVERIFY(m_test->savePerson(nobody, &error));
    QVERIFY(!m_queries->latestCapacity(nobody.id));
}

void TestListQueries::appearances()
{
    Speech s;
    s.personId = m_zhang;
    s.role = QStringLiteral("keynote");
    s.title = QStringLiteral("Senior Adviser");
    addDialogue(QStringLiteral("Later forum"), QDate(2024, 1, 1), { s });
    QString error;
    const auto list = m_queries->appearances(m_zhang, &error);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).dialogueTitle, QStringLiteral("Later forum"));
    QCOMPARE(list.at(0).role, QStringLiteral("keynote"));
    QCOMPARE(list.at(1).title, QStringLiteral("Director-General"));
    QCOMPARE(list.at(1).organization, QStringLiteral("FECO"));
    QCOMPARE(list.at(1).date, QDate(2022, 11, 23));
}

void TestListQueries::peopleRows()
{
    QString error;
    const auto rows = m_queries->people(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), m_test->people().size());
    bool found = false;
    for (const auto &row : rows) {
        if (row.person.id == m_zhang) {
            found = true;
            QCOMPARE(row.speechCount, 1);
            QCOMPARE(row.person.localName, QStringLiteral("张玉军"));
        }
    }
    QVERIFY(found);
    // Everyone's latest speech at once agrees with asking one by one.
    Speech later;
    later.personId = m_zhang;
    later.title = QStringLiteral("Senior Adviser");
    addDialogue(QStringLiteral("Later forum"), QDate(2024, 1, 1), { later });
    const auto latest = m_queries->latestSpeeches(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(latest.size(), 4);
    QCOMPARE(latest.value(m_zhang).title, QStringLiteral("Senior Adviser"));
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const auto one = m_queries->latestCapacity(it.key());
        QVERIFY(one);
        QCOMPARE(one->title, it->title);
        QCOMPARE(one->organizationName, it->organizationName);
        QCOMPARE(one->date, it->date);
    }
}

void TestListQueries::organizationAndContactRows()
{
    QString error;
    const auto organizations = m_queries->organizations(&error);
    QCOMPARE(organizations.size(), m_test->organizations().size());
    for (const auto &row : organizations) {
        if (row.organization.key == QLatin1String("lmec")) {
            QCOMPARE(row.parentName, QStringLiteral("FECO"));
            QCOMPARE(row.dialogueCount, 1);
        }
    }
    const auto contacts = m_queries->contacts(&error);
    QCOMPARE(contacts.size(), 1);
    // A list row holds the fields the list shows; the editor reads the whole record, its
    // other languages too (the demo's contact has its Chinese label and address).
    Contact listed = m_test->contacts().first();
    listed.translations = {};
    QCOMPARE(contacts.first().contact, listed);
    QCOMPARE(contacts.first().organizationName, QStringLiteral("LMEC"));
}

// Issue 12, item 7: an organisation's dialogues by role (and where its people spoke) and its
// people; the list's count is the same dialogues, once each.
void TestListQueries::organizationRecord()
{
    QString error;
    const qint64 roap = m_test->organizationId(QStringLiteral("unep-roap"));
    const qint64 china = m_test->organizationId(QStringLiteral("unep-china"));
    // A second dialogue: UNEP ROAP hosts it and is a partner too, Zhang speaks for it twice.
    Speech first;
    first.personId = m_zhang;
    first.organizationId = roap;
    first.title = QStringLiteral("Adviser");
    Speech second = first;
    second.title = QStringLiteral("Senior Adviser");
    Dialogue d;
    d.title = QStringLiteral("Later forum");
    d.startDate = QDate(2024, 2, 1);
    d.speeches = { first, second };
    d.organizations = { { roap, QStringLiteral("host") }, { roap, QStringLiteral("partner") } };
    QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));

    const auto dialogues = m_queries->organizationDialogues(roap, &error);
    QStringList seen;
    for (const auto &row : dialogues)
        seen.append(row.date.toString(Qt::ISODate) + QLatin1Char(' ') + row.role);
    QCOMPARE(seen,
        QStringList({ QStringLiteral("2024-02-01 host"), QStringLiteral("2024-02-01 partner"),
            QStringLiteral("2024-02-01 spoke_for"), QStringLiteral("2022-11-23 co_organizer"),
            QStringLiteral("2022-11-23 spoke_for") }));
    const auto people = m_queries->organizationPeople(roap, &error);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).person.familyName, QStringLiteral("Tsering"));
    QCOMPARE(people.at(0).speechCount, 1);
    QCOMPARE(people.at(1).person.familyName, QStringLiteral("Zhang"));
    QCOMPARE(people.at(1).speechCount, 2);
    QCOMPARE(people.at(1).latestDate, QDate(2024, 2, 1));
    QVERIFY(people.at(1).latestTitle.endsWith(QStringLiteral("Adviser")));

    // The list counts each dialogue once, in any role or spoken for.
    for (const auto &row : m_queries->organizations(&error)) {
        if (row.organization.id == roap)
            QCOMPARE(row.dialogueCount, 2);
        if (row.organization.id == china) // only spoke: presided over the demo's opening
            QCOMPARE(row.dialogueCount, 1);
    }
    QCOMPARE(m_queries->organizationDialogues(999999, &error).size(), 0);
}

QTEST_GUILESS_MAIN(TestListQueries)
#include "tst_listqueries.moc"
