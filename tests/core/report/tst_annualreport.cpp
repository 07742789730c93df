// The annual report (core/report/AnnualReport): the booklet's pages read back with Poppler —
// the contents match the dialogues and their pages, every title is in the text, the summary's
// figures are core's Statistics, charts are vector paths — and a cancelled or refused report
// leaves no file.

#include "core/report/AnnualReport.h"
#include "core/search/Search.h"
#include "core/stats/Statistics.h"
#include "support/TestArchive.h"

#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace rt;
using namespace rt::test;

namespace {

// Text as Poppler extracts it, with every run of white space made one space.
QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesExist();
    void contentsMatchTheDialogues();
    void everyTitleIsInTheText();
    void contentsLinesStayWhole();
    void figuresAreCoreStatistics();
    void chartsAreVectorGraphics();
    void queryReport();
    void yearsAreChecked_data();
    void yearsAreChecked();
    void noDialogues();
    void cancelLeavesNoFile();
    void archiveIsRefused();

private:
    QByteArray render(const AnnualReport::Request &request, AnnualReport *report = nullptr);
    std::unique_ptr<Poppler::Document> load(const QByteArray &pdf);
    void addDialogue(
        const QString &title, const QDate &date, const QString &status, const QString &country, int speeches);

    QTemporaryDir m_dir;
    TestArchive m_archive;
    QStringList m_titles2023; // every dialogue of 2023, by date
};

void TestAnnualReport::addDialogue(
    const QString &title, const QDate &date, const QString &status, const QString &country, int speeches)
{
    const Dialogue demo = *m_archive->dialogue(m_archive.demoDialogue());
    Dialogue d;
    d.key = QStringLiteral("d-%1-%2").arg(
        date.toString(Qt::ISODate), QString::fromLatin1(title.toUtf8().toHex().left(12)));
    d.title = title;
    d.startDate = date;
    d.city = QStringLiteral("Vientiane");
    d.country = country;
    d.format = QStringLiteral("online");
    d.status = status;
    d.outcome = QStringLiteral("Agreed on next steps for %1.").arg(title);
    d.organizations = demo.organizations;
    for (int i = 0; i < speeches && i < demo.speeches.size(); ++i)
        d.speeches.append(demo.speeches.at(i));
    QString error;
    QVERIFY2(m_archive->saveDialogue(d, &error), qPrintable(error));
}

void TestAnnualReport::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_archive.open(m_dir.filePath(QStringLiteral("a.roundtable")),
                 TestArchive::Demo | TestArchive::Scripts, &error),
        qPrintable(error));
    // 2023: the dialogue in every script (4 May) and a dozen more, long and short, so that the
    // booklet runs to several pages, some dialogues sharing one.
    const QStringList titles = { QStringLiteral("澜湄流域生态系统综合管理圆桌对话"),
        QStringLiteral("Mekong Wetlands Forum"), QStringLiteral("การประชุมเชิงปฏิบัติการเรื่องน้ำ"),
        QStringLiteral("Workshop on Plastic Waste in Rivers"),
        QStringLiteral("Đối thoại về đa dạng sinh học"), QStringLiteral("Green Finance Roundtable"),
        QStringLiteral("Air Quality Dialogue"), QStringLiteral("Youth Climate Forum"),
        QStringLiteral("Transboundary Water Dialogue"), QStringLiteral("Biodiversity Finance Workshop"),
        QStringLiteral("Clean Energy Dialogue"), QStringLiteral("Forest Restoration Roundtable") };
    const QStringList countries = { QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("TH"),
        QStringLiteral("KH"), QStringLiteral("VN"), QStringLiteral("MM") };
    QList<QPair<QDate, QString>> dated
        = { { QDate(2023, 5, 4), m_archive->dialogue(m_archive->dialogueId(ScriptsDialogueKey))->title } };
    for (int i = 0; i < titles.size(); ++i) {
        const QDate date(2023, 1 + i, 10 + i % 3);
        addDialogue(titles.at(i), date, i == 11 ? QStringLiteral("planned") : QStringLiteral("held"),
            countries.at(i % countries.size()), i % 4 == 0 ? 4 : 1);
        dated.append({ date, titles.at(i) });
    }
    std::sort(dated.begin(), dated.end());
    m_titles2023.clear();
    for (const auto &[date, title] : std::as_const(dated))
        m_titles2023.append(title);
}

void TestAnnualReport::cleanup()
{
    m_archive.close();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

QByteArray TestAnnualReport::render(const AnnualReport::Request &request, AnnualReport *report)
{
    AnnualReport own(m_archive.db());
    AnnualReport &r = report ? *report : own;
    QByteArray pdf;
    QString error;
    if (!r.render(request, &pdf, &error))
        qWarning("%s", qPrintable(error));
    return pdf;
}

std::unique_ptr<Poppler::Document> TestAnnualReport::load(const QByteArray &pdf)
{
    return Poppler::Document::loadFromData(pdf);
}

void TestAnnualReport::pagesExist()
{
    AnnualReport report(m_archive.db());
    const QByteArray pdf = render({ 2023, {}, {} }, &report);
    QVERIFY(pdf.startsWith("%PDF"));
    const auto document = load(pdf);
    QVERIFY(document && !document->isLocked());
    QCOMPARE(document->numPages(), report.pageCount());
    // Cover, contents, summary and at least a page of dialogues.
    QVERIFY2(document->numPages() >= 5, qPrintable(QString::number(document->numPages())));
    const QString cover = simplified(document->page(0)->text(QRectF()));
    QVERIFY2(cover.contains(QStringLiteral("Annual Report 2023")), qPrintable(cover));
    QVERIFY(!cover.contains(QStringLiteral("1 / "))); // the cover has no page number
    QVERIFY(simplified(document->page(1)->text(QRectF())).contains(QStringLiteral("Contents")));
    const QString last = simplified(document->page(document->numPages() - 1)->text(QRectF()));
    QVERIFY2(last.contains(QStringLiteral("%1 / %1").arg(document->numPages())), qPrintable(last));
    QCOMPARE(document->title(), QStringLiteral("Annual Report 2023"));
}

void TestAnnualReport::contentsMatchTheDialogues()
{
    AnnualReport report(m_archive.db());
    const auto document = load(render({ 2023, {}, {} }, &report));
    QVERIFY(document);
    const QList<AnnualReport::Entry> contents = report.contents();
    // The summary, then every dialogue of the year in date order.
    QCOMPARE(contents.size(), m_titles2023.size() + 1);
    QCOMPARE(contents.first().dialogueId, 0);
    QStringList titles;
    for (int i = 1; i < contents.size(); ++i)
        titles.append(contents.at(i).title);
    QCOMPARE(titles, m_titles2023);

    const QString contentsPage = simplified(document->page(1)->text(QRectF()));
    int previous = 0;
    for (const AnnualReport::Entry &entry : contents) {
        QVERIFY(entry.page >= 3 && entry.page <= document->numPages());
        QVERIFY(entry.page >= previous); // in order
        previous = entry.page;
        // The contents list the entry with its page number...
        QVERIFY2(
            contentsPage.contains(simplified(entry.title) + QLatin1Char(' ') + QString::number(entry.page)),
            qPrintable(entry.title + QLatin1String(" / ") + contentsPage));
        // ... and the page it names holds its heading.
        const QString page = simplified(document->page(entry.page - 1)->text(QRectF()));
        QVERIFY2(
            page.contains(simplified(entry.title)), qPrintable(entry.title + QLatin1String(" on ") + page));
    }
    // Short dialogues share a page: fewer dialogue pages than dialogues.
    const int dialoguePages = document->numPages() - contents.at(1).page + 1;
    QVERIFY2(dialoguePages < contents.size() - 1, qPrintable(QString::number(dialoguePages)));
}

void TestAnnualReport::everyTitleIsInTheText()
{
    const auto document = load(render({ 2023, {}, {} }));
    QVERIFY(document);
    QString text;
    for (int i = 0; i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF()) + QLatin1Char('\n');
    text = simplified(text);
    for (const QString &title : std::as_const(m_titles2023))
        QVERIFY2(text.count(simplified(title)) >= 2, qPrintable(title)); // contents and heading
    // Speakers with their titles, organisations by role, outcomes.
    QVERIFY(text.contains(QStringLiteral("Zhang Yujun")));
    QVERIFY(text.contains(QStringLiteral("Guided by:")));
    QVERIFY(text.contains(QStringLiteral("Agreed on next steps for Mekong Wetlands Forum.")));
    // The planned dialogue says so.
    QVERIFY(text.contains(QStringLiteral("Status: Planned")));
    // 2022's dialogue is not in 2023's report.
    QVERIFY(!text.contains(QStringLiteral("Senior-level Roundtable Dialogue")));
}

void TestAnnualReport::contentsLinesStayWhole()
{
    // Eighty titles long enough to take three lines in the contents, so that the contents run
    // over several pages: a line split between two pages shows its title on neither whole.
    QStringList titles;
    for (int i = 0; i < 80; ++i) {
        titles.append(
            QStringLiteral("Regional Roundtable Dialogue R%1 on Integrated Water Resources Management, "
                           "Ecosystem Restoration and Climate Resilience in the Lancang-Mekong Basin")
                .arg(i + 1));
        addDialogue(titles.last(), QDate(2024, 1 + i % 12, 1 + i / 12), QStringLiteral("held"),
            QStringLiteral("LA"), 1);
    }
    AnnualReport report(m_archive.db());
    const auto document = load(render({ 2024, {}, {} }, &report));
    QVERIFY(document);
    const QList<AnnualReport::Entry> contents = report.contents();
    QCOMPARE(contents.size(), titles.size() + 1);
    const int firstDialoguePage = contents.at(1).page;
    // The page number stands beside a title's first line, so the text reads it inside the
    // title: the words that are numbers alone are left out of both.
    const auto words = [](const QString &text) {
        static const QRegularExpression number(QStringLiteral("^\\d+$"));
        QStringList kept = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        kept.removeIf([](const QString &word) { return number.match(word).hasMatch(); });
        return kept.join(QLatin1Char(' '));
    };
    QStringList contentsPages;
    for (int i = 1; i < contents.first().page - 1; ++i) // from the page after the cover to the summary
        contentsPages.append(words(simplified(document->page(i)->text(QRectF()))));
    QVERIFY2(contentsPages.size() >= 3, qPrintable(QString::number(contentsPages.size())));
    for (int i = 1; i < contents.size(); ++i) {
        const QString line = words(simplified(contents.at(i).title));
        int pagesHoldingIt = 0;
        for (const QString &page : std::as_const(contentsPages))
            pagesHoldingIt += page.contains(line) ? 1 : 0;
        QVERIFY2(pagesHoldingIt == 1, qPrintable(QStringLiteral("not whole on one page: ") + line));
    }
    QVERIFY(firstDialoguePage > contents.first().page);
}

void TestAnnualReport::figuresAreCoreStatistics()
{
    AnnualReport report(m_archive.db());
    const auto document = load(render({ 2023, {}, {} }, &report));
    QVERIFY(document);
    StatisticsFigures figures;
    QString error;
    QVERIFY(Statistics(m_archive.db()).compute(QStringLiteral("year:2023"), &figures, &error, 10));
    QCOMPARE(report.figures().dialogues, figures.dialogues);
    QCOMPARE(figures.dialogues, qint64(m_titles2023.size()));

    const int summaryPage = report.contents().first().page;
    const QString summary = simplified(document->page(summaryPage - 1)->text(QRectF()));
    const QList<QPair<QString, qint64>> keyFigures = { { QStringLiteral("Dialogues"), figures.dialogues },
        { QStringLiteral("Speeches"), figures.speeches }, { QStringLiteral("Speakers"), figures.speakers },
        { QStringLiteral("Organisations"), figures.organizations } };
    for (const auto &[label, value] : keyFigures)
        QVERIFY2(
            summary.contains(QStringLiteral("%1 %2").arg(label).arg(value)), qPrintable(label + summary));
    // Each country's bar carries its count from core.
    for (const StatisticsBucket &country : figures.countries) {
        if (country.value.isEmpty()) {
            QVERIFY(summary.contains(QStringLiteral("Not given %1").arg(country.dialogues)));
            continue;
        }
        const QRegularExpression row(
            QStringLiteral("\\(%1\\) %2\\b").arg(country.value).arg(country.dialogues));
        QVERIFY2(row.match(summary).hasMatch(), qPrintable(country.value + QLatin1String(": ") + summary));
    }
    // Dialogues per month: twelve columns, labelled 1 … 12.
    QVERIFY(summary.contains(QStringLiteral("Dialogues per month, 2023")));
}

void TestAnnualReport::chartsAreVectorGraphics()
{
    AnnualReport report(m_archive.db());
    const QByteArray pdf = render({ 2023, {}, {} }, &report);
    // No picture anywhere: the bars are paths.
    QVERIFY(!pdf.contains("/Subtype /Image"));
    const auto document = load(pdf);
    QVERIFY(document);
    const QImage page = document->page(report.contents().first().page - 1)->renderToImage(72, 72);
    QVERIFY(!page.isNull());
    int bar = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (std::abs(c.red() - 0x2e) < 8 && std::abs(c.green() - 0x7d) < 8
                && std::abs(c.blue() - 0x6b) < 8)
                ++bar;
        }
    }
    QVERIFY2(bar > 500, qPrintable(QString::number(bar))); // the bars are drawn
}

void TestAnnualReport::queryReport()
{
    AnnualReport report(m_archive.db());
    const auto document = load(render({ 0, QStringLiteral("country:LA"), QStringLiteral("Laos") }, &report));
    QVERIFY(document);
    QCOMPARE(report.figures().dialogues, 2);
    QCOMPARE(report.contents().size(), 3);
    QVERIFY(simplified(document->page(0)->text(QRectF())).contains(QStringLiteral("Laos")));
}

void TestAnnualReport::yearsAreChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("2022") << QStringLiteral("2022") << true;
    QTest::newRow("two digits") << QStringLiteral("22") << false;
    QTest::newRow("letters") << QStringLiteral("20x2") << false;
    QTest::newRow("too old") << QStringLiteral("1066") << false;
    QTest::newRow("signed") << QStringLiteral("+2022") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٢") << false;
}

void TestAnnualReport::yearsAreChecked()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    int year = 0;
    QString error;
    QCOMPARE(AnnualReport::parseYear(text, &year, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok)
        QCOMPARE(year, text.toInt());
}

void TestAnnualReport::noDialogues()
{
    AnnualReport report(m_archive.db());
    QByteArray pdf;
    QString error;
    QVERIFY(!report.render({ 1999, {}, {} }, &pdf, &error));
    QCOMPARE(error, QStringLiteral("there are no dialogues in 1999"));
    QVERIFY(!report.render({ 0, QStringLiteral("country:"), {} }, &pdf, &error));
    QVERIFY(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
}

void TestAnnualReport::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    for (const int stopAt : { 0, 3, 15 }) {
        AnnualReport report(m_archive.db());
        int calls = 0;
        QString error;
        QVERIFY(!report.write({ 2023, {}, {} }, path, m_archive.db().path(), &error,
            [&](int, int) { return calls++ < stopAt; }));
        QVERIFY(report.cancelled());
        QVERIFY2(!QFileInfo::exists(path), qPrintable(QString::number(stopAt)));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("report*") }, QDir::Files | QDir::Hidden), {});
    }
    // An earlier report at the same path is left as it was.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier");
    old.close();
    AnnualReport report(m_archive.db());
    QString error;
    QVERIFY(!report.write(
        { 2023, {}, {} }, path, m_archive.db().path(), &error, [](int done, int) { return done < 5; }));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("earlier"));
    // Uncancelled, it is written, with progress up to the end.
    int last = -1, total = 0;
    QVERIFY2(report.write({ 2023, {}, {} }, path, m_archive.db().path(), &error,
                 [&](int done, int all) {
                     last = done;
                     total = all;
                     return true;
                 }),
        qPrintable(error));
    QCOMPARE(last, total);
    QVERIFY(QFileInfo(path).size() > 10000);
}

void TestAnnualReport::archiveIsRefused()
{
    const QString archive = m_archive.db().path();
    const QByteArray before = [&] {
        QFile f(archive);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    AnnualReport report(m_archive.db());
    QString error;
    int calls = 0;
    QVERIFY(!report.write({ 2023, {}, {} }, archive, archive, &error, [&](int, int) {
        ++calls;
        return true;
    }));
    QVERIFY(!error.isEmpty());
    QCOMPARE(calls, 0); // refused before any work
    QFile f(archive);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
