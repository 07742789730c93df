// The search panel in the real main window: Ctrl+F, typing, results as you type, facets,
// saved searches, Enter opening a dialogue, and an error shown for a bad query.

#include "app/editors/EditorDialog.h"
#include "app/search/SearchResultsModel.h"
#include "app/search/SearchWidget.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestSearchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingSearches();
    void facetsNarrow();
    void hitsShowBeforeFacets();
    void enterOpensTheDialogue();
    void enterRightAfterTypingOpensWhatWasTyped();
    void badQueryShowsWhy();
    void savedSearches();
    void saveProblemGoesThroughTheMessageBox();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    void type(const QString &text);
    QString path() const { return m_dir->filePath(QStringLiteral("gui.roundtable")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSearchGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    {
        // The reference dialogue plus a second one, so that facets have something to split.
        TestArchive test;
        QString error;
        QVERIFY2(test.open(path(), TestArchive::Demo, &error), qPrintable(error));
        Archive &archive = test.archive();
        Dialogue d;
        d.key = QStringLiteral("mangrove-forum");
        d.title = QStringLiteral("Mangrove Forum of the Mekong Delta");
        d.startDate = QDate(2021, 6, 5);
        d.city = QStringLiteral("Cần Thơ");
        d.country = QStringLiteral("VN");
        d.outcome = QStringLiteral("Integrated ecosystem management of the delta was discussed.");
        QVERIFY2(archive.saveDialogue(d, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(path()));
}

void TestSearchGui::cleanup()
{
    const QString shot = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (!shot.isEmpty() && m_window)
        m_window->grab().save(
            shot + QLatin1Char('/') + QLatin1String(QTest::currentTestFunction()) + QLatin1String(".png"));
    m_window.reset();
    m_dir.reset();
}

void TestSearchGui::type(const QString &text)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QAction *find = m_window->findChild<QAction *>(QStringLiteral("searchAction"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    auto *edit = this->find<QLineEdit>("queryLineEdit");
    QVERIFY(edit);
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestSearchGui::typingSearches()
{
    auto *view = find<QListView>("resultsListView");
    QVERIFY(view);
    // Empty box: every dialogue, newest first.
    QTRY_COMPARE(view->model()->rowCount(), 2);
    // Ctrl+F brings the search page forward from another page.
    m_window->showPage(QStringLiteral("peoplePage"));

    QSignalSpy shown(m_window->searchWidget(), &SearchWidget::resultsShown);
    type(QStringLiteral("ecosystem management"));
    QCOMPARE(m_window->currentPageName(), QStringLiteral("searchPage"));
    // Debounced: one search for the whole word typed fast, not one per key.
    QTRY_VERIFY(!shown.isEmpty());
    QTest::qWait(SearchWidget::DebounceMs * 2);
    QVERIFY2(shown.size() <= 2, qPrintable(QString::number(shown.size())));
    QTRY_COMPARE(view->model()->rowCount(), 2);

    type(QStringLiteral("speaker:\"Zhang Yujun\""));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QString html = view->model()->index(0, 0).data(SearchResultsModel::HtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("<b>Zhang</b> <b>Yujun</b>")), qPrintable(html));
    QTRY_VERIFY(find<QLabel>("statusLabel")->text().contains(QStringLiteral("Dialogues found: 1")));
}

void TestSearchGui::facetsNarrow()
{
    auto *view = find<QListView>("resultsListView");
    auto *facets = find<QTreeWidget>("facetsTreeWidget");
    QVERIFY(view && facets);
    type(QStringLiteral("ecosystem"));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_VERIFY(facets->topLevelItemCount() > 0);
    QTreeWidgetItem *years = facets->topLevelItem(0);
    QCOMPARE(years->text(0), QStringLiteral("Year"));
    QCOMPARE(years->childCount(), 2);
    QTreeWidgetItem *year2021 = years->child(1);
    QCOMPARE(year2021->text(0), QStringLiteral("2021"));
    QCOMPARE(year2021->text(1), QStringLiteral("1"));

    const QRect rect = facets->visualItemRect(year2021);
    QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(find<QLineEdit>("queryLineEdit")->text(), QStringLiteral("ecosystem year:2021"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("mangrove-forum"));
}

void TestSearchGui::hitsShowBeforeFacets()
{
    // The ranked hits reach the screen without waiting for the facets of every match; the
    // facets follow, and never those of the previous search.
    auto *view = find<QListView>("resultsListView");
    auto *facets = find<QTreeWidget>("facetsTreeWidget");
    QVERIFY(view && facets);
    SearchWidget *widget = m_window->searchWidget();
    type(QStringLiteral("ecosystem"));
    QTRY_VERIFY(facets->topLevelItemCount() > 0);
    int facetGroupsWhenHitsShown = -1;
    int rowsWhenHitsShown = -1;
    const auto connection = connect(widget, &SearchWidget::resultsShown, this, [&] {
        facetGroupsWhenHitsShown = facets->topLevelItemCount();
        rowsWhenHitsShown = view->model()->rowCount();
    });
    QSignalSpy facetsShown(widget, &SearchWidget::facetsShown);
    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(rowsWhenHitsShown, 1);
    disconnect(connection);
    QCOMPARE(facetGroupsWhenHitsShown, 0);
    QTRY_COMPARE(facetsShown.size(), 1);
    QVERIFY(facets->topLevelItemCount() > 0);
}

void TestSearchGui::enterOpensTheDialogue()
{
    auto *view = find<QListView>("resultsListView");
    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTest::keyClick(find<QLineEdit>("queryLineEdit"), Qt::Key_Return);
    // The window's own dialogue editor opens on the hit.
    QTRY_COMPARE(m_window->editors().size(), 1);
    EditorDialog *editor = m_window->editors().front();
    QVERIFY2(editor->recordKey()
            == QStringLiteral("dialogue:%1")
                   .arg(view->model()->index(0, 0).data(SearchResultsModel::IdRole).toLongLong()),
        qPrintable(editor->recordKey()));
    editor->close();
    QTRY_COMPARE(m_window->editors().size(), 0);

    // From the list: Down, then Enter.
    type(QStringLiteral("format:hybrid OR mangrove"));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTest::keyClick(find<QLineEdit>("queryLineEdit"), Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Down);
    QSignalSpy opened(m_window->searchWidget(), &SearchWidget::dialogueActivated);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(),
        view->model()->index(1, 0).data(SearchResultsModel::IdRole).toLongLong());
}

// Issue 12, item 15: Enter pressed at once after typing searches the text as typed and opens
// its top hit, not the top hit of the results shown before the debounced search ran.
void TestSearchGui::enterRightAfterTypingOpensWhatWasTyped()
{
    auto *view = find<QListView>("resultsListView");
    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const qint64 mangrove = view->model()->index(0, 0).data(SearchResultsModel::IdRole).toLongLong();
    const qint64 demo = m_window->archive()->dialogueId(DemoDialogueKey);
    QVERIFY(mangrove > 0 && demo > 0 && mangrove != demo);

    // The mangrove hit is on screen; "Tsering" spoke only at the demo dialogue.
    type(QStringLiteral("Tsering"));
    QTest::keyClick(find<QLineEdit>("queryLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(m_window->editors().size(), 1);
    QCOMPARE(m_window->editors().front()->recordKey(), QStringLiteral("dialogue:%1").arg(demo));
    // The hits on screen are now those of what was typed.
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(SearchResultsModel::IdRole).toLongLong(), demo);
    m_window->editors().front()->close();
    QTRY_COMPARE(m_window->editors().size(), 0);

    // Enter on a query with no hit opens nothing, even though hits of the last query showed.
    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    type(QStringLiteral("nosuchwordanywhere"));
    QTest::keyClick(find<QLineEdit>("queryLineEdit"), Qt::Key_Return);
    QTRY_VERIFY(find<QLabel>("statusLabel")->text().contains(QStringLiteral("No dialogue found")));
    QTest::qWait(50);
    QCOMPARE(m_window->editors().size(), 0);
}

void TestSearchGui::badQueryShowsWhy()
{
    auto *view = find<QListView>("resultsListView");
    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    type(QStringLiteral("after:2022-02-30"));
    QTRY_VERIFY(find<QLabel>("statusLabel")->text().contains(QStringLiteral("is not a date")));
    // The last good hits stay while the user corrects the query.
    QCOMPARE(view->model()->rowCount(), 1);
    type(QStringLiteral("') OR 1=1 --"));
    QTRY_VERIFY(find<QLabel>("statusLabel")->text().contains(QStringLiteral("No dialogue found")));
}

void TestSearchGui::savedSearches()
{
    auto *saved = find<QListWidget>("savedSearchesListWidget");
    QVERIFY(saved);
    QCOMPARE(saved->count(), 0);
    type(QStringLiteral("org:lmec"));
    QVERIFY(m_window->searchWidget()->saveCurrentSearch(QStringLiteral("LMEC dialogues")));
    QCOMPARE(saved->count(), 1);
    QCOMPARE(saved->item(0)->text(), QStringLiteral("LMEC dialogues"));

    type(QStringLiteral("mangrove"));
    QTRY_COMPARE(find<QListView>("resultsListView")->model()->rowCount(), 1);
    QTest::mouseClick(saved->viewport(), Qt::LeftButton, {}, saved->visualItemRect(saved->item(0)).center());
    QCOMPARE(find<QLineEdit>("queryLineEdit")->text(), QStringLiteral("org:lmec"));
    QTRY_VERIFY(find<QListView>("resultsListView")->model()->index(0, 0).data(Qt::ToolTipRole).toString()
        == QStringLiteral("2022-11-23-iem-roundtable"));

    // Kept in the archive: a new window finds it.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(path()));
    QCOMPARE(find<QListWidget>("savedSearchesListWidget")->count(), 1);

    // Opening another archive lets go of this one and shows the other's saved searches.
    QVERIFY(m_window->openArchive(m_dir->filePath(QStringLiteral("other.roundtable"))));
    QCOMPARE(find<QListWidget>("savedSearchesListWidget")->count(), 0);
    QTRY_COMPARE(find<QListView>("resultsListView")->model()->rowCount(), 0);
}

void TestSearchGui::saveProblemGoesThroughTheMessageBox()
{
    // The window's one message-box hook answers it: no modal box stops the test.
    MessageBox::reset();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    type(QStringLiteral("org:lmec"));
    QVERIFY(!m_window->searchWidget()->saveCurrentSearch(QString()));
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("needs a name")), qPrintable(MessageBox::lastText()));
    QCOMPARE(find<QListWidget>("savedSearchesListWidget")->count(), 0);
}

QTEST_MAIN(TestSearchGui)
#include "tst_searchgui.moc"
