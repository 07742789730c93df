// Dialogues as iCalendar (RFC 5545), read back by libical, a reader we did not write (linked
// into this test only): one VEVENT per dialogue, all-day dates with DTEND exclusive, a UID
// stable from the key, STATUS from the record's, text folded and escaped.

#include "core/interchange/ICalendar.h"
#include "core/records/Archive.h"
#include "core/records/Countries.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace rt;
using namespace rt::test;

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackends(); }
    void initTestCase();
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void init();
    void cleanup();

    void libicalReadsEveryEvent();
    void linesAreFoldedAndDatesExclusive();
    void queryChoosesTheDialogues();
    void neverOverTheArchive();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestArchive m_archive;
};

void TestICalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestICalendar::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString archive = newArchive(m_dir->filePath(QStringLiteral("c.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_archive.open(archive, TestArchive::Demo, &error), qPrintable(error));
    // A planned workshop over three days, its text full of what must be escaped, and a
    // cancelled one-day forum.
    Dialogue workshop;
    workshop.key = QStringLiteral("2026-12-01 workshop; hydropower");
    workshop.title = QStringLiteral(
        "Workshop on hydropower, fisheries; and \\ sediment: 湄公河水电与渔业研讨会，为期三天的区域合作讨论");
    workshop.startDate = QDate(2026, 12, 1);
    workshop.endDate = QDate(2026, 12, 3);
    workshop.venue = QStringLiteral("Lao Plaza Hotel, Room 2");
    workshop.city = QStringLiteral("Vientiane");
    workshop.country = QStringLiteral("LA");
    workshop.series = QStringLiteral("Mekong Dialogues");
    workshop.format = QStringLiteral("hybrid");
    workshop.status = QStringLiteral("planned");
    workshop.outcome = QStringLiteral("Line one\nLine two");
    Dialogue forum;
    forum.key = QStringLiteral("2026-06-30-forum");
    forum.title = QStringLiteral("Forum");
    forum.startDate = QDate(2026, 6, 30);
    forum.status = QStringLiteral("cancelled");
    QVERIFY2(m_archive->saveDialogue(workshop, &error), qPrintable(error));
    QVERIFY2(m_archive->saveDialogue(forum, &error), qPrintable(error));
}

void TestICalendar::cleanup()
{
    m_archive.close();
    m_dir.reset();
}

namespace {

QString text(icalproperty *p)
{
    return p ? QString::fromUtf8(icalvalue_as_ical_string(icalproperty_get_value(p))) : QString();
}

QDate date(icaltimetype t)
{
    return QDate(t.year, t.month, t.day);
}

} // namespace

void TestICalendar::libicalReadsEveryEvent()
{
    const QByteArray bytes = ICalendar::calendar(
        m_archive.archive(), m_archive->dialogueIds(), QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
    icalcomponent *calendar = icalparser_parse_string(bytes.constData());
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
    // libical adds an X-LIC-ERROR property wherever it could not read something.
    QCOMPARE(icalcomponent_count_errors(calendar), 0);
    QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 3);

    QHash<QString, icalcomponent *> events;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        events.insert(QString::fromUtf8(icalcomponent_get_uid(e)), e);
    QCOMPARE(events.size(), 3);

    icalcomponent *workshop = events.value(ICalendar::uid(QStringLiteral("2026-12-01 workshop; hydropower")));
    QVERIFY(workshop);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(workshop)),
        QStringLiteral("Workshop on hydropower, fisheries; and \\ sediment: "
                       "湄公河水电与渔业研讨会，为期三天的区域合作讨论"));
    QCOMPARE(QString::fromUtf8(icalcomponent_get_location(workshop)),
        QStringLiteral("Lao Plaza Hotel, Room 2, Vientiane, ") + Countries::name(QStringLiteral("LA")));
    const icaltimetype start = icalcomponent_get_dtstart(workshop);
    const icaltimetype end = icalcomponent_get_dtend(workshop);
    QVERIFY(start.is_date);
    QVERIFY(end.is_date);
    QCOMPARE(date(start), QDate(2026, 12, 1));
    QCOMPARE(date(end), QDate(2026, 12, 4)); // exclusive: the day after the last
    QCOMPARE(icalcomponent_get_status(workshop), ICAL_STATUS_TENTATIVE);
    const QString description = QString::fromUtf8(icalcomponent_get_description(workshop));
    QVERIFY2(description.contains(QStringLiteral("Mekong Dialogues\n")), qPrintable(description));
    QVERIFY(description.endsWith(QStringLiteral("Line one\nLine two")));
    const icaltimetype stamp = icalcomponent_get_dtstamp(workshop);
    QVERIFY(icaltime_is_utc(stamp));
    QCOMPARE(stamp.hour, 12);

    icalcomponent *forum = events.value(ICalendar::uid(QStringLiteral("2026-06-30-forum")));
    QVERIFY(forum);
    QCOMPARE(date(icalcomponent_get_dtend(forum)), QDate(2026, 7, 1));
    QCOMPARE(icalcomponent_get_status(forum), ICAL_STATUS_CANCELLED);
    QVERIFY(!icalcomponent_get_first_property(forum, ICAL_LOCATION_PROPERTY));

    icalcomponent *demo = events.value(ICalendar::uid(DemoDialogueKey));
    QVERIFY(demo);
    QCOMPARE(icalcomponent_get_status(demo), ICAL_STATUS_CONFIRMED);
    QCOMPARE(date(icalcomponent_get_dtstart(demo)), QDate(2022, 11, 23));
    QCOMPARE(date(icalcomponent_get_dtend(demo)), QDate(2022, 11, 24));
    QVERIFY(QString::fromUtf8(icalcomponent_get_location(demo)).contains(QStringLiteral("Beijing")));
    QCOMPARE(text(icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY)), QStringLiteral("2.0"));
    icalcomponent_free(calendar);
}

void TestICalendar::linesAreFoldedAndDatesExclusive()
{
    const QByteArray bytes
        = ICalendar::calendar(m_archive.archive(), m_archive->dialogueIds(), QDateTime::currentDateTimeUtc());
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    int folded = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        folded += line.startsWith(' ') ? 1 : 0;
    }
    QVERIFY(folded > 0); // the long title was folded
    // The UID is the same in every export: from the key, not from the time.
    QVERIFY(bytes.contains("UID:2026-12-01%20workshop%3B%20hydropower@dialogue.roundtable\r\n"));
    QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261204\r\n"));
}

void TestICalendar::queryChoosesTheDialogues()
{
    QList<qint64> ids;
    QString error;
    QVERIFY2(ICalendar::dialogueIds(m_archive.archive(), QStringLiteral("city:vientiane"), &ids, &error),
        qPrintable(error));
    QCOMPARE(ids, QList<qint64> { m_archive->dialogueId(QStringLiteral("2026-12-01 workshop; hydropower")) });
    QVERIFY(ICalendar::dialogueIds(m_archive.archive(), QString(), &ids, &error));
    QCOMPARE(ids.size(), 3);
    QVERIFY(ICalendar::dialogueIds(m_archive.archive(), QStringLiteral("year:2022"), &ids, &error));
    QCOMPARE(ids, QList<qint64> { m_archive.demoDialogue() });

    const QString file = m_dir->filePath(QStringLiteral("planned.ics"));
    int events = 0;
    QVERIFY2(ICalendar::exportFile(m_archive.archive(), file, QStringLiteral("year:2026"), &events, &error),
        qPrintable(error));
    QCOMPARE(events, 2);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    icalcomponent *calendar = icalparser_parse_string(f.readAll().constData());
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 2);
    icalcomponent_free(calendar);
}

void TestICalendar::neverOverTheArchive()
{
    if (onServer())
        QSKIP("a server archive is no file for an export to write over");
    QString error;
    const QString archive = m_archive.db().path();
    QFile f(archive);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(!ICalendar::exportFile(m_archive.archive(), archive, QString(), nullptr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
