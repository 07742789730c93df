// The statistics page in the real main window: a typed query ("year:2022 org:UNEP") gives
// the bars core counts; clicking a bar lists its dialogues on the search page; a chart
// saved through the file dialog is a valid PNG or SVG, and Ctrl+C copies it.

#include "app/search/SearchWidget.h"
#include "app/stats/StatisticsCharts.h"
#include "app/stats/StatisticsPage.h"
#include "app/stats/StatisticsWidget.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/Transaction.h"
#include "core/stats/Statistics.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestStatisticsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedQueryShowsCoreCounts();
    void clickingABarListsItsDialogues();
    void savePngAndSvg();
    void copyPutsTheChartOnTheClipboard();
    void badQueryShowsWhy();
    void countsAgainAfterChanges();
    void countedAheadAfterOpening();

private:
    StatisticsWidget *page() const
    {
        return qobject_cast<StatisticsWidget *>(m_window->page(QLatin1String(StatisticsPage::PageName)));
    }
    void openPage();
    void type(const QString &query);
    StatisticsFigures coreFigures(const QString &query);
    // Answers the next file dialog with `path`.
    void answerFileDialog(const QString &path);

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestWindow m_window;
};

void TestStatisticsGui::initTestCase()
{
    m_settings.install();
}

void TestStatisticsGui::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("stats.roundtable"));
    {
        // The reference dialogue and 36 more over four years, three countries and the three
        // formats, UNEP organising every third one.
        TestArchive test;
        QString error;
        QVERIFY2(test.open(m_path, TestArchive::Demo, &error), qPrintable(error));
        const qint64 unep = test->organizationId(QStringLiteral("unep"));
        const qint64 zhang = test->personId(QStringLiteral("zhang-yujun"));
        QVERIFY(unep > 0 && zhang > 0);
        Transaction transaction(test.db());
        QVERIFY(transaction.begin(&error));
        const QStringList countries = { QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("TH") };
        const QStringList cities
            = { QStringLiteral("Kunming"), QStringLiteral("Vientiane"), QStringLiteral("Bangkok") };
        const QStringList formats
            = { QStringLiteral("in_person"), QStringLiteral("online"), QStringLiteral("hybrid") };
        for (int i = 0; i < 36; ++i) {
            Dialogue d;
            d.key = QStringLiteral("dialogue-%1").arg(i);
            d.title = QStringLiteral("Water dialogue %1").arg(i);
            d.startDate = QDate(2019 + i % 4, 1 + i % 12, 10);
            d.country = countries.at(i % 3);
            d.city = cities.at(i % 3);
            d.format = formats.at((i / 3) % 3);
            if (i % 3 == 0)
                d.organizations.append({ unep, QStringLiteral("organizer") });
            if (i % 2 == 0) {
                Speech s;
                s.personId = zhang;
                s.summary = QStringLiteral("Spoke of rivers.");
                d.speeches.append(s);
            }
            QVERIFY2(test->saveDialogue(d, &error), qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QVERIFY(m_window.open(m_path, [](MainWindow &window) { window.resize(1400, 900); }));
}

void TestStatisticsGui::cleanup()
{
    m_window.close();
    m_dir.reset();
}

StatisticsFigures TestStatisticsGui::coreFigures(const QString &query)
{
    Database db;
    QString error;
    StatisticsFigures figures;
    if (!db.open(m_path, Database::Mode::ReadOnly, &error)
        || !Statistics(db).compute(query, &figures, &error, 50))
        qWarning("%s", qPrintable(error));
    return figures;
}

void TestStatisticsGui::openPage()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("statisticsPageAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QTest::keySequence(m_window.get(), action->shortcut());
    QCOMPARE(m_window->currentPageName(), QLatin1String(StatisticsPage::PageName));
    // Shown, the page has every dialogue counted (now, or ahead in the background).
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().dialogues, 37, 10000);
    QCOMPARE(StatisticsCharts::values(page()->chartView(StatisticsCharts::Chart::Years)->chart()).size(), 4);
}

void TestStatisticsGui::type(const QString &query)
{
    QLineEdit *edit = page()->queryLineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QSignalSpy shown(page(), &StatisticsWidget::figuresShown);
    QTest::keyClicks(edit, query);
    // Counted after a pause in typing, on the worker thread.
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().query, query, 10000);
    QVERIFY(shown.count() >= 1);
}

void TestStatisticsGui::typedQueryShowsCoreCounts()
{
    openPage();
    const QString query = QStringLiteral("year:2022 org:UNEP");
    type(query);
    const StatisticsFigures core = coreFigures(query);
    QVERIFY(core.dialogues >= 3);
    QCOMPARE(page()->figures().dialogues, core.dialogues);
    QVERIFY(page()
                ->findChild<QLabel *>(QStringLiteral("statisticsSummaryLabel"))
                ->text()
                .startsWith(QStringLiteral("%1 dialogues").arg(core.dialogues)));

    // The bars on screen are core's counts, chart by chart.
    auto bars = [this](StatisticsCharts::Chart chart) {
        return StatisticsCharts::values(page()->chartView(chart)->chart());
    };
    QList<qreal> years;
    for (const StatisticsBucket &b : core.years)
        years.append(qreal(b.dialogues));
    QCOMPARE(bars(StatisticsCharts::Chart::Years), years);
    QCOMPARE(StatisticsCharts::categories(page()->chartView(StatisticsCharts::Chart::Years)->chart()),
        QStringList { QStringLiteral("2022") });
    QList<qreal> formats;
    for (const StatisticsBucket &b : core.formats)
        formats.append(qreal(b.dialogues));
    QCOMPARE(bars(StatisticsCharts::Chart::Formats), formats);
    QList<qreal> countries;
    for (const StatisticsBucket &b : core.countries)
        countries.append(qreal(b.dialogues));
    QCOMPARE(bars(StatisticsCharts::Chart::Countries), countries);
    QList<qreal> partners;
    for (const PartnerStatistics &p : core.partners.mid(0, StatisticsCharts::MaxRankedBars))
        partners.append(qreal(p.dialogues));
    QCOMPARE(bars(StatisticsCharts::Chart::Partners), partners);
    QList<qreal> speakers;
    for (const SpeakerStatistics &s : core.speakerRanking.mid(0, StatisticsCharts::MaxRankedBars))
        speakers.append(qreal(s.dialogues));
    QCOMPARE(bars(StatisticsCharts::Chart::Speakers), speakers);
    // Every month of 2022 that had a dialogue, and the ones between at 0.
    const QList<qreal> months = bars(StatisticsCharts::Chart::Months);
    qreal sum = 0;
    for (qreal m : months)
        sum += m;
    QCOMPARE(qint64(sum), core.dialogues);
}

void TestStatisticsGui::clickingABarListsItsDialogues()
{
    openPage();
    QChartView *view = page()->chartView(StatisticsCharts::Chart::Years);
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    // The 2021 bar (the third of 2019..2022): clicked halfway up, as a person would.
    const StatisticsFigures core = coreFigures(QString());
    QCOMPARE(core.years.at(2).value, QStringLiteral("2021"));
    const qreal value = series->barSets().first()->at(2);
    QCOMPARE(qint64(value), core.years.at(2).dialogues);
    const QPointF inChart = chart->mapToPosition(QPointF(2, value / 2), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QSignalSpy asked(page(), &StatisticsWidget::dialoguesRequested);
    SearchWidget *search = m_window->searchWidget();
    QSignalSpy results(search, &SearchWidget::resultsShown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("year:2021"));

    // The search page shows exactly the dialogues of that bar.
    QCOMPARE(m_window->currentPageName(), QStringLiteral("searchPage"));
    QCOMPARE(search->query(), QStringLiteral("year:2021"));
    QTRY_VERIFY(results.count() >= 1);
    QCOMPARE(results.last().first().toLongLong(), qint64(value));

    // With a query on the page, the bar's refinement narrows that query.
    m_window->showPage(QLatin1String(StatisticsPage::PageName));
    type(QStringLiteral("org:UNEP"));
    const QString refined = page()->refinedQuery(QStringLiteral("country:LA"));
    QCOMPARE(refined, QStringLiteral("(org:UNEP) country:LA"));
}

void TestStatisticsGui::answerFileDialog(const QString &path)
{
    // The dialog runs its own event loop: a timer there finds it and answers it.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    });
    timer->start();
}

void TestStatisticsGui::savePngAndSvg()
{
    openPage();
    QChartView *view = page()->chartView(StatisticsCharts::Chart::Countries);
    view->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(view->hasFocus());

    const QString png = m_dir->filePath(QStringLiteral("countries.png"));
    answerFileDialog(png);
    QTest::keySequence(view, QKeySequence::Save);
    QTRY_VERIFY(QFile::exists(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(StatisticsWidget::ExportWidth * 2, StatisticsWidget::ExportHeight * 2));
    // Not a blank image: the bars and labels are drawn.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);

    const QString svg = m_dir->filePath(QStringLiteral("countries.svg"));
    m_window->activateWindow(); // back from the file dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(view->hasFocus());
    answerFileDialog(svg);
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QTRY_VERIFY(QFile::exists(svg));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("Dialogues by country"));
    QVERIFY(text.contains("Laos"));

    // RT_SCREENSHOT_DIR keeps the files, to look at.
    const QString keep = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::copy(png, keep + QStringLiteral("/chart-countries.png"));
        QFile::copy(svg, keep + QStringLiteral("/chart-countries.svg"));
        QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        renderer.render(&painter);
        drawn.save(keep + QStringLiteral("/chart-countries-svg.png"));
    }

    // The same from the context menu's actions, which carry those shortcuts.
    QStringList names;
    for (QAction *action : view->actions())
        names << action->objectName();
    QCOMPARE(names,
        (QStringList { QStringLiteral("savePngAction"), QStringLiteral("saveSvgAction"),
            QStringLiteral("copyChartAction") }));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);

    // The archive itself is never written over.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page()->saveChart(StatisticsCharts::Chart::Years, m_path));
    QVERIFY(!MessageBox::lastText().isEmpty());
}

void TestStatisticsGui::copyPutsTheChartOnTheClipboard()
{
    openPage();
    QApplication::clipboard()->clear();
    QChartView *view = page()->chartView(StatisticsCharts::Chart::Years);
    view->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QTest::keySequence(view, QKeySequence::Copy);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QCOMPARE(image.width(), StatisticsWidget::ExportWidth * 2);
    QVERIFY(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

void TestStatisticsGui::badQueryShowsWhy()
{
    openPage();
    QLineEdit *edit = page()->queryLineEdit();
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, QStringLiteral("year:"));
    auto *label = page()->findChild<QLabel *>(QStringLiteral("statisticsSummaryLabel"));
    QTRY_VERIFY(label->text().startsWith(QStringLiteral("Cannot count: ")));
    QVERIFY(!label->text().contains(QLatin1Char('\n')));
    // The charts keep the last figures that could be counted.
    QCOMPARE(page()->figures().dialogues, 37);
}

void TestStatisticsGui::countsAgainAfterChanges()
{
    openPage();
    QSignalSpy shown(page(), &StatisticsWidget::figuresShown);
    QString error;
    Archive &archive = *m_window->archive();
    Dialogue d;
    d.key = QStringLiteral("one-more");
    d.title = QStringLiteral("One more dialogue");
    d.startDate = QDate(2024, 3, 1);
    d.country = QStringLiteral("VN");
    QVERIFY2(archive.saveDialogue(d, &error), qPrintable(error));
    m_window->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().dialogues, 38, 10000);
    QVERIFY(shown.count() >= 1);
    QCOMPARE(StatisticsCharts::categories(page()->chartView(StatisticsCharts::Chart::Years)->chart()).last(),
        QStringLiteral("2024"));
}

void TestStatisticsGui::countedAheadAfterOpening()
{
    // Never shown, the page has the whole archive counted a moment after opening.
    QVERIFY(m_window->currentPageName() != QLatin1String(StatisticsPage::PageName));
    QVERIFY(!page()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().dialogues, 37, StatisticsWidget::PrefetchDelayMs + 10000);
    // A change is counted when the page is next shown, not before.
    Dialogue d;
    d.key = QStringLiteral("later");
    d.title = QStringLiteral("A later dialogue");
    d.startDate = QDate(2024, 5, 1);
    QString error;
    QVERIFY2(m_window->archive()->saveDialogue(d, &error), qPrintable(error));
    m_window->refresh();
    QTest::qWait(StatisticsWidget::DebounceMs + 300);
    QCOMPARE(page()->figures().dialogues, 37);
    m_window->showPage(QLatin1String(StatisticsPage::PageName));
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().dialogues, 38, 10000);
}

QTEST_MAIN(TestStatisticsGui)
#include "tst_statisticsgui.moc"
