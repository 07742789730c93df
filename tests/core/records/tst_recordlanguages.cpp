// Records in several languages (issue 14, item 1): every record's translations are stored
// and read back whole, go with their record, and are refused when the language or the
// field is not one a record may have. Every case runs on an SQLite file and on a PostgreSQL
// server (the global `backend` column; support/PgServer.h).

#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "support/PgServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

class TestRecordLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { rt::test::addBackends(); }
    void cleanupTestCase() { rt::test::PgServer::stopIfStarted(); }
    void init();
    void cleanup();
    void everyRecordKeepsItsTranslations();
    void aFieldLeftEmptyIsNoTranslation();
    void topicsAndSpeechesKeepTheirOwn();
    void deletingARecordDeletesItsTranslations();
    void mergingPeopleKeepsTheSpeechesTranslations();
    void rulesRefuseWhatNoRecordMayHold_data();
    void rulesRefuseWhatNoRecordMayHold();

private:
    qint64 translationRows();
    Dialogue twoLanguageDialogue();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Archive> m_archive;
    qint64 m_org = 0;
    qint64 m_person = 0;
};

void TestRecordLanguages::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    const QString archive = rt::test::newArchive(m_dir->filePath(QStringLiteral("a.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_db->open(archive, Database::Mode::ReadWrite, &error), qPrintable(error));
    m_archive = std::make_unique<Archive>(*m_db);
    Organization o;
    o.name = QStringLiteral("Lancang-Mekong Environmental Cooperation Center");
    o.shortName = QStringLiteral("LMEC");
    o.translations.set(QStringLiteral("zh"), QStringLiteral("name"), QStringLiteral("澜湄环境合作中心"));
    QVERIFY2(m_archive->saveOrganization(o, &error), qPrintable(error));
    m_org = o.id;
    Person p;
    p.familyName = QStringLiteral("Zhang");
    p.givenName = QStringLiteral("Yujun");
    p.familyNameFirst = true;
    p.localName = QStringLiteral("张玉军");
    QVERIFY2(m_archive->savePerson(p, &error), qPrintable(error));
    m_person = p.id;
}

void TestRecordLanguages::cleanup()
{
    m_archive.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestRecordLanguages::translationRows()
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT count(*) FROM translation"));
    q.exec();
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

Dialogue TestRecordLanguages::twoLanguageDialogue()
{
    Dialogue d;
    d.title = QStringLiteral("Roundtable Dialogue on Wetland Protection");
    d.startDate = QDate(2022, 11, 23);
    d.city = QStringLiteral("Beijing");
    const QString zh = QStringLiteral("zh");
    d.translations.set(zh, QStringLiteral("title"), QStringLiteral("湿地保护圆桌对话"));
    d.translations.set(zh, QStringLiteral("city"), QStringLiteral("北京"));
    d.translations.set(zh, QStringLiteral("outcome"), QStringLiteral("与会代表一致同意加强合作。"));
    d.translations.set(
        QStringLiteral("th"), QStringLiteral("title"), QStringLiteral("การเสวนาโต๊ะกลมว่าด้วยการอนุรักษ์พื้นที่ชุ่มน้ำ"));
    Topic t1;
    t1.title = QStringLiteral("Wetland restoration");
    t1.translations.set(zh, QStringLiteral("title"), QStringLiteral("湿地修复"));
    t1.translations.set(zh, QStringLiteral("description"), QStringLiteral("区域案例"));
    Topic t2;
    t2.title = QStringLiteral("Finance");
    t2.translations.set(zh, QStringLiteral("title"), QStringLiteral("资金"));
    d.topics = { t1, t2 };
    Speech s;
    s.personId = m_person;
    s.organizationId = m_org;
    s.title = QStringLiteral("Director-General");
    s.summary = QStringLiteral("Wetlands matter.");
    s.translations.set(zh, QStringLiteral("title"), QStringLiteral("主任"));
    s.translations.set(zh, QStringLiteral("summary"), QStringLiteral("湿地很重要。"));
    d.speeches = { s };
    d.organizations = { { m_org, QStringLiteral("organizer") } };
    return d;
}

void TestRecordLanguages::everyRecordKeepsItsTranslations()
{
    QString error;
    Dialogue d = twoLanguageDialogue();
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    const auto loaded = m_archive->dialogue(d.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, d);
    QCOMPARE(loaded->translations.value(QStringLiteral("zh"), QStringLiteral("title")),
        QStringLiteral("湿地保护圆桌对话"));
    QCOMPARE(loaded->translations.languages(), QStringList({ QStringLiteral("zh"), QStringLiteral("th") }));
    QCOMPARE(loaded->speeches.at(0).translations.value(QStringLiteral("zh"), QStringLiteral("summary")),
        QStringLiteral("湿地很重要。"));

    const auto org = m_archive->organization(m_org);
    QCOMPARE(org->translations.value(QStringLiteral("zh"), QStringLiteral("name")),
        QStringLiteral("澜湄环境合作中心"));
    QCOMPARE(m_archive->organizations().value(0).translations, org->translations);

    Contact c;
    c.label = QStringLiteral("Contact Us");
    c.address = QStringLiteral("No. 5 Houyingfang Hutong, Beijing");
    c.translations.set(QStringLiteral("zh"), QStringLiteral("label"), QStringLiteral("联系我们"));
    c.translations.set(
        QStringLiteral("zh"), QStringLiteral("address"), QStringLiteral("北京市西城区后英房胡同5号"));
    QVERIFY2(m_archive->saveContact(c, &error), qPrintable(error));
    QCOMPARE(*m_archive->contact(c.id), c);
    QCOMPARE(m_archive->contacts().value(0), c);

    // Changing one translation changes only that one.
    d.translations.set(QStringLiteral("zh"), QStringLiteral("city"), QStringLiteral("北京市"));
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    QCOMPARE(m_archive->dialogue(d.id)->translations.value(QStringLiteral("zh"), QStringLiteral("city")),
        QStringLiteral("北京市"));
    QCOMPARE(*m_archive->dialogue(d.id), d);
}

void TestRecordLanguages::aFieldLeftEmptyIsNoTranslation()
{
    QString error;
    Dialogue d = twoLanguageDialogue();
    QVERIFY(m_archive->saveDialogue(d, &error));
    const qint64 before = translationRows();
    d.translations.set(QStringLiteral("zh"), QStringLiteral("city"), QString());
    QVERIFY(m_archive->saveDialogue(d, &error));
    QCOMPARE(translationRows(), before - 1);
    QVERIFY(m_archive->dialogue(d.id)
                ->translations.value(QStringLiteral("zh"), QStringLiteral("city"))
                .isEmpty());
}

void TestRecordLanguages::topicsAndSpeechesKeepTheirOwn()
{
    QString error;
    Dialogue d = twoLanguageDialogue();
    QVERIFY(m_archive->saveDialogue(d, &error));
    // The first topic goes: the second moves up with its own translation, and a topic added
    // later in the freed place does not inherit anything.
    d.topics.removeFirst();
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
    auto loaded = m_archive->dialogue(d.id);
    QCOMPARE(loaded->topics.size(), 1);
    QCOMPARE(loaded->topics.at(0).translations.value(QStringLiteral("zh"), QStringLiteral("title")),
        QStringLiteral("资金"));
    QVERIFY(loaded->topics.at(0)
                .translations.value(QStringLiteral("zh"), QStringLiteral("description"))
                .isEmpty());
    Topic plain;
    plain.title = QStringLiteral("Plain");
    d.topics.append(plain);
    QVERIFY(m_archive->saveDialogue(d, &error));
    loaded = m_archive->dialogue(d.id);
    QVERIFY(loaded->topics.at(1).translations.isEmpty());
    QCOMPARE(*loaded, d);
}

void TestRecordLanguages::deletingARecordDeletesItsTranslations()
{
    QString error;
    Dialogue d = twoLanguageDialogue();
    QVERIFY(m_archive->saveDialogue(d, &error));
    Contact c;
    c.label = QStringLiteral("Contact Us");
    c.translations.set(QStringLiteral("zh"), QStringLiteral("label"), QStringLiteral("联系我们"));
    QVERIFY(m_archive->saveContact(c, &error));
    QCOMPARE(translationRows(), 11); // 4 dialogue, 3 topic, 2 speech, 1 organisation, 1 contact

    QVERIFY2(m_archive->removeDialogue(d.id, &error), qPrintable(error));
    QCOMPARE(translationRows(), 2);
    QVERIFY2(m_archive->removeContact(c.id, &error), qPrintable(error));
    QCOMPARE(translationRows(), 1);
    QVERIFY2(m_archive->removeOrganization(m_org, &error), qPrintable(error));
    QCOMPARE(translationRows(), 0);

    // A new dialogue that takes the freed id starts with nothing.
    Dialogue again;
    again.title = QStringLiteral("Another");
    again.startDate = QDate(2023, 1, 1);
    QVERIFY(m_archive->saveDialogue(again, &error));
    QVERIFY(m_archive->dialogue(again.id)->translations.isEmpty());
}

void TestRecordLanguages::mergingPeopleKeepsTheSpeechesTranslations()
{
    QString error;
    Dialogue d = twoLanguageDialogue();
    QVERIFY(m_archive->saveDialogue(d, &error));
    Person twin;
    twin.familyName = QStringLiteral("Zhang");
    twin.givenName = QStringLiteral("Y.");
    QVERIFY(m_archive->savePerson(twin, &error));
    QVERIFY2(m_archive->mergePeople(twin.id, m_person, &error), qPrintable(error));
    const auto loaded = m_archive->dialogue(d.id);
    QCOMPARE(loaded->speeches.at(0).personId, twin.id);
    QCOMPARE(loaded->speeches.at(0).translations, d.speeches.at(0).translations);
}

void TestRecordLanguages::rulesRefuseWhatNoRecordMayHold_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown language")
        << "dialogue"
        << "xx"
        << "title"
        << "title.xx"
        << "“xx” is not a language this program knows (en, zh, th, lo, km, my, vi)";
    QTest::newRow("region tag") << "dialogue"
                                << "zh-CN"
                                << "title"
                                << "title.zh-CN"
                                << "“zh-CN” is not a language this program knows";
    QTest::newRow("English among translations") << "dialogue"
                                                << "en"
                                                << "title"
                                                << "title.en"
                                                << "the English text belongs in the field itself";
    QTest::newRow("field without translations") << "dialogue"
                                                << "zh"
                                                << "notes"
                                                << "notes.zh"
                                                << "“notes” has no translations (those that have: title, "
                                                   "short_title, series, kind, city, venue, occasion, "
                                                   "participants, outcome)";
    QTest::newRow("topic field") << "topic"
                                 << "zh"
                                 << "summary"
                                 << "topics[0].summary.zh"
                                 << "“summary” has no translations (those that have: title, description)";
    QTest::newRow("speech field") << "speech"
                                  << "zh"
                                  << "verb"
                                  << "speeches[0].verb.zh"
                                  << "“verb” has no translations (those that have: title, summary)";
    QTest::newRow("organisation")
        << "organization"
        << "zh"
        << "website"
        << "website.zh"
        << "“website” has no translations (those that have: name, short_name, about)";
    QTest::newRow("contact") << "contact"
                             << "km"
                             << "fax"
                             << "fax.km"
                             << "“fax” has no translations (those that have: label, address)";
}

void TestRecordLanguages::rulesRefuseWhatNoRecordMayHold()
{
    QFETCH(QString, record);
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, problemField);
    QFETCH(QString, message);
    const QString value = QStringLiteral("文字");
    QString error;
    QList<RecordRules::Problem> problems;
    bool saved = true;
    if (record == QLatin1String("organization")) {
        Organization o = *m_archive->organization(m_org);
        o.translations.set(language, field, value);
        problems = RecordRules::organization(o);
        saved = m_archive->saveOrganization(o, &error);
    } else if (record == QLatin1String("contact")) {
        Contact c;
        c.label = QStringLiteral("Contact Us");
        c.translations.set(language, field, value);
        problems = RecordRules::contact(c);
        saved = m_archive->saveContact(c, &error);
    } else {
        Dialogue d = twoLanguageDialogue();
        if (record == QLatin1String("topic"))
            d.topics[0].translations.set(language, field, value);
        else if (record == QLatin1String("speech"))
            d.speeches[0].translations.set(language, field, value);
        else
            d.translations.set(language, field, value);
        problems = RecordRules::dialogue(d);
        saved = m_archive->saveDialogue(d, &error);
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, problemField);
    QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
    QVERIFY(!saved);
    QCOMPARE(error, problems.first().message);
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(m_archive->counts().dialogues, 0);
}

QTEST_GUILESS_MAIN(TestRecordLanguages)
#include "tst_recordlanguages.moc"
