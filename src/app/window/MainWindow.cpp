#include "app/window/MainWindow.h"

#include "app/editors/ContactEditor.h"
#include "app/editors/DialogueEditor.h"
#include "app/editors/MergePeopleDialog.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/PersonEditor.h"
#include "app/lists/ContactTableModel.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/lists/OrganizationTableModel.h"
#include "app/lists/PersonTableModel.h"
#include "app/preferences/PreferencesDialog.h"
#include "app/press/PressReleasePage.h"
#include "app/search/SearchWidget.h"
#include "app/window/ArchiveGuard.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "core/safety/Maintenance.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace rt::app {

namespace {

constexpr int PageNameRole = Qt::UserRole;
constexpr int MaxRecent = 8;

const QString DialoguesPage = QStringLiteral("dialoguesPage");
const QString PeoplePage = QStringLiteral("peoplePage");
const QString OrganizationsPage = QStringLiteral("organizationsPage");
const QString ContactsPage = QStringLiteral("contactsPage");

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(Qt::UserRole);
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
{
    m_ui->setupUi(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
    statusBar()->addWidget(m_pageCountLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 170, 1000 });

    setUpActions();
    setUpPages();
    new ArchiveGuard(this); // backups, restore, changes made elsewhere, second windows
    PressReleasePage::install(this);

    // Search: a page of its own, reached from anywhere with Ctrl+F; filtering the
    // current list moves to Ctrl+Shift+F.
    m_searchWidget = new SearchWidget;
    addPage(QStringLiteral("searchPage"), tr("Search"), themeIcon("system-search"), m_searchWidget);
    auto *searchAction = new QAction(themeIcon("system-search"), tr("&Search Dialogues…"), this);
    searchAction->setObjectName(QStringLiteral("searchAction"));
    searchAction->setShortcut(QKeySequence::Find);
    m_ui->findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->editMenu->insertAction(m_ui->findAction, searchAction);
    addAction(searchAction);
    connect(searchAction, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("searchPage"));
        m_searchWidget->focusQuery();
    });
    connect(m_searchWidget, &SearchWidget::dialogueActivated, this, [this](qint64 id) { openDialogue(id); });
    connect(this, &MainWindow::archiveOpened, this,
        [this] { m_searchWidget->setArchive(archivePath(), m_database.get()); });
    connect(this, &MainWindow::archiveClosing, m_searchWidget, &SearchWidget::closeArchive);
    connect(this, &MainWindow::recordsChanged, m_searchWidget, &SearchWidget::searchAgain);

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
        if (auto *editor = now ? qobject_cast<EditorDialog *>(now->window()) : nullptr)
            m_undoGroup->setActiveStack(editor->undoStack());
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    m_ui->showSidebarAction->setChecked(m_ui->sidebarListWidget->isVisibleTo(this) || splitter.isEmpty());
    updateRecentMenu();
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow()
{
    // Editors are top-level windows holding references to the archive: close them first.
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor)
            delete editor.data();
    }
    m_queries.reset();
    m_archive.reset();
}

// --- set-up ------------------------------------------------------------------------------

void MainWindow::setUpActions()
{
    m_ui->newArchiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->openArchiveAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->newRecordAction->setShortcut(QKeySequence::New);
    m_ui->deleteRecordAction->setShortcut(QKeySequence::Delete);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->showSidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->newRecordAction->setIcon(themeIcon("document-new"));
    m_ui->openArchiveAction->setIcon(themeIcon("document-open"));
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

    connect(m_ui->newArchiveAction, &QAction::triggered, this, &MainWindow::newArchive);
    connect(m_ui->openArchiveAction, &QAction::triggered, this, &MainWindow::chooseArchive);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportFile);
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::backup);
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
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpPages()
{
    struct Spec
    {
        QString name;
        QString title;
        QString placeholder;
        const char *icon;
        QAbstractItemModel *model;
        int sortColumn;
        Qt::SortOrder sortOrder;
        int stretchColumn; // takes the width the others leave
        QList<int> widths; // default widths of the columns, in order (0: leave alone)
    };
    const Spec specs[] = {
        { DialoguesPage, tr("Dialogues"), tr("Filter by title, series, city, country or date"),
            "x-office-calendar", m_dialogueModel, DialogueTableModel::StartDateColumn, Qt::DescendingOrder,
            DialogueTableModel::TitleColumn, { 100, 0, 260, 110, 80, 80 } },
        { PeoplePage, tr("People"), tr("Filter by name or name in own script"), "system-users", m_personProxy,
            PersonTableModel::NameColumn, Qt::AscendingOrder, PersonTableModel::LastOrganizationColumn,
            { 220, 150, 240, 0, 100, 80 } },
        { OrganizationsPage, tr("Organisations"), tr("Filter by name, short name or country"),
            "network-workgroup", m_organizationProxy, OrganizationTableModel::NameColumn, Qt::AscendingOrder,
            OrganizationTableModel::NameColumn, { 0, 130, 130, 80, 90 } },
        { ContactsPage, tr("Contacts"), tr("Filter by label, organisation, phone or e-mail"),
            "x-office-address-book", m_contactProxy, ContactTableModel::LabelColumn, Qt::AscendingOrder,
            ContactTableModel::EmailsColumn, { 160, 130, 220, 0, 220 } },
    };
    for (const Spec &spec : specs) {
        auto *page = new ListPage(spec.title, spec.placeholder);
        page->setModel(spec.model);
        addPage(spec.name, spec.title, themeIcon(spec.icon), page);
        QHeaderView *header = page->view()->horizontalHeader();
        header->setStretchLastSection(false);
        for (int column = 0; column < spec.widths.size(); ++column) {
            if (spec.widths.at(column) > 0)
                header->resizeSection(column, spec.widths.at(column));
        }
        header->setSectionResizeMode(spec.stretchColumn, QHeaderView::Stretch);
        page->view()->sortByColumn(spec.sortColumn, spec.sortOrder);
        page->restoreState(); // what the user chose last time wins
        const QString name = spec.name;
        connect(page, &ListPage::activated, this,
            [this, name](const QModelIndex &index) { recordActivated(name, index); });
        connect(page, &ListPage::newRequested, this, &MainWindow::newRecord);
        connect(page, &ListPage::deleteRequested, this, &MainWindow::deleteSelected);
        connect(page->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    }
    ListPage *dialogues = listPage(DialoguesPage);
    connect(dialogues, &ListPage::filterChanged, m_dialogueModel, &DialogueTableModel::setFilter);
    connect(dialogues->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentDialogueChanged(currentDialogueId()); });
    m_personProxy->setFilterKeyColumn(PersonTableModel::NameColumn);
    m_personProxy->setFilterRole(PersonTableModel::FilterRole);
    connect(listPage(PeoplePage), &ListPage::filterChanged, m_personProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(listPage(OrganizationsPage), &ListPage::filterChanged, m_organizationProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(listPage(ContactsPage), &ListPage::filterChanged, m_contactProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_dialogueModel),
             static_cast<QAbstractItemModel *>(m_personProxy),
             static_cast<QAbstractItemModel *>(m_organizationProxy),
             static_cast<QAbstractItemModel *>(m_contactProxy) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
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
    item->setData(PageNameRole, name);
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
        const QString rowName = m_ui->sidebarListWidget->item(row)->data(PageNameRole).toString();
        for (QAction *a : actions) {
            if (a->data().toString() == rowName && !rowName.isEmpty())
                a->setShortcut(row < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)) : QKeySequence());
        }
    }
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

void MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_ui->sidebarListWidget->count(); ++row) {
        if (m_ui->sidebarListWidget->item(row)->data(PageNameRole).toString() == name)
            m_ui->sidebarListWidget->setCurrentRow(row);
    }
}

QString MainWindow::currentPageName() const
{
    const QListWidgetItem *item = m_ui->sidebarListWidget->currentItem();
    return item ? item->data(PageNameRole).toString() : QString();
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
        for (const auto &editor : std::as_const(m_editors)) {
            if (editor && !editor->maybeSave())
                return false;
        }
        for (const auto &editor : std::as_const(m_editors)) {
            if (editor)
                delete editor.data();
        }
        m_editors.clear();
        emit archiveClosing();
    }
    m_dialogueModel->setQueries(nullptr);
    m_personModel->setQueries(nullptr);
    m_organizationModel->setQueries(nullptr);
    m_contactModel->setQueries(nullptr);
    m_queries.reset();
    m_archive.reset();
    m_database = std::move(database);
    m_archive = std::make_unique<Archive>(*m_database);
    m_queries = std::make_unique<ListQueries>(*m_database);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Roundtable").arg(QFileInfo(path).fileName()));
    m_staleLists = { DialoguesPage, PeoplePage, OrganizationsPage, ContactsPage };
    loadList(DialoguesPage); // other parts of the program follow the selected dialogue
    if (listPage(currentPageName()))
        loadList(currentPageName());
    rememberArchive(path);
    updateActions();
    updateCounts();
    emit archiveOpened(m_archive.get());
    return true;
}

void MainWindow::rememberArchive(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    settings.setValue(QStringLiteral("archive/last"), absolute);
    QStringList recent = settings.value(QStringLiteral("archive/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("archive/recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("archive/recent")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_ui->recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openArchive(path); });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newArchive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Archive"),
        QFileInfo(archivePath()).absolutePath(), tr("Roundtable archives (*.roundtable);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Archive"),
            tr("%1 already exists. Choose Open Archive to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openArchive(path);
}

void MainWindow::chooseArchive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Archive"),
        QFileInfo(archivePath()).absolutePath(), tr("Roundtable archives (*.roundtable);;All files (*)"));
    if (!path.isEmpty())
        openArchive(path);
}

void MainWindow::importFile()
{
    if (!m_archive)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Roundtable JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Interchange::Report report;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Interchange::importFile(*m_archive, path, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(this, tr("Import failed"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    refresh();
    MessageBox::information(this, tr("Import"),
        tr("%1 added, %2 updated, %3 unchanged.")
            .arg(report.added)
            .arg(report.updated)
            .arg(report.unchanged));
}

void MainWindow::exportFile()
{
    if (!m_archive)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
        QFileInfo(archivePath()).completeBaseName() + QStringLiteral(".json"),
        tr("Roundtable JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!Interchange::exportFile(*m_archive, path, &error))
        MessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::backup()
{
    if (!m_archive)
        return;
    const QString suggested = QFileInfo(archivePath()).completeBaseName() + QStringLiteral("-")
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".roundtable");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up"), suggested, tr("Roundtable archives (*.roundtable)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Maintenance::backup(archivePath(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        MessageBox::warning(this, tr("Backup failed"), error);
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
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
    if (name == DialoguesPage)
        m_dialogueModel->setQueries(m_queries.get());
    else if (name == PeoplePage)
        m_personModel->setQueries(m_queries.get());
    else if (name == OrganizationsPage)
        m_organizationModel->setQueries(m_queries.get());
    else if (name == ContactsPage)
        m_contactModel->setQueries(m_queries.get());
}

void MainWindow::refresh()
{
    // Keep the selection on the same records across the reload.
    QHash<QString, QList<qint64>> selected;
    QHash<QString, qint64> current;
    QStringList loaded;
    for (const QString &name : { DialoguesPage, PeoplePage, OrganizationsPage, ContactsPage }) {
        if (!isListLoaded(name))
            continue;
        // The dialogue list is kept current for the parts of the program that follow it;
        // the others are read again when they are next shown.
        if (name != DialoguesPage && name != currentPageName()) {
            m_staleLists.insert(name);
            continue;
        }
        loaded << name;
        ListPage *page = listPage(name);
        for (const QModelIndex &index : page->selectedRows())
            selected[name].append(index.data(DialogueTableModel::IdRole).toLongLong());
        current.insert(name, page->currentIndex().data(DialogueTableModel::IdRole).toLongLong());
    }
    for (const QString &name : std::as_const(loaded))
        loadList(name);
    for (const QString &name : std::as_const(loaded)) {
        ListPage *page = listPage(name);
        QAbstractItemModel *model = page->view()->model();
        const qint64 currentId = current.value(name);
        const QList<qint64> ids = selected.value(name);
        if (ids.isEmpty() && !currentId)
            continue;
        QItemSelection selection;
        QModelIndex currentIndex;
        if (name == DialoguesPage) {
            for (qint64 id : ids) {
                const int row = m_dialogueModel->rowOfId(id);
                if (row >= 0)
                    selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
            }
            const int row = m_dialogueModel->rowOfId(currentId);
            if (row >= 0)
                currentIndex = model->index(row, 0);
        } else {
            for (int row = 0; row < model->rowCount(); ++row) {
                const qint64 id = model->index(row, 0).data(DialogueTableModel::IdRole).toLongLong();
                if (ids.contains(id))
                    selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
                if (id == currentId)
                    currentIndex = model->index(row, 0);
            }
        }
        if (currentIndex.isValid())
            page->view()->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        page->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (currentIndex.isValid())
            page->view()->scrollTo(currentIndex);
    }
    for (const auto &editor : std::as_const(m_editors)) {
        if (auto *dialogue = qobject_cast<DialogueEditor *>(editor.data()))
            dialogue->refreshLookups();
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
    qint64 total = 0;
    if (name == DialoguesPage)
        total = c.dialogues;
    else if (name == PeoplePage)
        total = c.people;
    else if (name == OrganizationsPage)
        total = c.organizations;
    else
        total = c.contacts;
    m_pageCountLabel->setText(shown == total
            ? (total == 1 ? tr("1 record") : tr("%1 records").arg(locale.toString(total)))
            : tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updateActions()
{
    const bool open = m_archive != nullptr;
    ListPage *page = listPage(currentPageName());
    m_ui->importAction->setEnabled(open);
    m_ui->exportAction->setEnabled(open);
    m_ui->backupAction->setEnabled(open);
    m_ui->newRecordAction->setEnabled(open && page);
    m_ui->findAction->setEnabled(page != nullptr);
    const bool selection = open && page && !page->selectedRows().isEmpty();
    m_ui->deleteRecordAction->setEnabled(selection);
    m_ui->openRecordAction->setEnabled(open && page && page->currentIndex().isValid());
    for (int i = 0; i < m_ui->pagesStackedWidget->count(); ++i)
        m_ui->pagesStackedWidget->widget(i)->setEnabled(
            open || !qobject_cast<ListPage *>(m_ui->pagesStackedWidget->widget(i)));
}

qint64 MainWindow::currentDialogueId() const
{
    const ListPage *page = listPage(DialoguesPage);
    return page->currentIndex().isValid() ? m_dialogueModel->idAt(page->currentIndex().row()) : 0;
}

void MainWindow::recordActivated(const QString &pageName, const QModelIndex &index)
{
    const qint64 id = index.data(DialogueTableModel::IdRole).toLongLong();
    if (!id)
        return;
    if (pageName == DialoguesPage)
        openDialogue(id);
    else if (pageName == PeoplePage)
        openPerson(id);
    else if (pageName == OrganizationsPage)
        openOrganization(id);
    else if (pageName == ContactsPage)
        openContact(id);
}

void MainWindow::openCurrentRecord()
{
    const QString name = currentPageName();
    if (ListPage *page = listPage(name))
        recordActivated(name, page->currentIndex());
}

void MainWindow::newRecord()
{
    const QString name = currentPageName();
    if (name == PeoplePage)
        openPerson(0);
    else if (name == OrganizationsPage)
        openOrganization(0);
    else if (name == ContactsPage)
        openContact(0);
    else
        openDialogue(0);
}

// --- editors -----------------------------------------------------------------------------

EditorDialog *MainWindow::findEditor(const QString &key) const
{
    for (const auto &editor : m_editors) {
        if (editor && editor->recordKey() == key)
            return editor;
    }
    return nullptr;
}

QList<EditorDialog *> MainWindow::editors() const
{
    QList<EditorDialog *> result;
    for (const auto &editor : m_editors) {
        if (editor)
            result.append(editor);
    }
    return result;
}

EditorDialog *MainWindow::showEditor(EditorDialog *editor)
{
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    m_undoGroup->addStack(editor->undoStack());
    m_undoGroup->setActiveStack(editor->undoStack());
    connect(editor, &EditorDialog::saved, this, &MainWindow::refresh);
    if (auto *person = qobject_cast<PersonEditor *>(editor))
        connect(person, &PersonEditor::openDialogueRequested, this, [this](qint64 id) { openDialogue(id); });
    if (auto *dialogue = qobject_cast<DialogueEditor *>(editor)) {
        connect(dialogue, &DialogueEditor::personEditorOpened, this, [this](QWidget *w) {
            if (auto *nested = qobject_cast<EditorDialog *>(w)) {
                m_editors.append(nested);
                m_undoGroup->addStack(nested->undoStack());
            }
        });
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

EditorDialog *MainWindow::openDialogue(qint64 id)
{
    if (!m_archive)
        return nullptr;
    if (EditorDialog *open = findEditor(QStringLiteral("dialogue:%1").arg(id)); open && id) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Dialogue dialogue;
    if (id) {
        const auto loaded = m_archive->dialogue(id);
        if (!loaded) {
            MessageBox::warning(this, tr("Cannot open"), tr("This dialogue is no longer in the archive."));
            refresh();
            return nullptr;
        }
        dialogue = *loaded;
    } else {
        dialogue.startDate = QDate::currentDate();
    }
    return showEditor(new DialogueEditor(*m_archive, *m_queries, dialogue, this));
}

EditorDialog *MainWindow::openPerson(qint64 id)
{
    if (!m_archive)
        return nullptr;
    if (EditorDialog *open = findEditor(QStringLiteral("person:%1").arg(id)); open && id) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Person person;
    if (id) {
        const auto loaded = m_archive->person(id);
        if (!loaded) {
            refresh();
            return nullptr;
        }
        person = *loaded;
    }
    return showEditor(new PersonEditor(*m_archive, *m_queries, person, this));
}

EditorDialog *MainWindow::openOrganization(qint64 id)
{
    if (!m_archive)
        return nullptr;
    if (EditorDialog *open = findEditor(QStringLiteral("organization:%1").arg(id)); open && id) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Organization organization;
    if (id) {
        const auto loaded = m_archive->organization(id);
        if (!loaded) {
            refresh();
            return nullptr;
        }
        organization = *loaded;
    }
    return showEditor(new OrganizationEditor(*m_archive, organization, this));
}

EditorDialog *MainWindow::openContact(qint64 id)
{
    if (!m_archive)
        return nullptr;
    if (EditorDialog *open = findEditor(QStringLiteral("contact:%1").arg(id)); open && id) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Contact contact;
    if (id) {
        const auto loaded = m_archive->contact(id);
        if (!loaded) {
            refresh();
            return nullptr;
        }
        contact = *loaded;
    }
    return showEditor(new ContactEditor(*m_archive, contact, this));
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
        const qint64 kept = MergePeopleDialog::choose(*person, m_archive->people(), this);
        if (kept <= 0)
            return false;
        if (!m_archive->mergePeople(kept, id, &error)) {
            MessageBox::warning(this, tr("Cannot merge"), error);
            return false;
        }
    } else {
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Delete Person"),
            tr("Delete %1 from the archive?").arg(person->fullName()), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel, { { QMessageBox::Yes, tr("&Delete") } });
        if (answer != QMessageBox::Yes)
            return false;
        if (!m_archive->removePerson(id, &error)) {
            MessageBox::warning(this, tr("Cannot delete"), error);
            return false;
        }
    }
    if (EditorDialog *open = findEditor(QStringLiteral("person:%1").arg(id))) {
        open->undoStack()->clear();
        open->close();
    }
    return true;
}

void MainWindow::deleteSelected()
{
    const QString name = currentPageName();
    ListPage *page = listPage(name);
    if (!m_archive || !page)
        return;
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex &index : page->selectedRows()) {
        ids.append(index.data(DialogueTableModel::IdRole).toLongLong());
        names.append(
            page->view()->model()->index(index.row(), name == DialoguesPage ? 1 : 0).data().toString());
    }
    if (ids.isEmpty())
        return;
    if (name == PeoplePage) {
        bool changed = false;
        for (qint64 id : std::as_const(ids))
            changed = deletePerson(id) || changed;
        if (changed)
            refresh();
        return;
    }
    const QString what
        = ids.size() == 1 ? tr("“%1”").arg(names.first()) : tr("these %n records", nullptr, int(ids.size()));
    QString question;
    if (name == DialoguesPage)
        question = tr("Delete %1 with its topics and speeches? This cannot be undone.").arg(what);
    else
        question = tr("Delete %1? This cannot be undone.").arg(what);
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            { { QMessageBox::Yes, tr("&Delete") } })
        != QMessageBox::Yes)
        return;
    QStringList problems;
    for (int i = 0; i < ids.size(); ++i) {
        QString error;
        bool ok = false;
        QString key;
        if (name == DialoguesPage) {
            ok = m_archive->removeDialogue(ids.at(i), &error);
            key = QStringLiteral("dialogue:%1").arg(ids.at(i));
        } else if (name == OrganizationsPage) {
            ok = m_archive->removeOrganization(ids.at(i), &error);
            key = QStringLiteral("organization:%1").arg(ids.at(i));
        } else {
            ok = m_archive->removeContact(ids.at(i), &error);
            key = QStringLiteral("contact:%1").arg(ids.at(i));
        }
        if (!ok)
            problems.append(tr("%1: %2").arg(names.at(i), error));
        else if (EditorDialog *open = findEditor(key)) {
            open->undoStack()->clear();
            open->close();
        }
    }
    refresh();
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Not deleted"), problems.join(QLatin1Char('\n')));
}

// --- closing -----------------------------------------------------------------------------

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
    for (const QString &name : { DialoguesPage, PeoplePage, OrganizationsPage, ContactsPage })
        listPage(name)->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor && !editor->maybeSave()) {
            event->ignore();
            return;
        }
    }
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor) {
            editor->undoStack()->clear(); // already asked
            editor->close();
        }
    }
    saveSettings();
    if (m_archive)
        emit archiveClosing();
    event->accept();
}

} // namespace rt::app
