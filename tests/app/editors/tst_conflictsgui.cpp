// Several editors at once, in the window: two main windows on one archive file (two windows
// or two programs are the same case for SQLite), or a second connection saving behind an
// editor's back. The editor sees the change within a second without losing what is typed, and
// a save then asks: Keep Editing, Compare (their version beside mine, field by field) or
// Overwrite; a record deleted meanwhile can be saved as new or discarded.

#include "app/editors/ConflictDialog.h"
#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/editors/PersonEditor.h"
#include "app/lists/ListPage.h"
#include "app/window/ItemRoles.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestConflictsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void otherWindowSeesTheSaveWithinASecond();
    void keepEditingKeepsMyText();
    void overwriteWritesMine();
    void compareTakesTheirsPerField();
    void deletedElsewhereSavedAsNew();
    void deletedElsewhereDiscarded();
    void deleteOfAChangedRecordRefused();

private:
    // The demo dialogue open in window A, with " (A)" typed at the end of its title.
    DialogueEditor *editInA();
    // Window B saves the demo dialogue's notes through its own editor, as a person does.
    void saveNotesInB(const QString &notes);
    static void activate(QWidget *window)
    {
        window->windowHandle()->requestActivate();
        QTest::qWaitFor([window] { return QGuiApplication::focusWindow() == window->windowHandle(); });
    }
    Dialogue stored();
    // Save clicked, in the editor's window made active again. (Ctrl+S is not used here: with two
    // main windows in one process, the statistics page's Save as PNG of the other window makes
    // the key ambiguous, which a user with one window per program never meets.)
    static void clickSave(EditorDialog *editor)
    {
        activate(editor);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;
    qint64 m_dialogue = 0;
    QString m_title;
};

void TestConflictsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestConflictsGui::init()
{
    QSettings().clear();
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("shared.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(m_path, TestArchive::Demo, &error), qPrintable(error));
    m_a = std::make_unique<MainWindow>();
    m_a->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_a.get()));
    QVERIFY(m_a->openArchive(m_path));
    m_b = std::make_unique<MainWindow>();
    m_b->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_b.get()));
    MessageBox::setNextAnswer(QMessageBox::Ok); // "already open in another window"
    QVERIFY(m_b->openArchive(m_path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("compare the two")),
        qPrintable(MessageBox::lastText()));
    m_dialogue = m_a->archive()->dialogueId(DemoDialogueKey);
    m_title = m_a->archive()->dialogue(m_dialogue)->title;
}

void TestConflictsGui::cleanup()
{
    MessageBox::reset();
    for (MainWindow *window : { m_a.get(), m_b.get() }) {
        if (!window)
            continue;
        for (EditorDialog *editor : window->editors()) {
            editor->undoStack()->clear();
            editor->close();
        }
    }
    m_b.reset();
    m_a.reset();
    m_dir.reset();
}

Dialogue TestConflictsGui::stored()
{
    Database db;
    QString error;
    if (!db.open(m_path, Database::Mode::ReadOnly, &error))
        qWarning("%s", qPrintable(error));
    Archive archive(db);
    return archive.dialogue(m_dialogue).value_or(Dialogue());
}

DialogueEditor *TestConflictsGui::editInA()
{
    auto *editor = qobject_cast<DialogueEditor *>(m_a->openDialogue(m_dialogue));
    if (!editor)
        return nullptr;
    activate(editor);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (A)"));
    return editor;
}

void TestConflictsGui::saveNotesInB(const QString &notes)
{
    auto *editor = qobject_cast<DialogueEditor *>(m_b->openDialogue(m_dialogue));
    QVERIFY(editor);
    activate(editor);
    auto *field = editor->findChild<QPlainTextEdit *>(QStringLiteral("notesPlainTextEdit"));
    field->setFocus();
    QTest::keyClicks(field, notes);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(!editor->isModified());
    editor->close();
}

void TestConflictsGui::otherWindowSeesTheSaveWithinASecond()
{
    DialogueEditor *a = editInA();
    QVERIFY(a);
    QLabel *notice = a->storedNotice();
    QVERIFY(notice->isHidden());
    // B changes the title in its list's record: A's list shows it within a second.
    Dialogue d = *m_b->archive()->dialogue(m_dialogue);
    d.title = QStringLiteral("Retitled in window B");
    QString error;
    QVERIFY(m_b->archive()->saveDialogue(d, &error));
    QAbstractItemModel *list = m_a->listPage(MainWindow::RecordKind::Dialogue)->view()->model();
    const auto listed = [list] {
        for (int row = 0; row < list->rowCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column) {
                if (list->index(row, column).data().toString() == QLatin1String("Retitled in window B"))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(!listed());
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 1500);
    // The open editor says so, not in a box, and keeps what was typed where it was typed.
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 1500);
    QVERIFY2(notice->text().contains(QStringLiteral("changed by another window or program")),
        qPrintable(notice->text()));
    QCOMPARE(
        a->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text(), m_title + QStringLiteral(" (A)"));
    QVERIFY(a->isModified());
    QCOMPARE(QApplication::focusWidget(), a->findChild<QLineEdit *>(QStringLiteral("titleLineEdit")));
}

void TestConflictsGui::keepEditingKeepsMyText()
{
    DialogueEditor *a = editInA();
    QVERIFY(a);
    saveNotesInB(QStringLiteral("Notes from B"));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // Keep Editing
    clickSave(a);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("saved by another window or program")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(a->isVisible());
    QVERIFY(a->isModified());
    QCOMPARE(
        a->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text(), m_title + QStringLiteral(" (A)"));
    const Dialogue now = stored();
    QCOMPARE(now.title, m_title); // mine not written
    QCOMPARE(now.notes, QStringLiteral("Notes from B")); // theirs kept
    QCOMPARE(now.version, qint64(2));
}

void TestConflictsGui::overwriteWritesMine()
{
    DialogueEditor *a = editInA();
    QVERIFY(a);
    saveNotesInB(QStringLiteral("Notes from B"));
    MessageBox::setNextAnswer(QMessageBox::Save); // Overwrite Theirs
    clickSave(a);
    QVERIFY(!a->isModified());
    const Dialogue now = stored();
    QCOMPARE(now.title, m_title + QStringLiteral(" (A)"));
    QVERIFY(now.notes != QStringLiteral("Notes from B")); // mine, all of it, as chosen
    QCOMPARE(now.version, qint64(3));
    QCOMPARE(a->record().version, qint64(3));
}

void TestConflictsGui::compareTakesTheirsPerField()
{
    DialogueEditor *a = editInA();
    QVERIFY(a);
    saveNotesInB(QStringLiteral("Notes from B"));
    // The Compare window, driven as a person does: the Notes row's Theirs chosen with Space,
    // then Use These Fields.
    bool seen = false;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // not shown yet
        poll->stop();
        poll->deleteLater();
        seen = true;
        // Closed whatever a check below finds, so that the test goes on.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QTableWidget *table = dialog->table();
        int notesRow = -1;
        int titleRow = -1;
        QStringList differing;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("Notes"))
                notesRow = row;
            if (table->item(row, 0)->text() == QLatin1String("Title"))
                titleRow = row;
            if (table->item(row, 0)->font().bold())
                differing.append(table->item(row, 0)->text());
        }
        QCOMPARE(differing, QStringList({ QStringLiteral("Title"), QStringLiteral("Notes") }));
        QCOMPARE(table->item(notesRow, 1)->text(), QStringLiteral("Notes from B"));
        QCOMPARE(table->item(titleRow, 2)->text(), m_title + QStringLiteral(" (A)"));
        QCOMPARE(table->item(titleRow, 1)->text(), m_title);
        table->setCurrentCell(notesRow, 1);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(notesRow, 1)->checkState(), Qt::Checked);
        QCOMPARE(table->item(titleRow, 2)->checkState(), Qt::Checked); // mine, untouched
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okPushButton")), Qt::LeftButton);
    });
    poll->start();
    MessageBox::setNextAnswer(QMessageBox::Open); // Compare…
    clickSave(a);
    QVERIFY(seen);
    // The form: my title, their notes, not yet saved; the notice says what it is based on.
    QCOMPARE(
        a->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->text(), m_title + QStringLiteral(" (A)"));
    QCOMPARE(a->findChild<QPlainTextEdit *>(QStringLiteral("notesPlainTextEdit"))->toPlainText(),
        QStringLiteral("Notes from B"));
    QVERIFY(a->isModified());
    QVERIFY(a->storedNotice()->text().contains(QStringLiteral("version 2")));
    QCOMPARE(stored().title, m_title);
    // Saving now writes over their version without another question.
    MessageBox::reset();
    clickSave(a);
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    QVERIFY(!a->isModified());
    const Dialogue now = stored();
    QCOMPARE(now.title, m_title + QStringLiteral(" (A)"));
    QCOMPARE(now.notes, QStringLiteral("Notes from B"));
    QCOMPARE(now.version, qint64(3));
}

void TestConflictsGui::deletedElsewhereSavedAsNew()
{
    Person p;
    p.familyName = QStringLiteral("Phommachanh");
    p.givenName = QStringLiteral("Somsack");
    QString error;
    QVERIFY(m_a->archive()->savePerson(p, &error));
    auto *editor = qobject_cast<PersonEditor *>(m_a->openRecord(MainWindow::RecordKind::Person, p.id));
    QVERIFY(editor);
    activate(editor);
    auto *notes = editor->findChild<QPlainTextEdit *>(QStringLiteral("notesPlainTextEdit"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Met in Vientiane"));
    QVERIFY(m_b->archive()->removePerson(p.id, &error));
    QTRY_VERIFY_WITH_TIMEOUT(editor->storedNotice()->isVisible(), 1500);
    QVERIFY(editor->storedNotice()->text().contains(QStringLiteral("deleted")));
    MessageBox::setNextAnswer(QMessageBox::Save); // Save as New
    clickSave(editor);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("was deleted by another window")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!editor->isModified());
    QVERIFY(editor->record().id > 0);
    const auto saved = m_b->archive()->person(editor->record().id);
    QVERIFY(saved);
    QCOMPARE(saved->notes, QStringLiteral("Met in Vientiane"));
    QCOMPARE(saved->version, qint64(1));
}

void TestConflictsGui::deletedElsewhereDiscarded()
{
    Person p;
    p.familyName = QStringLiteral("Chea");
    p.givenName = QStringLiteral("Sophal");
    QString error;
    QVERIFY(m_a->archive()->savePerson(p, &error));
    QPointer<PersonEditor> editor
        = qobject_cast<PersonEditor *>(m_a->openRecord(MainWindow::RecordKind::Person, p.id));
    QVERIFY(editor);
    activate(editor);
    QTest::keyClicks(
        editor->findChild<QLineEdit *>(QStringLiteral("familyNameLineEdit")), QStringLiteral("x"));
    QVERIFY(m_b->archive()->removePerson(p.id, &error));
    const auto people = m_b->archive()->counts().people;
    MessageBox::setNextAnswer(QMessageBox::Discard);
    clickSave(editor);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QCOMPARE(m_b->archive()->counts().people, people); // nothing written
}

void TestConflictsGui::deleteOfAChangedRecordRefused()
{
    Organization o;
    o.name = QStringLiteral("Mekong Institute");
    QString error;
    QVERIFY(m_a->archive()->saveOrganization(o, &error));
    m_a->refresh();
    m_a->showPage(QStringLiteral("organizationsPage"));
    ListPage *page = m_a->listPage(MainWindow::RecordKind::Organization);
    QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRole::Id).toLongLong() == o.id)
            page->view()->selectionModel()->setCurrentIndex(
                model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QVERIFY(page->view()->selectionModel()->hasSelection());
    // The real question: while it is open, window B saves the organisation; then Delete.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        Organization theirs = *m_b->archive()->organization(o.id);
        theirs.about = QStringLiteral("Changed in window B while A was asked");
        QString saveError;
        QVERIFY(m_b->archive()->saveOrganization(theirs, &saveError));
        MessageBox::setNextAnswer(QMessageBox::Ok); // the "Not deleted" notice that follows
        box->button(QMessageBox::Yes)->click();
    });
    m_a->deleteSelected();
    QVERIFY(asked);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed by someone else")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(
        m_a->archive()->organization(o.id)->about, QStringLiteral("Changed in window B while A was asked"));
}

QTEST_MAIN(TestConflictsGui)
#include "tst_conflictsgui.moc"
