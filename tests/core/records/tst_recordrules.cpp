// The record rules (core/records/RecordRules) through import and through the Archive's
// saves, from the one table of cases in tests/support/RecordRuleCases.h.

#include "core/interchange/Interchange.h"
#include "core/records/RecordRules.h"
#include "support/RecordRuleCases.h"
#include "support/TestArchive.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;

class TestRecordRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void import_data() { test::recordRuleCases(); }
    void import();
    void archiveSave_data() { test::recordRuleCases(); }
    void archiveSave();
    void everyProblemInFieldOrder();
    void dateSpelling_data();
    void dateSpelling();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::TestArchive m_archive;
};

void TestRecordRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(
        m_archive.open(m_dir->filePath(QStringLiteral("rules.roundtable")), test::TestArchive::Empty, &error),
        qPrintable(error));
}

void TestRecordRules::cleanup()
{
    m_archive.close();
    m_dir.reset();
}

void TestRecordRules::import()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("roundtable/1") },
        { section, QJsonArray { test::recordRuleJson(section, field, value) } } };
    Interchange::Report report;
    QString error;
    const bool imported
        = Interchange::importJson(m_archive.archive(), QJsonDocument(root).toJson(), &report, &error);
    const Archive::Counts counts = m_archive->counts();
    const qint64 written = counts.contacts + counts.organizations + counts.people + counts.dialogues;
    if (problem.isEmpty()) {
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(report.added, 1);
        QCOMPARE(written, qint64(1));
        return;
    }
    QVERIFY(!imported);
    const QString path = section + QLatin1String("[0].") + field + QLatin1String(": ");
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(written, qint64(0));
}

void TestRecordRules::archiveSave()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    Archive &archive = m_archive.archive();
    QString error;
    bool saved = false;
    QList<RecordRules::Problem> problems;
    if (section == QLatin1String("contacts")) {
        Contact c = test::ruleContact(field, value);
        problems = RecordRules::contact(c);
        saved = archive.saveContact(c, &error);
    } else if (section == QLatin1String("organizations")) {
        Organization o = test::ruleOrganization(field, value);
        problems = RecordRules::organization(o);
        saved = archive.saveOrganization(o, &error);
    } else if (section == QLatin1String("people")) {
        Person p = test::rulePerson(field, value);
        problems = RecordRules::person(p);
        saved = archive.savePerson(p, &error);
    } else {
        Dialogue d = test::ruleDialogue(field, value);
        problems = RecordRules::dialogue(d);
        saved = archive.saveDialogue(d, &error);
    }
    const Archive::Counts counts = m_archive->counts();
    const qint64 written = counts.contacts + counts.organizations + counts.people + counts.dialogues;
    if (problem.isEmpty()) {
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(problems.isEmpty());
        QCOMPARE(written, qint64(1));
        return;
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(written, qint64(0));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QCOMPARE(problems.first().message, error);
}

void TestRecordRules::everyProblemInFieldOrder()
{
    Dialogue d;
    d.country = QStringLiteral("Laos");
    d.topics = { { QString(), QStringLiteral("no title") } };
    d.speeches = { Speech {} };
    const QList<RecordRules::Problem> problems = RecordRules::dialogue(d);
    QStringList fields;
    for (const RecordRules::Problem &p : problems)
        fields << p.field;
    QCOMPARE(fields,
        (QStringList { QStringLiteral("title"), QStringLiteral("start_date"), QStringLiteral("country"),
            QStringLiteral("topics[0].title"), QStringLiteral("speeches[0].person") }));
    QVERIFY(problems.at(4).message.contains(QStringLiteral("speech 1 needs a speaker")));
}

void TestRecordRules::dateSpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << QStringLiteral("2022-11-23") << QDate(2022, 11, 23);
    // A stored date is exactly YYYY-MM-DD: import refuses " 2022-11-23 " (the editor trims what is typed).
    QTest::newRow("spaces around") << QStringLiteral(" 2022-11-23 ") << QDate();
    QTest::newRow("trailing newline") << QStringLiteral("2022-11-23\n") << QDate();
    QTest::newRow("no such day") << QStringLiteral("2022-02-30") << QDate();
    QTest::newRow("day first") << QStringLiteral("23/11/2022") << QDate();
    QTest::newRow("short month") << QStringLiteral("2022-1-23") << QDate();
}

void TestRecordRules::dateSpelling()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QDate parsed(1999, 1, 1);
    const QString problem = RecordRules::date(text, true, &parsed);
    QCOMPARE(parsed, date);
    QCOMPARE(problem.isEmpty(), date.isValid());
    if (!date.isValid())
        QVERIFY2(problem.contains(QStringLiteral("is not a date")), qPrintable(problem));
    QVERIFY(!RecordRules::date(QString(), true).isEmpty());
    QVERIFY(RecordRules::date(QString(), false).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordRules)
#include "tst_recordrules.moc"
