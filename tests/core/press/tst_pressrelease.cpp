// Press releases in the archive: generation from a dialogue (sentences, name forms, dates),
// templates and their errors, the record with its revisions and status transitions.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace rt;
using namespace rt::test;

class TestPressRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestArchive m_test;
    qint64 m_demo = 0;

    // The generated body as plain text, one paragraph a line.
    QString generatedText(qint64 dialogueId, PressRelease *release = nullptr)
    {
        PressRelease r;
        QString error;
        PressReleaseGenerator generator(m_test.archive());
        if (!generator.generate(dialogueId, QStringLiteral("default"), &r, &error))
            qWarning("%s", qPrintable(error));
        if (release)
            *release = r;
        QTextDocument document;
        document.setHtml(r.body);
        return document.toPlainText();
    }

private slots:
    // Every case on an SQLite file and on a PostgreSQL server (support/PgServer.h): the
    // release is written from what the archive reads back, and saved into it.
    void initTestCase_data() { addBackends(); }
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PressReleaseTemplates::userFolder()).removeRecursively();
    }

    void init()
    {
        REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        QString error;
        const QString archive = newArchive(
            m_dir.filePath(QStringLiteral("t%1.rt").arg(QDateTime::currentMSecsSinceEpoch())), &error);
        QVERIFY2(!archive.isEmpty(), qPrintable(error));
        QVERIFY2(m_test.open(archive, TestArchive::Demo | TestArchive::Scripts, &error), qPrintable(error));
        m_demo = m_test.demoDialogue();
        QVERIFY(m_demo > 0);
    }

    void cleanup() { m_test.close(); }

    void englishDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::newRow("reference") << QDate(2022, 11, 23) << QStringLiteral("November 23, 2022");
        QTest::newRow("single digit day") << QDate(2023, 5, 4) << QStringLiteral("May 4, 2023");
        QTest::newRow("january") << QDate(2024, 1, 31) << QStringLiteral("January 31, 2024");
        QTest::newRow("invalid") << QDate() << QString();
    }

    void englishDates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, text);
        // Whatever the locale: the releases are written in English.
        QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        QCOMPARE(PressReleaseGenerator::englishDate(date), text);
        QLocale::setDefault(QLocale::c());
    }

    void nameForms_data()
    {
        QTest::addColumn<QString>("honorific");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("familyFirst");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("later");
        QTest::newRow("family name first") << "Dr."
                                           << "Zhang"
                                           << "Yujun" << true << "Dr. Zhang Yujun"
                                           << "Dr. Zhang";
        QTest::newRow("given name first") << "Mr."
                                          << "Theppitak"
                                          << "Noppadon" << false << "Mr. Noppadon Theppitak"
                                          << "Mr. Theppitak";
        QTest::newRow("no honorific") << ""
                                      << "Wang"
                                      << "Qian" << true << "Wang Qian"
                                      << "Wang Qian";
        QTest::newRow("one name") << "U"
                                  << "Thant"
                                  << "" << false << "U Thant"
                                  << "U Thant";
    }

    void nameForms()
    {
        QFETCH(QString, honorific);
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(bool, familyFirst);
        QFETCH(QString, first);
        QFETCH(QString, later);
        Person p;
        p.honorific = honorific;
        p.familyName = family;
        p.givenName = given;
        p.familyNameFirst = familyFirst;
        QCOMPARE(PressReleaseGenerator::firstMention(p), first);
        QCOMPARE(PressReleaseGenerator::laterMention(p), later);
    }

    void demoRelease()
    {
        PressRelease release;
        const QString text = generatedText(m_demo, &release);
        QCOMPARE(release.headline,
            QStringLiteral("Green Lancang-Mekong Initiative: Towards COP15--Senior-level Roundtable Dialogue "
                           "on Integrated "
                           "Ecosystem Management in the Lancang-Mekong Region was Held in Beijing"));
        QCOMPARE(release.releaseDate, QDate(2022, 11, 23));
        QCOMPARE(release.datelineCity, QStringLiteral("Beijing"));
        QVERIFY(release.contactId > 0);
        QVERIFY(release.aboutOrganizationId > 0);
        const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto paragraphStarting = [&](const QString &start) {
            for (const QString &p : paragraphs) {
                if (p.startsWith(start))
                    return p;
            }
            return QString();
        };
        QCOMPARE(paragraphStarting(QStringLiteral("BEIJING – On ")),
            QStringLiteral(
                "BEIJING – On November 23, 2022, the Special Roundtable Dialogue of Green Lancang-Mekong "
                "Initiative: "
                "Towards "
                "COP15--Senior-level Roundtable Dialogue on Integrated Ecosystem Management (IEM) in the "
                "Lancang-Mekong Region (the Dialogue) was successfully held as part of the 5th anniversary "
                "series "
                "of the Lancang-Mekong Environmental Cooperation Center (LMEC) in online and offline form in "
                "Beijing. The Dialogue was guided by the Ministry of Ecology and Environment of China (MEE), "
                "co-organized by LMEC / Foreign Environmental Cooperation Center, Ministry of Ecology and "
                "Environment, China (FECO) and the UNEP Regional Office for Asia and the Pacific (UNEP "
                "ROAP), "
                "and "
                "supported by the UNEP International Ecosystem Management Partnership (UNEP-IEMP)."));
        const QString participants = paragraphStarting(QStringLiteral("Representatives"));
        // First mentions: full name with honorific and the title held that day; organisations
        // introduced before go by their short names.
        QVERIFY2(participants.contains(QStringLiteral("Dr. Zhang Yujun, Director-General of FECO, Dr. Sun "
                                                      "Xuefeng, Deputy Director-General of the Department "
                                                      "of International Cooperation of MEE, and Dr. Dechen "
                                                      "Tsering, Director of UNEP ROAP, attended the "
                                                      "Dialogue and delivered speeches.")),
            qPrintable(participants));
        QVERIFY2(participants.endsWith(
                     QStringLiteral("Ms. Wang Qian, the Programme Management Officer of the UNEP "
                                    "China Office, presided at the opening ceremony.")),
            qPrintable(participants));
        // Later mentions: honorific and family name, whatever the name order.
        QVERIFY(
            paragraphStarting(QStringLiteral("Dr. Zhang stated that LMEC is an important player"))
                .endsWith(QStringLiteral("help the region achieve the UN Sustainable Development Goals.")));
        QVERIFY(
            !paragraphStarting(QStringLiteral("Dr. Sun emphasized that the Chinese government")).isEmpty());
        QVERIFY(!paragraphStarting(
            QStringLiteral("Dr. Dechen Tsering pointed out that IEM is a promising solution"))
                     .isEmpty());
        // The presiding officer has no paragraph of her own, and speeches keep protocol order.
        QVERIFY(paragraphStarting(QStringLiteral("Ms. Wang")).isEmpty());
        QVERIFY(text.indexOf(QStringLiteral("Dr. Zhang stated"))
            < text.indexOf(QStringLiteral("Dr. Sun emphasized")));
        QVERIFY(text.indexOf(QStringLiteral("Dr. Sun emphasized"))
            < text.indexOf(QStringLiteral("Dr. Dechen Tsering pointed out")));
        QVERIFY(
            paragraphStarting(
                QStringLiteral("The Dialogue focused on three topics: IEM case sharing in the Lancang-Mekong "
                               "Region, policy dialogue on ecosystem management in the Region, and regional "
                               "program on ecosystem management in the Region. The Dialogue shared the "
                               "implementation status"))
                .size()
            > 0);
        QVERIFY(paragraphStarting(QStringLiteral("The participants unanimously expressed"))
                    .endsWith(QStringLiteral("in the Region.")));
        QVERIFY(text.contains(QStringLiteral("Contact Us")));
        QVERIFY(text.contains(QStringLiteral(
            "Address: No. 5 Houyingfang Hutong, Xicheng District, Beijing 100035, P.R. China")));
        QVERIFY(text.contains(QStringLiteral("Email: li.xia@fecomee.org.cn")));
        QVERIFY(text.contains(QStringLiteral("WeChat ID: lancang-mekongec")));
        QVERIFY(paragraphStarting(
                    QStringLiteral(
                        "About LMEC: Lancang-Mekong Environmental Cooperation(LMEC), established in 2017"))
                    .size()
            > 0);
        QCOMPARE(paragraphs.last().trimmed(), QStringLiteral("###"));
    }

    void regionScripts()
    {
        // Given-name-first names keep their family name; text in scripts without a Latin full
        // stop gets none added.
        const QString text = generatedText(m_test->dialogueId(QStringLiteral("scripts")));
        QVERIFY(text.contains(QStringLiteral("Mr. Theppitak stated that การประชุมโต๊ะกลมระดับสูง")));
        QVERIFY(text.contains(QStringLiteral("ทำให้ก้าวหน้า\n")));
        QVERIFY(text.contains(QStringLiteral("H.E. Sok stated that កិច្ចសហប្រតិបត្តិការ")));
        QVERIFY(text.contains(QStringLiteral("Ms. Nguyễn stated that Hợp tác")));
        QVERIFY(text.contains(QStringLiteral("和谐共生。\n")));
    }

    void summariesContinueTheSentence()
    {
        Dialogue d = *m_test->dialogue(m_demo);
        d.speeches[1].summary = QStringLiteral("The region needs a strategy");
        d.speeches[2].summary = QStringLiteral("China will work with its neighbours");
        d.speeches[3].verb = QStringLiteral("chaired");
        d.speeches[3].summary = QStringLiteral("the afternoon session");
        QString error;
        QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));
        const QString text = generatedText(m_demo);
        QVERIFY2(text.contains(QStringLiteral("Dr. Zhang stated that the region needs a strategy.\n")),
            qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("Dr. Sun emphasized that China will work with its neighbours.\n")));
        QVERIFY(text.contains(QStringLiteral("Dr. Dechen Tsering chaired the afternoon session.\n")));
    }

    void headerAndFooterFromTheTemplate()
    {
        const QString html
            = QStringLiteral("<head><meta name=\"roundtable-header\" content=\"A &amp; B &quot;C&quot;\">"
                             "<meta name=\"roundtable-footer\" content=\"\"></head>");
        QCOMPARE(PressReleaseGenerator::metaContent(html, QStringLiteral("roundtable-header")),
            QStringLiteral("A & B \"C\""));
        QCOMPARE(PressReleaseGenerator::metaContent(html, QStringLiteral("roundtable-footer")), QString());
        QCOMPARE(PressReleaseGenerator::metaContent(html, QStringLiteral("other")), QString());
    }

    // Issue 17 item 16: Mustache writes ' as &apos;, which the footer showed as it was.
    void metaContentDecodesEveryReference_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("text");
        QTest::newRow("&apos;") << QStringLiteral("Leaders&apos; Meeting, People&apos;s Republic")
                                << QStringLiteral("Leaders' Meeting, People's Republic");
        QTest::newRow("numeric") << QStringLiteral("&#39;&#x27;&#X41;&#1575;") << QString::fromUtf8("''Aا");
        QTest::newRow("decoded once")
            << QStringLiteral("&amp;lt; &amp;apos; &amp;amp;") << QStringLiteral("&lt; &apos; &amp;");
        QTest::newRow("every Mustache escape")
            << QStringLiteral("&lt;b&gt; &amp; &quot;q&quot; &apos;") << QStringLiteral("<b> & \"q\" '");
        QTest::newRow("unknown or broken left alone")
            << QStringLiteral("&bogus; &#xD800; & ; &amp") << QStringLiteral("&bogus; &#xD800; & ; &amp");
    }

    void metaContentDecodesEveryReference()
    {
        QFETCH(QString, content);
        QFETCH(QString, text);
        const QString html = QStringLiteral("<meta name=\"roundtable-footer\" content=\"%1\">").arg(content);
        QCOMPARE(PressReleaseGenerator::metaContent(html, QStringLiteral("roundtable-footer")), text);
    }

    // Issue 17 item 7: a template past its limits is refused at once, not rendered for minutes.
    void templateLimits_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("message");
        QString nested;
        for (int i = 0; i < 80000; ++i)
            nested += QStringLiteral("{{#a}}");
        for (int i = 0; i < 80000; ++i)
            nested += QStringLiteral("{{/a}}");
        QTest::newRow("80,000 nested sections")
            << nested << QStringLiteral("nests sections more than 32 deep");
        QString inverted;
        for (int i = 0; i < 33; ++i)
            inverted += QStringLiteral("{{^a}}");
        for (int i = 0; i < 33; ++i)
            inverted += QStringLiteral("{{/a}}");
        QTest::newRow("33 inverted sections")
            << inverted << QStringLiteral("nests sections more than 32 deep");
        QTest::newRow("nested behind new delimiters") << QStringLiteral("{{=<% %>=}}")
                + QStringLiteral("<%#a%>").repeated(40) + QStringLiteral("<%/a%>").repeated(40)
                                                      << QStringLiteral("nests sections more than 32 deep");
        QTest::newRow("too many tags")
            << QStringLiteral("{{x}}").repeated(20001) << QStringLiteral("more than 20000 tags");
        QTest::newRow("100,000 nested sections: too long")
            << QStringLiteral("{{#a}}").repeated(100000) + QStringLiteral("{{/a}}").repeated(100000)
            << QStringLiteral("longer than 1000000 characters");
        QTest::newRow("too long") << QString(1000001, QLatin1Char('x'))
                                  << QStringLiteral("longer than 1000000 characters");
    }

    void templateLimits()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, message);
        QString html;
        QString error;
        QVERIFY(!PressReleaseGenerator::render(templateText, {}, &html, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void templateWithinLimitsRenders()
    {
        const QString templateText = QStringLiteral("{{#a}}").repeated(32) + QStringLiteral("{{x}}")
            + QStringLiteral("{{/a}}").repeated(32) + QStringLiteral("{{=<% %>=}}<%x%>");
        QString html;
        QString error;
        QVERIFY2(PressReleaseGenerator::render(templateText,
                     { { QStringLiteral("a"), true }, { QStringLiteral("x"), QStringLiteral("it's") } },
                     &html, &error),
            qPrintable(error));
        QCOMPARE(html, QStringLiteral("it&apos;sit&apos;s"));
    }

    void templateErrorsHaveTheirLine_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed section")
            << QStringLiteral("<p>\n{{headline}}\n  {{#speeches}}<p>{{paragraph}}</p>\n</p>")
            << QStringLiteral("line 3, column 3");
        QTest::newRow("unclosed tag")
            << QStringLiteral("<h1>{{headline}}</h1>\n<p>\n{{dateline_paragraph</p>")
            << QStringLiteral("line 3, column 1");
        QTest::newRow("unopened section")
            << QStringLiteral("a\nb\nc {{/topics}}") << QStringLiteral("line 3, column 3");
        QTest::newRow("after unicode")
            << QStringLiteral("澜沧江 {{#x}}") << QStringLiteral("line 1, column 5");
    }

    void templateErrorsHaveTheirLine()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, where);
        QString html;
        QString error;
        QVERIFY(!PressReleaseGenerator::render(templateText, {}, &html, &error));
        QVERIFY2(error.startsWith(where + QStringLiteral(": ")), qPrintable(error));
    }

    void userTemplatesWinAndAreChecked()
    {
        QVERIFY(PressReleaseTemplates::names().contains(QStringLiteral("default")));
        QVERIFY(QDir().mkpath(PressReleaseTemplates::userFolder()));
        QFile custom(QDir(PressReleaseTemplates::userFolder()).filePath(QStringLiteral("letterhead.html")));
        QVERIFY(custom.open(QIODevice::WriteOnly));
        custom.write(
            "<h1>{{headline}}</h1>\n<p>{{#speeches}}{{later_mention}}; {{/speeches}}</p>\n{{#broken}}");
        custom.close();
        QVERIFY(PressReleaseTemplates::names().contains(QStringLiteral("letterhead")));
        PressRelease release;
        QString error;
        PressReleaseGenerator generator(m_test.archive());
        QVERIFY(!generator.generate(m_demo, QStringLiteral("letterhead"), &release, &error));
        QVERIFY2(error.contains(QStringLiteral("letterhead")) && error.contains(QStringLiteral("line 3")),
            qPrintable(error));
        QVERIFY(custom.open(QIODevice::WriteOnly | QIODevice::Truncate));
        custom.write("<h1>{{headline}}</h1>\n<p>{{#speeches}}{{later_mention}}; {{/speeches}}</p>");
        custom.close();
        QVERIFY2(
            generator.generate(m_demo, QStringLiteral("letterhead"), &release, &error), qPrintable(error));
        QVERIFY2(release.body.contains(QStringLiteral("Ms. Wang; Dr. Zhang; Dr. Sun; Dr. Dechen Tsering; ")),
            qPrintable(release.body));
        QVERIFY(!generator.generate(m_demo, QStringLiteral("../default"), &release, &error));
        QVERIFY(!generator.generate(m_demo, QStringLiteral("nonexistent"), &release, &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent")));
        QDir(PressReleaseTemplates::userFolder()).removeRecursively();
    }

    void htmlIsEscaped()
    {
        Dialogue d = *m_test->dialogue(m_demo);
        d.outcome = QStringLiteral("<script>alert(1)</script> & more");
        QString error;
        QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));
        PressRelease release;
        QVERIFY(PressReleaseGenerator(m_test.archive()).generate(m_demo, QString(), &release, &error));
        QVERIFY(!release.body.contains(QStringLiteral("<script>")));
        QVERIFY(release.body.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.")));
    }

    void savedReleaseOtherwiseFreshDraft()
    {
        // What the command line prints and the batch export writes: the staff's saved text
        // when there is one, a fresh (unsaved) draft otherwise or when a template is asked for.
        PressReleaseGenerator generator(m_test.archive());
        PressReleaseStore store(m_test.db());
        PressRelease release;
        bool fromSaved = true;
        QString error;
        QVERIFY2(generator.releaseFor(m_demo, QString(), &release, &fromSaved, &error), qPrintable(error));
        QVERIFY(!fromSaved);
        QCOMPARE(release.id, 0);
        QVERIFY(store.releasesOf(m_demo).isEmpty()); // a draft for printing is not saved

        release.body = QStringLiteral("<p>Edited by the staff</p>");
        QVERIFY2(store.save(release, &error), qPrintable(error));
        PressRelease printed;
        QVERIFY(generator.releaseFor(m_demo, QString(), &printed, &fromSaved, &error));
        QVERIFY(fromSaved);
        QCOMPARE(printed.id, release.id);
        QCOMPARE(printed.body, release.body);

        QVERIFY(generator.releaseFor(m_demo, QStringLiteral("default"), &printed, &fromSaved, &error));
        QVERIFY(!fromSaved);
        QVERIFY(printed.body != release.body);
        QVERIFY(!generator.releaseFor(m_demo, QStringLiteral("nonexistent"), &printed, &fromSaved, &error));
    }

    void revisionsKeepEveryText()
    {
        PressReleaseStore store(m_test.db());
        PressRelease release;
        QString error;
        QVERIFY(PressReleaseGenerator(m_test.archive()).generate(m_demo, QString(), &release, &error));
        const QString generated = release.body;
        QVERIFY2(store.save(release, &error), qPrintable(error));
        QVERIFY(release.id > 0);
        QCOMPARE(store.revisions(release.id).size(), 0);

        release.body = QStringLiteral("<p>First edit</p>");
        QVERIFY2(store.save(release, &error), qPrintable(error));
        release.headline = QStringLiteral("A better headline");
        release.body = QStringLiteral("<p>Second edit</p>");
        QVERIFY2(store.save(release, &error), qPrintable(error));
        // Saving without a change of text keeps no revision.
        release.releaseNumber = QStringLiteral("2022-17");
        QVERIFY2(store.save(release, &error), qPrintable(error));

        const QList<PressReleaseRevision> revisions = store.revisions(release.id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).number, 2); // newest first
        QCOMPARE(revisions.at(0).body, QStringLiteral("<p>First edit</p>"));
        QCOMPARE(revisions.at(1).body, generated);

        QVERIFY2(store.restoreRevision(release.id, 1, &error), qPrintable(error));
        const PressRelease restored = *store.release(release.id);
        QCOMPARE(restored.body, generated);
        QCOMPARE(restored.headline, revisions.at(1).headline);
        QCOMPARE(restored.releaseNumber, QStringLiteral("2022-17"));
        // The text that restoring replaced is itself kept.
        QCOMPARE(store.revisions(release.id).size(), 3);
        QCOMPARE(store.revisions(release.id).first().body, QStringLiteral("<p>Second edit</p>"));
        QVERIFY(!store.restoreRevision(release.id, 99, &error));
        QVERIFY(error.contains(QStringLiteral("99")));
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("draft to approved") << "draft"
                                           << "approved" << true;
        QTest::newRow("draft to published") << "draft"
                                            << "published" << false;
        QTest::newRow("approved to published") << "approved"
                                               << "published" << true;
        QTest::newRow("approved back to draft") << "approved"
                                                << "draft" << true;
        QTest::newRow("published to draft") << "published"
                                            << "draft" << false;
        QTest::newRow("published to approved") << "published"
                                               << "approved" << false;
        QTest::newRow("unknown") << "draft"
                                 << "withdrawn" << false;
    }

    void statusTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(PressReleaseStatus::canChange(from, to), allowed);

        PressReleaseStore store(m_test.db());
        PressRelease release;
        release.dialogueId = m_demo;
        release.body = QStringLiteral("<p>text</p>");
        QString error;
        QVERIFY(store.save(release, &error));
        if (from != QLatin1String("draft"))
            QVERIFY(store.setStatus(release.id, QStringLiteral("approved"), &error));
        if (from == QLatin1String("published"))
            QVERIFY(store.setStatus(release.id, QStringLiteral("published"), &error));
        QCOMPARE(store.release(release.id)->status, from);
        QCOMPARE(store.setStatus(release.id, to, &error), allowed);
        QCOMPARE(store.release(release.id)->status, allowed ? to : from);
        if (!allowed)
            QVERIFY(!error.isEmpty());
    }

    void publishedTextIsFrozen()
    {
        PressReleaseStore store(m_test.db());
        PressRelease release;
        release.dialogueId = m_demo;
        release.body = QStringLiteral("<p>text</p>");
        QString error;
        QVERIFY(store.save(release, &error));
        QVERIFY(store.setStatus(release.id, QStringLiteral("approved"), &error));
        QVERIFY(store.setStatus(release.id, QStringLiteral("published"), &error));
        PressRelease edited = *store.release(release.id);
        edited.body = QStringLiteral("<p>changed</p>");
        QVERIFY(!store.save(edited, &error));
        QCOMPARE(store.release(release.id)->body, QStringLiteral("<p>text</p>"));
        QCOMPARE(store.revisions(release.id).size(), 0);
    }

    void badInputIsRefused()
    {
        PressReleaseStore store(m_test.db());
        QString error;
        PressRelease orphan;
        QVERIFY(!store.save(orphan, &error)); // no dialogue
        orphan.dialogueId = 999999;
        QVERIFY(!store.save(orphan, &error)); // a dialogue that does not exist
        QCOMPARE(store.releases().size(), 0);
        PressRelease a;
        a.dialogueId = m_demo;
        a.releaseNumber = QStringLiteral("7");
        QVERIFY(store.save(a, &error));
        PressRelease b = a;
        b.id = 0;
        QVERIFY(!store.save(b, &error)); // release numbers are unique
        QCOMPARE(store.releases().size(), 1);
        // A dialogue with a release cannot be removed from under it.
        QVERIFY(!m_test->removeDialogue(m_demo, &error));
        QVERIFY2(error.contains(QStringLiteral("has 1 press release")), qPrintable(error));
        QVERIFY(m_test->dialogue(m_demo));
        QVERIFY(store.remove(a.id, &error));
        QVERIFY2(m_test->removeDialogue(m_demo, &error), qPrintable(error));
    }

    // Issue 12, item 10: an edit to an approved release makes it a draft again, and the approved
    // text stays a revision; an unchanged save keeps it approved.
    void approvedEditReturnsToDraft()
    {
        PressReleaseStore store(m_test.db());
        PressRelease release;
        release.dialogueId = m_demo;
        release.headline = QStringLiteral("Approved headline");
        release.body = QStringLiteral("<p>approved text</p>");
        QString error;
        QVERIFY2(store.save(release, &error), qPrintable(error));
        QVERIFY2(store.setStatus(release.id, QStringLiteral("approved"), &error), qPrintable(error));
        PressRelease approved = *store.release(release.id);
        QVERIFY2(store.save(approved, &error), qPrintable(error)); // nothing changed
        QCOMPARE(store.release(release.id)->status, QStringLiteral("approved"));
        QCOMPARE(store.revisions(release.id).size(), 0);

        approved.body = QStringLiteral("<p>edited after approval</p>");
        QVERIFY2(store.save(approved, &error), qPrintable(error));
        QCOMPARE(approved.status, QStringLiteral("draft")); // the caller learns it too
        QCOMPARE(store.release(release.id)->status, QStringLiteral("draft"));
        QCOMPARE(store.revisions(release.id).size(), 1);
        QCOMPARE(store.revisions(release.id).first().status, QStringLiteral("approved"));
        QCOMPARE(store.revisions(release.id).first().body, QStringLiteral("<p>approved text</p>"));

        // A change to a field other than the text does the same, and still keeps the approved text.
        QVERIFY2(store.setStatus(release.id, QStringLiteral("approved"), &error), qPrintable(error));
        PressRelease again = *store.release(release.id);
        again.datelineCity = QStringLiteral("Vientiane");
        QVERIFY2(store.save(again, &error), qPrintable(error));
        QCOMPARE(store.release(release.id)->status, QStringLiteral("draft"));
        QCOMPARE(store.revisions(release.id).size(), 2);
        QCOMPARE(store.revisions(release.id).first().status, QStringLiteral("approved"));

        // Published: nothing may change, not even the dateline.
        QVERIFY(store.setStatus(release.id, QStringLiteral("approved"), &error));
        QVERIFY(store.setStatus(release.id, QStringLiteral("published"), &error));
        PressRelease published = *store.release(release.id);
        published.releaseNumber = QStringLiteral("2024-1");
        QVERIFY(!store.save(published, &error));
        QVERIFY(error.contains(QStringLiteral("published")));
        QCOMPARE(store.release(release.id)->releaseNumber, QString());
    }

    // Issue 12, item 9: what goes with a dialogue is counted, and its releases go only when
    // the caller says so.
    void deletingADialogueCountsWhatGoes()
    {
        PressReleaseStore store(m_test.db());
        Archive::DialogueParts parts = m_test->dialogueParts(m_demo);
        QCOMPARE(parts.speeches, 4);
        QCOMPARE(parts.topics, 3);
        QCOMPARE(parts.releases(), 0);
        QString error;
        for (const char *status : { "draft", "published" }) {
            PressRelease r;
            r.dialogueId = m_demo;
            r.body = QStringLiteral("<p>%1</p>").arg(QLatin1String(status));
            QVERIFY2(store.save(r, &error), qPrintable(error));
            if (QLatin1String(status) == QLatin1String("published")) {
                QVERIFY(store.setStatus(r.id, QStringLiteral("approved"), &error));
                QVERIFY(store.setStatus(r.id, QStringLiteral("published"), &error));
            }
        }
        parts = m_test->dialogueParts(m_demo);
        QCOMPARE(parts.draftReleases, 1);
        QCOMPARE(parts.publishedReleases, 1);
        QCOMPARE(parts.approvedReleases, 0);
        QVERIFY(!m_test->removeDialogue(m_demo, &error));
        QVERIFY(m_test->dialogue(m_demo));
        QVERIFY2(m_test->removeDialogue(m_demo, &error, Archive::Releases::Delete), qPrintable(error));
        QVERIFY(!m_test->dialogue(m_demo));
        QCOMPARE(store.releases().size(), 0);
        QSqlQuery left(m_test.db().db());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM press_release_revision")) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    // Issue 12, item 11: releases of records unlike the demo read as a staff member would
    // send them out.
    void releasesUnlikeTheDemo()
    {
        Archive &archive = m_test.archive();
        QString error;
        auto organization = [&](const QString &name, const QString &shortName) {
            Organization o;
            o.name = name;
            o.shortName = shortName;
            if (!archive.saveOrganization(o, &error))
                qFatal("%s", qPrintable(error));
            return o.id;
        };
        auto person = [&](const QString &honorific, const QString &family, const QString &given,
                          bool familyFirst, const QString &later) {
            Person p;
            p.honorific = honorific;
            p.familyName = family;
            p.givenName = given;
            p.familyNameFirst = familyFirst;
            p.laterMention = later;
            if (!archive.savePerson(p, &error))
                qFatal("%s", qPrintable(error));
            return p.id;
        };
        auto speech
            = [](qint64 personId, qint64 organizationId, const QString &title, const QString &summary) {
                  Speech s;
                  s.personId = personId;
                  s.organizationId = organizationId;
                  s.title = title;
                  s.verb = QStringLiteral("noted");
                  s.summary = summary;
                  return s;
              };
        const qint64 center = organization(
            QStringLiteral("Lancang-Mekong Water Resources Cooperation Center"), QStringLiteral("LMWRCC"));
        const qint64 mrc
            = organization(QStringLiteral("Mekong River Commission Secretariat"), QStringLiteral("MRCS"));
        const qint64 tsinghua = organization(QStringLiteral("Tsinghua University"), QString());
        const qint64 somsak = person(QStringLiteral("Mr."), QStringLiteral("Phommachanh"),
            QStringLiteral("Somsak"), false, QStringLiteral("given_name"));
        const qint64 li = person(QStringLiteral("Prof."), QStringLiteral("Li"), QStringLiteral("Xia"), true,
            QStringLiteral("family_name"));
        const qint64 dawa = person(QStringLiteral("Ms."), QStringLiteral("Dorji"), QStringLiteral("Dawa"),
            false, QStringLiteral("full_name"));

        // A forum whose title holds its series, in person at a venue.
        Dialogue forum;
        forum.title = QStringLiteral("2024 Lancang-Mekong Water Resources Cooperation Forum");
        forum.series = QStringLiteral("Lancang-Mekong Water Resources Cooperation");
        forum.kind = QStringLiteral("Forum");
        forum.startDate = QDate(2024, 9, 10);
        forum.city = QStringLiteral("Kunming");
        forum.country = QStringLiteral("CN");
        forum.venue = QStringLiteral("Dianchi Convention Center");
        forum.format = QStringLiteral("in_person");
        forum.organizations
            = { { center, QStringLiteral("organizer") }, { mrc, QStringLiteral("co_organizer") } };
        forum.participants = QStringLiteral("Officials of the six Lancang-Mekong countries");
        forum.speeches = { speech(somsak, mrc, QStringLiteral("Director of Planning"),
                               QStringLiteral("data sharing across the basin has improved flood warnings")),
            speech(li, tsinghua, QStringLiteral("Professor"),
                QStringLiteral("reservoirs can be run for the river")) };
        forum.contactId = m_test->contactId(QStringLiteral("lmec-contact"));
        QVERIFY2(archive.saveDialogue(forum, &error), qPrintable(error));

        PressRelease forumRelease;
        const QString forumText = generatedText(forum.id, &forumRelease);
        // The series is not said twice.
        QCOMPARE(forumRelease.headline,
            QStringLiteral("2024 Lancang-Mekong Water Resources Cooperation Forum was Held in Kunming"));
        QVERIFY2(!forumText.contains(QStringLiteral("Cooperation--")), qPrintable(forumText));
        QVERIFY2(!forumText.contains(QStringLiteral("Forum of 2024")), qPrintable(forumText));
        // Dateline city, the venue with its article, the organisers with theirs.
        QVERIFY2(
            forumText.contains(QStringLiteral(
                "KUNMING – On September 10, 2024, the 2024 Lancang-Mekong Water Resources Cooperation Forum "
                "(the Forum) was successfully held at the Dianchi Convention Center in Kunming. The Forum "
                "was "
                "organized by the Lancang-Mekong Water Resources Cooperation Center (LMWRCC) and "
                "co-organized by the Mekong River Commission Secretariat (MRCS).")),
            qPrintable(forumText));
        QVERIFY2(forumText.contains(QStringLiteral("participated in this forum.")), qPrintable(forumText));
        // Two topics that hold "and" are told apart by a comma.
        forum.topics = { { QStringLiteral("data and information sharing"), QString() },
            { QStringLiteral("flood and drought management"), QString() } };
        QVERIFY2(archive.saveDialogue(forum, &error), qPrintable(error));
        QVERIFY2(generatedText(forum.id).contains(QStringLiteral(
                     "The Forum focused on two topics: data and information sharing, and flood and drought "
                     "management.")),
            qPrintable(generatedText(forum.id)));
        // "Tsinghua University" takes no article; later mentions as each record says.
        QVERIFY2(forumText.contains(
                     QStringLiteral("Mr. Somsak Phommachanh, Director of Planning of MRCS, and Prof. Li "
                                    "Xia, Professor of Tsinghua University, attended the Forum")),
            qPrintable(forumText));
        QVERIFY2(
            forumText.contains(QStringLiteral("Mr. Somsak noted that data sharing")), qPrintable(forumText));
        QVERIFY2(forumText.contains(QStringLiteral("Prof. Li noted that reservoirs")), qPrintable(forumText));

        // An online meeting: not "Held in" a city, though the record names one.
        Dialogue meeting;
        meeting.title = QStringLiteral("Meeting on Mekong Drought Monitoring");
        meeting.kind = QStringLiteral("Meeting");
        meeting.startDate = QDate(2024, 3, 5);
        meeting.city = QStringLiteral("Vientiane");
        meeting.format = QStringLiteral("online");
        meeting.organizations = { { mrc, QStringLiteral("host") } };
        meeting.speeches = { speech(dawa, mrc, QStringLiteral("Drought Specialist"),
            QStringLiteral("satellite data now reach the provinces within a day")) };
        QVERIFY2(archive.saveDialogue(meeting, &error), qPrintable(error));
        PressRelease meetingRelease;
        const QString meetingText = generatedText(meeting.id, &meetingRelease);
        QCOMPARE(
            meetingRelease.headline, QStringLiteral("Meeting on Mekong Drought Monitoring was Held Online"));
        QVERIFY2(!meetingText.contains(QStringLiteral("in Vientiane")), qPrintable(meetingText));
        QVERIFY2(!meetingText.contains(QStringLiteral("Held in")), qPrintable(meetingText));
        QVERIFY2(meetingText.contains(QStringLiteral("(the Meeting) was successfully held online.")),
            qPrintable(meetingText));
        QVERIFY2(
            meetingText.contains(QStringLiteral("The Meeting was hosted by the Mekong River Commission")),
            qPrintable(meetingText));
        QVERIFY2(meetingText.contains(QStringLiteral("Ms. Dawa Dorji noted that satellite data")),
            qPrintable(meetingText));
        // A title that says "online" already is not told so twice.
        meeting.title = QStringLiteral("Online Meeting on Mekong Drought Monitoring");
        QVERIFY2(archive.saveDialogue(meeting, &error), qPrintable(error));
        const QString onlineText = generatedText(meeting.id, &meetingRelease);
        QCOMPARE(meetingRelease.headline,
            QStringLiteral("Online Meeting on Mekong Drought Monitoring was Held on March 5, 2024"));
        QVERIFY2(onlineText.contains(QStringLiteral("Monitoring (the Meeting) was successfully held.")),
            qPrintable(onlineText));

        // A workshop with one topic.
        Dialogue workshop;
        workshop.title = QStringLiteral("Workshop on Flood Forecasting");
        workshop.kind = QStringLiteral("Workshop");
        workshop.startDate = QDate(2023, 11, 2);
        workshop.city = QStringLiteral("Phnom Penh");
        workshop.format = QStringLiteral("in_person");
        workshop.topics = { { QStringLiteral("early warning for small river basins"), QString() } };
        QVERIFY2(archive.saveDialogue(workshop, &error), qPrintable(error));
        const QString workshopText = generatedText(workshop.id);
        QVERIFY2(workshopText.contains(
                     QStringLiteral("The Workshop focused on early warning for small river basins.")),
            qPrintable(workshopText));
        QVERIFY2(!workshopText.contains(QStringLiteral("one topic")), qPrintable(workshopText));
        QVERIFY2(!workshopText.contains(QStringLiteral("Workshop Workshop")), qPrintable(workshopText));
        QVERIFY2(
            workshopText.contains(QStringLiteral("PHNOM PENH – On November 2, 2023, the Workshop on Flood "
                                                 "Forecasting (the Workshop) was successfully held in "
                                                 "Phnom Penh.")),
            qPrintable(workshopText));
    }
};

QTEST_MAIN(TestPressRelease)
#include "tst_pressrelease.moc"
