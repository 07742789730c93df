#include "app/tables/TableTransfer.h"

#include "app/tables/ImportTableDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/interchange/ICalendar.h"
#include "core/interchange/VCard.h"
#include "core/records/Archive.h"
#include "core/search/SearchQuery.h"
#include "core/tables/TableRead.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace rt::app {

QString TableTransfer::s_nextPath;
bool TableTransfer::s_hasNextPath = false;
QString TableTransfer::s_nextQuery;
bool TableTransfer::s_hasNextQuery = false;

TableTransfer *TableTransfer::install(MainWindow *window)
{
    return new TableTransfer(window);
}

void TableTransfer::setNextPath(const QString &path)
{
    s_nextPath = path;
    s_hasNextPath = true;
}

void TableTransfer::setNextQuery(const QString &query)
{
    s_nextQuery = query;
    s_hasNextQuery = true;
}

TableTransfer::TableTransfer(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *file = window->menu(MainWindow::Menu::File);
    // After the archive's own Import and Export, before Back Up.
    QAction *before = nullptr;
    for (QAction *action : file->actions()) {
        if (action->objectName() == QLatin1String("backupAction"))
            before = action;
    }
    const auto add
        = [&](const QString &text, const char *name, const QString &tip, void (TableTransfer::*slot)()) {
              auto *action = new QAction(text, window);
              action->setObjectName(QLatin1String(name));
              action->setStatusTip(tip);
              action->setToolTip(tip);
              file->insertAction(before, action);
              window->addAction(action);
              connect(action, &QAction::triggered, this, slot);
              m_actions.append(action);
              return action;
          };
    add(tr("Import &Table…"), "importTableAction",
        tr("Add people, organisations, contacts or dialogues from a CSV or Excel sheet"),
        &TableTransfer::importTable)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    add(tr("Import &Address Book…"), "importVCardAction", tr("Add people and contacts from a vCard file"),
        &TableTransfer::importAddressBook);
    add(tr("Export A&ddress Book…"), "exportVCardAction",
        tr("Write every person and contact as vCard 4.0, for an address book"),
        &TableTransfer::exportAddressBook);
    add(tr("Export &Calendar…"), "exportICalAction",
        tr("Write the dialogues as iCalendar events, for any calendar program"),
        &TableTransfer::exportCalendar);
    file->insertSeparator(before);
    connect(window, &MainWindow::archiveOpened, this, &TableTransfer::updateActions);
    updateActions();
}

void TableTransfer::updateActions()
{
    // Imports change the archive: not offered on one that opened read-only.
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(action->objectName().startsWith(QLatin1String("import"))
                ? m_window->isArchiveWritable()
                : m_window->archive() != nullptr);
    }
}

QString TableTransfer::openPath(const QString &title, const QString &filter)
{
    if (s_hasNextPath) {
        s_hasNextPath = false;
        return s_nextPath;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, title, app::Settings::fileFolder(), filter);
    app::Settings::rememberFileFolder(path);
    return path;
}

QString TableTransfer::savePath(const QString &title, const QString &name, const QString &filter)
{
    if (s_hasNextPath) {
        s_hasNextPath = false;
        return s_nextPath;
    }
    const QString path
        = QFileDialog::getSaveFileName(m_window, title, app::Settings::inFileFolder(name), filter);
    app::Settings::rememberFileFolder(path);
    return path;
}

void TableTransfer::importTable()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    const QString path = openPath(tr("Import Table"),
        tr("Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    Table table;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = TableReader::readFile(path, &table, &error);
    QApplication::restoreOverrideCursor();
    if (!read) {
        MessageBox::warning(m_window, tr("Import Table"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    ImportTableDialog dialog(*archive, path, table, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->refresh();
    QString summary = dialog.report().summary();
    if (!dialog.plan().duplicates.isEmpty())
        summary += dialog.plan().duplicates.size() == 1
            ? tr("; 1 row already in the archive left out")
            : tr("; %1 rows already in the archive left out").arg(dialog.plan().duplicates.size());
    MessageBox::information(m_window, tr("Import Table"), summary);
}

void TableTransfer::importAddressBook()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    const QString path = openPath(tr("Import Address Book"), tr("vCard (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    Interchange::Report report;
    VCard::Plan plan;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = VCard::importFile(*archive, path, &report, &plan, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(m_window, tr("Import Address Book"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    m_window->refresh();
    QString text = report.summary();
    if (!plan.duplicates.isEmpty())
        text += QLatin1Char('\n') + tr("Left out as already in the archive:") + QLatin1Char('\n')
            + plan.duplicates.join(QLatin1Char('\n'));
    MessageBox::information(m_window, tr("Import Address Book"), text);
}

void TableTransfer::exportAddressBook()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    QString path = savePath(tr("Export Address Book"),
        QFileInfo(m_window->archivePath()).completeBaseName() + QStringLiteral(".vcf"), tr("vCard (*.vcf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vcf");
    QString error;
    int cards = 0;
    if (!VCard::exportFile(*archive, path, &cards, &error)) {
        MessageBox::warning(m_window, tr("Export Address Book"), tr("Nothing was written: %1").arg(error));
        return;
    }
    m_window->statusBar()->showMessage(cards == 1
            ? tr("1 card written to %1").arg(QDir::toNativeSeparators(path))
            : tr("%1 cards written to %2").arg(cards).arg(QDir::toNativeSeparators(path)),
        5000);
}

void TableTransfer::exportCalendar()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    QString query;
    if (s_hasNextQuery) {
        s_hasNextQuery = false;
        query = s_nextQuery;
    } else {
        bool ok = false;
        query = QInputDialog::getText(m_window, tr("Export Calendar"),
            tr("Which dialogues? A search such as year:2025 or series:\"Green Lancang-Mekong\"; empty for "
               "all:"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (!query.trimmed().isEmpty() && !SearchQuery::parse(query).isValid()) {
        MessageBox::warning(m_window, tr("Export Calendar"), SearchQuery::parse(query).error());
        return;
    }
    QString path = savePath(tr("Export Calendar"),
        QFileInfo(m_window->archivePath()).completeBaseName() + QStringLiteral(".ics"),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QString error;
    int events = 0;
    if (!ICalendar::exportFile(*archive, path, query, &events, &error)) {
        MessageBox::warning(m_window, tr("Export Calendar"), tr("Nothing was written: %1").arg(error));
        return;
    }
    m_window->statusBar()->showMessage(events == 1
            ? tr("1 event written to %1").arg(QDir::toNativeSeparators(path))
            : tr("%1 events written to %2").arg(events).arg(QDir::toNativeSeparators(path)),
        5000);
}

} // namespace rt::app
