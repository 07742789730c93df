// The Help menu and the right-click menus, driven in the real window offscreen: Keyboard
// Shortcuts lists the window's actual actions and the editors' own keys, the Manual is shown
// in the interface's language, Preferences names the language "System" resolves to, and every
// list offers Open, New, Delete, Copy (Merge on people, Press Release on dialogues) on a
// right-click (issue 12, item 16).

#include "app/editors/EditorDialog.h"
#include "app/lists/ListPage.h"
#include "app/preferences/PreferencesDialog.h"
#include "app/window/HelpDialogs.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestHelpMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutsComeFromTheActions();
    void everyMenuItemHasItsOwnLetter();
    void manualInTheInterfaceLanguage();
    void preferencesNameTheSystemLanguage();
    void everyListHasAContextMenu_data();
    void everyListHasAContextMenu();
    void copyCopiesTheSelectedRows();

private:
    QStringList actionNames(const QAbstractItemView *view) const;

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestWindow m_window;
};

void TestHelpMenus::initTestCase()
{
    m_settings.install();
}

void TestHelpMenus::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("help.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(path, TestArchive::Demo, &error), qPrintable(error));
    QVERIFY(m_window.open(path));
}

void TestHelpMenus::cleanup()
{
    m_window.close();
    m_dir.reset();
}

QStringList TestHelpMenus::actionNames(const QAbstractItemView *view) const
{
    QStringList names;
    for (const QAction *action : view->actions())
        names.append(action->objectName());
    return names;
}

void TestHelpMenus::shortcutsComeFromTheActions()
{
    QMenu *help = m_window->menu(MainWindow::Menu::Help);
    auto *keys = m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(keys && help->actions().contains(keys));
    keys->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTreeWidget"));
    QVERIFY(tree);
    QHash<QString, QString> shown; // "section/command" -> keys
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j)
            shown.insert(
                section->text(0) + QLatin1Char('/') + section->child(j)->text(0), section->child(j)->text(1));
    }
    // Every action of the menus with a shortcut is there, with the key it really has.
    int checked = 0;
    for (const QAction *menuAction : m_window->menuBar()->actions()) {
        const QString section = menuAction->text().remove(QLatin1Char('&'));
        for (const QAction *action : menuAction->menu()->actions()) {
            if (action->shortcut().isEmpty() || action->menu())
                continue;
            QString command = action->text().remove(QLatin1Char('&'));
            if (command.endsWith(QStringLiteral("…")))
                command.chop(1);
            const QString key = section + QLatin1Char('/') + command;
            QVERIFY2(shown.contains(key), qPrintable(key));
            QVERIFY2(shown.value(key).contains(action->shortcut().toString(QKeySequence::NativeText)),
                qPrintable(key));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
    QCOMPARE(shown.value(QStringLiteral("Edit/New")), QStringLiteral("Ctrl+N"));
    QCOMPARE(shown.value(QStringLiteral("Edit/Merge People")), QStringLiteral("Ctrl+M"));
    QVERIFY(shown.contains(QStringLiteral("Lists/Copy")));

    // The editors' keys are those an editor's actions answer to.
    m_window->showPage(QStringLiteral("peoplePage"));
    m_window->newRecord();
    EditorDialog *editor = m_window->editors().last();
    for (const char *name : { "undoAction", "redoAction" }) {
        const QAction *action = editor->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        const QString command = action->text().remove(QLatin1Char('&'));
        const QString listed = shown.value(QStringLiteral("Record editors/") + command);
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(listed.contains(key.toString(QKeySequence::NativeText)), qPrintable(command + listed));
    }
    QCOMPARE(shown.value(QStringLiteral("Record editors/Save")),
        editor->saveButton()->shortcut().toString(QKeySequence::NativeText));

    // The filter narrows to what matches.
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilterLineEdit")), QStringLiteral("merge"));
    int visible = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            visible += tree->topLevelItem(i)->child(j)->isHidden() ? 0 : 1;
    }
    QCOMPARE(visible, 1);
}

// The letter after '&' in `text` (lower case), or a null QChar when there is none.
static QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// In the menu bar and in every menu and submenu, each command can be reached by Alt and a
// letter of its own: two items with one letter make the key stop on the first and wait, as a
// new user found with Open Recent, Import Press Releases and Restore from Backup all on R.
void TestHelpMenus::everyMenuItemHasItsOwnLetter()
{
    QStringList problems;
    const auto checkActions = [&](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> taken;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
                continue;
            // Recent archives are numbered instead.
            if (action->objectName().isEmpty() && !action->menu()
                && action->text().startsWith(QLatin1Char('&')) && action->text().at(1).isDigit())
                continue;
            const QChar letter = mnemonic(action->text());
            if (letter.isNull())
                problems.append(where + QLatin1String(": no letter for ") + action->text());
            else if (taken.contains(letter))
                problems.append(where + QLatin1String(": ") + action->text() + QLatin1String(" and ")
                    + taken.value(letter) + QLatin1String(" share ") + letter);
            else
                taken.insert(letter, action->text());
        }
    };
    checkActions(QStringLiteral("menu bar"), m_window->menuBar()->actions());
    QList<QMenu *> menus;
    for (const QAction *action : m_window->menuBar()->actions())
        if (action->menu())
            menus.append(action->menu());
    int checked = 0;
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        emit menu->aboutToShow(); // menus filled when shown (recent archives, windows) fill now
        checkActions(menu->title().remove(QLatin1Char('&')), menu->actions());
        for (const QAction *action : menu->actions())
            if (action->menu())
                menus.append(action->menu());
        ++checked;
    }
    QVERIFY(checked >= 6);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
}

void TestHelpMenus::manualInTheInterfaceLanguage()
{
    auto *manual = m_window->findChild<QAction *>(QStringLiteral("manualAction"));
    QVERIFY(manual && m_window->menu(MainWindow::Menu::Help)->actions().contains(manual));
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("manualDialog"));
    QVERIFY(dialog && dialog->isVisible());
    const QString text
        = dialog->findChild<QTextBrowser *>(QStringLiteral("manualTextBrowser"))->toPlainText();
    for (const char *heading : { "The window", "Entering a dialogue", "Saving and undoing",
             "People and their names", "Press releases", "Searching" })
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    // Shown again, the same window comes to the front.
    manual->trigger();
    QCOMPARE(m_window->findChildren<QDialog *>(QStringLiteral("manualDialog")).size(), 1);

    // In Chinese, from the program's catalogue.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/roundtable_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QString html = HelpDialogs::manualHtml();
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY2(html.contains(QStringLiteral("对话")), qPrintable(html.left(200)));
    QVERIFY(!html.contains(QStringLiteral("Entering a dialogue")));
}

void TestHelpMenus::preferencesNameTheSystemLanguage()
{
    // The tests run in the C locale, which the interface shows in English.
    PreferencesDialog dialog(m_window.get());
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(language);
    QCOMPARE(language->itemText(0), QStringLiteral("System (English)"));
    QCOMPARE(language->itemData(0).toString(), QString());
}

void TestHelpMenus::everyListHasAContextMenu_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("actions");
    const QStringList common = { QStringLiteral("openRecordAction"), QStringLiteral("newRecordAction"),
        QStringLiteral("deleteRecordAction"), QStringLiteral("copyRowsAction") };
    QTest::newRow("dialogues") << "dialoguesPage" << QString()
                               << (common + QStringList { QStringLiteral("newPressReleaseAction") });
    QTest::newRow("people") << "peoplePage" << QString()
                            << (common + QStringList { QStringLiteral("mergePeopleAction") });
    QTest::newRow("organisations") << "organizationsPage" << QString() << common;
    QTest::newRow("contacts") << "contactsPage" << QString() << common;
    QTest::newRow("press releases") << "pressReleasesPage"
                                    << "pressReleasesTableView"
                                    << QStringList { QStringLiteral("openPressReleaseAction"),
                                           QStringLiteral("deletePressReleaseAction"),
                                           QStringLiteral("copyRowsAction") };
    QTest::newRow("search results") << "searchPage"
                                    << "resultsListView"
                                    << QStringList { QStringLiteral("openSearchResultAction"),
                                           QStringLiteral("copyRowsAction") };
}

void TestHelpMenus::everyListHasAContextMenu()
{
    QFETCH(QString, page);
    QFETCH(QString, view);
    QFETCH(QStringList, actions);
    m_window->showPage(page);
    QAbstractItemView *list = view.isEmpty()
        ? static_cast<QAbstractItemView *>(m_window->listPage(page)->view())
        : m_window->findChild<QAbstractItemView *>(view);
    QVERIFY2(list, qPrintable(page));
    QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
    const QStringList names = actionNames(list);
    for (const QString &action : actions)
        QVERIFY2(names.contains(action),
            qPrintable(action + QStringLiteral(" in ") + names.join(QLatin1Char(','))));
}

void TestHelpMenus::copyCopiesTheSelectedRows()
{
    m_window->showPage(QStringLiteral("peoplePage"));
    QTableView *view = m_window->listPage(QStringLiteral("peoplePage"))->view();
    QAbstractItemModel *model = view->model();
    int zhang = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(QStringLiteral("Zhang Yujun")))
                zhang = row;
        }
    }
    QVERIFY(zhang >= 0);
    view->setFocus();
    view->selectRow(zhang);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Zhang Yujun")), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1Char('\t')));
    QVERIFY(!copied.contains(QLatin1Char('\n')));
}

QTEST_MAIN(TestHelpMenus)
#include "tst_helpmenus.moc"
