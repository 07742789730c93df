#include "app/lists/ListOutput.h"

#include "app/lists/ListPage.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/press/PressReleaseDocument.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

namespace rt::app {

QString ListOutput::s_nextPath;
bool ListOutput::s_hasNextPath = false;

void ListOutput::setNextPath(const QString &path)
{
    s_nextPath = path;
    s_hasNextPath = true;
}

ListOutput *ListOutput::install(MainWindow *window)
{
    return new ListOutput(window);
}

ListOutput::ListOutput(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportAction(new QAction(tr("Export &List…"), window))
    , m_printAction(new QAction(tr("&Print List…"), window))
{
    m_exportAction->setObjectName(QStringLiteral("exportListAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the list on this page, as shown, as CSV or an Excel workbook"));
    m_printAction->setObjectName(QStringLiteral("printListAction"));
    m_printAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)); // Ctrl+Shift+P: a new press release
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_printAction->setStatusTip(tr("Print the list on this page, as shown, with a preview"));
    QMenu *file = window->menu(MainWindow::Menu::File);
    // Before Quit, after what exports the archive.
    QAction *quit = nullptr;
    for (QAction *action : file->actions()) {
        if (action->objectName() == QLatin1String("quitAction"))
            quit = action;
    }
    QAction *separator = file->insertSeparator(quit);
    file->insertAction(separator, m_exportAction);
    file->insertAction(separator, m_printAction);
    window->addAction(m_exportAction);
    window->addAction(m_printAction);
    connect(m_exportAction, &QAction::triggered, this, &ListOutput::exportList);
    connect(m_printAction, &QAction::triggered, this, &ListOutput::printList);
    // Enabled as the menu opens; a shortcut on a page without a list says so instead.
    connect(file, &QMenu::aboutToShow, this, &ListOutput::updateActions);
    connect(file, &QMenu::aboutToHide, this, [this] {
        m_exportAction->setEnabled(true);
        m_printAction->setEnabled(true);
    });
}

void ListOutput::updateActions()
{
    const bool list = currentView() != nullptr;
    m_exportAction->setEnabled(list);
    m_printAction->setEnabled(list);
}

QAbstractItemView *ListOutput::currentView() const
{
    QWidget *page = m_window->page(m_window->currentPageName());
    if (!page || !m_window->archive())
        return nullptr;
    if (auto *list = qobject_cast<ListPage *>(page))
        return list->view();
    // Another page: the table or tree that has the focus, else its first one on screen.
    auto usable = [](QAbstractItemView *view) {
        return view && view->model() && view->isVisible()
            && (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view));
    };
    for (QWidget *focus = QApplication::focusWidget(); focus; focus = focus->parentWidget()) {
        if (focus == page)
            break;
        if (auto *view = qobject_cast<QAbstractItemView *>(focus); usable(view) && page->isAncestorOf(view))
            return view;
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (usable(view))
            return view;
    }
    return nullptr;
}

QString ListOutput::currentName() const
{
    const QString name = m_window->currentPageName();
    for (QAction *action : m_window->menu(MainWindow::Menu::View)->actions()) {
        if (action->data().toString() == name)
            return action->text().remove(QLatin1Char('&'));
    }
    return tr("List");
}

Table ListOutput::tableOf(const QAbstractItemView *view, const QString &name)
{
    Table table;
    table.name = name;
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = nullptr;
    const auto *tableView = qobject_cast<const QTableView *>(view);
    const auto *treeView = qobject_cast<const QTreeView *>(view);
    if (tableView)
        header = tableView->horizontalHeader();
    else if (treeView)
        header = treeView->header();
    QList<int> columns;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical)))
            continue;
        columns.append(logical);
        table.headers.append(model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    const int rows = model->rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if ((tableView && tableView->isRowHidden(row))
            || (treeView && treeView->isRowHidden(row, QModelIndex())))
            continue;
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        table.rows.append(cells);
    }
    return table;
}

bool ListOutput::exportTo(const QString &path, QString *error)
{
    QAbstractItemView *view = currentView();
    if (!view) {
        *error = tr("this page shows no list");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Table table = tableOf(view, currentName());
    const bool ok
        = TableExport::write(table, path, TableExport::formatOf(path), m_window->archivePath(), error);
    QApplication::restoreOverrideCursor();
    if (ok)
        m_window->statusBar()->showMessage(
            tr("%n rows written to %1", nullptr, int(table.rows.size())).arg(QDir::toNativeSeparators(path)),
            8000);
    return ok;
}

void ListOutput::exportList()
{
    if (!currentView()) {
        m_window->statusBar()->showMessage(tr("This page shows no list to export."), 5000);
        return;
    }
    QString path;
    if (s_hasNextPath) {
        path = s_nextPath;
        s_hasNextPath = false;
    } else {
        const QString csv = tr("CSV, for any spreadsheet (*.csv)");
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        QString filter = csv;
        path = QFileDialog::getSaveFileName(m_window, tr("Export List"),
            app::Settings::inFileFolder(currentName() + QStringLiteral(".csv")),
            csv + QStringLiteral(";;") + xlsx, &filter);
        app::Settings::rememberFileFolder(path);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        MessageBox::warning(m_window, tr("Export List"), tr("The list was not exported: %1").arg(error));
}

void ListOutput::print(const Table &table, const QString &heading, QPrinter *printer)
{
    const std::unique_ptr<QTextDocument> document
        = PressReleaseDocument::document(TableExport::html(table, heading), printer);
    PressReleaseDocument::PageSetup setup;
    setup.header = heading;
    setup.footer = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    QPainter painter;
    if (painter.begin(printer))
        PressReleaseDocument::paint(*document, *printer, painter, setup);
}

void ListOutput::printList()
{
    QAbstractItemView *view = currentView();
    if (!view) {
        m_window->statusBar()->showMessage(tr("This page shows no list to print."), 5000);
        return;
    }
    const Table table = tableOf(view, currentName());
    QString heading = table.name;
    if (auto *list = qobject_cast<ListPage *>(m_window->page(m_window->currentPageName()));
        list && !list->filterLineEdit()->text().trimmed().isEmpty())
        heading = tr("%1 (filtered: “%2”)").arg(heading, list->filterLineEdit()->text().trimmed());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(heading);
    if (table.headers.size() > 5)
        printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("printListPreview"));
    preview.setWindowTitle(tr("Print List"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [&table, &heading](QPrinter *target) { print(table, heading, target); });
    preview.exec();
}

} // namespace rt::app
