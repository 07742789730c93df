// The preview card beside every list, in the real main window: selecting a row shows the
// record (a dialogue's title, speakers with their titles, organisations by role, topics
// and its release's status; a person's organisation and speeches; ...), record text is
// escaped, a link opens the editor of the record it names, and View → Preview is
// remembered across runs.

#include "app/editors/EditorDialog.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/lists/PreviewPane.h"
#include "app/press/PressReleaseListWidget.h"
#include "app/press/PressReleasePage.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/press/PressReleaseStore.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <memory>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestPreviewPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selectingADialogueShowsItsCard();
    void recordTextIsEscaped();
    void linkOpensTheEditor();
    void everyListHasItsCard();
    void toggleIsRemembered();
    void cardFollowsChanges();
    void titleKeepsItsShareOfANarrowList();

private:
    void clickRow(ListPage *page, int row);
    // Clicks the first link whose text is `text` in `pane`.
    void clickLink(PreviewPane *pane, const QString &text);
    ListPage *list(MainWindow::RecordKind kind) const { return m_window->listPage(kind); }
    PreviewPane *pane(MainWindow::RecordKind kind) const { return m_window->previewPane(kind); }
    void startWindow();

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestWindow m_window;
};

void TestPreviewPane::initTestCase()
{
    m_settings.install();
}

void TestPreviewPane::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("preview.roundtable"));
    TestArchive test;
    QString error;
    QVERIFY2(test.open(m_path, TestArchive::Demo, &error), qPrintable(error));
    // The demo dialogue's release, approved, for its status on the card.
    PressRelease release;
    release.dialogueId = test.demoDialogue();
    release.headline = QStringLiteral("Roundtable on Integrated Ecosystem Management Held in Beijing");
    release.releaseDate = QDate(2022, 11, 24);
    release.body = QStringLiteral("<p>Text</p>");
    PressReleaseStore store(test.db());
    QVERIFY2(store.save(release, &error), qPrintable(error));
    QVERIFY2(store.setStatus(release.id, QStringLiteral("approved"), &error), qPrintable(error));
    // A dialogue whose text looks like markup.
    Dialogue d;
    d.key = QStringLiteral("markup");
    d.title = QStringLiteral("<b>Bold</b> & <a href=\"x\">a link</a>");
    d.startDate = QDate(2020, 1, 2);
    QVERIFY2(test->saveDialogue(d, &error), qPrintable(error));
    test.close();
    startWindow();
}

void TestPreviewPane::startWindow()
{
    QVERIFY(m_window.open(m_path, [](MainWindow &window) { window.resize(1400, 900); }));
}

void TestPreviewPane::cleanup()
{
    m_window.close();
    m_dir.reset();
}

void TestPreviewPane::clickRow(ListPage *page, int row)
{
    QTableView *view = page->view();
    const QModelIndex index = view->model()->index(row, 1);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

void TestPreviewPane::clickLink(PreviewPane *pane, const QString &text)
{
    QTextDocument *document = pane->document();
    QTextCursor found = document->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    QVERIFY(found.charFormat().isAnchor()
        || document->find(text, found.selectionStart()).charFormat().isAnchor());
    QTextCursor middle(document);
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    pane->setTextCursor(middle);
    pane->ensureCursorVisible();
    const QRect rect = pane->cursorRect(middle);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestPreviewPane::selectingADialogueShowsItsCard()
{
    ListPage *dialogues = list(MainWindow::RecordKind::Dialogue);
    PreviewPane *card = pane(MainWindow::RecordKind::Dialogue);
    QVERIFY(card && card->isVisible());
    QCOMPARE(dialogues->preview(), card);
    QVERIFY(card->toPlainText().contains(QStringLiteral("Select a row")));
    clickRow(dialogues, 0); // newest first: the reference dialogue of 2022
    const QString text = card->toPlainText();
    QVERIFY2(
        text.contains(QStringLiteral("Senior-level Roundtable Dialogue on Integrated Ecosystem Management")),
        qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(QDate(2022, 11, 23), QLocale::LongFormat)));
    QVERIFY(text.contains(QStringLiteral("Place\nBeijing, China\n")));
    QVERIFY(text.contains(QStringLiteral("Format\nHybrid\n")));
    // Organisations by role, in the record's order.
    QVERIFY(text.contains(QStringLiteral("Guided by\nMEE\n")));
    QVERIFY(text.contains(QStringLiteral("Co-organiser\nLMEC, FECO, UNEP ROAP\n")));
    QVERIFY(text.contains(QStringLiteral("Supporter\nUNEP-IEMP\n")));
    // Speakers with the titles they held that day.
    QVERIFY(text.contains(QStringLiteral("Dr. Zhang Yujun, Director-General, FECO (Speech)")));
    QVERIFY(text.contains(QStringLiteral("Dr. Dechen Tsering, Director, UNEP ROAP (Speech)")));
    QVERIFY(text.contains(
        QStringLiteral("Ms. Wang Qian, Programme Management Officer, UNEP China Office (Presiding)")));
    QVERIFY(text.contains(QStringLiteral("Topics\nIEM case sharing in the Lancang-Mekong Region\n")));
    // A short name carries the full one, shown on hovering.
    const QTextCursor mee = card->document()->find(QStringLiteral("MEE"));
    QVERIFY(!mee.isNull());
    QCOMPARE(mee.charFormat().toolTip(), QStringLiteral("Ministry of Ecology and Environment of China"));
    // The release's status.
    QVERIFY(text.contains(
        QStringLiteral("Roundtable on Integrated Ecosystem Management Held in Beijing (Approved")));
}

void TestPreviewPane::recordTextIsEscaped()
{
    ListPage *dialogues = list(MainWindow::RecordKind::Dialogue);
    PreviewPane *card = pane(MainWindow::RecordKind::Dialogue);
    clickRow(dialogues, 1); // 2020: the dialogue whose title looks like markup
    QVERIFY(card->toPlainText().contains(QStringLiteral("<b>Bold</b> & <a href=\"x\">a link</a>")));
    QVERIFY(card->toHtml().contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;")));
    QVERIFY(!card->document()->find(QStringLiteral("a link")).charFormat().isAnchor());
}

void TestPreviewPane::linkOpensTheEditor()
{
    clickRow(list(MainWindow::RecordKind::Dialogue), 0);
    PreviewPane *card = pane(MainWindow::RecordKind::Dialogue);
    QVERIFY(m_window->editors().isEmpty());
    clickLink(card, QStringLiteral("Zhang Yujun"));
    QTRY_COMPARE(m_window->editors().size(), 1);
    const qint64 zhang = m_window->archive()->personId(QStringLiteral("zhang-yujun"));
    QCOMPARE(m_window->editors().first()->recordKey(), QStringLiteral("person:%1").arg(zhang));

    clickLink(card, QStringLiteral("UNEP-IEMP"));
    QTRY_COMPARE(m_window->editors().size(), 2);
    const qint64 iemp = m_window->archive()->organizationId(QStringLiteral("unep-iemp"));
    QCOMPARE(m_window->editors().last()->recordKey(), QStringLiteral("organization:%1").arg(iemp));
    // The same link again raises the editor already open.
    clickLink(card, QStringLiteral("Zhang Yujun"));
    QTest::qWait(50);
    QCOMPARE(m_window->editors().size(), 2);
}

void TestPreviewPane::everyListHasItsCard()
{
    // A person: their organisation and title, and their speeches.
    m_window->showPage(QStringLiteral("peoplePage"));
    ListPage *people = list(MainWindow::RecordKind::Person);
    QAbstractItemModel *model = people->view()->model();
    int zhangRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().contains(QStringLiteral("Zhang")))
            zhangRow = row;
    }
    QVERIFY(zhangRow >= 0);
    clickRow(people, zhangRow);
    QString text = pane(MainWindow::RecordKind::Person)->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Director-General")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("FECO")));
    QVERIFY(text.contains(QStringLiteral("Senior-level Roundtable Dialogue")));

    // An organisation: its parent, the dialogues it took part in and in what role.
    m_window->showPage(QStringLiteral("organizationsPage"));
    ListPage *organizations = list(MainWindow::RecordKind::Organization);
    model = organizations->view()->model();
    int lmecRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(QStringLiteral("Lancang-Mekong")))
            lmecRow = row;
    }
    QVERIFY(lmecRow >= 0);
    clickRow(organizations, lmecRow);
    text = pane(MainWindow::RecordKind::Organization)->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Part of")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Foreign Environmental Cooperation Center")));
    QVERIFY(text.contains(QStringLiteral("(Co-organiser)")));

    // A contact.
    m_window->showPage(QStringLiteral("contactsPage"));
    ListPage *contacts = list(MainWindow::RecordKind::Contact);
    QVERIFY(contacts->view()->model()->rowCount() >= 1);
    clickRow(contacts, 0);
    text = pane(MainWindow::RecordKind::Contact)->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Houyingfang")), qPrintable(text));

    // A press release, with a link to its dialogue.
    m_window->showPage(QLatin1String(PressReleasePage::PageName));
    auto *releases = m_window->findChild<PressReleaseListWidget *>();
    QVERIFY(releases);
    auto *view = releases->findChild<QTableView *>(QStringLiteral("pressReleasesTableView"));
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
    PreviewPane *releaseCard = releases->previewPane();
    QVERIFY(releaseCard->isVisible());
    text = releaseCard->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Approved")), qPrintable(text));
    clickLink(releaseCard, QStringLiteral("Senior-level Roundtable"));
    QTRY_COMPARE(m_window->editors().size(), 1);
    QVERIFY(m_window->editors().first()->recordKey().startsWith(QStringLiteral("dialogue:")));
}

void TestPreviewPane::toggleIsRemembered()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("showPreviewAction"));
    QVERIFY(action);
    QVERIFY(action->isChecked());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list(MainWindow::RecordKind::Dialogue)->view()->setFocus();
    QTest::keySequence(m_window.get(), action->shortcut());
    QVERIFY(!action->isChecked());
    QVERIFY(!pane(MainWindow::RecordKind::Dialogue)->isVisible());
    QVERIFY(!pane(MainWindow::RecordKind::Person)->isVisibleTo(m_window.get()));

    // Hidden, it reads nothing; shown again, it shows the current row.
    clickRow(list(MainWindow::RecordKind::Dialogue), 0);
    m_window->close();
    m_window.close();
    startWindow();
    action = m_window->findChild<QAction *>(QStringLiteral("showPreviewAction"));
    QVERIFY(!action->isChecked());
    QVERIFY(!pane(MainWindow::RecordKind::Dialogue)->isVisible());
    clickRow(list(MainWindow::RecordKind::Dialogue), 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), action->shortcut());
    QVERIFY(action->isChecked());
    QVERIFY(pane(MainWindow::RecordKind::Dialogue)->isVisible());
    QVERIFY(pane(MainWindow::RecordKind::Dialogue)->toPlainText().contains(QStringLiteral("Senior-level")));
    m_window->close();
    m_window.close();
    startWindow();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("showPreviewAction"))->isChecked());
}

void TestPreviewPane::cardFollowsChanges()
{
    clickRow(list(MainWindow::RecordKind::Dialogue), 0);
    PreviewPane *card = pane(MainWindow::RecordKind::Dialogue);
    const qint64 id = card->recordId();
    QVERIFY(id > 0);
    Dialogue d = *m_window->archive()->dialogue(id);
    d.city = QStringLiteral("Kunming");
    QString error;
    QVERIFY2(m_window->archive()->saveDialogue(d, &error), qPrintable(error));
    m_window->refresh();
    QTRY_VERIFY(card->toPlainText().contains(QStringLiteral("Kunming")));
}

// A new user's first window (1180 pixels wide, the preview beside the list) showed the
// dialogues' titles as "Sen…": the fixed columns took all the room and the stretched Title
// column kept only its minimum.
void TestPreviewPane::titleKeepsItsShareOfANarrowList()
{
    m_window->resize(1180, 720);
    QTableView *view = list(MainWindow::RecordKind::Dialogue)->view();
    QHeaderView *header = view->horizontalHeader();
    const auto title = [&] { return header->sectionSize(DialogueTableModel::TitleColumn); };
    QTRY_VERIFY2(title() >= std::max(200, view->viewport()->width() / 3) - 2,
        qPrintable(QStringLiteral("title %1 of %2").arg(title()).arg(view->viewport()->width())));
    // A date is not cut: short values keep their width.
    QVERIFY(header->sectionSize(DialogueTableModel::StartDateColumn)
        >= view->fontMetrics().horizontalAdvance(QStringLiteral("2022-11-23")));
    const int narrowSeries = header->sectionSize(DialogueTableModel::SeriesColumn);
    QVERIFY(narrowSeries < 200);
    // Every column keeps at least its heading.
    for (int column = 0; column < DialogueTableModel::ColumnCount; ++column)
        QVERIFY(header->sectionSize(column) >= std::min(80, header->sectionSizeHint(column)));
    // Wide again: the other columns are back at their own widths.
    m_window->resize(1900, 900);
    QTRY_COMPARE(header->sectionSize(DialogueTableModel::SeriesColumn), 200);
    // Once the user sets a width, it stays theirs.
    header->resizeSection(DialogueTableModel::CityColumn, 150);
    m_window->resize(1180, 720);
    QTest::qWait(100);
    QCOMPARE(header->sectionSize(DialogueTableModel::CityColumn), 150);
    QCOMPARE(header->sectionSize(DialogueTableModel::SeriesColumn), 200);
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
