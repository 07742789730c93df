// The record as a whole, in the real window (issue 12, items 7-9, 11 and 13): an organisation's
// editor shows its dialogues by role and its people and opens them with a double-click; the
// organisation list counts what the search facet counts; a dialogue's editor shows its press
// release and opens it; New Press Release on a dialogue that has one opens it or asks;
// deleting a dialogue names what goes with it; a person's later mentions; print preview on
// screen.

#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/editors/OrganizationActivity.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/PersonEditor.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/lists/OrganizationTableModel.h"
#include "app/press/PressReleaseEditorDialog.h"
#include "app/press/PressReleaseOutput.h"
#include "app/press/PressReleasePage.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/settings/Translations.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestRecordWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void organizationShowsDialoguesByRoleAndPeople();
    void organizationCountsAgreeWithTheFacet();
    void dialogueEditorShowsAndOpensItsRelease();
    void newReleaseOnADialogueWithOneAsks();
    void deletingADialogueNamesWhatGoes();
    void personSaysHowToNameThemLater();
    void printPreviewFitsTheScreen();

private:
    // Runs `answer` on the next modal dialog that opens (the test's hand on the mouse).
    void onNextModal(std::function<void(QWidget *)> answer);
    void selectDialogue(const QString &title);
    void doubleClick(QTreeWidget *tree, QTreeWidgetItem *item);
    qint64 demo() const { return m_window->archive()->dialogueId(DemoDialogueKey); }

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestWindow m_window;
};

void TestRecordWindow::initTestCase()
{
    m_settings.install();
    // English, as the window starts: its plural forms ("4 speeches") come from a translation.
    Translations::install(QStringLiteral("en"));
}

void TestRecordWindow::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("test.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(m_path, TestArchive::Demo, &error), qPrintable(error));
    QVERIFY(m_window.open(m_path, [](MainWindow &window) { window.resize(1200, 760); }));
}

void TestRecordWindow::cleanup()
{
    m_window.close();
    m_dir.reset();
}

void TestRecordWindow::onNextModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, this, [this, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            onNextModal(answer); // not open yet: look again
            return;
        }
        answer(modal);
    });
}

void TestRecordWindow::selectDialogue(const QString &title)
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    ListPage *page = m_window->listPage(QStringLiteral("dialoguesPage"));
    QAbstractItemModel *model = page->view()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DialogueTableModel::TitleColumn).data().toString().contains(title)) {
            page->view()->setFocus();
            page->view()->selectionModel()->setCurrentIndex(
                model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no dialogue %1").arg(title)));
}

void TestRecordWindow::doubleClick(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
}

void TestRecordWindow::organizationShowsDialoguesByRoleAndPeople()
{
    Archive *archive = m_window->archive();
    auto *editor = qobject_cast<OrganizationEditor *>(m_window->openRecord(
        MainWindow::RecordKind::Organization, archive->organizationId(QStringLiteral("unep-roap"))));
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    OrganizationActivity *activity = editor->activity();
    QVERIFY(activity && activity->isVisible());
    QTreeWidget *dialogues = activity->dialoguesView();
    // UNEP ROAP co-organised the demo dialogue, and Dr. Dechen Tsering spoke for it there.
    QCOMPARE(dialogues->topLevelItemCount(), 2);
    QCOMPARE(dialogues->topLevelItem(0)->text(0), QStringLiteral("Co-organiser (1)"));
    QCOMPARE(dialogues->topLevelItem(1)->text(0), QStringLiteral("Its people spoke (1)"));
    QCOMPARE(activity->tabText(0), QStringLiteral("Dialogues (1)"));
    QTreeWidgetItem *dialogue = dialogues->topLevelItem(0)->child(0);
    QVERIFY(dialogue->text(0).startsWith(QStringLiteral("Senior-level Roundtable")));
    QCOMPARE(dialogue->text(1), QStringLiteral("2022-11-23"));

    // A double-click opens the dialogue in its editor.
    const int before = int(m_window->editors().size());
    doubleClick(dialogues, dialogue);
    QTRY_COMPARE(int(m_window->editors().size()), before + 1);
    QCOMPARE(m_window->editors().last()->recordKey(), QStringLiteral("dialogue:%1").arg(demo()));

    // Its people: Enter on a row opens the person, as a double-click does.
    activity->setCurrentIndex(1);
    QTreeWidget *people = activity->peopleView();
    QCOMPARE(people->topLevelItemCount(), 1);
    QCOMPARE(people->topLevelItem(0)->text(0), QStringLiteral("Dr. Dechen Tsering"));
    QCOMPARE(people->topLevelItem(0)->text(1), QStringLiteral("1"));
    QCOMPARE(people->topLevelItem(0)->text(2), QStringLiteral("Director"));
    QCOMPARE(activity->tabText(1), QStringLiteral("People (1)"));
    editor->activateWindow();
    people->setFocus();
    people->setCurrentItem(people->topLevelItem(0));
    QTest::keyClick(people, Qt::Key_Return);
    QTRY_COMPARE(int(m_window->editors().size()), before + 2);
    QCOMPARE(m_window->editors().last()->recordKey(),
        QStringLiteral("person:%1").arg(archive->personId(QStringLiteral("dechen-tsering"))));

    // A dialogue saved meanwhile (here or by a colleague) shows at once, not on the next save.
    Dialogue hosted = archive->newDialogue();
    hosted.title = QStringLiteral("Mekong water data workshop");
    hosted.startDate = QDate(2023, 5, 10);
    hosted.organizations = { { archive->organizationId(QStringLiteral("unep-roap")),
        QString::fromLatin1(OrganizationRole::Host) } };
    QString error;
    QVERIFY2(archive->saveDialogue(hosted, &error), qPrintable(error));
    m_window->refresh();
    QCOMPARE(activity->tabText(0), QStringLiteral("Dialogues (2)"));
    QCOMPARE(dialogues->topLevelItem(1)->text(0), QStringLiteral("Host (1)"));

    // A new organisation has no record yet.
    auto *fresh
        = qobject_cast<OrganizationEditor *>(m_window->openRecord(MainWindow::RecordKind::Organization, 0));
    QVERIFY(fresh);
    QVERIFY(!fresh->activity()->isEnabled());
    QCOMPARE(fresh->activity()->dialoguesView()->topLevelItemCount(), 0);
}

void TestRecordWindow::organizationCountsAgreeWithTheFacet()
{
    Archive *archive = m_window->archive();
    m_window->showPage(QStringLiteral("organizationsPage"));
    ListPage *page = m_window->listPage(QStringLiteral("organizationsPage"));
    QAbstractItemModel *model = page->view()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    // The header says what the column counts.
    const QString header
        = model->headerData(OrganizationTableModel::DialoguesColumn, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("Dialogues"));
    QVERIFY(model->headerData(OrganizationTableModel::DialoguesColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("spoken for by one of its people")));

    // A second dialogue where UNEP China Office only speaks: it counts, as in the facet.
    Dialogue second;
    second.title = QStringLiteral("Mekong Youth Forum");
    second.startDate = QDate(2023, 5, 4);
    Speech s;
    s.personId = archive->personId(QStringLiteral("wang-qian"));
    s.organizationId = archive->organizationId(QStringLiteral("unep-china"));
    second.speeches = { s };
    second.organizations
        = { { archive->organizationId(QStringLiteral("unep-roap")), QStringLiteral("host") } };
    QString error;
    QVERIFY2(archive->saveDialogue(second, &error), qPrintable(error));
    m_window->refresh();

    Facets facets;
    Search search(archive->database());
    QVERIFY2(search.facets(QString(), &facets, &error), qPrintable(error));
    QHash<QString, qint64> facetCounts;
    for (const FacetValue &value : std::as_const(facets.organizations))
        facetCounts.insert(value.label, value.count);
    QTRY_VERIFY(model->rowCount() > 0);
    int compared = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shortName
            = model->index(row, OrganizationTableModel::ShortNameColumn).data().toString();
        const QString name = model->index(row, OrganizationTableModel::NameColumn).data().toString();
        const QString label = shortName.isEmpty() ? name : shortName;
        const qint64 count = model->index(row, OrganizationTableModel::DialoguesColumn).data().toLongLong();
        QCOMPARE(count, facetCounts.value(label, 0));
        ++compared;
    }
    QVERIFY(compared >= 8);
    QCOMPARE(facetCounts.value(QStringLiteral("UNEP China Office")), 2);
    QCOMPARE(facetCounts.value(QStringLiteral("UNEP ROAP")), 2);
}

void TestRecordWindow::dialogueEditorShowsAndOpensItsRelease()
{
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(demo()));
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *label = editor->findChild<QLabel *>(QStringLiteral("pressReleaseLabel"));
    auto *button = editor->findChild<QPushButton *>(QStringLiteral("pressReleasePushButton"));
    QVERIFY(label && button);
    QCOMPARE(label->text(), QStringLiteral("Press release: none yet"));
    QVERIFY(button->isEnabled());

    // Ctrl+Shift+P in the editor writes the first draft; the user saves it.
    bool sawDraft = false;
    onNextModal([&](QWidget *modal) {
        auto *release = qobject_cast<PressReleaseEditorDialog *>(modal);
        if (!release)
            return;
        sawDraft = release->edited().body.contains(QStringLiteral("Dr. Zhang stated"));
        QTest::mouseClick(
            release->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sawDraft);
    PressReleaseStore store(m_window->archive()->database());
    QCOMPARE(store.releasesOf(demo()).size(), 1);
    const PressRelease saved = store.releasesOf(demo()).first();
    QTRY_VERIFY2(
        label->text().startsWith(QStringLiteral("Press release: draft — ")), qPrintable(label->text()));
    QVERIFY(label->text().contains(saved.headline.left(20)));
    QCOMPARE(button->text(), QStringLiteral("Open Press &Release…"));

    // The button opens that release, not a second one; Cancel on it asks nothing.
    qint64 opened = 0;
    onNextModal([&](QWidget *modal) {
        auto *release = qobject_cast<PressReleaseEditorDialog *>(modal);
        if (!release)
            return;
        opened = release->release().id;
        QTest::keyClick(release, Qt::Key_Escape);
    });
    MessageBox::reset();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened, saved.id);
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    QCOMPARE(store.releasesOf(demo()).size(), 1);

    // Approved elsewhere, the editor shows it when it is the active window again.
    QString error;
    QVERIFY(store.setStatus(saved.id, QStringLiteral("approved"), &error));
    editor->updatePressRelease();
    QVERIFY(label->text().startsWith(QStringLiteral("Press release: approved — ")));

    // A new dialogue has no release until it is saved.
    auto *fresh = qobject_cast<DialogueEditor *>(m_window->openRecord(MainWindow::RecordKind::Dialogue, 0));
    QVERIFY(fresh);
    QVERIFY(!fresh->findChild<QPushButton *>(QStringLiteral("pressReleasePushButton"))->isEnabled());
}

void TestRecordWindow::newReleaseOnADialogueWithOneAsks()
{
    PressReleaseStore store(m_window->archive()->database());
    PressRelease existing;
    existing.dialogueId = demo();
    existing.headline = QStringLiteral("The release we already have");
    existing.body = QStringLiteral("<p>text</p>");
    QString error;
    QVERIFY2(store.save(existing, &error), qPrintable(error));

    selectDialogue(QStringLiteral("Senior-level"));
    auto *page = qobject_cast<PressReleasePage *>(m_window->page(QLatin1String(PressReleasePage::PageName)));
    QVERIFY(page && page->newReleaseAction()->isEnabled());
    QCOMPARE(page->newReleaseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // Cancel: nothing opens, nothing is written.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already has 1 press release")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("The release we already have")));
    QCOMPARE(store.releasesOf(demo()).size(), 1);

    // Open (the default answer): the existing release opens in its editor.
    qint64 opened = 0;
    onNextModal([&](QWidget *modal) {
        if (auto *release = qobject_cast<PressReleaseEditorDialog *>(modal)) {
            opened = release->release().id;
            release->reject();
        }
    });
    MessageBox::setNextAnswer(QMessageBox::Open);
    selectDialogue(QStringLiteral("Senior-level"));
    page->newReleaseAction()->trigger();
    QCOMPARE(opened, existing.id);
    QCOMPARE(store.releasesOf(demo()).size(), 1);

    // Write another: a second release, only when the user says so and saves it.
    bool second = false;
    onNextModal([&](QWidget *modal) {
        if (auto *release = qobject_cast<PressReleaseEditorDialog *>(modal)) {
            second = release->release().id == 0;
            release->accept();
        }
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    selectDialogue(QStringLiteral("Senior-level"));
    page->newReleaseAction()->trigger();
    QVERIFY(second);
    QCOMPARE(store.releasesOf(demo()).size(), 2);
}

void TestRecordWindow::deletingADialogueNamesWhatGoes()
{
    Archive *archive = m_window->archive();
    PressReleaseStore store(archive->database());
    PressRelease published;
    published.dialogueId = demo();
    published.body = QStringLiteral("<p>published text</p>");
    QString error;
    QVERIFY2(store.save(published, &error), qPrintable(error));
    QVERIFY(store.setStatus(published.id, QStringLiteral("approved"), &error));
    QVERIFY(store.setStatus(published.id, QStringLiteral("published"), &error));

    selectDialogue(QStringLiteral("Senior-level"));
    ListPage *page = m_window->listPage(QStringLiteral("dialoguesPage"));
    // The Delete key asks first, naming the speeches, topics and the published release.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    const QString question = MessageBox::lastText();
    QVERIFY2(question.startsWith(QStringLiteral("Delete “Senior-level")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("4 speeches")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("3 topics")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("1 published press release")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("export it first")));
    QVERIFY(archive->dialogue(demo()));
    QCOMPARE(store.releases().size(), 1);

    // Yes: the dialogue goes, and so does what the question named.
    const qint64 id = demo();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QVERIFY(!archive->dialogue(id));
    QCOMPARE(store.releases().size(), 0);
    QCOMPARE(archive->counts().speeches, 0);
}

void TestRecordWindow::personSaysHowToNameThemLater()
{
    Archive *archive = m_window->archive();
    const qint64 id = archive->personId(QStringLiteral("dechen-tsering"));
    auto *editor = qobject_cast<PersonEditor *>(m_window->openRecord(MainWindow::RecordKind::Person, id));
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *combo = editor->findChild<QComboBox *>(QStringLiteral("laterMentionComboBox"));
    QVERIFY(combo);
    // The demo says what the reference release writes: "Dr. Dechen Tsering".
    QCOMPARE(combo->currentData().toString(), QStringLiteral("full_name"));
    // The user picks the family name with the keyboard and saves with Ctrl+S.
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("family_name"));
    QVERIFY(editor->isModified());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(archive->person(id)->laterMention, QStringLiteral("family_name"));
    // One undo step puts it back.
    editor->undoStack()->undo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("full_name"));
}

void TestRecordWindow::printPreviewFitsTheScreen()
{
    const QRect screen = m_window->screen()->availableGeometry();
    const QRect geometry = PressReleaseOutput::previewGeometry(m_window.get());
    QVERIFY2(screen.contains(geometry),
        qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                       .arg(geometry.x())
                       .arg(geometry.y())
                       .arg(geometry.width())
                       .arg(geometry.height())
                       .arg(screen.width())
                       .arg(screen.height())));
    QVERIFY(geometry.height() >= screen.height() * 8 / 10);
    // The preview itself opens there, with its whole frame on the screen.
    QRect shown;
    onNextModal([&](QWidget *modal) {
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
            shown = preview->frameGeometry();
            preview->reject();
        }
    });
    PressReleaseDocument::PageSetup setup;
    PressReleaseOutput::printPreview(m_window.get(), QStringLiteral("<p>text</p>"), setup);
    QVERIFY(shown.isValid());
    QVERIFY2(shown.height() <= screen.height(), qPrintable(QString::number(shown.height())));
}

QTEST_MAIN(TestRecordWindow)
#include "tst_recordwindow.moc"
