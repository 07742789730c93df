// Drives the real main window and its editors offscreen: creating a dialogue with two
// speeches through the editor, validation that blocks saving, undo and redo, deleting and
// merging people, the unsaved-changes prompt, settings and the page API.

#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/editors/MergePeopleDialog.h"
#include "app/editors/PersonEditor.h"
#include "app/editors/SnapshotCommand.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/report/AnnualReportDialog.h"
#include "app/stats/StatisticsWidget.h"
#include "app/window/ArchiveGuard.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/db/ServerAddress.h"
#include "core/db/ServerRoles.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

namespace {

// While it lives, the data location is XDG_DATA_HOME in a folder of its own (test mode, which
// would put it in the home folder's .qttest, off): where a server archive's backups go.
class OwnDataLocation
{
public:
    OwnDataLocation()
        : m_before(qgetenv("XDG_DATA_HOME"))
    {
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path()));
    }
    ~OwnDataLocation()
    {
        if (m_before.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_before);
        QStandardPaths::setTestModeEnabled(true);
    }
    QString path() const { return m_dir.path(); }

private:
    QByteArray m_before;
    QTemporaryDir m_dir;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void windowShowsArchive();
    void everySidebarEntryHasAnIcon();
    void serverArchiveOpens();
    void serverArchiveBackedUpRestoredReported();
    void unreachableServerIsOneLine();
    void readerLoginSeesReadOnlyArchive();
    void createDialogueWithTwoSpeeches();
    void validationBlocksSaving();
    void undoRestores();
    void dragReordersSpeeches();
    void snapshotCommandRedoThenUndo();
    void editsOfDifferentSpeechFieldsNeverMerge();
    void deletePersonWithSpeechesIsRefused();
    void mergeMovesSpeeches();
    void deleteAsksFirst();
    void unsavedChangesPrompt();
    void personEditorListsAppearances();
    void newPersonFromSpeaker();
    void filterAndCounts();
    void contactAndOrganizationValidation();
    void addPageApi();
    void menusInTheirPlaces();
    void recentArchivesOpenAgain();
    void fileDialogsOpenWhereTheLastFileWasChosen();
    void orderedListsMoveThroughTheirModel();
    void oneEditorPerRecord();
    void settingsRemembered();

private:
    template <class T> T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    DialogueEditor *newDialogueEditor();
    void selectRowWhere(ListPage *page, int column, const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::everySidebarEntryHasAnIcon()
{
    // With the theme the program falls back on (App), as a desktop without one shows it.
    // (The tests' own data folders hide the system's icons: name Debian's place for them.)
    const QString before = QIcon::themeName();
    const QStringList paths = QIcon::themeSearchPaths();
    QIcon::setThemeSearchPaths(paths + QStringList { QStringLiteral("/usr/share/icons") });
    QIcon::setThemeName(QStringLiteral("Adwaita"));
    const auto restore = qScopeGuard([&before, &paths] {
        QIcon::setThemeName(before);
        QIcon::setThemeSearchPaths(paths);
    });
    MainWindow window;
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
    QVERIFY(sidebar);
    QVERIFY(sidebar->count() >= 7);
    for (int row = 0; row < sidebar->count(); ++row)
        QVERIFY2(!sidebar->item(row)->icon().isNull(), qPrintable(sidebar->item(row)->text()));
}

void TestMainWindow::cleanupTestCase()
{
    rt::test::PgServer::stopIfStarted();
}

void TestMainWindow::serverArchiveOpens()
{
    // File → Open Server Archive…: the address typed into the dialog, the archive listed, the
    // address remembered among the recent archives (it never holds a password).
    REQUIRE_PG_SERVER();
    const OwnDataLocation data; // its automatic backup goes there
    QString error;
    const QString address = rt::test::PgServer::instance().createDatabase(&error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    {
        rt::test::TestArchive server;
        QVERIFY2(server.open(address, rt::test::TestArchive::Demo, &error), qPrintable(error));
        Person p;
        p.familyName = QStringLiteral("Only on the server");
        QVERIFY2(server->savePerson(p, &error), qPrintable(error));
    }
    auto *action = m_window->findChild<QAction *>(QStringLiteral("openServerArchiveAction"));
    QVERIFY(action);
    QVERIFY(m_window->menu(MainWindow::Menu::File)->actions().contains(action));
    bool typed = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("serverArchiveDialog"));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("serverAddressEdit"));
        QVERIFY(edit);
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        // A password in the address: refused in the dialog, Open stays disabled.
        edit->setText(QStringLiteral("postgresql://anna:secret@db.example.org/roundtable"));
        QVERIFY(!box->button(QDialogButtonBox::Open)->isEnabled());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("serverAddressProblem"));
        QVERIFY(problem && problem->isVisibleTo(dialog));
        QVERIFY2(problem->text().contains(QStringLiteral("pgpass")), qPrintable(problem->text()));
        edit->clear();
        QTest::keyClicks(edit, address);
        QVERIFY(box->button(QDialogButtonBox::Open)->isEnabled());
        typed = true;
        QTest::keyClick(edit, Qt::Key_Return);
    });
    action->trigger();
    QVERIFY(typed);
    QCOMPARE(m_window->archivePath(), address);
    QCOMPARE(m_window->archive()->database().backend(), Database::Backend::PostgreSQL);
    QVERIFY(m_window->windowTitle().contains(address));
    // The lists read the server: the demo's people and the one saved there only.
    ListPage *people = m_window->listPage(QStringLiteral("peoplePage"));
    m_window->showPage(QStringLiteral("peoplePage"));
    QTRY_COMPARE(people->view()->model()->rowCount(), int(m_window->archive()->counts().people));
    QVERIFY(people->view()->model()->rowCount() > 1);
    bool found = false;
    for (int row = 0; row < people->view()->model()->rowCount(); ++row) {
        for (int column = 0; column < people->view()->model()->columnCount(); ++column)
            found = found
                || people->view()
                       ->model()
                       ->index(row, column)
                       .data()
                       .toString()
                       .contains(QStringLiteral("Only on the server"));
    }
    QVERIFY(found);
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    m_window->showPage(QStringLiteral("dialoguesPage"));
    QTRY_COMPARE(dialogues->view()->model()->rowCount(), 1);
    for (const auto &[pageName, count] :
        { std::pair { QStringLiteral("organizationsPage"), m_window->archive()->counts().organizations },
            std::pair { QStringLiteral("contactsPage"), m_window->archive()->counts().contacts } }) {
        ListPage *list = m_window->listPage(pageName);
        QVERIFY2(list, qPrintable(pageName));
        m_window->showPage(pageName);
        QVERIFY(count > 0);
        QTRY_COMPARE(list->view()->model()->rowCount(), int(count));
    }
    // Search finds the demo dialogue on the server, as on a file.
    m_window->showPage(QStringLiteral("searchPage"));
    auto *query = m_window->page(QStringLiteral("searchPage"))
                      ->findChild<QLineEdit *>(QStringLiteral("queryLineEdit"));
    QVERIFY(query);
    QVERIFY(query->isEnabled());
    query->setText(QStringLiteral("biodiversity"));
    auto *results = m_window->page(QStringLiteral("searchPage"))
                        ->findChild<QListView *>(QStringLiteral("resultsListView"));
    QVERIFY(results);
    QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 10000);
    query->setText(QStringLiteral("nosuchwordanywhere"));
    QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 0, 10000);
    // Statistics choose their dialogues by that search: they count on the server too; the annual
    // report and Restore from Backup are offered there (serverArchiveBackedUpRestoredReported).
    auto *statisticsQuery = m_window->page(QStringLiteral("statisticsPage"))->findChild<QLineEdit *>();
    QVERIFY(statisticsQuery);
    QVERIFY(statisticsQuery->isEnabled());
    auto *statistics = qobject_cast<StatisticsWidget *>(m_window->page(QStringLiteral("statisticsPage")));
    QVERIFY(statistics);
    m_window->showPage(QStringLiteral("statisticsPage"));
    QTRY_COMPARE_WITH_TIMEOUT(statistics->figures().dialogues, 1, 10000);
    QCOMPARE(statistics->figures().speeches, m_window->archive()->counts().speeches);
    auto *annualReport = m_window->findChild<QAction *>(QStringLiteral("annualReportAction"));
    QVERIFY(annualReport);
    QVERIFY(annualReport->isEnabled());
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(restore);
    QVERIFY(restore->isEnabled());
    m_window->findChild<ArchiveGuard *>()->waitForBackgroundWork();
    // Remembered among the recent archives, and opened again from there.
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    // (a menu shows "&&" for one "&", which the address's parameters hold)
    QVERIFY2(recent->actions().at(0)->text().contains(
                 QString(address).replace(QLatin1Char('&'), QStringLiteral("&&"))),
        qPrintable(recent->actions().at(0)->text()));
    QVERIFY(recent->actions().at(0)->isEnabled());
    QVERIFY(m_window->openArchive(m_path));
    QVERIFY(query->isEnabled());
    QVERIFY(statisticsQuery->isEnabled());
    QVERIFY(annualReport->isEnabled());
    QVERIFY(restore->isEnabled());
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->archivePath(), address);
}

void TestMainWindow::readerLoginSeesReadOnlyArchive()
{
    // A login in the archive's reader role (DESIGN.md, "Who may do what"): the window shows the
    // archive read-only as it shows a read-only file ("Read-only" in the status bar, the notice,
    // the actions that change records off), and still lists and searches it.
    REQUIRE_PG_SERVER();
    QString error;
    const QString owner = rt::test::PgServer::instance().createDatabase(&error);
    QVERIFY2(!owner.isEmpty(), qPrintable(error));
    const QString name = ServerAddress::parse(owner, &error)->database;
    {
        rt::test::TestArchive server;
        QVERIFY2(server.open(owner, rt::test::TestArchive::Demo, &error), qPrintable(error));
        QStringList done;
        QVERIFY2(ServerRoles::setUp(server.db(), &done, &error), qPrintable(error)); // server-init
    }
    QVERIFY2(rt::test::PgServer::instance().adminExec(
                 QStringLiteral("CREATE ROLE window_reader LOGIN; GRANT %1 TO window_reader")
                     .arg(ServerRoles::readerRole(name)),
                 &error),
        qPrintable(error));
    const QString asReader = QString(owner).replace(
        QStringLiteral("user=") + rt::test::PgServer::superUser(), QStringLiteral("user=window_reader"));
    QVERIFY(asReader != owner);

    auto *newRecord = m_window->findChild<QAction *>(QStringLiteral("newRecordAction"));
    QVERIFY(newRecord);
    QVERIFY(newRecord->isEnabled()); // the writable file of init()
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(m_window->openArchive(asReader));
    QCOMPARE(m_window->archivePath(), asReader);
    QVERIFY(m_window->archive()->database().isReadOnly());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Read-only"));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String(
                 "this login (window_reader) may read, search and export this archive but not change it")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().trimmed().contains(QLatin1Char('\n')));
    for (const char *action :
        { "newRecordAction", "deleteRecordAction", "mergePeopleAction", "importAction",
            "importReleasesAction", "importReleaseFolderAction", "importTableAction", "importVCardAction" }) {
        auto *found = m_window->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(found, action);
        QVERIFY2(!found->isEnabled(), action);
    }
    for (const char *action : { "exportAction", "backupAction", "exportVCardAction" }) {
        auto *found = m_window->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(found && found->isEnabled(), action);
    }
    // It reads and searches.
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    m_window->showPage(QStringLiteral("dialoguesPage"));
    QTRY_COMPARE(dialogues->view()->model()->rowCount(), 1);
    // The page's own New and Delete buttons are off too, a row selected or not.
    auto *newButton = dialogues->findChild<QPushButton *>(QStringLiteral("newPushButton"));
    auto *deleteButton = dialogues->findChild<QPushButton *>(QStringLiteral("deletePushButton"));
    QVERIFY(newButton && deleteButton);
    dialogues->view()->selectRow(0);
    QVERIFY(!dialogues->selectedRows().isEmpty());
    QVERIFY(!newButton->isEnabled());
    QVERIFY(!deleteButton->isEnabled());
    // A record opens to be read: its fields hold their text but take no typing, and Save says why
    // it is off (before, a reader typed away and learnt only at Save).
    {
        auto *editor = qobject_cast<DialogueEditor *>(
            m_window->openDialogue(m_window->archive()->dialogueIds().value(0)));
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *title = child<QLineEdit>(editor, QStringLiteral("titleLineEdit"));
        const QString before = title->text();
        QVERIFY(!before.isEmpty());
        QVERIFY(title->isReadOnly());
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("typed"));
        QCOMPARE(title->text(), before);
        QVERIFY(!editor->isModified());
        QVERIFY(!editor->saveButton()->isEnabled());
        QCOMPARE(editor->validationMessage(), QStringLiteral("the archive is open read-only"));
        editor->close();
    }
    m_window->showPage(QStringLiteral("searchPage"));
    auto *query = m_window->page(QStringLiteral("searchPage"))
                      ->findChild<QLineEdit *>(QStringLiteral("queryLineEdit"));
    QVERIFY(query && query->isEnabled());
    query->setText(QStringLiteral("biodiversity"));
    auto *results = m_window->page(QStringLiteral("searchPage"))
                        ->findChild<QListView *>(QStringLiteral("resultsListView"));
    QVERIFY(results);
    QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 10000);
    // A save is refused by the archive itself, not only by the disabled actions.
    Person person;
    person.familyName = QStringLiteral("Not saved");
    QVERIFY(!m_window->archive()->savePerson(person, &error));
    // The file again: writable, the actions back.
    QVERIFY(m_window->openArchive(m_path));
    m_window->showPage(QStringLiteral("peoplePage"));
    QVERIFY(newRecord->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(newButton->isEnabled());
    m_window->showPage(QStringLiteral("dialoguesPage"));
    QTRY_VERIFY(dialogues->view()->model()->rowCount() > 0);
    dialogues->view()->selectRow(0);
    QVERIFY(deleteButton->isEnabled());
}

void TestMainWindow::serverArchiveBackedUpRestoredReported()
{
    // Issue 13, item 6: the window's daily backup of a server archive goes to a folder of its
    // address under the data location; File → Restore from Backup puts one back in one server
    // transaction, keeping the records replaced aside; and the annual report is written from it.
    REQUIRE_PG_SERVER();
    const OwnDataLocation data;
    QString error;
    const QString address = rt::test::PgServer::instance().createDatabase(&error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    {
        rt::test::TestArchive server; // the same records as the window's file archive, m_path
        QVERIFY2(server.open(address, rt::test::TestArchive::Demo, &error), qPrintable(error));
    }
    // The annual report of the file archive first, to compare.
    auto *annualReport = m_window->findChild<QAction *>(QStringLiteral("annualReportAction"));
    QVERIFY(annualReport);
    AnnualReport::Request request;
    request.year = 2022; // the demo dialogue's
    QString messages[2];
    for (int i = 0; i < 2; ++i) {
        if (i == 1) {
            QVERIFY(m_window->openArchive(address));
            QCOMPARE(m_window->archive()->database().backend(), Database::Backend::PostgreSQL);
        }
        QVERIFY(annualReport->isEnabled());
        const QString out = m_dir->filePath(QStringLiteral("report-%1.pdf").arg(i));
        AnnualReportAction::setNextRequest(request, out);
        annualReport->trigger();
        QVERIFY2(QFileInfo(out).size() > 10000, qPrintable(m_window->statusBar()->currentMessage()));
        messages[i] = m_window->statusBar()->currentMessage().replace(out, QStringLiteral("OUT"));
    }
    QVERIFY2(messages[0].contains(QLatin1String("pages")), qPrintable(messages[0]));
    QCOMPARE(messages[1], messages[0]); // "Report written to OUT (N pages)": the same pages

    // The automatic backup, written once the server archive was open.
    auto *guard = m_window->findChild<ArchiveGuard *>();
    QVERIFY(guard);
    guard->waitForBackgroundWork();
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QLatin1String("backups/") + AutoBackup::serverFolderName(address));
    QVERIFY2(folder.startsWith(data.path() + QLatin1Char('/')), qPrintable(folder));
    QVERIFY(!AutoBackup::serverFolderName(address).isEmpty());
    const QList<AutoBackup::Entry> backups = AutoBackup(address).backups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(QFileInfo(backups.first().path).absolutePath(), folder);
    QStringList problems;
    QVERIFY2(
        Maintenance::check(backups.first().path, &problems), qPrintable(problems.join(QLatin1Char(';'))));

    // A record saved after the backup, then the backup restored through the menu.
    Person p;
    p.familyName = QStringLiteral("Saved after the backup");
    QVERIFY2(m_window->archive()->savePerson(p, &error), qPrintable(error));
    const qint64 people = m_window->archive()->counts().people;
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(restore && restore->isEnabled());
    ArchiveGuard::setNextChoice(backups.first().path);
    MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
    MessageBox::setNextAnswer(QMessageBox::Ok); // "Archive restored"
    restore->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("kept at")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->archivePath(), address);
    QCOMPARE(m_window->archive()->counts().people, people - 1);
    // The records replaced are kept aside in the same folder, as a sound archive holding that person.
    const QStringList aside = QDir(folder).entryList({ QStringLiteral("*.before-restore-*") }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(MessageBox::lastText().contains(aside.first()), qPrintable(MessageBox::lastText()));
    Database kept;
    QVERIFY2(
        kept.open(QDir(folder).filePath(aside.first()), Database::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(Archive(kept).counts().people, people);
}

void TestMainWindow::unreachableServerIsOneLine()
{
    // A server that is not there: one line saying so, and the archive shown stays open.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString address
        = QStringLiteral("postgresql:///roundtable?host=/nonexistent-socket-folder&connect_timeout=2");
    QVERIFY(!m_window->openArchive(address));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY2(
        !MessageBox::lastText().trimmed().contains(QLatin1Char('\n')), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->archivePath(), m_path);
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("postgresql")));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("test.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(m_path, TestArchive::Demo, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(m_path));
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MergePeopleDialog::setNextChoice(-1);
    for (EditorDialog *editor : m_window->editors()) {
        editor->undoStack()->clear();
        editor->close();
    }
    m_window.reset();
    m_dir.reset();
}

DialogueEditor *TestMainWindow::newDialogueEditor()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("newRecordAction"));
    action->trigger();
    auto *editor = qobject_cast<DialogueEditor *>(m_window->editors().value(m_window->editors().size() - 1));
    return editor;
}

void TestMainWindow::selectRowWhere(ListPage *page, int column, const QString &text)
{
    QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text)) {
            page->view()->selectionModel()->setCurrentIndex(
                model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row with %1").arg(text)));
}

void TestMainWindow::windowShowsArchive()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.roundtable")));
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    QCOMPARE(dialogues->view()->model()->rowCount(), 1);
    QVERIFY(dialogues->view()
                ->model()
                ->index(0, DialogueTableModel::TitleColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Senior-level Roundtable")));
    QCOMPARE(dialogues->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY2(counts->text().startsWith(
                 QStringLiteral("1 dialogue · 4 speeches · 4 people · 8 organisations · 1 contact")),
        qPrintable(counts->text()));
    // Enter on the selected row opens it.
    dialogues->view()->setCurrentIndex(dialogues->view()->model()->index(0, 0));
    QTest::keyClick(dialogues->view(), Qt::Key_Return);
    QCOMPARE(m_window->editors().size(), 1);
    QVERIFY(qobject_cast<DialogueEditor *>(m_window->editors().first()));
    QCOMPARE(m_window->currentDialogueId(), m_window->archive()->dialogueIds().first());
}

void TestMainWindow::createDialogueWithTwoSpeeches()
{
    DialogueEditor *editor = newDialogueEditor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("titleLineEdit")),
        QStringLiteral("Forum on Mekong Wetlands"));
    auto *date = child<QLineEdit>(editor, QStringLiteral("startDateLineEdit"));
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("2024-05-06"));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("cityLineEdit")), QStringLiteral("Vientiane"));
    QTest::keyClicks(
        child<QComboBox>(editor, QStringLiteral("countryComboBox"))->lineEdit(), QStringLiteral("LA"));

    // First speech: "zhang" offers Zhang Yujun; picking him fills in his latest title.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addSpeechPushButton")), Qt::LeftButton);
    auto *speaker = child<QLineEdit>(editor, QStringLiteral("speakerLineEdit"));
    QTest::keyClicks(speaker, QStringLiteral("zhang"));
    QCompleter *completer = speaker->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("Zhang Yujun"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(speaker->text(), QStringLiteral("Zhang Yujun"));
    QCOMPARE(child<QLineEdit>(editor, QStringLiteral("speechTitleLineEdit"))->text(),
        QStringLiteral("Director-General"));
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("speechOrganizationComboBox"))->currentText().left(4),
        QStringLiteral("FECO"));
    QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("summaryPlainTextEdit")),
        QStringLiteral("Wetlands matter."));

    // Second speech, speaker typed in full, title changed from the prefilled one.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addSpeechPushButton")), Qt::LeftButton);
    QCOMPARE(editor->currentSpeech(), 1);
    QTest::keyClicks(speaker, QStringLiteral("Sun Xuefeng"));
    if (completer->popup()->isVisible())
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    auto *title = child<QLineEdit>(editor, QStringLiteral("speechTitleLineEdit"));
    QCOMPARE(title->text(), QStringLiteral("Deputy Director-General"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Director"));
    QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("summaryPlainTextEdit")),
        QStringLiteral("So do rivers."));

    QVERIFY2(editor->validationMessage().isEmpty(), qPrintable(editor->validationMessage()));
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(!editor->isModified());
    const qint64 id = editor->record().id;
    QVERIFY(id > 0);
    // The list shows it at once.
    QCOMPARE(m_window->dialogueModel()->rowCount(), 2);
    editor->close();

    // Reopen the archive from disk and find every value.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(m_path));
    DialogueTableModel *model = m_window->dialogueModel();
    const int row = model->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, DialogueTableModel::TitleColumn).data().toString(),
        QStringLiteral("Forum on Mekong Wetlands"));
    QCOMPARE(model->index(row, DialogueTableModel::SpeechesColumn).data().toInt(), 2);
    const auto saved = m_window->archive()->dialogue(id);
    QVERIFY(saved);
    QCOMPARE(saved->startDate, QDate(2024, 5, 6));
    QCOMPARE(saved->city, QStringLiteral("Vientiane"));
    QCOMPARE(saved->country, QStringLiteral("LA"));
    QCOMPARE(saved->speeches.size(), 2);
    QCOMPARE(saved->speeches.at(0).personId, m_window->archive()->personId(QStringLiteral("zhang-yujun")));
    QCOMPARE(saved->speeches.at(0).title, QStringLiteral("Director-General"));
    QCOMPARE(
        saved->speeches.at(0).organizationId, m_window->archive()->organizationId(QStringLiteral("feco")));
    QCOMPARE(saved->speeches.at(0).summary, QStringLiteral("Wetlands matter."));
    QCOMPARE(saved->speeches.at(1).personId, m_window->archive()->personId(QStringLiteral("sun-xuefeng")));
    QCOMPARE(saved->speeches.at(1).title, QStringLiteral("Director"));
    QCOMPARE(saved->speeches.at(1).summary, QStringLiteral("So do rivers."));
}

void TestMainWindow::validationBlocksSaving()
{
    DialogueEditor *editor = newDialogueEditor();
    QVERIFY(editor);
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->validationMessage().contains(QStringLiteral("title")));
    auto *reason = child<QLabel>(editor, QStringLiteral("validationLabel"));
    QVERIFY(reason->text().contains(QStringLiteral("title")));

    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("titleLineEdit")), QStringLiteral("A title"));
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(reason->text().isEmpty());

    auto *date = child<QLineEdit>(editor, QStringLiteral("startDateLineEdit"));
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("2024-13-45"));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY2(editor->validationMessage().contains(QStringLiteral("“2024-13-45” is not a date")),
        qPrintable(editor->validationMessage()));
    QVERIFY(!editor->save());
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(1));

    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("2024-03-04"));
    auto *end = child<QLineEdit>(editor, QStringLiteral("endDateLineEdit"));
    QTest::keyClicks(end, QStringLiteral("2024-03-01"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("before")));
    end->clear();
    auto *country = child<QComboBox>(editor, QStringLiteral("countryComboBox"));
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Atlantis"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("is not a country")));
    country->setCurrentText(QStringLiteral("LA"));

    // A speaker who is not in the archive blocks saving, and the reason names them.
    editor->addSpeech();
    QTest::keyClicks(
        child<QLineEdit>(editor, QStringLiteral("speakerLineEdit")), QStringLiteral("Nobody Known"));
    QVERIFY2(editor->validationMessage().contains(QStringLiteral("“Nobody Known” is not in the archive")),
        qPrintable(editor->validationMessage()));
    QVERIFY(!editor->saveButton()->isEnabled());
    editor->removeSpeech();
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->validationMessage()));
    QVERIFY(editor->save());
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(2));
}

void TestMainWindow::undoRestores()
{
    const qint64 id = m_window->archive()->dialogueIds().first();
    const Dialogue original = *m_window->archive()->dialogue(id);
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(id));
    QVERIFY(editor);
    QCOMPARE(editor->record(), original);
    QUndoStack *stack = editor->undoStack();
    auto *titleEdit = child<QLineEdit>(editor, QStringLiteral("titleLineEdit"));
    titleEdit->selectAll();
    QTest::keyClicks(titleEdit, QStringLiteral("Renamed"));
    // Typing a word in one field is one edit.
    QCOMPARE(stack->count(), 1);
    editor->moveSpeech(1); // speech 1 down
    QCOMPARE(stack->count(), 2);
    QCOMPARE(editor->record().title, QStringLiteral("Renamed"));
    QCOMPARE(editor->record().speeches.at(1), original.speeches.at(0));
    QVERIFY(editor->isModified());

    // The window's Edit menu acts on the editor.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(editor->record().speeches, original.speeches);
    stack->undo();
    QCOMPARE(editor->record(), original);
    QCOMPARE(titleEdit->text(), original.title);
    QVERIFY(!editor->isModified());
    stack->redo();
    stack->redo();
    QCOMPARE(editor->record().title, QStringLiteral("Renamed"));
    QCOMPARE(titleEdit->text(), QStringLiteral("Renamed"));
    QCOMPARE(editor->record().speeches.at(1), original.speeches.at(0));

    // After a save, undo still edits the same record (no second copy on the next save).
    QVERIFY(editor->save());
    stack->undo();
    stack->undo();
    QVERIFY(editor->save());
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(1));
    // The text as it was; two saves later, at version 3 (DESIGN.md, "Several editors at once").
    Dialogue restored = original;
    restored.version = original.version + 2;
    QCOMPARE(*m_window->archive()->dialogue(id), restored);
}

void TestMainWindow::dragReordersSpeeches()
{
    const qint64 id = m_window->archive()->dialogueIds().first();
    const Dialogue original = *m_window->archive()->dialogue(id);
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(id));
    auto *list = child<QListView>(editor, QStringLiteral("speechesListView"));
    QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
    // What a drop does to the list: move the first speech below the third.
    QVERIFY(list->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QTRY_COMPARE(editor->record().speeches.at(2), original.speeches.at(0));
    QCOMPARE(editor->record().speeches.at(0), original.speeches.at(1));
    QCOMPARE(editor->undoStack()->count(), 1);
    QVERIFY(list->model()->index(2, 0).data().toString().startsWith(QStringLiteral("3. Wang Qian")));
    editor->undoStack()->undo();
    QCOMPARE(editor->record().speeches, original.speeches);
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(QStringLiteral("1. Wang Qian")));
}

void TestMainWindow::snapshotCommandRedoThenUndo()
{
    struct Value
    {
        QString text;
        bool operator==(const Value &) const = default;
    };
    Value shown { QStringLiteral("before") };
    QUndoStack stack;
    stack.push(new SnapshotCommand<Value>([&shown](const Value &v) { shown = v; },
        { QStringLiteral("before") }, { QStringLiteral("after") }, 1, QStringLiteral("edit")));
    // Pushing does not re-apply what the form already shows.
    QCOMPARE(shown.text, QStringLiteral("before"));
    shown.text = QStringLiteral("after");
    stack.undo();
    QCOMPARE(shown.text, QStringLiteral("before"));
    stack.redo();
    QCOMPARE(shown.text, QStringLiteral("after"));
    stack.undo();
    QCOMPARE(shown.text, QStringLiteral("before"));
    // A step undone or redone is sealed: the next edit of the same field is a step of its own.
    stack.redo();
    stack.push(new SnapshotCommand<Value>([&shown](const Value &v) { shown = v; },
        { QStringLiteral("after") }, { QStringLiteral("after2") }, 1, QStringLiteral("edit")));
    QCOMPARE(stack.count(), 2);
    // Typing on in the same field merges, another field does not.
    stack.push(new SnapshotCommand<Value>([&shown](const Value &v) { shown = v; },
        { QStringLiteral("after2") }, { QStringLiteral("after3") }, 1, QStringLiteral("edit")));
    QCOMPARE(stack.count(), 2);
    stack.push(new SnapshotCommand<Value>([&shown](const Value &v) { shown = v; },
        { QStringLiteral("after3") }, { QStringLiteral("x") }, 2, QStringLiteral("edit")));
    QCOMPARE(stack.count(), 3);
    stack.undo();
    QCOMPARE(shown.text, QStringLiteral("after3"));
    stack.undo();
    QCOMPARE(shown.text, QStringLiteral("after"));
    stack.undo();
    QCOMPARE(shown.text, QStringLiteral("before"));
}

void TestMainWindow::editsOfDifferentSpeechFieldsNeverMerge()
{
    // 101 speeches: the 101st speech's speaker and the first speech's role once shared an
    // undo-merge id, so the second edit vanished into the first one's undo step.
    Archive *archive = m_window->archive();
    const qint64 id = archive->dialogueIds().first();
    Dialogue dialogue = *archive->dialogue(id);
    while (dialogue.speeches.size() < 101)
        dialogue.speeches.append(dialogue.speeches.first());
    QString error;
    QVERIFY2(archive->saveDialogue(dialogue, &error), qPrintable(error));
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(id));
    QVERIFY(editor);
    QCOMPARE(editor->record().speeches.size(), 101);

    editor->selectSpeech(100);
    const Person other = archive->people().last();
    QVERIFY(other.id != editor->record().speeches.at(100).personId);
    child<QLineEdit>(editor, QStringLiteral("speakerLineEdit"))->setText(other.fullName());
    QCOMPARE(editor->record().speeches.at(100).personId, other.id);
    QCOMPARE(editor->undoStack()->count(), 1);

    editor->selectSpeech(0);
    auto *role = child<QComboBox>(editor, QStringLiteral("speechRoleComboBox"));
    role->setCurrentIndex((role->currentIndex() + 1) % role->count());
    QCOMPARE(editor->undoStack()->count(), 2);
    editor->undoStack()->undo();
    QCOMPARE(editor->record().speeches.at(0), dialogue.speeches.at(0));
    QCOMPARE(editor->record().speeches.at(100).personId, other.id);
    editor->undoStack()->undo();
    QCOMPARE(editor->record().speeches.at(100).personId, dialogue.speeches.at(100).personId);
}

void TestMainWindow::deletePersonWithSpeechesIsRefused()
{
    Archive *archive = m_window->archive();
    const qint64 zhang = archive->personId(QStringLiteral("zhang-yujun"));
    m_window->showPage(QStringLiteral("peoplePage"));
    ListPage *people = m_window->listPage(QStringLiteral("peoplePage"));
    selectRowWhere(people, 0, QStringLiteral("Zhang Yujun"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->findChild<QAction *>(QStringLiteral("deleteRecordAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be deleted")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Merge")));
    QVERIFY(archive->person(zhang));
    QCOMPARE(archive->speechCount(zhang), qint64(1));

    // A person without speeches is deleted once the user confirms.
    Person lone;
    lone.familyName = QStringLiteral("Lone");
    QString error;
    QVERIFY(archive->savePerson(lone, &error));
    m_window->refresh();
    selectRowWhere(people, 0, QStringLiteral("Lone"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->deleteSelected();
    QVERIFY(archive->person(lone.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->deleteSelected();
    QVERIFY(!archive->person(lone.id));
}

void TestMainWindow::mergeMovesSpeeches()
{
    Archive *archive = m_window->archive();
    const qint64 zhang = archive->personId(QStringLiteral("zhang-yujun"));
    // A duplicate entered by mistake, with a speech of its own.
    Person duplicate;
    duplicate.familyName = QStringLiteral("Zhang");
    duplicate.givenName = QStringLiteral("Y.");
    QString error;
    QVERIFY(archive->savePerson(duplicate, &error));
    Dialogue d;
    d.title = QStringLiteral("Workshop");
    d.startDate = QDate(2023, 2, 2);
    d.speeches = { Speech { duplicate.id, QStringLiteral("keynote"), QStringLiteral("Director-General") } };
    QVERIFY(archive->saveDialogue(d, &error));
    m_window->showPage(QStringLiteral("peoplePage"));
    m_window->refresh();
    const int peopleBefore = m_window->listPage(QStringLiteral("peoplePage"))->view()->model()->rowCount();

    MessageBox::setNextAnswer(QMessageBox::Yes); // "Merge…"
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Move 1 speech of Y. Zhang to Zhang Yujun …?"
    MergePeopleDialog::setNextChoice(zhang);
    QVERIFY(m_window->deletePerson(duplicate.id));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Move 1 speech of Y. Zhang to Zhang Yujun")),
        qPrintable(MessageBox::lastText()));
    m_window->refresh();
    QVERIFY(!archive->person(duplicate.id));
    QCOMPARE(archive->speechCount(zhang), qint64(2));
    QCOMPARE(archive->dialogue(d.id)->speeches.first().personId, zhang);
    QCOMPARE(archive->dialogue(d.id)->speeches.first().role, QStringLiteral("keynote"));
    QCOMPARE(m_window->listPage(QStringLiteral("peoplePage"))->view()->model()->rowCount(), peopleBefore - 1);

    // Cancelling the choice merges nothing.
    QVERIFY(archive->savePerson(duplicate = Person { 0, {}, {}, QStringLiteral("Again") }, &error));
    d.id = 0;
    d.key.clear();
    d.speeches = { Speech { duplicate.id } };
    QVERIFY(archive->saveDialogue(d, &error));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MergePeopleDialog::setNextChoice(0);
    QVERIFY(!m_window->deletePerson(duplicate.id));
    QCOMPARE(archive->speechCount(duplicate.id), qint64(1));
}

void TestMainWindow::deleteAsksFirst()
{
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    m_window->showPage(QStringLiteral("dialoguesPage"));
    selectRowWhere(dialogues, DialogueTableModel::TitleColumn, QStringLiteral("Senior-level"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->deleteSelected();
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Delete “Senior-level")));
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->deleteSelected();
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(0));
    QCOMPARE(dialogues->view()->model()->rowCount(), 0);

    // An organisation still in use is not deleted, and the reason is shown.
    m_window->showPage(QStringLiteral("organizationsPage"));
    ListPage *organizations = m_window->listPage(QStringLiteral("organizationsPage"));
    selectRowWhere(organizations, 0, QStringLiteral("Foreign Environmental Cooperation Center"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the notice saying why not
    m_window->deleteSelected();
    QVERIFY(m_window->archive()->organizationId(QStringLiteral("feco")) > 0);
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("still used")), qPrintable(MessageBox::lastText()));
}

void TestMainWindow::unsavedChangesPrompt()
{
    auto *editor
        = qobject_cast<DialogueEditor *>(m_window->openDialogue(m_window->archive()->dialogueIds().first()));
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("cityLineEdit")), QStringLiteral("x"));
    QVERIFY(editor->isModified());
    QVERIFY(editor->windowTitle().contains(QStringLiteral("[*]")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!editor->close());
    QVERIFY(editor->isVisible());
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Save the changes")));
    // Closing the window asks too, and stays open when the user cancels.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QPointer<EditorDialog> guard(editor);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(editor->close());
    QTRY_VERIFY(!guard);
    QCOMPARE(m_window->archive()->dialogue(m_window->archive()->dialogueIds().first())->city,
        QStringLiteral("Beijing"));
}

void TestMainWindow::personEditorListsAppearances()
{
    auto *editor = qobject_cast<PersonEditor *>(m_window->openRecord(
        MainWindow::RecordKind::Person, m_window->archive()->personId(QStringLiteral("zhang-yujun"))));
    QVERIFY(editor);
    auto *table = child<QTableWidget>(editor, QStringLiteral("appearancesTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2022-11-23"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Director-General"));
    // Family name is required.
    child<QLineEdit>(editor, QStringLiteral("familyNameLineEdit"))->clear();
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->validationMessage().contains(QStringLiteral("family name")));
    editor->undoStack()->undo();
    QCOMPARE(child<QLineEdit>(editor, QStringLiteral("familyNameLineEdit"))->text(), QStringLiteral("Zhang"));
    QVERIFY(editor->saveButton()->isEnabled());
    // Double-clicking a row opens that dialogue.
    emit table->cellActivated(0, 1);
    QVERIFY(qobject_cast<DialogueEditor *>(m_window->editors().last()));
}

void TestMainWindow::newPersonFromSpeaker()
{
    DialogueEditor *editor = newDialogueEditor();
    editor->addSpeech();
    QTest::keyClicks(
        child<QLineEdit>(editor, QStringLiteral("speakerLineEdit")), QStringLiteral("Noppadon Theppitak"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("newPersonPushButton")), Qt::LeftButton);
    auto *person = qobject_cast<PersonEditor *>(m_window->editors().last());
    QVERIFY(person);
    QCOMPARE(
        child<QLineEdit>(person, QStringLiteral("familyNameLineEdit"))->text(), QStringLiteral("Theppitak"));
    QCOMPARE(
        child<QLineEdit>(person, QStringLiteral("givenNameLineEdit"))->text(), QStringLiteral("Noppadon"));
    QVERIFY(person->save());
    const qint64 id = person->record().id;
    QVERIFY(id > 0);
    // The new person becomes the speaker.
    QTRY_COMPARE(editor->record().speeches.first().personId, id);
    QVERIFY(!editor->validationMessage().contains(QStringLiteral("speech")));
}

void TestMainWindow::filterAndCounts()
{
    Archive *archive = m_window->archive();
    QString error;
    for (int i = 0; i < 5; ++i) {
        Dialogue d;
        d.title = QStringLiteral("Hanoi workshop %1").arg(i);
        d.startDate = QDate(2023, 1, 1 + i);
        d.city = QStringLiteral("Hanoi");
        QVERIFY(archive->saveDialogue(d, &error));
    }
    m_window->refresh();
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    m_window->showPage(QStringLiteral("dialoguesPage"));
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTest::keyClicks(dialogues->filterLineEdit(), QStringLiteral("hanoi"));
    QTRY_COMPARE(dialogues->view()->model()->rowCount(), 5);
    auto *pageCount = m_window->findChild<QLabel *>(QStringLiteral("pageCountLabel"));
    QCOMPARE(pageCount->text(), QStringLiteral("Showing 5 of 6"));
    dialogues->filterLineEdit()->clear();
    QTRY_COMPARE(dialogues->view()->model()->rowCount(), 6);

    // People are found by any form of their name, in any script.
    m_window->showPage(QStringLiteral("peoplePage"));
    ListPage *people = m_window->listPage(QStringLiteral("peoplePage"));
    people->filterLineEdit()->setText(QStringLiteral("张玉")); // QTest types ASCII only
    QTRY_COMPARE(people->view()->model()->rowCount(), 1);
    QCOMPARE(people->view()->model()->index(0, 0).data().toString(), QStringLiteral("Dr. Zhang Yujun"));
    QCOMPARE(pageCount->text(), QStringLiteral("Showing 1 of 4"));
}

void TestMainWindow::contactAndOrganizationValidation()
{
    m_window->showPage(QStringLiteral("contactsPage"));
    m_window->newRecord();
    EditorDialog *editor = m_window->editors().last();
    QCOMPARE(editor->objectName(), QStringLiteral("contactEditor"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("label")));
    QTest::keyClicks(
        child<QLineEdit>(editor, QStringLiteral("labelLineEdit")), QStringLiteral("Press office"));
    QVERIFY(editor->saveButton()->isEnabled());
    auto *emails = child<QPlainTextEdit>(editor, QStringLiteral("emailsPlainTextEdit"));
    QTest::keyClicks(emails, QStringLiteral("press@lmec.org.cn"));
    QTest::keyClick(emails, Qt::Key_Return);
    QTest::keyClicks(emails, QStringLiteral("not-an-address"));
    QVERIFY2(
        editor->validationMessage().contains(QStringLiteral("“not-an-address” is not an e-mail address")),
        qPrintable(editor->validationMessage()));
    QVERIFY(!editor->saveButton()->isEnabled());
    emails->setPlainText(QStringLiteral("press@lmec.org.cn\n\nnews@lmec.org.cn\n"));
    QVERIFY(editor->validationMessage().isEmpty());
    auto *website = child<QLineEdit>(editor, QStringLiteral("websiteLineEdit"));
    QTest::keyClicks(website, QStringLiteral("lmec.org.cn"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("not a web address")));
    website->setText(QStringLiteral("http://en.lmec.org.cn/"));
    QVERIFY(editor->save());
    QCOMPARE(m_window->archive()->counts().contacts, qint64(2));
    const auto contacts = m_window->archive()->contacts();
    bool found = false;
    for (const Contact &c : contacts) {
        if (c.label == QLatin1String("Press office")) {
            found = true;
            QCOMPARE(c.emails,
                (QStringList { QStringLiteral("press@lmec.org.cn"), QStringLiteral("news@lmec.org.cn") }));
        }
    }
    QVERIFY(found);

    m_window->showPage(QStringLiteral("organizationsPage"));
    m_window->newRecord();
    editor = m_window->editors().last();
    QCOMPARE(editor->objectName(), QStringLiteral("organizationEditor"));
    QTest::keyClicks(
        child<QLineEdit>(editor, QStringLiteral("nameLineEdit")), QStringLiteral("Mekong River Commission"));
    auto *country = child<QComboBox>(editor, QStringLiteral("countryComboBox"));
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Lao PDR"));
    QVERIFY(editor->validationMessage().contains(QStringLiteral("is not a country")));
    country->setCurrentText(QStringLiteral("Laos"));
    auto *parent = child<QComboBox>(editor, QStringLiteral("parentComboBox"));
    parent->setCurrentIndex(parent->findText(QStringLiteral("UNEP —"), Qt::MatchStartsWith));
    QVERIFY(editor->save());
    const qint64 id = m_window->archive()->organizationId(QStringLiteral("mekong-river-commission"));
    QVERIFY(id > 0);
    QCOMPARE(m_window->archive()->organization(id)->parentId,
        m_window->archive()->organizationId(QStringLiteral("unep")));
    QCOMPARE(m_window->listPage(QStringLiteral("organizationsPage"))->view()->model()->rowCount(), 9);
}

void TestMainWindow::addPageApi()
{
    // Any part of the program may add a page (the search page is one).
    auto *page = new QLabel(QStringLiteral("another page"));
    const int index
        = m_window->addPage(QStringLiteral("extraPage"), QStringLiteral("Extra"), QIcon(), page, 0);
    QCOMPARE(index, 0);
    QCOMPARE(m_window->page(QStringLiteral("extraPage")), page);
    m_window->showPage(QStringLiteral("extraPage"));
    QCOMPARE(m_window->currentPageName(), QStringLiteral("extraPage"));
    QVERIFY(page->isVisible());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("extraPageAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("dialoguesPageAction"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_2));
    m_window->findChild<QAction *>(QStringLiteral("peoplePageAction"))->trigger();
    QCOMPARE(m_window->currentPageName(), QStringLiteral("peoplePage"));
}

void TestMainWindow::menusInTheirPlaces()
{
    // Menus added by other parts of the program go before Help, whatever was added last.
    QMenu *extra = m_window->addMenu(QStringLiteral("E&xtra"), QStringLiteral("extraMenu"));
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << (action->menu() ? action->menu()->objectName() : QString());
    QCOMPARE(menus,
        QStringList({ QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("viewMenu"),
            QStringLiteral("pressReleaseMenu"), QStringLiteral("extraMenu"), QStringLiteral("helpMenu") }));
    QCOMPARE(m_window->menu(MainWindow::Menu::Help)->objectName(), QStringLiteral("helpMenu"));
    QVERIFY(extra->isEmpty());

    // File: the archive actions, Restore right after Back Up, Quit last.
    QStringList file;
    for (QAction *action : m_window->menu(MainWindow::Menu::File)->actions())
        file << (action->isSeparator() ? QStringLiteral("-")
                : action->menu()       ? action->menu()->objectName()
                                       : action->objectName());
    QCOMPARE(file,
        QStringList({ QStringLiteral("newArchiveAction"), QStringLiteral("openArchiveAction"),
            QStringLiteral("openServerArchiveAction"), QStringLiteral("recentMenu"), QStringLiteral("-"),
            QStringLiteral("importAction"), QStringLiteral("importReleasesAction"),
            QStringLiteral("importReleaseFolderAction"), QStringLiteral("exportAction"),
            QStringLiteral("importTableAction"), QStringLiteral("importVCardAction"),
            QStringLiteral("exportVCardAction"), QStringLiteral("exportICalAction"), QStringLiteral("-"),
            QStringLiteral("backupAction"), QStringLiteral("restoreAction"), QStringLiteral("-"),
            QStringLiteral("annualReportAction"), QStringLiteral("exportListAction"),
            QStringLiteral("printListAction"), QStringLiteral("-"), QStringLiteral("quitAction") }));
    for (const char *name : { "importAction", "exportAction", "backupAction" })
        QVERIFY(m_window->findChild<QAction *>(QLatin1String(name))->isEnabled());

    // Edit: Search Dialogues (Ctrl+F) just before the list filter, which moved to Ctrl+Shift+F.
    const QList<QAction *> edit = m_window->menu(MainWindow::Menu::Edit)->actions();
    const qsizetype filter = edit.indexOf(m_window->filterAction());
    QVERIFY(filter > 0);
    QCOMPARE(edit.at(filter - 1)->objectName(), QStringLiteral("searchAction"));
    QCOMPARE(edit.at(filter - 1)->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(m_window->filterAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    edit.at(filter - 1)->trigger();
    QCOMPARE(m_window->currentPageName(), QStringLiteral("searchPage"));
}

void TestMainWindow::recentArchivesOpenAgain()
{
    const QString second = m_dir->filePath(QStringLiteral("second.roundtable"));
    QVERIFY(m_window->openArchive(second));
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().at(0)->text().contains(QStringLiteral("second.roundtable")));
    QVERIFY(recent->actions().at(1)->text().contains(QStringLiteral("test.roundtable")));
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(0));
    recent->actions().at(1)->trigger();
    QCOMPARE(QFileInfo(m_window->archivePath()), QFileInfo(m_path));
    QCOMPARE(m_window->archive()->counts().dialogues, qint64(1));
    QVERIFY(recent->actions().at(0)->text().contains(QStringLiteral("test.roundtable")));
}

void TestMainWindow::fileDialogsOpenWhereTheLastFileWasChosen()
{
    // Nothing chosen yet: the user's Documents folder (or home where there is none), never the
    // folder the program was started in.
    QSettings().remove(QStringLiteral("files/lastFolder"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = app::Settings::fileFolder();
    QCOMPARE(first, QFileInfo(documents).isDir() ? documents : QDir::homePath());
    // A file chosen in a folder: the next dialog opens there, and a save dialog suggests its
    // name there (the annual report's too).
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    app::Settings::rememberFileFolder(QDir(folder).filePath(QStringLiteral("people.csv")));
    QCOMPARE(app::Settings::fileFolder(), folder);
    QCOMPARE(
        app::Settings::inFileFolder(QStringLiteral("a.pdf")), QDir(folder).filePath(QStringLiteral("a.pdf")));
    {
        AnnualReportDialog dialog(m_window.get());
        QCOMPARE(QFileInfo(QDir::fromNativeSeparators(dialog.outputPath())).absolutePath(), folder);
    }
    // A folder chosen as such is remembered itself; a cancelled dialog changes nothing.
    const QString releases = m_dir->filePath(QStringLiteral("releases"));
    QVERIFY(QDir().mkpath(releases));
    app::Settings::rememberFileFolder(releases, true);
    app::Settings::rememberFileFolder(QString());
    QCOMPARE(app::Settings::fileFolder(), releases);
    // Gone since: back to the first.
    QVERIFY(QDir(releases).removeRecursively());
    QCOMPARE(app::Settings::fileFolder(), first);
    // Names made from the archive: a file's, or a server archive's database (not its address).
    QCOMPARE(app::Settings::archiveFileName(QStringLiteral("/srv/centre/2024.roundtable")),
        QStringLiteral("2024"));
    QCOMPARE(app::Settings::archiveFileName(QStringLiteral("postgresql:///teamdb?host=/run/postgresql")),
        QStringLiteral("teamdb"));
}

void TestMainWindow::orderedListsMoveThroughTheirModel()
{
    const qint64 id = m_window->archive()->dialogueIds().first();
    const Dialogue original = *m_window->archive()->dialogue(id);
    QVERIFY(original.topics.size() >= 2 && original.organizations.size() >= 3);
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(id));
    QVERIFY(editor);
    auto *topics = child<QListView>(editor, QStringLiteral("topicsListView"));
    auto *organizations = child<QListView>(editor, QStringLiteral("organizationsListView"));
    QAbstractItemModelTester topicsTester(topics->model());
    QAbstractItemModelTester organizationsTester(organizations->model());
    for (QListView *list : { topics, organizations }) {
        QCOMPARE(list->dragDropMode(), QAbstractItemView::InternalMove);
        QVERIFY(list->model()->flags(list->model()->index(0, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(list->model()->supportedDropActions(), Qt::MoveAction);
    }

    // Down on the first topic: it becomes the second, and stays selected.
    topics->setCurrentIndex(topics->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("moveTopicDownPushButton")), Qt::LeftButton);
    QCOMPARE(editor->record().topics.at(1), original.topics.at(0));
    QCOMPARE(topics->currentIndex().row(), 1);
    QVERIFY(topics->model()->index(1, 0).data().toString().startsWith(
        QStringLiteral("2. %1").arg(original.topics.at(0).title)));
    // Up again: back where it was, as a second undo step.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("moveTopicUpPushButton")), Qt::LeftButton);
    QCOMPARE(editor->record().topics, original.topics);
    QCOMPARE(editor->undoStack()->count(), 2);
    // Up on the first row does nothing.
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("moveTopicUpPushButton")), Qt::LeftButton);
    QCOMPARE(editor->undoStack()->count(), 2);

    // A drop moving the last organisation to the top, then Down and Remove on it.
    const int last = int(original.organizations.size()) - 1;
    QVERIFY(organizations->model()->moveRow(QModelIndex(), last, QModelIndex(), 0));
    QCOMPARE(editor->record().organizations.first(), original.organizations.at(last));
    QCOMPARE(organizations->currentIndex().row(), 0);
    QTest::mouseClick(
        child<QPushButton>(editor, QStringLiteral("moveOrganizationDownPushButton")), Qt::LeftButton);
    QCOMPARE(editor->record().organizations.at(1), original.organizations.at(last));
    QTest::mouseClick(
        child<QPushButton>(editor, QStringLiteral("removeOrganizationPushButton")), Qt::LeftButton);
    QCOMPARE(editor->record().organizations.size(), original.organizations.size() - 1);
    QVERIFY(!editor->record().organizations.contains(original.organizations.at(last)));
    QCOMPARE(organizations->model()->rowCount(), int(original.organizations.size()) - 1);
    // A drop onto itself is no move and no undo step.
    const int steps = editor->undoStack()->count();
    QVERIFY(!organizations->model()->moveRow(QModelIndex(), 0, QModelIndex(), 1));
    QCOMPARE(editor->undoStack()->count(), steps);
    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    QCOMPARE(editor->record(), original);
    QCOMPARE(organizations->model()->rowCount(), int(original.organizations.size()));
}

void TestMainWindow::oneEditorPerRecord()
{
    const qint64 id = m_window->archive()->dialogueIds().first();
    EditorDialog *first = m_window->openDialogue(id);
    QVERIFY(first);
    QCOMPARE(m_window->openDialogue(id), first);
    const qint64 zhang = m_window->archive()->personId(QStringLiteral("zhang-yujun"));
    EditorDialog *person = m_window->openRecord(MainWindow::RecordKind::Person, zhang);
    QVERIFY(qobject_cast<PersonEditor *>(person));
    QCOMPARE(m_window->openRecord(MainWindow::RecordKind::Person, zhang), person);
    QCOMPARE(m_window->editors().size(), 2);
    // New records each get an editor of their own.
    m_window->openRecord(MainWindow::RecordKind::Contact, 0);
    m_window->openRecord(MainWindow::RecordKind::Contact, 0);
    QCOMPARE(m_window->editors().size(), 4);
    // A record gone from the archive opens no editor.
    QVERIFY(!m_window->openRecord(MainWindow::RecordKind::Organization, 999999));
    QCOMPARE(m_window->editors().size(), 4);
    // Opening another archive closes them all.
    QVERIFY(m_window->openArchive(m_dir->filePath(QStringLiteral("other.roundtable"))));
    QCOMPARE(m_window->editors().size(), 0);
}

void TestMainWindow::settingsRemembered()
{
    ListPage *dialogues = m_window->listPage(QStringLiteral("dialoguesPage"));
    dialogues->view()->setColumnWidth(DialogueTableModel::SeriesColumn, 333);
    m_window->resize(900, 600);
    QVERIFY(m_window->close());
    QCOMPARE(QFileInfo(QSettings().value(QStringLiteral("archive/last")).toString()), QFileInfo(m_path));
    QCOMPARE(QSettings().value(QStringLiteral("archive/recent")).toStringList().size(), 1);
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->listPage(QStringLiteral("dialoguesPage"))
                 ->view()
                 ->columnWidth(DialogueTableModel::SeriesColumn),
        333);
    QCOMPARE(m_window->size(), QSize(900, 600));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
