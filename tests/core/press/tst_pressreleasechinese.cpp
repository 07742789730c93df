// Press releases in Chinese (issue 14, items 3 to 5): the way Chinese releases write dates,
// the lead, names and reporting verbs; the demo's Chinese release checked sentence by
// sentence; a dialogue lacking Chinese text refused with the list of what it lacks; the
// language of each release and the number its two languages share; lines that never start
// with 。，、） nor end with （“; and a PDF in Noto Sans CJK SC whose text copies out as the
// record's characters (read back with poppler's pdftotext and pdffonts).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/ChinesePressRelease.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace rt;
using namespace rt::test;

namespace {

const QString NoLineStart = QStringLiteral(u"。，、）」；：！？");
const QString NoLineEnd = QStringLiteral(u"（“「");

QString run(
    const QString &program, const QStringList &arguments, int *exitCode = nullptr, QString *errors = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QString();
    if (exitCode)
        *exitCode = process.exitCode();
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(QChar::Nbsp).remove(space);
}

// The lines of every block as laid out, each with the characters it holds.
QStringList laidOutLines(QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.append(block.text().mid(line.textStart(), line.textLength()).trimmed());
        }
    }
    return lines;
}

// The lines that break the rules of Chinese line breaking, for a failure message.
QStringList badLines(const QStringList &lines)
{
    QStringList bad;
    for (const QString &line : lines) {
        QString visible = line;
        visible.remove(QChar(0x2060));
        if (visible.isEmpty())
            continue;
        if (NoLineStart.contains(visible.front()) || NoLineEnd.contains(visible.back()))
            bad.append(visible);
    }
    return bad;
}

} // namespace

class TestPressReleaseChinese : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestArchive m_test;
    qint64 m_demo = 0;
    int m_counter = 0;

    PressRelease chinese(qint64 dialogueId, QString *error)
    {
        PressRelease r;
        r.language = QStringLiteral("zh");
        PressReleaseGenerator(m_test.archive()).generate(dialogueId, QString(), &r, error);
        return r;
    }

    // The dialogue in every script of the region, which has no Chinese text. (Its file names
    // MEE in English alone, so it is imported only where a dialogue without Chinese is needed.)
    qint64 importScripts()
    {
        Interchange::Report report;
        QString error;
        if (!Interchange::importFile(m_test.archive(),
                QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/scripts.json"), &report, &error))
            qWarning("%s", qPrintable(error));
        return m_test->dialogueId(ScriptsDialogueKey);
    }

    static QStringList paragraphs(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PressReleaseTemplates::userFolder()).removeRecursively();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_test.open(
                     m_dir.filePath(QStringLiteral("zh%1.rt").arg(++m_counter)), TestArchive::Demo, &error),
            qPrintable(error));
        m_demo = m_test.demoDialogue();
        QVERIFY(m_demo > 0);
    }

    void cleanup() { m_test.close(); }

    void dates_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("text");
        QTest::newRow("one day") << QDate(2022, 11, 23) << QDate() << QStringLiteral(u"2022年11月23日");
        QTest::newRow("same end") << QDate(2022, 11, 23) << QDate(2022, 11, 23)
                                  << QStringLiteral(u"2022年11月23日");
        QTest::newRow("two days") << QDate(2022, 11, 23) << QDate(2022, 11, 24)
                                  << QStringLiteral(u"2022年11月23日至24日");
        QTest::newRow("across months")
            << QDate(2022, 11, 30) << QDate(2022, 12, 1) << QStringLiteral(u"2022年11月30日至12月1日");
        QTest::newRow("across years")
            << QDate(2022, 12, 31) << QDate(2023, 1, 2) << QStringLiteral(u"2022年12月31日至2023年1月2日");
        QTest::newRow("single digits") << QDate(2023, 5, 4) << QDate() << QStringLiteral(u"2023年5月4日");
    }

    void dates()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, text);
        QCOMPARE(ChinesePressRelease::dateRange(start, end), text);
    }

    void reportingVerbs_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<bool>("comma");
        QTest::newRow("stated") << "stated" << QStringLiteral(u"表示") << true;
        QTest::newRow("emphasized") << "emphasized" << QStringLiteral(u"强调") << true;
        QTest::newRow("pointed out") << "Pointed out " << QStringLiteral(u"指出") << true;
        QTest::newRow("presided at") << "presided at" << QStringLiteral(u"主持") << false;
        QTest::newRow("unknown") << "opined" << QStringLiteral(u"表示") << true;
    }

    void reportingVerbs()
    {
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QFETCH(bool, comma);
        bool takesComma = !comma;
        QCOMPARE(ChinesePressRelease::verb(english, &takesComma), chinese);
        QCOMPARE(takesComma, comma);
    }

    void lists()
    {
        QCOMPARE(ChinesePressRelease::list({}), QString());
        QCOMPARE(ChinesePressRelease::list({ QStringLiteral(u"甲") }), QStringLiteral(u"甲"));
        QCOMPARE(ChinesePressRelease::list({ QStringLiteral(u"甲"), QStringLiteral(u"乙") }),
            QStringLiteral(u"甲和乙"));
        QCOMPARE(ChinesePressRelease::list(
                     { QStringLiteral(u"甲"), QStringLiteral(u"乙"), QStringLiteral(u"丙") }),
            QStringLiteral(u"甲、乙和丙"));
    }

    // The demo's Chinese release, sentence by sentence, as the English one is checked.
    void demoRelease()
    {
        QString error;
        const PressRelease r = chinese(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.language, QStringLiteral("zh"));
        QCOMPARE(r.templateName, QStringLiteral("zh"));
        QCOMPARE(r.datelineCity, QStringLiteral(u"北京"));
        QCOMPARE(r.headline,
            QStringLiteral(u"“绿色澜湄倡议：迈向COP15”——澜湄区域生态系统综合管理高级别圆桌对话在北京举办"));
        const QStringList p = paragraphs(r.body);
        QStringList expected = {
            QStringLiteral(u"新闻稿"),
            r.headline,
            // The lead, one sentence: date, guided by, co-organised by, supported by, the
            // title, how and where; then what it was part of.
            QStringLiteral(
                u"2022年11月23日，由生态环境部指导，澜沧江-湄公河环境合作中心（生态环境部对外合作与交"
                u"流中心）和联合国环境规划署亚洲及太平洋区域办事处联合主办，联合国环境规划署-国际生"
                u"态系统管理伙伴计划支持的“绿色澜湄倡议：迈向COP15”——澜湄区域生态系统综合管理高级"
                u"别圆桌对话以线上线下相结合的方式在北京举办。本次对话是澜沧江-湄公河环境合作中心成立"
                u"五周年系列活动之一。"),
            // Organisation and title before the name at first mention; no honorifics.
            QStringLiteral(
                u"来自生态环境部及地方生态环境部门、湄公河国家自然资源与环境部门、联合国机构、国际组"
                u"织、研究机构和企业的代表参加本次对话。生态环境部对外合作与交流中心主任张玉军、生态环"
                u"境部国际合作司副司长孙雪峰、联合国环境规划署亚洲及太平洋区域办事处主任德钦·策林出席"
                u"本次对话并致辞。联合国环境规划署驻华代表处项目管理官员王倩主持开幕式。"),
            // Later: the full name alone, the verb from the table, then what was said.
            QStringLiteral(
                u"张玉军表示，澜湄环境合作中心是澜湄合作的重要参与者，澜湄合作是全球发展倡议的先行区"
                u"，致力于打造区域合作的“金色样板”。澜湄环境合作中心自2017年成立以来，在推动生态、"
                u"环境和气候变化领域的区域合作方面取得了显著成就。未来，澜湄环境合作中心将继续与湄公"
                u"河国家协调，制定新的澜湄环境合作战略与行动框架，携手共建全球发展倡议澜湄先行区，为"
                u"建设清洁美丽繁荣的亚太提供湄公河方案，助力区域实现联合国可持续发展目标。"),
            QStringLiteral(
                u"孙雪峰强调，中国政府始终率先推进生态文明建设，坚持生态优先、节约资源并高效利用、绿色"
                u"低碳发展。过去十年，中国政府把生态保护放在生态文明建设的重要位置，在生物多样性保护和"
                u"生态系统管理领域取得了显著成效。未来，中国将与澜湄国家携手，进一步深化睦邻友好和务实"
                u"合作，在区域生态系统管理、生物多样性保护、应对气候变化和提升可持续生计等领域分享理念"
                u"与经验，共同推动区域落实2030年可持续发展议程。"),
            QStringLiteral(
                u"德钦·策林指出，生态系统综合管理有助于平衡人类相互竞争的需求与生态系统的长期可持续性"
                u"，是扭转当前生态系统可持续性受威胁趋势的有效方案，未来将成为应对生物多样性丧失、气候"
                u"变化和环境污染的重要机制。环境署致力于支持在澜湄区域扩大生态系统综合管理方法的应用，"
                u"推动区域和跨部门合作，最大限度发挥协同效应，促进人与自然和谐共生，实现可持续发展目标"
                u"。"),
            QStringLiteral(
                u"本次对话围绕澜湄区域生态系统综合管理案例分享、区域生态系统管理政策对话、区域生态系统"
                u"管理项目三个议题展开。本次对话分享了联合国环境规划署—中国信托基金支持的澜湄框架下生"
                u"态系统综合管理项目的实施进展和经验，交流了澜湄国家在生态系统管理和可持续生计方面的政"
                u"策、实践和未来规划，并探讨了生态系统评估、生物多样性经济与农产品管理、森林可持续利用"
                u"与融资、可盈利的基于自然的解决方案、天然橡胶可持续发展变革与实践探索等推动区域生态系"
                u"统综合管理的议题。"),
            QStringLiteral(
                u"与会代表一致认为，生态系统综合管理与可持续生计的协同增效，对实现生物多样性保护、应对"
                u"气候变化、减贫和促进性别平等等区域可持续发展目标具有积极作用。"),
            QStringLiteral(u"联系我们"),
            QStringLiteral(u"澜沧江-湄公河环境合作中心"),
            QStringLiteral(u"生态环境部对外合作与交流中心"),
            QStringLiteral(u"地址：中国北京市西城区后英房胡同5号，邮编100035"),
            QStringLiteral(u"电话：+86-10-82268242 / +86-10-82268221 传真：+86-10-82200579"),
            QStringLiteral(u"邮箱：qian.zhaohui@fecomee.org.cn"),
            QStringLiteral(u"邮箱：li.xia@fecomee.org.cn"),
            QStringLiteral(u"网址：http://en.lmec.org.cn/ 微信号：lancang-mekongec"),
            QStringLiteral(
                u"关于澜湄环境合作中心：澜湄环境合作中心于2017年在中国北京成立，旨在通过促进澜湄国家间"
                u"的环境合作，提升各国环境治理能力，实现区域可持续发展。"),
            QStringLiteral(u"（完）"),
        };
        QCOMPARE(p.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(QString(p.at(i)).replace(QChar::Nbsp, QLatin1Char(' ')).simplified(), expected.at(i));
        // Nothing of the English text, and only full-width punctuation in the Chinese prose.
        for (const QString &paragraph : p.mid(0, 9)) {
            static const QRegularExpression halfWidth(QStringLiteral("[,.;:()\"]"));
            QVERIFY2(!halfWidth.match(paragraph).hasMatch(), qPrintable(paragraph));
            QVERIFY2(!paragraph.contains(QStringLiteral("Dr.")), qPrintable(paragraph));
        }
    }

    // The lead adapts: online (以线上方式举办, no city), in person (在北京…举办), a role nobody
    // has left out, no organisations at all, several days, an occasion that is not a series.
    void leadAdapts()
    {
        std::optional<Dialogue> d = m_test->dialogue(m_demo);
        QVERIFY(d);
        QString error;
        d->format = QStringLiteral("online");
        d->endDate = QDate(2022, 11, 24);
        d->organizations.removeIf(
            [](const DialogueOrganization &o) { return o.role == QLatin1String("supporter"); });
        d->translations.set(QStringLiteral("zh"), QStringLiteral("occasion"), QStringLiteral(u"澜湄周"));
        QVERIFY2(m_test->saveDialogue(*d, &error), qPrintable(error));
        PressRelease r = chinese(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString lead = paragraphs(r.body).value(2);
        QVERIFY2(
            lead.startsWith(QStringLiteral(u"2022年11月23日至24日，由生态环境部指导，")), qPrintable(lead));
        QVERIFY2(lead.contains(QStringLiteral(u"联合主办的“绿色澜湄倡议")), qPrintable(lead));
        QVERIFY2(lead.contains(QStringLiteral(u"圆桌对话以线上方式举办。本次对话是澜湄周系列活动之一。")),
            qPrintable(lead));
        QVERIFY(!lead.contains(QStringLiteral(u"北京")));
        QVERIFY(!lead.contains(QStringLiteral(u"支持")));
        QVERIFY2(r.headline.endsWith(QStringLiteral(u"圆桌对话以线上方式举办")), qPrintable(r.headline));

        d->format = QStringLiteral("in_person");
        d->organizations.clear();
        d->translations.set(QStringLiteral("zh"), QStringLiteral("occasion"), QString());
        d->occasion.clear();
        QVERIFY2(m_test->saveDialogue(*d, &error), qPrintable(error));
        r = chinese(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        lead = paragraphs(r.body).value(2);
        QCOMPARE(lead,
            QStringLiteral(u"2022年11月23日至24日，“绿色澜湄倡议：迈向COP15”——澜湄区域生态系统综合管理高级别"
                           u"圆桌对话在北京"
                           u"举办。"));
    }

    // A dialogue without Chinese text: one message naming each record and field, and nothing
    // written, saved or exported half in English.
    void missingChineseIsListed()
    {
        const qint64 scripts = importScripts();
        QVERIFY(scripts > 0);
        QString error;
        const PressRelease r = chinese(scripts, &error);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.headline.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral(u"no Chinese text for dialogue “scripts”: title, city")),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(u"speech 2 (")) && error.contains(QStringLiteral("summary")),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("local name")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));

        PressReleaseExporter exporter(m_test.archive());
        const QString out = m_dir.filePath(QStringLiteral("missing.pdf"));
        PressRelease release;
        bool fromSaved = true;
        QVERIFY(!PressReleaseGenerator(m_test.archive())
                     .releaseFor(scripts, QString(), &release, &fromSaved, &error, QStringLiteral("zh")));
        QVERIFY(!fromSaved);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(PressReleaseStore(m_test.db()).releasesOf(scripts).size(), 0);
    }

    // The language is chosen per release; the Chinese and the English release of a dialogue
    // share their number, which no other release may have.
    void languagePerReleaseAndSharedNumber()
    {
        PressReleaseGenerator generator(m_test.archive());
        PressReleaseStore store(m_test.db());
        QString error;
        PressRelease english;
        bool fromSaved = true;
        QVERIFY2(generator.releaseFor(m_demo, QString(), &english, &fromSaved, &error), qPrintable(error));
        QVERIFY(!fromSaved);
        QCOMPARE(english.language, QStringLiteral("en"));
        QCOMPARE(english.templateName, QStringLiteral("default"));
        english.releaseNumber = QStringLiteral("LMEC-2022-17");
        QVERIFY2(store.save(english, &error), qPrintable(error));

        PressRelease zh;
        QVERIFY2(generator.releaseFor(m_demo, QString(), &zh, &fromSaved, &error, QStringLiteral("zh")),
            qPrintable(error));
        QVERIFY(!fromSaved);
        QCOMPARE(zh.language, QStringLiteral("zh"));
        QCOMPARE(zh.templateName, QStringLiteral("zh"));
        QCOMPARE(zh.releaseNumber, QStringLiteral("LMEC-2022-17"));
        QVERIFY(zh.headline.contains(QStringLiteral(u"在北京举办")));
        QVERIFY2(store.save(zh, &error), qPrintable(error));
        QCOMPARE(store.releaseOf(m_demo, QStringLiteral("zh"))->id, zh.id);
        QCOMPARE(store.releaseOf(m_demo, QStringLiteral("en"))->id, english.id);

        // Each saved release is found in its own language.
        PressRelease found;
        QVERIFY(generator.releaseFor(m_demo, QString(), &found, &fromSaved, &error, QStringLiteral("en")));
        QVERIFY(fromSaved);
        QCOMPARE(found.id, english.id);
        QVERIFY(generator.releaseFor(m_demo, QString(), &found, &fromSaved, &error, QStringLiteral("zh")));
        QCOMPARE(found.id, zh.id);

        // A second English release with the number, or another dialogue's: refused, and said why.
        PressRelease again = english;
        again.id = 0;
        QVERIFY(!store.save(again, &error));
        QVERIFY2(error.contains(QStringLiteral("same language")), qPrintable(error));
        PressRelease other;
        other.dialogueId = importScripts();
        other.releaseNumber = QStringLiteral("LMEC-2022-17");
        QVERIFY(!store.save(other, &error));
        QVERIFY2(error.contains(QStringLiteral("another dialogue")), qPrintable(error));
        other.language = QStringLiteral("xx");
        other.releaseNumber.clear();
        QVERIFY(!store.save(other, &error));
        QVERIFY2(error.contains(QStringLiteral("language")), qPrintable(error));
        QCOMPARE(store.releases().size(), 2);
    }

    // The rules of Chinese line breaking, wherever the lines fall: no line starts with
    // 。，、）」 and none ends with （“, at many widths of the demo's release and of a text
    // crowded with them.
    void lineBreaking()
    {
        int linesChecked = 0;
        auto check = [&linesChecked](const QString &html) {
            std::unique_ptr<QTextDocument> document = PressReleaseDocument::document(html);
            for (int width = 150; width <= 520; width += 7) {
                document->setTextWidth(width);
                document->documentLayout()->documentSize();
                const QStringList lines = laidOutLines(*document);
                linesChecked += int(lines.size());
                const QStringList bad = badLines(lines);
                if (!bad.isEmpty())
                    return QStringLiteral("width %1: %2").arg(width).arg(bad.join(QStringLiteral(" | ")));
            }
            return QString();
        };
        QString crowded;
        for (int i = 0; i < 40; ++i)
            crowded += QStringLiteral(u"（甲）“乙”，丙、丁。「戊」己；") + QString(QChar(0x4E00 + i));
        QString problem
            = check(QStringLiteral("<html lang=\"zh-CN\"><body><p>%1</p></body></html>").arg(crowded));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        const PressRelease r = chinese(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        problem = check(r.body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(linesChecked > 1000);
    }

    // The PDF: Noto Sans CJK SC embedded (no Japanese, Traditional or Korean cut), lines that
    // keep the rules, and text that copies out exactly as the record's characters.
    void pdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QString error;
        const PressRelease r = chinese(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PressReleaseExporter exporter(m_test.archive());
        const QString path = m_dir.filePath(QStringLiteral("zh.pdf"));
        QVERIFY2(exporter.exportRelease(r, path, QStringLiteral("pdf"), &error), qPrintable(error));

        const QString fonts = run(QStringLiteral("pdffonts"), { path });
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("CJKjp")) && !fonts.contains(QStringLiteral("CJKtc"))
                && !fonts.contains(QStringLiteral("CJKkr")),
            qPrintable(fonts));
        for (const QString &row : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
            const QStringList columns = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                qPrintable(row));
        }

        const QString text = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        QVERIFY(!text.contains(QChar(0x2060)));
        // Each page's running header and footer (its first and last line) are not the text.
        QString body;
        for (const QString &page : text.split(QLatin1Char('\f'))) {
            QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (lines.size() >= 2)
                body += lines.mid(1, lines.size() - 2).join(QLatin1Char('\n'));
        }
        const QString extracted = withoutSpaces(body);
        // Every paragraph of the release, character for character; the line breaks the layout
        // made are the only difference, and the characters of the record are all there.
        for (const QString &paragraph : paragraphs(r.body)) {
            const QString expected = withoutSpaces(paragraph);
            QVERIFY2(extracted.contains(expected), qPrintable(paragraph));
        }
        const std::optional<Dialogue> d = m_test->dialogue(m_demo);
        QVERIFY(d);
        for (const Speech &s : d->speeches) {
            const QString summary = s.translations.value(QStringLiteral("zh"), QStringLiteral("summary"));
            QVERIFY(!summary.isEmpty());
            QVERIFY2(extracted.contains(withoutSpaces(summary)), qPrintable(summary));
        }
        // The lines on paper keep the rules too.
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 20);
        const QStringList bad = badLines(lines);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(" | "))));
    }

    // The command line: --language zh|en, the saved release's own language by default.
    void command()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString binary = QStringLiteral(ROUNDTABLE_BINARY);
        const QString database = m_test.db().path();
        PressReleaseStore store(m_test.db());
        QString error;
        PressRelease saved;
        saved.language = QStringLiteral("zh");
        QVERIFY2(PressReleaseGenerator(m_test.archive()).generate(m_demo, QString(), &saved, &error),
            qPrintable(error));
        saved.headline = QStringLiteral(u"已保存的中文新闻稿");
        QVERIFY2(store.save(saved, &error), qPrintable(error));
        QVERIFY(importScripts() > 0);
        m_test.close(); // the command opens the archive itself

        auto pdfText = [](const QString &path) {
            return run(QStringLiteral("pdftotext"),
                { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        };
        const QString out = m_dir.filePath(QStringLiteral("cli-zh.pdf"));
        int code = -1;
        QString errors;
        // No --language: the saved release, in its own language (Chinese).
        QString printed = run(binary,
            { QStringLiteral("-d"), database, QStringLiteral("press-release"), DemoDialogueKey,
                QStringLiteral("--output"), out },
            &code, &errors);
        QCOMPARE(code, 0);
        QVERIFY2(printed.contains(QStringLiteral("saved release, draft, zh")), qPrintable(printed));
        QVERIFY(withoutSpaces(pdfText(out)).contains(QStringLiteral(u"已保存的中文新闻稿")));
        // --language en: a fresh English draft, since no English release is saved.
        run(binary,
            { QStringLiteral("-d"), database, QStringLiteral("press-release"), DemoDialogueKey,
                QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--output"), out },
            &code, &errors);
        QCOMPARE(code, 0);
        QVERIFY(pdfText(out).contains(QStringLiteral("Dr. Dechen Tsering pointed out that IEM")));
        // --language zh with --template: a fresh Chinese draft.
        printed = run(binary,
            { QStringLiteral("-d"), database, QStringLiteral("press-release"), DemoDialogueKey,
                QStringLiteral("-l"), QStringLiteral("zh"), QStringLiteral("-t"), QStringLiteral("zh"),
                QStringLiteral("-o"), out },
            &code, &errors);
        QCOMPARE(code, 0);
        QVERIFY2(printed.contains(QStringLiteral("fresh draft, zh")), qPrintable(printed));
        QVERIFY(withoutSpaces(pdfText(out)).contains(QStringLiteral(u"德钦·策林指出，生态系统综合管理")));

        // A dialogue without Chinese text: one line saying what is missing, no file.
        const QString missing = m_dir.filePath(QStringLiteral("cli-missing.pdf"));
        run(binary,
            { QStringLiteral("-d"), database, QStringLiteral("press-release"), ScriptsDialogueKey,
                QStringLiteral("--language"), QStringLiteral("zh"), QStringLiteral("-o"), missing },
            &code, &errors);
        QCOMPARE(code, 1);
        QVERIFY2(errors.startsWith(QStringLiteral(u"roundtable: no Chinese text for dialogue “scripts”")),
            qPrintable(errors));
        QCOMPARE(errors.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(missing));
        // A language the command does not write: a usage error.
        run(binary,
            { QStringLiteral("-d"), database, QStringLiteral("press-release"), DemoDialogueKey,
                QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("-o"), missing },
            &code, &errors);
        QCOMPARE(code, 2);
        QVERIFY2(errors.contains(QStringLiteral("unknown language")), qPrintable(errors));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TestPressReleaseChinese)
#include "tst_pressreleasechinese.moc"
