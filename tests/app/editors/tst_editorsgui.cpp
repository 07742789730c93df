// The record editors driven as a person drives them, in the real main window offscreen: where
// the cursor starts, what Space and Escape do, one undo history per editor, names of the
// region and the duplicate check, Merge People, the dialogue's Organisations tab and country
// picker, and what a new dialogue starts with (issue 12, items 1-6).

#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/editors/MergePeopleDialog.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/PersonEditor.h"
#include "app/lists/ListPage.h"
#include "app/press/PressReleaseEditorDialog.h"
#include "app/window/ItemRoles.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWindow>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestEditorsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editorsOpenInTheirFirstField_data();
    void editorsOpenInTheirFirstField();
    void escapeAsksOnlyWhenEdited();
    void pressReleaseEditorOpensInHeadline();
    void oneUndoHistory();
    void undoButtonsKeepTheirPlace();
    void newPersonReadsRegionNames();
    void duplicatePersonOffersTheOneThere();
    void duplicateFromPeopleList();
    void mergePeopleHasItsOwnCommand();
    void organisationRoleChangedInPlace();
    void newOrganisationFromDialogue();
    void countryPickerTakesNames();
    void newDialogueTakesLastContactAndAbout();

private:
    template <class T> T *child(QObject *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    EditorDialog *openFromPage(const QString &page, bool existing);
    DialogueEditor *openDemoDialogue();
    // The window system makes a new window the active one; offscreen, the test does.
    static void activate(QWidget *window)
    {
        if (!window)
            return;
        window->windowHandle()->requestActivate();
        // The window system's answer comes as an event: wait for the window to have the focus.
        if (!QTest::qWaitFor([window] { return QGuiApplication::focusWindow() == window->windowHandle(); }))
            qWarning("%s is not active", qPrintable(window->objectName()));
    }
    void selectRow(ListPage *page, const QString &text);
    // Types `text` as a person does: Latin letters key by key, Chinese as an input method
    // commits it.
    static void type(QWidget *widget, const QString &text)
    {
        QString latin;
        for (QChar c : text) {
            if (c.unicode() < 0x80) {
                latin.append(c);
                continue;
            }
            QTest::keyClicks(widget, latin);
            latin.clear();
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
        QTest::keyClicks(widget, latin);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditorsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestEditorsGui::init()
{
    QSettings().clear();
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("editors.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(path, TestArchive::Demo, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(path));
}

void TestEditorsGui::cleanup()
{
    MessageBox::reset();
    MergePeopleDialog::setNextChoice(-1);
    for (EditorDialog *editor : m_window->editors()) {
        editor->undoStack()->clear();
        editor->close();
    }
    m_window.reset();
    m_dir.reset();
}

void TestEditorsGui::selectRow(ListPage *page, const QString &text)
{
    QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(text)) {
                page->view()->selectionModel()->setCurrentIndex(
                    model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
    }
    qWarning("no row with %s", qPrintable(text));
}

// Ctrl+N on the page, or Enter on its first row, as a person opens an editor.
EditorDialog *TestEditorsGui::openFromPage(const QString &page, bool existing)
{
    m_window->showPage(page);
    ListPage *list = m_window->listPage(page);
    const int before = int(m_window->editors().size());
    if (existing) {
        list->view()->setFocus();
        list->view()->selectionModel()->setCurrentIndex(list->view()->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(list->view(), Qt::Key_Return);
    } else {
        activate(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    }
    if (m_window->editors().size() != before + 1)
        return nullptr;
    EditorDialog *editor = m_window->editors().last();
    activate(editor);
    return editor;
}

DialogueEditor *TestEditorsGui::openDemoDialogue()
{
    const qint64 id = m_window->archive()->dialogueId(DemoDialogueKey);
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(id));
    activate(editor);
    return editor;
}

void TestEditorsGui::editorsOpenInTheirFirstField_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("field");
    for (bool existing : { false, true }) {
        const char *how = existing ? "existing" : "new";
        QTest::addRow("dialogue, %s", how) << "dialoguesPage" << existing << "titleLineEdit";
        QTest::addRow("person, %s", how) << "peoplePage" << existing << "familyNameLineEdit";
        QTest::addRow("organisation, %s", how) << "organizationsPage" << existing << "nameLineEdit";
        QTest::addRow("contact, %s", how) << "contactsPage" << existing << "labelLineEdit";
    }
}

void TestEditorsGui::editorsOpenInTheirFirstField()
{
    QFETCH(QString, page);
    QFETCH(bool, existing);
    QFETCH(QString, field);
    EditorDialog *editor = openFromPage(page, existing);
    QVERIFY(editor);
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), field);
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    // What is typed right away lands in the field, Space included, and the editor stays.
    edit->end(false);
    const QString before = edit->text();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Mekong Delta"));
    QCOMPARE(edit->text(), before + QStringLiteral("Mekong Delta"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(edit->text(), before + QStringLiteral("Mekong Delta "));
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isModified());
}

void TestEditorsGui::escapeAsksOnlyWhenEdited()
{
    // Unchanged: Escape closes at once, asking nothing.
    QPointer<EditorDialog> editor = openFromPage(QStringLiteral("peoplePage"), true);
    QVERIFY(editor);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!editor);
    QVERIFY(MessageBox::lastText().isEmpty());

    // Edited: Escape asks; Cancel keeps the editor and the edit, Discard closes it.
    editor = openFromPage(QStringLiteral("peoplePage"), true);
    QVERIFY(editor);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Save the changes")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(editor && editor->isVisible());
    QVERIFY(editor->isModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!editor || !editor->isVisible());
    QCOMPARE(m_window->archive()->people().first().familyName.endsWith(QLatin1Char('x')), false);
}

void TestEditorsGui::pressReleaseEditorOpensInHeadline()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    selectRow(dialogues, QStringLiteral("Roundtable"));
    QString focused;
    QString typed;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<PressReleaseEditorDialog *>(QApplication::activeModalWidget());
        if (!editor)
            return;
        activate(editor);
        QWidget *focus = QApplication::focusWidget();
        focused = focus ? focus->objectName() : QString();
        if (auto *headline = qobject_cast<QLineEdit *>(focus)) {
            headline->end(false);
            QTest::keyClick(headline, Qt::Key_Space);
            QTest::keyClicks(headline, QStringLiteral("today"));
            typed = headline->text();
        }
        MessageBox::setNextAnswer(QMessageBox::Discard);
        editor->reject();
        if (editor->isVisible())
            editor->done(QDialog::Rejected);
    });
    m_window->findChild<QAction *>(QStringLiteral("newPressReleaseAction"))->trigger();
    QCOMPARE(focused, QStringLiteral("headlineLineEdit"));
    QVERIFY2(typed.endsWith(QStringLiteral(" today")), qPrintable(typed));
}

void TestEditorsGui::oneUndoHistory()
{
    DialogueEditor *editor = openDemoDialogue();
    QVERIFY(editor);
    const Dialogue original = editor->record();
    QUndoStack *stack = editor->undoStack();
    auto *city = child<QLineEdit>(editor, QStringLiteral("cityLineEdit"));
    auto *occasion = child<QLineEdit>(editor, QStringLiteral("occasionLineEdit"));

    // City, then Occasion, each typed in one visit: two steps.
    city->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), city);
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Vientiane"));
    occasion->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), occasion);
    QTest::keyClicks(occasion, QStringLiteral(" (second day)"));
    QCOMPARE(stack->count(), 2);

    // Ctrl+Z in the field is the editor's Undo: one step, the whole of Occasion's edit.
    QTest::keyClick(occasion, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->record().occasion, original.occasion);
    QCOMPARE(occasion->text(), original.occasion);
    QCOMPARE(editor->record().city, QStringLiteral("Vientiane"));
    QCOMPARE(stack->index(), 1);
    // And once more, in the same field: City goes back in one step.
    QTest::keyClick(occasion, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->record().city, original.city);
    QCOMPARE(city->text(), original.city);
    QCOMPARE(stack->index(), 0);
    QVERIFY(!editor->isModified());

    // Redo brings back what Undo took: the editor's Redo button, then Ctrl+Shift+Z in a field.
    auto *redo = child<QToolButton>(editor, QStringLiteral("redoToolButton"));
    QVERIFY(redo->isEnabled());
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(editor->record().city, QStringLiteral("Vientiane"));
    QCOMPARE(city->text(), QStringLiteral("Vientiane"));
    occasion->setFocus();
    QTest::keyClick(occasion, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(occasion->text(), original.occasion + QStringLiteral(" (second day)"));
    QCOMPARE(editor->record().occasion, occasion->text());
    QCOMPARE(stack->index(), 2);
    QVERIFY(!redo->isEnabled());

    // Typing after an undo is a new step, never glued to the one before.
    QTest::keyClick(occasion, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClicks(occasion, QStringLiteral("!"));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(editor->record().occasion, original.occasion + QStringLiteral("!"));
    QTest::keyClick(occasion, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->record().occasion, original.occasion);
    QCOMPARE(editor->record().city, QStringLiteral("Vientiane"));

    // The field's right-click menu has the editor's Undo too.
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, QPoint(5, 5), city->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(city, &rightClick);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    auto menuAction = [menu](const QString &text) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(text))
                return action;
        }
        return nullptr;
    };
    QAction *menuUndo = menuAction(QStringLiteral("&Undo"));
    QVERIFY(menuUndo && menuUndo->isEnabled());
    QVERIFY(menuAction(QStringLiteral("&Redo"))->isEnabled()); // the "!" undone
    menuUndo->trigger();
    menu->close();
    QCOMPARE(editor->record().city, original.city);
    QCOMPARE(city->text(), original.city);
    editor->undoStack()->redo();
    QCOMPARE(editor->record().city, QStringLiteral("Vientiane"));

    // A text box's own undo is the editor's too.
    auto *outcome = child<QPlainTextEdit>(editor, QStringLiteral("outcomePlainTextEdit"));
    editor->findChild<QTabWidget *>(QStringLiteral("sectionsTabWidget"))
        ->setCurrentWidget(child<QWidget>(editor, QStringLiteral("outcomeTab")));
    outcome->setFocus();
    outcome->moveCursor(QTextCursor::End);
    QTest::keyClicks(outcome, QStringLiteral(" Agreed."));
    QCOMPARE(editor->record().outcome, original.outcome + QStringLiteral(" Agreed."));
    QTest::keyClick(outcome, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->record().outcome, original.outcome);
    QCOMPARE(outcome->toPlainText(), original.outcome);
    QCOMPARE(editor->record().city, QStringLiteral("Vientiane"));
}

void TestEditorsGui::undoButtonsKeepTheirPlace()
{
    DialogueEditor *editor = openDemoDialogue();
    QVERIFY(editor);
    auto *undo = child<QToolButton>(editor, QStringLiteral("undoToolButton"));
    auto *redo = child<QToolButton>(editor, QStringLiteral("redoToolButton"));
    const QRect undoBefore = undo->geometry();
    const QRect redoBefore = redo->geometry();
    const QString undoText = undo->text();
    QVERIFY(!undo->isEnabled());
    auto *title = child<QLineEdit>(editor, QStringLiteral("titleLineEdit"));
    QTest::keyClicks(title, QStringLiteral(" 2"));
    QVERIFY(undo->isEnabled());
    QCoreApplication::processEvents();
    QCOMPARE(undo->text(), undoText);
    QCOMPARE(undo->geometry(), undoBefore);
    QCOMPARE(redo->geometry(), redoBefore);
    QVERIFY(undo->toolTip().contains(QStringLiteral("Edit dialogue")));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
    QCOMPARE(undo->geometry(), undoBefore);
    QCOMPARE(redo->geometry(), redoBefore);
}

void TestEditorsGui::newPersonReadsRegionNames()
{
    EditorDialog *made = openFromPage(QStringLiteral("dialoguesPage"), false);
    auto *editor = qobject_cast<DialogueEditor *>(made);
    QVERIFY(editor);
    editor->addSpeech();
    auto *speaker = child<QLineEdit>(editor, QStringLiteral("speakerLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), speaker);
    QTest::keyClicks(speaker, QStringLiteral("Li Ming"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("newPersonPushButton")), Qt::LeftButton);
    auto *person = qobject_cast<PersonEditor *>(m_window->editors().last());
    QVERIFY(person);
    activate(person);
    auto *family = child<QLineEdit>(person, QStringLiteral("familyNameLineEdit"));
    auto *given = child<QLineEdit>(person, QStringLiteral("givenNameLineEdit"));
    auto *order = child<QCheckBox>(person, QStringLiteral("familyNameFirstCheckBox"));
    auto *written = child<QLabel>(person, QStringLiteral("fullNameLabel"));
    QCOMPARE(family->text(), QStringLiteral("Li"));
    QCOMPARE(given->text(), QStringLiteral("Ming"));
    QVERIFY(order->isChecked());
    QCOMPARE(written->text(), QStringLiteral("Li Ming"));
    QCOMPARE(QApplication::focusWidget(), family);

    // One click turns the order round and the name still reads as typed; Ctrl+Z takes it back.
    QTest::mouseClick(child<QPushButton>(person, QStringLiteral("swapNamesPushButton")), Qt::LeftButton);
    QCOMPARE(family->text(), QStringLiteral("Ming"));
    QCOMPARE(given->text(), QStringLiteral("Li"));
    QVERIFY(!order->isChecked());
    QCOMPARE(written->text(), QStringLiteral("Li Ming"));
    QTest::keyClick(family, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(family->text(), QStringLiteral("Li"));
    QVERIFY(order->isChecked());

    QTest::keyClick(family, Qt::Key_S, Qt::ControlModifier);
    // A shortcut clicks its button as a click looks: the save follows a moment later.
    QTRY_VERIFY(m_window->archive()->personId(QStringLiteral("li-ming")) > 0);
    const qint64 id = m_window->archive()->personId(QStringLiteral("li-ming"));
    QCOMPARE(m_window->archive()->person(id)->familyName, QStringLiteral("Li"));
    QVERIFY(m_window->archive()->person(id)->familyNameFirst);
    QTRY_COMPARE(editor->record().speeches.first().personId, id);
    QCOMPARE(speaker->text(), QStringLiteral("Li Ming"));
}

void TestEditorsGui::duplicatePersonOffersTheOneThere()
{
    Archive *archive = m_window->archive();
    const qint64 zhang = archive->personId(QStringLiteral("zhang-yujun"));
    const qint64 people = archive->counts().people;
    auto *editor = qobject_cast<DialogueEditor *>(openFromPage(QStringLiteral("dialoguesPage"), false));
    QVERIFY(editor);
    editor->addSpeech();
    auto *speaker = child<QLineEdit>(editor, QStringLiteral("speakerLineEdit"));
    QTest::keyClicks(speaker, QStringLiteral("Zhang Yu-jun"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("newPersonPushButton")), Qt::LeftButton);
    QPointer<PersonEditor> person = qobject_cast<PersonEditor *>(m_window->editors().last());
    QVERIFY(person);
    QCOMPARE(child<QLineEdit>(person, QStringLiteral("familyNameLineEdit"))->text(), QStringLiteral("Zhang"));

    // Save warns, names the one already there; Cancel keeps the editor open with its edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(person->saveButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Zhang Yujun (张玉军)")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(person && person->isVisible());
    QCOMPARE(archive->counts().people, people);

    // Taking the one there: no new person, and he is the speaker.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(person->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!person || !person->isVisible());
    QCOMPARE(archive->counts().people, people);
    QTRY_COMPARE(editor->record().speeches.first().personId, zhang);
    QCOMPARE(speaker->text(), QStringLiteral("Zhang Yujun"));
}

void TestEditorsGui::duplicateFromPeopleList()
{
    Archive *archive = m_window->archive();
    const qint64 people = archive->counts().people;
    EditorDialog *editor = openFromPage(QStringLiteral("peoplePage"), false);
    QVERIFY(editor);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wang"));
    // A Chinese family name: written first, until the user says otherwise.
    auto *order = child<QCheckBox>(editor, QStringLiteral("familyNameFirstCheckBox"));
    QVERIFY(order->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Q."));
    // "Q. Wang" may be Wang Qian: the user says it is someone else.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(
        MessageBox::lastText().contains(QStringLiteral("Wang Qian")), qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(archive->counts().people, people + 1);

    // Taking the one there from the People list opens that person's editor instead.
    QPointer<EditorDialog> second = openFromPage(QStringLiteral("peoplePage"), false);
    QVERIFY(second);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("TSERING"));
    QVERIFY(!child<QCheckBox>(second, QStringLiteral("familyNameFirstCheckBox"))->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dechen"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!second || !second->isVisible());
    QCOMPARE(archive->counts().people, people + 1);
    const QString tsering
        = QStringLiteral("person:%1").arg(archive->personId(QStringLiteral("dechen-tsering")));
    bool opened = false;
    for (EditorDialog *open : m_window->editors())
        opened = opened || open->recordKey() == tsering;
    QVERIFY(opened);
}

void TestEditorsGui::mergePeopleHasItsOwnCommand()
{
    Archive *archive = m_window->archive();
    const qint64 zhang = archive->personId(QStringLiteral("zhang-yujun"));
    Person duplicate;
    duplicate.familyName = QStringLiteral("Zhang");
    duplicate.givenName = QStringLiteral("Y.");
    QString error;
    QVERIFY(archive->savePerson(duplicate, &error));
    Dialogue d;
    d.title = QStringLiteral("Workshop on wetlands");
    d.startDate = QDate(2023, 2, 2);
    d.speeches = { Speech { duplicate.id, QStringLiteral("keynote") } };
    QVERIFY(archive->saveDialogue(d, &error));
    m_window->showPage(QStringLiteral("peoplePage"));
    m_window->refresh();
    ListPage *page = m_window->listPage(QStringLiteral("peoplePage"));
    selectRow(page, QStringLiteral("Y."));

    // In the Edit menu and the list's right-click menu alike.
    auto *merge = m_window->findChild<QAction *>(QStringLiteral("mergePeopleAction"));
    QVERIFY(merge && merge->isEnabled());
    QVERIFY(m_window->menu(MainWindow::Menu::Edit)->actions().contains(merge));
    QVERIFY(page->view()->actions().contains(merge));

    struct Seen
    {
        bool noDefault = false;
        bool enterKeptOpen = false;
        bool sideBySide = false;
        bool enabledOnceChosen = false;
    } seen;
    auto driveDialog = [&](bool choose) {
        auto *dialog = qobject_cast<MergePeopleDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *kept = dialog->findChild<QComboBox *>(QStringLiteral("keptComboBox"));
        QPushButton *mergeButton = dialog->findChild<QDialogButtonBox *>(QStringLiteral("mergeButtonBox"))
                                       ->button(QDialogButtonBox::Ok);
        seen.noDefault = kept->currentIndex() == -1 && !mergeButton->isEnabled() && dialog->keptId() == 0;
        // Enter with no one chosen merges nothing and closes nothing.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::keyClick(kept->lineEdit(), Qt::Key_Return);
        seen.enterKeptOpen = dialog->isVisible() && dialog->result() == 0;
        if (!choose) {
            dialog->reject();
            return;
        }
        type(kept->lineEdit(), QStringLiteral("Zhang Yujun (张玉军)"));
        // Return picks the name offered, and does nothing more.
        QAbstractItemView *offered = kept->completer()->popup();
        if (offered->isVisible()) {
            QTest::keyClick(offered, Qt::Key_Down);
            QTest::keyClick(offered, Qt::Key_Return);
        } else {
            QTest::keyClick(kept->lineEdit(), Qt::Key_Return);
        }
        seen.enabledOnceChosen = mergeButton->isEnabled() && dialog->keptId() == zhang && dialog->isVisible();
        const QString left = dialog->findChild<QLabel *>(QStringLiteral("mergedDetailsLabel"))->text();
        const QString right = dialog->findChild<QLabel *>(QStringLiteral("keptDetailsLabel"))->text();
        seen.sideBySide = left.contains(QStringLiteral("Workshop on wetlands"))
            && right.contains(QStringLiteral("张玉军")) && right.contains(QStringLiteral("Spoke at"));
        QTest::mouseClick(mergeButton, Qt::LeftButton);
    };

    // Cancelled in the dialogue: nothing moves.
    QTimer::singleShot(0, this, [&] { driveDialog(false); });
    merge->trigger();
    QVERIFY(seen.noDefault);
    QVERIFY(seen.enterKeptOpen);
    QCOMPARE(archive->speechCount(duplicate.id), qint64(1));

    // Chosen, then the question with the count: Cancel moves nothing.
    seen = {};
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTimer::singleShot(0, this, [&] { driveDialog(true); });
    merge->trigger();
    QVERIFY(seen.enabledOnceChosen);
    QVERIFY(seen.sideBySide);
    QCOMPARE(MessageBox::lastText(),
        QStringLiteral("Move 1 speech of Y. Zhang to Zhang Yujun, and remove Y. Zhang?"));
    QCOMPARE(archive->speechCount(duplicate.id), qint64(1));

    // Yes: the speech moves and the duplicate is gone.
    seen = {};
    selectRow(page, QStringLiteral("Y."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTimer::singleShot(0, this, [&] { driveDialog(true); });
    merge->trigger();
    QVERIFY(!archive->person(duplicate.id));
    QCOMPARE(archive->speechCount(zhang), qint64(2));
    QCOMPARE(archive->dialogue(d.id)->speeches.first().personId, zhang);
}

void TestEditorsGui::organisationRoleChangedInPlace()
{
    DialogueEditor *editor = openDemoDialogue();
    QVERIFY(editor);
    const Dialogue original = editor->record();
    auto *tabs = child<QTabWidget>(editor, QStringLiteral("sectionsTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(editor, QStringLiteral("organizationsTab")));
    auto *list = child<QListView>(editor, QStringLiteral("organizationsListView"));
    QCOMPARE(list->model()->rowCount(), int(original.organizations.size()));
    auto *combo = qobject_cast<QComboBox *>(list->indexWidget(list->model()->index(1, 0)));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), original.organizations.at(1).role);
    // Down in the row's combo: the next role, one undo step.
    const int stepsBefore = editor->undoStack()->count();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(editor->record().organizations.at(1).role != original.organizations.at(1).role);
    QCOMPARE(editor->record().organizations.at(1).role, combo->currentData().toString());
    QCOMPARE(
        editor->record().organizations.at(1).organizationId, original.organizations.at(1).organizationId);
    QCOMPARE(editor->undoStack()->count(), stepsBefore + 1);
    editor->undoStack()->undo();
    QCOMPARE(editor->record().organizations, original.organizations);
    combo = qobject_cast<QComboBox *>(list->indexWidget(list->model()->index(1, 0)));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), original.organizations.at(1).role);
    // Saved, the role is in the archive.
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(editor->save());
    QCOMPARE(m_window->archive()->dialogue(original.id)->organizations.at(1).role,
        editor->record().organizations.at(1).role);
    // Escape in the row's combo is the window's: edited again, it asks before closing.
    QTest::keyClick(combo, Qt::Key_Down);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(combo, Qt::Key_Escape);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Save the changes")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(editor->isVisible());
}

void TestEditorsGui::newOrganisationFromDialogue()
{
    DialogueEditor *editor = openDemoDialogue();
    QVERIFY(editor);
    const int linked = int(editor->record().organizations.size());
    auto *tabs = child<QTabWidget>(editor, QStringLiteral("sectionsTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(editor, QStringLiteral("organizationsTab")));
    auto *role = child<QComboBox>(editor, QStringLiteral("organizationRoleComboBox"));
    role->setCurrentIndex(role->findData(QStringLiteral("supporter")));
    QTest::mouseClick(
        child<QPushButton>(editor, QStringLiteral("newOrganizationPushButton")), Qt::LeftButton);
    QPointer<OrganizationEditor> organisation = editor->findChild<OrganizationEditor *>();
    QVERIFY(organisation);
    activate(organisation);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Mekong River Commission"));
    auto *country = child<QComboBox>(organisation, QStringLiteral("countryComboBox"));
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Laos"));
    QCOMPARE(organisation->record().country, QStringLiteral("LA"));
    QTest::keyClick(country->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!organisation);
    const qint64 id = m_window->archive()->organizationId(QStringLiteral("mekong-river-commission"));
    QVERIFY(id > 0);
    QCOMPARE(m_window->archive()->organization(id)->country, QStringLiteral("LA"));
    QCOMPARE(editor->record().organizations.size(), linked + 1);
    QCOMPARE(editor->record().organizations.last().organizationId, id);
    QCOMPARE(editor->record().organizations.last().role, QStringLiteral("supporter"));
    QVERIFY(editor->isModified()); // linked in the editor; the dialogue is saved with it
}

void TestEditorsGui::countryPickerTakesNames()
{
    DialogueEditor *editor = openDemoDialogue();
    QVERIFY(editor);
    auto *country = child<QComboBox>(editor, QStringLiteral("countryComboBox"));
    QCOMPARE(country->currentText(), QStringLiteral("China")); // CN, by name
    country->lineEdit()->selectAll();
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Thailand"));
    QCOMPARE(editor->record().country, QStringLiteral("TH"));
    country->lineEdit()->selectAll();
    type(country->lineEdit(), QStringLiteral("中国"));
    QCOMPARE(editor->record().country, QStringLiteral("CN"));
    QVERIFY(editor->validationMessage().isEmpty());
    country->lineEdit()->selectAll();
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Atlantis"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("“Atlantis” is not a country")));
    QVERIFY(!editor->saveButton()->isEnabled());
    country->lineEdit()->selectAll();
    QTest::keyClicks(country->lineEdit(), QStringLiteral("vn"));
    QVERIFY(editor->save());
    QCOMPARE(m_window->archive()->dialogue(editor->record().id)->country, QStringLiteral("VN"));

    // In a Chinese interface the names are Chinese; the code stays the same.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *chinese = qobject_cast<DialogueEditor *>(openFromPage(QStringLiteral("dialoguesPage"), false));
    QLocale::setDefault(before);
    QVERIFY(chinese);
    auto *picker = child<QComboBox>(chinese, QStringLiteral("countryComboBox"));
    QCOMPARE(picker->itemText(picker->findData(QStringLiteral("LA"))), QStringLiteral("老挝"));
    picker->lineEdit()->selectAll();
    type(picker->lineEdit(), QStringLiteral("老挝"));
    QCOMPARE(chinese->record().country, QStringLiteral("LA"));
}

void TestEditorsGui::newDialogueTakesLastContactAndAbout()
{
    Archive *archive = m_window->archive();
    const qint64 contact = archive->contactId(QStringLiteral("lmec-contact"));
    const qint64 lmec = archive->organizationId(QStringLiteral("lmec"));
    auto *editor = qobject_cast<DialogueEditor *>(openFromPage(QStringLiteral("dialoguesPage"), false));
    QVERIFY(editor);
    QCOMPARE(editor->record().contactId, contact); // the last dialogue's
    QCOMPARE(editor->record().aboutOrganizationId, lmec); // the only organisation with an "About"
    QVERIFY(child<QComboBox>(editor, QStringLiteral("contactComboBox"))->currentText().size() > 0);
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("aboutComboBox"))->currentData().toLongLong(), lmec);
    QVERIFY(!editor->isModified());

    // A later dialogue with another "About" organisation: the next new one takes it.
    const qint64 unep = archive->organizationId(QStringLiteral("unep"));
    Dialogue later;
    later.title = QStringLiteral("Later forum");
    later.startDate = QDate(2030, 1, 1);
    later.aboutOrganizationId = unep;
    QString error;
    QVERIFY(archive->saveDialogue(later, &error));
    QCOMPARE(archive->newDialogue().aboutOrganizationId, unep);
    QCOMPARE(archive->newDialogue().contactId, contact);
}

QTEST_MAIN(TestEditorsGui)
#include "tst_editorsgui.moc"
