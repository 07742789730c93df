#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace rt {
class Database;
class Archive;
class ListQueries;
} // namespace rt

namespace rt::app {

class ContactTableModel;
class DialogueTableModel;
class EditorDialog;
class ListPage;
class OrganizationTableModel;
class PersonTableModel;
class SearchWidget;

// The program's window: a sidebar of pages (the lists of dialogues, people, organisations
// and contacts, and whatever other parts of the program add with addPage()), the menus that
// act on them, and the record editors it opens. It owns the open archive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating an empty archive if there is none); reports failure to the user
    // and keeps the archive that was open.
    bool openArchive(const QString &path);
    QString archivePath() const;
    // The open archive and its list queries; nullptr while none is open.
    Archive *archive() const { return m_archive.get(); }
    ListQueries *queries() const { return m_queries.get(); }

    // --- pages ---------------------------------------------------------------------------
    // Adds `page` (the window takes ownership) to the sidebar under `title`, reachable by
    // `name` (also its objectName, e.g. "searchPage") and by Ctrl+<position> in the View
    // menu. `position` -1 appends. Returns the page's index in the sidebar, or -1 (and the
    // caller keeps the page) when `name` is taken.
    int addPage(
        const QString &name, const QString &title, const QIcon &icon, QWidget *page, int position = -1);
    QWidget *page(const QString &name) const;
    void showPage(const QString &name);
    QString currentPageName() const;

    // --- records -------------------------------------------------------------------------
    // The dialogue selected in the dialogue list (0 if none).
    qint64 currentDialogueId() const;
    // Open an editor window (or raise the one already open) for a record; 0 makes a new one.
    EditorDialog *openDialogue(qint64 id);
    EditorDialog *openPerson(qint64 id);
    EditorDialog *openOrganization(qint64 id);
    EditorDialog *openContact(qint64 id);
    QList<EditorDialog *> editors() const;
    // Deletes the records selected on the current list page, asking first.
    void deleteSelected();
    // Asks to delete a person; refuses (saying why) when they have speeches and offers to
    // merge them into another person instead. True when the person is gone.
    bool deletePerson(qint64 id);

    ListPage *listPage(const QString &name) const;
    // The search page.
    SearchWidget *searchWidget() const { return m_searchWidget; }
    DialogueTableModel *dialogueModel() const { return m_dialogueModel; }

public slots:
    // Reads every list again, keeping selections; call after changing the archive.
    void refresh();
    void newRecord();
    void openCurrentRecord();

signals:
    void archiveOpened(rt::Archive *archive);
    // Before the open archive is closed (another one is opened, or the window closes).
    void archiveClosing();
    // After any save, delete, merge or import: anything showing records should re-read.
    void recordsChanged();
    void currentDialogueChanged(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpPages();
    void setUpActions();
    void updateActions();
    void updateCounts();
    void updateRecentMenu();
    void rememberArchive(const QString &path);
    EditorDialog *showEditor(EditorDialog *editor);
    EditorDialog *findEditor(const QString &key) const;
    void recordActivated(const QString &pageName, const QModelIndex &index);
    void newArchive();
    void chooseArchive();
    void importFile();
    void exportFile();
    void backup();
    void about();
    void saveSettings();
    // Lists are read when their page is shown: a page not on screen is only marked stale.
    void loadList(const QString &name);
    bool isListLoaded(const QString &name) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<ListQueries> m_queries;
    QHash<QString, QWidget *> m_pages;
    DialogueTableModel *m_dialogueModel;
    PersonTableModel *m_personModel;
    OrganizationTableModel *m_organizationModel;
    ContactTableModel *m_contactModel;
    QSortFilterProxyModel *m_personProxy;
    QSortFilterProxyModel *m_organizationProxy;
    QSortFilterProxyModel *m_contactProxy;
    QUndoGroup *m_undoGroup;
    QLabel *m_countsLabel;
    QLabel *m_pageCountLabel;
    QList<QPointer<EditorDialog>> m_editors;
    QSet<QString> m_staleLists;
    SearchWidget *m_searchWidget = nullptr;
};

} // namespace rt::app
