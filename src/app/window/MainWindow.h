#pragma once

#include "app/lists/RecordCard.h"
#include "core/records/Archive.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace rt {
class Database;
class ListQueries;
} // namespace rt

namespace rt::app {

class ArchiveActions;
class ContactTableModel;
class DialogueTableModel;
class EditorDialog;
class ListPage;
class OpenEditors;
class OrganizationTableModel;
class PersonTableModel;
class PreviewPane;
class SearchWidget;

// The program's window: a sidebar of pages (the lists of dialogues, people, organisations
// and contacts, and whatever other parts of the program add with addPage()), the menus that
// act on them, and the record editors it opens. It owns the open archive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The kinds of record the window lists and edits, each with a page of its own.
    enum class RecordKind { Dialogue, Person, Organization, Contact };
    // The window's own menus, for parts of the program that add actions to them.
    enum class Menu { File, Edit, View, Help };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating an empty archive if there is none); reports failure to the user
    // and keeps the archive that was open.
    bool openArchive(const QString &path);
    QString archivePath() const;
    // The open archive and its list queries; nullptr while none is open.
    Archive *archive() const { return m_archive.get(); }
    ListQueries *queries() const { return m_queries.get(); }
    // Whether the open archive may be changed: false when none is open, and when it opened
    // read-only (a read-only file, or a server login that may only read), which the status bar
    // says; every action that changes records asks this.
    bool isArchiveWritable() const;

    // --- pages and menus -----------------------------------------------------------------
    // Adds `page` (the window takes ownership) to the sidebar under `title`, reachable by
    // `name` (also its objectName, e.g. "searchPage") and by Ctrl+<position> in the View
    // menu. `position` -1 appends. Returns the page's index in the sidebar, or -1 (and the
    // caller keeps the page) when `name` is taken.
    int addPage(
        const QString &name, const QString &title, const QIcon &icon, QWidget *page, int position = -1);
    QWidget *page(const QString &name) const;
    void showPage(const QString &name);
    QString currentPageName() const;
    QMenu *menu(Menu menu) const;
    // Adds a menu of its own subject (named `objectName`) to the menu bar, before Help.
    QMenu *addMenu(const QString &title, const QString &objectName);
    // Edit → Filter: the current list's filter box. Its neighbours in the Edit menu find
    // records in other ways.
    QAction *filterAction() const;
    ArchiveActions *archiveActions() const { return m_archiveActions; }

    // --- preview -------------------------------------------------------------------------
    // View → Preview: shows or hides the card beside every list (remembered across runs).
    QAction *previewAction() const;
    // A preview card of another part of the program (the press releases' list): it reads
    // the open archive, its links open records, and View → Preview shows or hides it.
    void addPreview(PreviewPane *pane);
    // The preview card of a list page (nullptr if it has none).
    PreviewPane *previewPane(RecordKind kind) const;
    // Opens the record a card's link names: an editor, or for a press release its editor
    // through pressReleaseRequested.
    void openLink(RecordCard::Kind kind, qint64 id);

    // --- records -------------------------------------------------------------------------
    // The dialogue selected in the dialogue list (0 if none).
    qint64 currentDialogueId() const;
    // Open an editor window (or raise the one already open) for a record; 0 makes a new one.
    EditorDialog *openRecord(RecordKind kind, qint64 id);
    EditorDialog *openDialogue(qint64 id) { return openRecord(RecordKind::Dialogue, id); }
    QList<EditorDialog *> editors() const;
    // Deletes the records selected on the current list page, asking first.
    void deleteSelected();
    // Asks to delete a person; refuses (saying why) when they have speeches and offers to
    // merge them into another person instead. True when the person is gone.
    QString dialogueDeleteQuestion(const QList<qint64> &ids, const QString &what);
    bool deletePerson(qint64 id);
    // Edit → Merge People: asks which person `mergedId` (0: the one selected in the people
    // list) is the same as, shows both, asks again with the number of speeches that move, and
    // merges. `keptId` preselects the other side (two people selected). True when merged.
    bool mergePeople(qint64 mergedId = 0, qint64 keptId = 0);

    ListPage *listPage(const QString &name) const;
    ListPage *listPage(RecordKind kind) const;
    // The search page.
    SearchWidget *searchWidget() const;
    DialogueTableModel *dialogueModel() const { return m_dialogueModel; }

public slots:
    // Reads every list again, keeping selections; call after changing the archive.
    void refresh();
    // Another connection committed: every open editor whose record it saved or deleted says
    // so above its form (EditorDialog::checkStored).
    void checkOpenEditors();
    void newRecord();
    void openCurrentRecord();

signals:
    void archiveOpened(rt::Archive *archive);
    // Before the open archive is closed (another one is opened, or the window closes).
    void archiveClosing();
    // After any save, delete, merge or import: anything showing records should re-read.
    void recordsChanged();
    void currentDialogueChanged(qint64 id);
    // A link asked for a press release: the press-release page opens it.
    void pressReleaseRequested(qint64 id);
    // A dialogue's editor asked for the dialogue's press release (the press-release page
    // opens its latest or writes the first).
    void dialoguePressReleaseRequested(qint64 dialogueId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window does with one kind of record: its list page, how the list is read and
    // filtered, how one record is opened in an editor and how it is deleted.
    struct Kind
    {
        RecordKind kind;
        QString pageName;
        QString editorKey; // as in EditorDialog::recordKey(): "dialogue" for "dialogue:12"
        qint64 Archive::Counts::*total;
        int nameColumn; // the column that names a record in questions
        QString deleteQuestion; // %1: what is deleted
        std::function<void(ListQueries *)> load; // nullptr empties the list
        std::function<int(qint64)> rowOfId; // in the page's view model; -1 if not listed
        // A new editor on the record (0: a new record), or nullptr when it is gone.
        std::function<EditorDialog *(qint64)> makeEditor;
        // Deletes one record without asking; false (and why) if the archive refuses.
        std::function<bool(qint64, qint64, QString *)> remove; // id, version shown, error
    };

    void setUpKinds();
    void setUpPages();
    // Gives each page's View action a letter of its own (Alt+V, then the letter): the first
    // letter of its title that no other item of the View menu uses, else its sidebar number.
    void letterPageActions();
    void setUpActions();
    void updateActions();
    void updateCounts();
    const Kind *kindOfPage(const QString &name) const;
    const Kind &kind(RecordKind kind) const;
    QString editorKey(const Kind &kind, qint64 id) const;
    void recordActivated(const Kind &kind, const QModelIndex &index);
    void editorOpened(EditorDialog *editor);
    void about();
    // Right-click menus of the lists, with the window's own actions.
    void setUpContextMenus();
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
    QList<Kind> m_kinds;
    OpenEditors *m_editors;
    ArchiveActions *m_archiveActions = nullptr;
    QSet<QString> m_staleLists;
    QAction *m_previewAction = nullptr;
    QList<QPointer<PreviewPane>> m_previews;
};

} // namespace rt::app
