#include "app/window/MainWindow.h"

#include "app/calendar/CalendarPage.h"
#include "app/editors/ContactEditor.h"
#include "app/editors/DialogueEditor.h"
#include "app/editors/MergePeopleDialog.h"
#include "app/editors/OpenEditors.h"
#include "app/editors/OrganizationActivity.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/PersonEditor.h"
#include "app/lists/ContactTableModel.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListOutput.h"
#include "app/lists/ListPage.h"
#include "app/lists/OrganizationTableModel.h"
#include "app/lists/PersonTableModel.h"
#include "app/lists/PreviewPane.h"
#include "app/preferences/PreferencesDialog.h"
#include "app/press/PressReleasePage.h"
#include "app/report/AnnualReportDialog.h"
#include "app/search/SearchPage.h"
#include "app/search/SearchWidget.h"
#include "app/stats/StatisticsPage.h"
#include "app/tables/TableTransfer.h"
#include "app/window/ArchiveActions.h"
#include "app/window/ArchiveGuard.h"
#include "app/window/ContextMenus.h"
#include "app/window/HelpDialogs.h"
#include "app/window/ItemRoles.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace rt::app {

namespace {

const QString DialoguesPage = QStringLiteral("dialoguesPage");
const QString PeoplePage = QStringLiteral("peoplePage");
const QString OrganizationsPage = QStringLiteral("organizationsPage");
const QString ContactsPage = QStringLiteral("contactsPage");

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

// The row of the record `id` in a list read at once (the people, organisations and
// contacts, sorted and filtered by a proxy); -1 if it is not shown.
int rowOfIdIn(const QAbstractItemModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRole::Id).toLongLong() == id)
            return row;
    }
    return -1;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(ItemRole::Sort);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_dialogueModel(new DialogueTableModel(this))
    , m_personModel(new PersonTableModel(this))
    , m_organizationModel(new OrganizationTableModel(this))
    , m_contactModel(new ContactTableModel(this))
    , m_personProxy(makeProxy(m_personModel, this))
    , m_organizationProxy(makeProxy(m_organizationModel, this))
    , m_contactProxy(makeProxy(m_contactModel, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_countsLabel(new QLabel(this))
    , m_pageCountLabel(new QLabel(this))
    , m_editors(new OpenEditors(m_undoGroup, this))
{
    m_ui->setupUi(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
    statusBar()->addWidget(m_pageCountLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 170, 1000 });

    setUpKinds();
    setUpActions();
    setUpPages();
    m_archiveActions = new ArchiveActions(this); // new, open, import, export, back up
    new ArchiveGuard(this); // backups, restore, changes made elsewhere, second windows
    TableTransfer::install(this); // File: Import Table…, address books, calendar
    PressReleasePage::install(this);
    SearchPage::install(this);
    StatisticsPage::install(this);
    CalendarPage::install(this);
    ListOutput::install(this); // File: Export List…, Print List…
    AnnualReportAction::install(this); // File: Annual Report…
    connect(m_editors, &OpenEditors::opened, this, &MainWindow::editorOpened);

    connect(m_ui->sidebarListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->pagesStackedWidget->setCurrentIndex(row);
        if (m_staleLists.contains(currentPageName()))
            loadList(currentPageName());
        updateActions();
        updateCounts();
    });
    m_ui->sidebarListWidget->setCurrentRow(0);

    // Edit > Undo/Redo act on the record editor last used.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // Only this window's editors: another main window's stack is not in this group, and
        // the group would keep pointing at it after that editor is gone.
        auto *editor = now ? qobject_cast<EditorDialog *>(now->window()) : nullptr;
        if (editor && m_editors->all().contains(editor))
            m_undoGroup->setActiveStack(editor->undoStack());
    });

    restoreGeometry(Settings::layout(Settings::Layout::MainWindowGeometry));
    restoreState(Settings::layout(Settings::Layout::MainWindowState));
    const QByteArray splitter = Settings::layout(Settings::Layout::MainWindowSplitter);
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    m_ui->showSidebarAction->setChecked(m_ui->sidebarListWidget->isVisibleTo(this) || splitter.isEmpty());
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow()
{
    // The application's focus changes while the window's children go are not this window's.
    disconnect(qApp, nullptr, this, nullptr);
    // Editors are top-level windows holding references to the archive: close them first.
    m_editors->deleteAll();
    m_queries.reset();
    m_archive.reset();
}

// --- set-up ------------------------------------------------------------------------------

void MainWindow::setUpActions()
{
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->newRecordAction->setShortcut(QKeySequence::New);
    m_ui->deleteRecordAction->setShortcut(QKeySequence::Delete);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->showSidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->newRecordAction->setIcon(themeIcon("document-new"));
    m_ui->deleteRecordAction->setIcon(themeIcon("edit-delete"));
    m_ui->findAction->setIcon(themeIcon("edit-find"));
    m_ui->quitAction->setIcon(themeIcon("application-exit"));

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themeIcon("edit-undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(themeIcon("edit-redo"));
    QAction *first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(PreferencesDialog::createAction(this));
    m_ui->editMenu->insertSeparator(first);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newRecordAction, &QAction::triggered, this, &MainWindow::newRecord);
    connect(m_ui->openRecordAction, &QAction::triggered, this, &MainWindow::openCurrentRecord);
    connect(m_ui->deleteRecordAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (ListPage *page = listPage(currentPageName())) {
            page->filterLineEdit()->setFocus();
            page->filterLineEdit()->selectAll();
        }
    });
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->showSidebarAction, &QAction::toggled, m_ui->sidebarListWidget, &QWidget::setVisible);

    m_previewAction = new QAction(tr("&Preview"), this);
    m_previewAction->setObjectName(QStringLiteral("showPreviewAction"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(Settings::isOn(Settings::Switch::PreviewVisible));
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_previewAction->setToolTip(tr("Show the selected record beside the list"));
    m_ui->viewMenu->insertAction(m_ui->refreshAction, m_previewAction);
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        Settings::set(Settings::Switch::PreviewVisible, on);
        for (PreviewPane *pane : std::as_const(m_previews)) {
            if (pane)
                pane->setVisible(on);
        }
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);

    // Merging two records of one person is a command of its own, not a side door of Delete.
    auto *merge = new QAction(themeIcon("edit-join"), tr("&Merge People…"), this);
    merge->setObjectName(QStringLiteral("mergePeopleAction"));
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    merge->setToolTip(tr("Join two records of one person, moving every speech to the one kept"));
    const QList<QAction *> editActions = m_ui->editMenu->actions();
    m_ui->editMenu->insertAction(editActions.value(editActions.indexOf(m_ui->deleteRecordAction) + 1), merge);
    connect(merge, &QAction::triggered, this, [this] { mergePeople(); });

    auto *manual = new QAction(themeIcon("help-contents"), tr("Roundtable &Manual"), this);
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    auto *keys = new QAction(tr("&Keyboard Shortcuts"), this);
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_ui->helpMenu->insertAction(m_ui->aboutAction, manual);
    m_ui->helpMenu->insertAction(m_ui->aboutAction, keys);
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);
    connect(manual, &QAction::triggered, this, [this] { HelpDialogs::showManual(this); });
    connect(keys, &QAction::triggered, this, [this] { HelpDialogs::showShortcuts(this); });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpKinds()
{
    m_kinds = {
        { RecordKind::Dialogue, DialoguesPage, QStringLiteral("dialogue"), &Archive::Counts::dialogues, 1,
            tr("Delete %1 with its topics and speeches? This cannot be undone."),
            [this](ListQueries *queries) { m_dialogueModel->setQueries(queries); },
            [this](qint64 id) { return m_dialogueModel->rowOfId(id); },
            [this](qint64 id) -> EditorDialog * {
                Dialogue dialogue;
                if (id) {
                    const auto loaded = m_archive->dialogue(id);
                    if (!loaded) {
                        MessageBox::warning(
                            this, tr("Cannot open"), tr("This dialogue is no longer in the archive."));
                        return nullptr;
                    }
                    dialogue = *loaded;
                } else {
                    dialogue = m_archive->newDialogue(); // the last one's contact and "About"
                    dialogue.startDate = QDate::currentDate();
                }
                return new DialogueEditor(*m_archive, *m_queries, dialogue, this);
            },
            // The question (dialogueDeleteQuestion) has named the releases that go with it.
            [this](qint64 id, qint64 version, QString *error) {
                return m_archive->removeDialogue(id, error, Archive::Releases::Delete, version);
            } },
        { RecordKind::Person, PeoplePage, QStringLiteral("person"), &Archive::Counts::people, 0, QString(),
            [this](ListQueries *queries) { m_personModel->setQueries(queries); },
            [this](qint64 id) { return rowOfIdIn(m_personProxy, id); },
            [this](qint64 id) -> EditorDialog * {
                const auto person = id ? m_archive->person(id) : std::optional<Person>(Person {});
                return person ? new PersonEditor(*m_archive, *m_queries, *person, this) : nullptr;
            },
            nullptr }, // deletePerson() asks its own questions
        { RecordKind::Organization, OrganizationsPage, QStringLiteral("organization"),
            &Archive::Counts::organizations, 0, tr("Delete %1? This cannot be undone."),
            [this](ListQueries *queries) { m_organizationModel->setQueries(queries); },
            [this](qint64 id) { return rowOfIdIn(m_organizationProxy, id); },
            [this](qint64 id) -> EditorDialog * {
                const auto organization = id ? m_archive->organization(id) : std::optional(Organization {});
                return organization ? new OrganizationEditor(*m_archive, *organization, this) : nullptr;
            },
            [this](qint64 id, qint64 version, QString *error) {
                return m_archive->removeOrganization(id, error, version);
            } },
        { RecordKind::Contact, ContactsPage, QStringLiteral("contact"), &Archive::Counts::contacts, 0,
            tr("Delete %1? This cannot be undone."),
            [this](ListQueries *queries) { m_contactModel->setQueries(queries); },
            [this](qint64 id) { return rowOfIdIn(m_contactProxy, id); },
            [this](qint64 id) -> EditorDialog * {
                const auto contact = id ? m_archive->contact(id) : std::optional(Contact {});
                return contact ? new ContactEditor(*m_archive, *contact, this) : nullptr;
            },
            [this](qint64 id, qint64 version, QString *error) {
                return m_archive->removeContact(id, error, version);
            } },
    };
}

const MainWindow::Kind &MainWindow::kind(RecordKind kind) const
{
    return m_kinds.at(int(kind)); // in the order of the enum
}

const MainWindow::Kind *MainWindow::kindOfPage(const QString &name) const
{
    for (const Kind &kind : m_kinds) {
        if (kind.pageName == name)
            return &kind;
    }
    return nullptr;
}

QString MainWindow::editorKey(const Kind &kind, qint64 id) const
{
    return QStringLiteral("%1:%2").arg(kind.editorKey).arg(id);
}

void MainWindow::setUpPages()
{
    struct Spec
    {
        RecordKind kind;
        QString title;
        QString placeholder;
        const char *icon;
        QAbstractItemModel *model;
        int sortColumn;
        Qt::SortOrder sortOrder;
        int stretchColumn; // takes the width the others leave
        QList<int> widths; // default widths of the columns, in order (0: leave alone)
        std::function<void(const QString &)> filter;
    };
    auto filterBy = [](QSortFilterProxyModel *proxy) {
        return [proxy](const QString &text) { proxy->setFilterFixedString(text); };
    };
    const Spec specs[] = {
        { RecordKind::Dialogue, tr("Dialogues"), tr("Filter by title, series, city, country or date"),
            "x-office-calendar", m_dialogueModel, DialogueTableModel::StartDateColumn, Qt::DescendingOrder,
            DialogueTableModel::TitleColumn, { 100, 0, 200, 110, 80, 90, 80 },
            [this](const QString &text) { m_dialogueModel->setFilter(text); } },
        { RecordKind::Person, tr("People"), tr("Filter by name or name in own script"), "system-users",
            m_personProxy, PersonTableModel::NameColumn, Qt::AscendingOrder,
            PersonTableModel::LastOrganizationColumn, { 220, 150, 240, 0, 100, 80 },
            filterBy(m_personProxy) },
        { RecordKind::Organization, tr("Organisations"), tr("Filter by name, short name or country"),
            "network-workgroup", m_organizationProxy, OrganizationTableModel::NameColumn, Qt::AscendingOrder,
            OrganizationTableModel::NameColumn, { 0, 130, 130, 80, 90 }, filterBy(m_organizationProxy) },
        { RecordKind::Contact, tr("Contacts"), tr("Filter by label, organisation, phone or e-mail"),
            "x-office-address-book", m_contactProxy, ContactTableModel::LabelColumn, Qt::AscendingOrder,
            ContactTableModel::EmailsColumn, { 160, 130, 220, 0, 220 }, filterBy(m_contactProxy) },
    };
    m_personProxy->setFilterKeyColumn(PersonTableModel::NameColumn);
    m_personProxy->setFilterRole(PersonTableModel::FilterRole);
    for (const Spec &spec : specs) {
        const Kind &recordKind = kind(spec.kind);
        auto *page = new ListPage(spec.title, spec.placeholder);
        page->setModel(spec.model);
        auto *preview = new PreviewPane;
        page->setPreview(preview);
        addPage(recordKind.pageName, spec.title, themeIcon(spec.icon), page);
        page->setColumnWidths(spec.widths, spec.stretchColumn);
        page->view()->sortByColumn(spec.sortColumn, spec.sortOrder);
        page->restoreState(); // what the user chose last time wins
        addPreview(preview);
        // The card follows the current row: one record read by its id.
        connect(page->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, preview,
            [preview, card = RecordCard::Kind(int(spec.kind))](const QModelIndex &current) {
                preview->showRecord(card, current.isValid() ? current.data(ItemRole::Id).toLongLong() : 0);
            });
        connect(page, &ListPage::activated, this,
            [this, k = spec.kind](const QModelIndex &index) { recordActivated(kind(k), index); });
        connect(page, &ListPage::newRequested, this, &MainWindow::newRecord);
        connect(page, &ListPage::deleteRequested, this, &MainWindow::deleteSelected);
        connect(page, &ListPage::filterChanged, this, spec.filter);
        connect(page->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
        connect(spec.model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(spec.model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(spec.model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(spec.model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    }
    connect(listPage(RecordKind::Dialogue)->view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
        this, [this] { emit currentDialogueChanged(currentDialogueId()); });
    setUpContextMenus();
}

void MainWindow::setUpContextMenus()
{
    QAction *merge = findChild<QAction *>(QStringLiteral("mergePeopleAction"));
    for (const Kind &kind : std::as_const(m_kinds)) {
        QList<QAction *> actions
            = { m_ui->openRecordAction, m_ui->newRecordAction, nullptr, m_ui->deleteRecordAction };
        if (kind.kind == RecordKind::Person)
            actions << merge;
        ContextMenus::install(listPage(kind.pageName)->view(), actions);
    }
}

void MainWindow::letterPageActions()
{
    QSet<QChar> taken;
    QList<QAction *> pageActions;
    for (QAction *action : m_ui->viewMenu->actions()) {
        if (action->isSeparator())
            continue;
        if (!action->data().toString().isEmpty() && m_pages.contains(action->data().toString())) {
            pageActions.append(action);
            continue;
        }
        const QString text = action->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size())
            taken.insert(text.at(amp + 1).toLower());
    }
    // In the sidebar's order, so that the letters do not depend on the order pages were added.
    std::sort(pageActions.begin(), pageActions.end(), [this](const QAction *a, const QAction *b) {
        return m_ui->pagesStackedWidget->indexOf(m_pages.value(a->data().toString()))
            < m_ui->pagesStackedWidget->indexOf(m_pages.value(b->data().toString()));
    });
    for (QAction *action : std::as_const(pageActions)) {
        const QString name = action->data().toString();
        const int row = m_ui->pagesStackedWidget->indexOf(m_pages.value(name));
        QString title;
        for (int i = 0; i < m_ui->sidebarListWidget->count(); ++i) {
            if (m_ui->sidebarListWidget->item(i)->data(ItemRole::PageName).toString() == name)
                title = m_ui->sidebarListWidget->item(i)->text();
        }
        title.replace(QLatin1Char('&'), QLatin1String("&&"));
        qsizetype at = -1;
        for (qsizetype i = 0; i < title.size() && at < 0; ++i) {
            const QChar c = title.at(i);
            if (c.isLetter() && c.unicode() < 0x80 && !taken.contains(c.toLower()))
                at = i;
        }
        if (at >= 0) {
            taken.insert(title.at(at).toLower());
            title.insert(at, QLatin1Char('&'));
        } else if (row < 9) {
            // No free Latin letter (a Chinese title): its number, as Ctrl+1 … Ctrl+9 are.
            title += QStringLiteral("(&%1)").arg(row + 1);
        }
        action->setText(title);
    }
}

int MainWindow::addPage(
    const QString &name, const QString &title, const QIcon &icon, QWidget *page, int position)
{
    if (m_pages.contains(name)) {
        qWarning("Roundtable: a page named %s is already in the window", qPrintable(name));
        return -1;
    }
    page->setObjectName(name);
    const int count = m_ui->sidebarListWidget->count();
    const int index = position < 0 || position > count ? count : position;
    auto *item = new QListWidgetItem(icon, title);
    item->setData(ItemRole::PageName, name);
    item->setSizeHint(QSize(0, 34));
    m_ui->sidebarListWidget->insertItem(index, item);
    m_ui->pagesStackedWidget->insertWidget(index, page);
    m_pages.insert(name, page);

    auto *action = new QAction(title, this);
    action->setObjectName(name + QStringLiteral("Action"));
    action->setData(name);
    connect(action, &QAction::triggered, this, [this, name] { showPage(name); });
    m_ui->viewMenu->addAction(action);
    // Ctrl+1, Ctrl+2, ... follow the order in the sidebar.
    const QList<QAction *> actions = m_ui->viewMenu->actions();
    for (int row = 0; row < m_ui->sidebarListWidget->count(); ++row) {
        const QString rowName = m_ui->sidebarListWidget->item(row)->data(ItemRole::PageName).toString();
        for (QAction *a : actions) {
            if (a->data().toString() == rowName && !rowName.isEmpty())
                a->setShortcut(row < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)) : QKeySequence());
        }
    }
    letterPageActions();
    if (m_ui->sidebarListWidget->currentRow() < 0)
        m_ui->sidebarListWidget->setCurrentRow(0);
    else
        m_ui->pagesStackedWidget->setCurrentIndex(m_ui->sidebarListWidget->currentRow());
    return index;
}

QWidget *MainWindow::page(const QString &name) const
{
    return m_pages.value(name);
}

ListPage *MainWindow::listPage(const QString &name) const
{
    return qobject_cast<ListPage *>(m_pages.value(name));
}

ListPage *MainWindow::listPage(RecordKind recordKind) const
{
    return listPage(kind(recordKind).pageName);
}

SearchWidget *MainWindow::searchWidget() const
{
    return qobject_cast<SearchWidget *>(page(QLatin1String(SearchPage::PageName)));
}

QMenu *MainWindow::menu(Menu menu) const
{
    switch (menu) {
    case Menu::File:
        return m_ui->fileMenu;
    case Menu::Edit:
        return m_ui->editMenu;
    case Menu::View:
        return m_ui->viewMenu;
    case Menu::Help:
        return m_ui->helpMenu;
    }
    return nullptr;
}

QMenu *MainWindow::addMenu(const QString &title, const QString &objectName)
{
    auto *added = new QMenu(title, this);
    added->setObjectName(objectName);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), added);
    return added;
}

QAction *MainWindow::filterAction() const
{
    return m_ui->findAction;
}

void MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_ui->sidebarListWidget->count(); ++row) {
        if (m_ui->sidebarListWidget->item(row)->data(ItemRole::PageName).toString() == name)
            m_ui->sidebarListWidget->setCurrentRow(row);
    }
}

QString MainWindow::currentPageName() const
{
    const QListWidgetItem *item = m_ui->sidebarListWidget->currentItem();
    return item ? item->data(ItemRole::PageName).toString() : QString();
}

// --- preview -----------------------------------------------------------------------------

QAction *MainWindow::previewAction() const
{
    return m_previewAction;
}

void MainWindow::addPreview(PreviewPane *pane)
{
    m_previews.removeAll(nullptr);
    m_previews.append(pane);
    pane->setVisible(m_previewAction->isChecked());
    pane->setDatabase(m_database.get());
    connect(pane, &PreviewPane::recordRequested, this, &MainWindow::openLink);
    connect(this, &MainWindow::recordsChanged, pane, &PreviewPane::reload);
}

PreviewPane *MainWindow::previewPane(RecordKind recordKind) const
{
    ListPage *page = listPage(recordKind);
    return page ? qobject_cast<PreviewPane *>(page->preview()) : nullptr;
}

void MainWindow::openLink(RecordCard::Kind kind, qint64 id)
{
    switch (kind) {
    case RecordCard::Kind::Dialogue:
        openRecord(RecordKind::Dialogue, id);
        break;
    case RecordCard::Kind::Person:
        openRecord(RecordKind::Person, id);
        break;
    case RecordCard::Kind::Organization:
        openRecord(RecordKind::Organization, id);
        break;
    case RecordCard::Kind::Contact:
        openRecord(RecordKind::Contact, id);
        break;
    case RecordCard::Kind::PressRelease:
        emit pressReleaseRequested(id);
        break;
    }
}

// --- archive -----------------------------------------------------------------------------

QString MainWindow::archivePath() const
{
    return m_database ? m_database->path() : QString();
}

bool MainWindow::openArchive(const QString &path)
{
    auto database = std::make_unique<Database>();
    // A large archive is listed at once: the integrity check and then the automatic backup
    // run in the background (ArchiveGuard), and writes wait for the check's verdict. Only
    // an archive about to be upgraded is backed up first.
    ArchiveGuard::beforeOpening(this, path);
    QString error;
    if (!database->open(path, Database::Mode::ReadWrite, &error, Database::Check::InBackground)) {
        // A damaged archive with a sound backup: offer it (the damaged file is kept aside).
        const ArchiveGuard::Offer offer = ArchiveGuard::offerRestore(this, path, error);
        if (offer == ArchiveGuard::Offer::Declined)
            return false;
        if (offer == ArchiveGuard::Offer::NotOffered
            || !database->open(path, Database::Mode::ReadWrite, &error)) {
            MessageBox::warning(this, tr("Cannot open archive"), error);
            return false;
        }
    }
    if (m_archive) {
        if (!m_editors->maybeSaveAll())
            return false;
        m_editors->deleteAll();
        emit archiveClosing();
    }
    for (const Kind &kind : std::as_const(m_kinds))
        kind.load(nullptr);
    for (PreviewPane *pane : std::as_const(m_previews)) {
        if (pane)
            pane->setDatabase(nullptr);
    }
    m_queries.reset();
    m_archive.reset();
    m_database = std::move(database);
    for (PreviewPane *pane : std::as_const(m_previews)) {
        if (pane)
            pane->setDatabase(m_database.get());
    }
    m_archive = std::make_unique<Archive>(*m_database);
    m_queries = std::make_unique<ListQueries>(*m_database);
    setWindowFilePath(path);
    // A server archive is named by its address (which never holds a password).
    setWindowTitle(
        tr("%1 — Roundtable").arg(Database::isServerAddress(path) ? path : QFileInfo(path).fileName()));
    m_staleLists.clear();
    for (const Kind &kind : std::as_const(m_kinds))
        m_staleLists.insert(kind.pageName);
    loadList(DialoguesPage); // other parts of the program follow the selected dialogue
    if (listPage(currentPageName()))
        loadList(currentPageName());
    updateActions();
    updateCounts();
    emit archiveOpened(m_archive.get());
    return true;
}

void MainWindow::about()
{
    MessageBox::ask(this, QMessageBox::Information, tr("About Roundtable"),
        tr("<h3>Roundtable %1</h3><p>Keeps the record of every dialogue a centre holds: who spoke, in what "
           "capacity and what they said; prints press releases from it and searches it years later.</p>"
           "<p>Archive: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                QDir::toNativeSeparators(archivePath()).toHtmlEscaped()),
        QMessageBox::Ok, QMessageBox::Ok);
}

// --- lists -------------------------------------------------------------------------------

bool MainWindow::isListLoaded(const QString &name) const
{
    return m_queries && !m_staleLists.contains(name);
}

void MainWindow::loadList(const QString &name)
{
    if (!m_queries)
        return;
    m_staleLists.remove(name);
    if (const Kind *kind = kindOfPage(name))
        kind->load(m_queries.get());
}

void MainWindow::checkOpenEditors()
{
    for (EditorDialog *editor : m_editors->all())
        editor->checkStored();
}

void MainWindow::refresh()
{
    // Keep the selection on the same records across the reload.
    QHash<QString, QList<qint64>> selected;
    QHash<QString, qint64> current;
    QList<const Kind *> loaded;
    for (const Kind &kind : std::as_const(m_kinds)) {
        const QString &name = kind.pageName;
        if (!isListLoaded(name))
            continue;
        // The dialogue list is kept current for the parts of the program that follow it;
        // the others are read again when they are next shown.
        if (name != DialoguesPage && name != currentPageName()) {
            m_staleLists.insert(name);
            continue;
        }
        loaded << &kind;
        ListPage *page = listPage(name);
        for (const QModelIndex &index : page->selectedRows())
            selected[name].append(index.data(ItemRole::Id).toLongLong());
        current.insert(name, page->currentIndex().data(ItemRole::Id).toLongLong());
    }
    for (const Kind *kind : std::as_const(loaded))
        loadList(kind->pageName);
    for (const Kind *kind : std::as_const(loaded)) {
        ListPage *page = listPage(kind->pageName);
        QAbstractItemModel *model = page->view()->model();
        const qint64 currentId = current.value(kind->pageName);
        const QList<qint64> ids = selected.value(kind->pageName);
        if (ids.isEmpty() && !currentId)
            continue;
        QItemSelection selection;
        for (qint64 id : ids) {
            const int row = kind->rowOfId(id);
            if (row >= 0)
                selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
        }
        const int currentRow = currentId ? kind->rowOfId(currentId) : -1;
        const QModelIndex currentIndex = currentRow >= 0 ? model->index(currentRow, 0) : QModelIndex();
        if (currentIndex.isValid())
            page->view()->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (currentIndex.isValid())
            page->view()->scrollTo(currentIndex);
    }
    for (EditorDialog *editor : m_editors->all()) {
        if (auto *dialogue = qobject_cast<DialogueEditor *>(editor))
            dialogue->refreshLookups();
        // What an organisation did changes when a dialogue is saved here or elsewhere.
        else if (auto *organisation = qobject_cast<OrganizationEditor *>(editor))
            organisation->activity()->load(organisation->record().id);
    }
    updateCounts();
    updateActions();
    emit recordsChanged();
}

void MainWindow::updateCounts()
{
    if (!m_archive) {
        m_countsLabel->setText(tr("No archive open"));
        m_pageCountLabel->clear();
        return;
    }
    const Archive::Counts c = m_archive->counts();
    const QLocale locale;
    // One plural form each: Qt's %n needs a translation to drop the "(s)", so choose here.
    auto count = [&locale](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(locale.toString(n));
    };
    m_countsLabel->setText(QStringList { count(c.dialogues, tr("1 dialogue"), tr("%1 dialogues")),
        count(c.speeches, tr("1 speech"), tr("%1 speeches")),
        count(c.people, tr("1 person"), tr("%1 people")),
        count(c.organizations, tr("1 organisation"), tr("%1 organisations")),
        count(c.contacts, tr("1 contact"), tr("%1 contacts")) }
                               .join(QStringLiteral(" · ")));
    const QString name = currentPageName();
    ListPage *page = listPage(name);
    if (!page) {
        m_pageCountLabel->clear();
        return;
    }
    const qint64 shown = page->view()->model()->rowCount();
    const qint64 total = c.*kindOfPage(name)->total;
    m_pageCountLabel->setText(shown == total
            ? (total == 1 ? tr("1 record") : tr("%1 records").arg(locale.toString(total)))
            : tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

bool MainWindow::isArchiveWritable() const
{
    return m_database && m_archive && !m_database->isReadOnly();
}

void MainWindow::updateActions()
{
    const bool open = m_archive != nullptr;
    const bool writable = isArchiveWritable();
    ListPage *page = listPage(currentPageName());
    m_ui->newRecordAction->setEnabled(writable && page);
    m_ui->findAction->setEnabled(page != nullptr);
    const bool selection = open && page && !page->selectedRows().isEmpty();
    m_ui->deleteRecordAction->setEnabled(writable && selection);
    m_ui->openRecordAction->setEnabled(open && page && page->currentIndex().isValid());
    if (QAction *merge = findChild<QAction *>(QStringLiteral("mergePeopleAction")))
        merge->setEnabled(writable); // it says what to select when nothing is
    for (int i = 0; i < m_ui->pagesStackedWidget->count(); ++i) {
        QWidget *widget = m_ui->pagesStackedWidget->widget(i);
        auto *list = qobject_cast<ListPage *>(widget);
        widget->setEnabled(open || !list);
        if (list)
            list->setWritable(writable);
    }
}

qint64 MainWindow::currentDialogueId() const
{
    const ListPage *page = listPage(DialoguesPage);
    return page->currentIndex().isValid() ? m_dialogueModel->idAt(page->currentIndex().row()) : 0;
}

void MainWindow::recordActivated(const Kind &kind, const QModelIndex &index)
{
    const qint64 id = index.data(ItemRole::Id).toLongLong();
    if (id)
        openRecord(kind.kind, id);
}

void MainWindow::openCurrentRecord()
{
    const QString name = currentPageName();
    const Kind *kind = kindOfPage(name);
    if (ListPage *page = listPage(name); page && kind)
        recordActivated(*kind, page->currentIndex());
}

void MainWindow::newRecord()
{
    const Kind *kind = kindOfPage(currentPageName());
    openRecord(kind ? kind->kind : RecordKind::Dialogue, 0);
}

// --- editors -----------------------------------------------------------------------------

QList<EditorDialog *> MainWindow::editors() const
{
    return m_editors->all();
}

EditorDialog *MainWindow::openRecord(RecordKind recordKind, qint64 id)
{
    if (!m_archive)
        return nullptr;
    const Kind &kind = this->kind(recordKind);
    bool gone = false;
    EditorDialog *editor = m_editors->open(id ? editorKey(kind, id) : QString(), [&kind, id, &gone] {
        EditorDialog *made = kind.makeEditor(id);
        gone = !made;
        return made;
    });
    if (gone)
        refresh(); // the record was deleted meanwhile: the list should not offer it
    return editor;
}

void MainWindow::editorOpened(EditorDialog *editor)
{
    connect(editor, &EditorDialog::saved, this, &MainWindow::refresh);
    if (auto *person = qobject_cast<PersonEditor *>(editor)) {
        connect(person, &PersonEditor::openDialogueRequested, this, [this](qint64 id) { openDialogue(id); });
        connect(person, &PersonEditor::existingPersonChosen, this,
            [this](qint64 id) { openRecord(RecordKind::Person, id); });
    }
    if (auto *organization = qobject_cast<OrganizationEditor *>(editor)) {
        connect(organization, &OrganizationEditor::openDialogueRequested, this,
            [this](qint64 id) { openDialogue(id); });
        connect(organization, &OrganizationEditor::openPersonRequested, this,
            [this](qint64 id) { openRecord(RecordKind::Person, id); });
    }
    if (auto *dialogue = qobject_cast<DialogueEditor *>(editor)) {
        connect(dialogue, &DialogueEditor::pressReleaseRequested, this,
            &MainWindow::dialoguePressReleaseRequested);
        connect(dialogue, &DialogueEditor::nestedEditorOpened, this, [this](QWidget *w) {
            if (auto *nested = qobject_cast<EditorDialog *>(w))
                m_editors->adopt(nested);
        });
    }
}

// --- deleting ----------------------------------------------------------------------------

bool MainWindow::deletePerson(qint64 id)
{
    const auto person = m_archive->person(id);
    if (!person)
        return false;
    QString error;
    if (m_archive->speechCount(id) > 0) {
        m_archive->removePerson(id, &error); // refuses, and says why in the archive's words
        const auto answer
            = MessageBox::ask(this, QMessageBox::Warning, tr("Cannot delete %1").arg(person->fullName()),
                tr("%1.\n\nMerge %2 into another person?").arg(error, person->fullName()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                { { QMessageBox::Yes, tr("&Merge…") } });
        if (answer != QMessageBox::Yes)
            return false;
        return mergePeople(id);
    } else {
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Delete Person"),
            tr("Delete %1 from the archive?").arg(person->fullName()), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel, { { QMessageBox::Yes, tr("&Delete") } });
        if (answer != QMessageBox::Yes)
            return false;
        if (!m_archive->removePerson(id, &error, person->version)) {
            MessageBox::warning(this, tr("Cannot delete"), error);
            return false;
        }
    }
    m_editors->discard(editorKey(kind(RecordKind::Person), id));
    return true;
}

bool MainWindow::mergePeople(qint64 mergedId, qint64 keptId)
{
    if (!m_archive)
        return false;
    if (!mergedId) {
        // The person selected in the people list, and a second one if two are selected.
        ListPage *people = listPage(RecordKind::Person);
        const QModelIndexList selected = people->selectedRows();
        if (!selected.isEmpty()) {
            mergedId = selected.first().data(ItemRole::Id).toLongLong();
            if (selected.size() == 2)
                keptId = selected.at(1).data(ItemRole::Id).toLongLong();
        } else if (people->currentIndex().isValid()) {
            mergedId = people->currentIndex().data(ItemRole::Id).toLongLong();
        }
    }
    std::optional<Person> merged = mergedId ? m_archive->person(mergedId) : std::nullopt;
    if (!merged) {
        MessageBox::information(this, tr("Merge People"),
            tr("Select the person to merge in the People list first, then choose who they are the same as."));
        showPage(PeoplePage);
        return false;
    }
    const MergePeopleDialog::Choice choice
        = MergePeopleDialog::choose(*m_archive, *m_queries, *merged, keptId, this);
    if (choice.kept <= 0 || choice.kept == choice.merged)
        return false;
    const std::optional<Person> shown = merged;
    merged = m_archive->person(choice.merged);
    const auto kept = m_archive->person(choice.kept);
    if (!merged || !kept) {
        MessageBox::warning(
            this, tr("Cannot merge"), tr("One of the two people was deleted by someone else meanwhile."));
        return false;
    }
    // Someone else saved the person the merge began with while the user was choosing: the
    // question below names both as stored now, and the merge refuses any later change.
    for (const Person &now : { *merged, *kept }) {
        if (now.id == shown->id && now.version != shown->version) {
            MessageBox::warning(this, tr("Cannot merge"),
                tr("%1 was changed by someone else while you were choosing (now version %2). Look at the "
                   "person again, then merge.")
                    .arg(now.fullName())
                    .arg(now.version));
            refresh();
            return false;
        }
    }
    const int speeches = int(m_archive->speechCount(merged->id));
    // One plural form each (see updateCounts).
    const QString question = speeches == 0
        ? tr("%1 has no speeches. Remove %1 and keep %2?").arg(merged->fullName(), kept->fullName())
        : speeches == 1
        ? tr("Move 1 speech of %1 to %2, and remove %1?").arg(merged->fullName(), kept->fullName())
        : tr("Move %1 speeches of %2 to %3, and remove %2?")
              .arg(QLocale().toString(speeches), merged->fullName(), kept->fullName());
    if (MessageBox::ask(this, QMessageBox::Question, tr("Merge People"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            { { QMessageBox::Yes, tr("&Merge") } })
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_archive->mergePeople(kept->id, merged->id, &error, kept->version, merged->version)) {
        MessageBox::warning(this, tr("Cannot merge"), error);
        return false;
    }
    m_editors->discard(editorKey(kind(RecordKind::Person), merged->id));
    refresh();
    return true;
}

void MainWindow::deleteSelected()
{
    const QString name = currentPageName();
    ListPage *page = listPage(name);
    const Kind *kind = kindOfPage(name);
    if (!m_archive || !page || !kind)
        return;
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex &index : page->selectedRows()) {
        ids.append(index.data(ItemRole::Id).toLongLong());
        names.append(page->view()->model()->index(index.row(), kind->nameColumn).data().toString());
    }
    if (ids.isEmpty())
        return;
    // The versions the question is about: a record saved by someone else before the answer is
    // not deleted (Archive's removes refuse it), so nobody deletes what they were not shown.
    QList<qint64> versions;
    for (const qint64 id : std::as_const(ids))
        versions.append(m_archive->storedVersion(kind->editorKey, id));
    if (!kind->remove) { // people: each one is asked about, and perhaps merged
        bool changed = false;
        for (qint64 id : std::as_const(ids))
            changed = deletePerson(id) || changed;
        if (changed)
            refresh();
        return;
    }
    const QString what
        = ids.size() == 1 ? tr("“%1”").arg(names.first()) : tr("these %n records", nullptr, int(ids.size()));
    const QString question = kind->kind == RecordKind::Dialogue ? dialogueDeleteQuestion(ids, what)
                                                                : kind->deleteQuestion.arg(what);
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            { { QMessageBox::Yes, tr("&Delete") } })
        != QMessageBox::Yes)
        return;
    QStringList problems;
    for (int i = 0; i < ids.size(); ++i) {
        QString error;
        if (versions.at(i) == 0)
            problems.append(tr("%1: already deleted by someone else").arg(names.at(i)));
        else if (!kind->remove(ids.at(i), versions.at(i), &error))
            problems.append(tr("%1: %2").arg(names.at(i), error));
        else
            m_editors->discard(editorKey(*kind, ids.at(i)));
    }
    refresh();
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Not deleted"), problems.join(QLatin1Char('\n')));
}

QString MainWindow::dialogueDeleteQuestion(const QList<qint64> &ids, const QString &what)
{
    // Everything that goes with the dialogues, named and counted, so nobody deletes a
    // published release without being told.
    Archive::DialogueParts total;
    for (const qint64 id : ids) {
        const Archive::DialogueParts parts = m_archive->dialogueParts(id);
        total.speeches += parts.speeches;
        total.topics += parts.topics;
        total.draftReleases += parts.draftReleases;
        total.approvedReleases += parts.approvedReleases;
        total.publishedReleases += parts.publishedReleases;
    }
    QStringList goes;
    if (total.speeches > 0)
        goes.append(tr("%n speech(es)", nullptr, int(total.speeches)));
    if (total.topics > 0)
        goes.append(tr("%n topic(s)", nullptr, int(total.topics)));
    if (total.publishedReleases > 0)
        goes.append(tr("%n published press release(s)", nullptr, int(total.publishedReleases)));
    if (total.approvedReleases > 0)
        goes.append(tr("%n approved press release(s)", nullptr, int(total.approvedReleases)));
    if (total.draftReleases > 0)
        goes.append(tr("%n draft press release(s)", nullptr, int(total.draftReleases)));
    QString question = goes.isEmpty()
        ? tr("Delete %1? This cannot be undone.").arg(what)
        : tr("Delete %1 with %2? This cannot be undone.").arg(what, QLocale().createSeparatedList(goes));
    if (total.publishedReleases > 0)
        question += QLatin1String("\n\n")
            + tr("A published release is a public record: export it first if the centre must keep a copy.");
    return question;
}

// --- closing -----------------------------------------------------------------------------

void MainWindow::saveSettings()
{
    Settings::setLayout(Settings::Layout::MainWindowGeometry, saveGeometry());
    Settings::setLayout(Settings::Layout::MainWindowState, saveState());
    Settings::setLayout(Settings::Layout::MainWindowSplitter, m_ui->mainSplitter->saveState());
    for (const Kind &kind : std::as_const(m_kinds))
        listPage(kind.pageName)->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editors->maybeSaveAll()) {
        event->ignore();
        return;
    }
    m_editors->closeAll();
    saveSettings();
    if (m_archive)
        emit archiveClosing();
    event->accept();
}

} // namespace rt::app
