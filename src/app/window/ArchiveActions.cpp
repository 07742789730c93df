#include "app/window/ArchiveActions.h"

#include "app/intake/ReleaseImportQueue.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/db/ServerAddress.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/safety/Maintenance.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace rt::app {

ArchiveActions::ArchiveActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *first = file->actions().value(0);
    auto add = [file, first, this](const QString &text, const char *name, const QString &tip,
                   void (ArchiveActions::*slot)()) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(tip);
        file->insertAction(first, action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *newArchive = add(tr("&New Archive…"), "newArchiveAction", tr("Create an empty archive file"),
        &ArchiveActions::newArchive);
    newArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = add(tr("&Open Archive…"), "openArchiveAction", QString(), &ArchiveActions::chooseArchive);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    add(tr("Open Ser&ver Archive…"), "openServerArchiveAction",
        tr("Open a team archive on a PostgreSQL server"), &ArchiveActions::chooseServerArchive);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->insertMenu(first, m_recentMenu);
    file->insertSeparator(first);
    m_importAction = add(tr("&Import…"), "importAction",
        tr("Add or update records from a roundtable/1 JSON file"), &ArchiveActions::importFile);
    m_importReleasesAction = add(tr("Import Press Relea&ses…"), "importReleasesAction",
        tr("Read past press releases (text, HTML, Word, PDF) into dialogues, each reviewed before it is "
           "saved"),
        &ArchiveActions::importReleases);
    m_importReleaseFolderAction = add(tr("Import Press Releases from &Folder…"), "importReleaseFolderAction",
        tr("Read every press release in a folder, each reviewed before it is saved"),
        &ArchiveActions::importReleaseFolder);
    m_exportAction = add(tr("&Export…"), "exportAction",
        tr("Write the whole archive as a roundtable/1 JSON file"), &ArchiveActions::exportFile);
    m_backupAction = add(tr("&Back Up…"), "backupAction", tr("Write a consistent copy of the archive"),
        &ArchiveActions::backup);
    file->insertSeparator(first);

    connect(window, &MainWindow::archiveOpened, this, [this] {
        Settings::rememberArchive(m_window->archivePath());
        updateRecentMenu();
        updateActions();
    });
    updateRecentMenu();
    updateActions();
}

void ArchiveActions::updateActions()
{
    const bool open = m_window->archive() != nullptr;
    const bool writable = m_window->isArchiveWritable();
    m_importAction->setEnabled(writable);
    m_importReleasesAction->setEnabled(writable);
    m_importReleaseFolderAction->setEnabled(writable);
    m_exportAction->setEnabled(open);
    m_backupAction->setEnabled(open);
}

void ArchiveActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentArchives();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setEnabled(Database::isServerAddress(path) || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { m_window->openArchive(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void ArchiveActions::newArchive()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("New Archive"), Settings::fileFolder(),
        tr("Roundtable archives (*.roundtable);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::rememberFileFolder(path);
    if (QFileInfo::exists(path)) {
        MessageBox::warning(m_window, tr("New Archive"),
            tr("%1 already exists. Choose Open Archive to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_window->openArchive(path);
}

void ArchiveActions::chooseArchive()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Archive"), Settings::fileFolder(),
        tr("Roundtable archives (*.roundtable);;All files (*)"));
    Settings::rememberFileFolder(path);
    if (!path.isEmpty())
        m_window->openArchive(path);
}

void ArchiveActions::chooseServerArchive()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("serverArchiveDialog"));
    dialog.setWindowTitle(tr("Open Server Archive"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->setSizeConstraint(QLayout::SetFixedSize); // grows when the line about a problem shows
    auto *explanation = new QLabel(tr("The address of a team archive on a PostgreSQL server, for example "
                                      "postgresql://anna@db.example.org/roundtable. It holds no password: "
                                      "give it in ~/.pgpass, PGPASSWORD or a service file."),
        &dialog);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("serverAddressEdit"));
    edit->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/roundtable"));
    edit->setMinimumWidth(460);
    const QString current = m_window->archivePath();
    if (Database::isServerAddress(current)) {
        edit->setText(current);
        edit->selectAll(); // typing replaces it
    }
    explanation->setBuddy(edit);
    layout->addWidget(edit);
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("serverAddressProblem"));
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QPushButton *openButton = buttons->button(QDialogButtonBox::Open);
    auto check = [&] {
        const QString text = edit->text().trimmed();
        QString error;
        const bool ok = ServerAddress::isServerAddress(text) && ServerAddress::parse(text, &error);
        if (!text.isEmpty() && !ServerAddress::isServerAddress(text))
            error = tr("a server address starts with postgresql:// or postgres://");
        problem->setText(error);
        problem->setVisible(!text.isEmpty() && !error.isEmpty());
        openButton->setEnabled(ok);
    };
    connect(edit, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->openArchive(edit->text().trimmed());
}

void ArchiveActions::importFile()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), Settings::fileFolder(), tr("Roundtable JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::rememberFileFolder(path);
    Interchange::Report report;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Interchange::importFile(*archive, path, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(m_window, tr("Import failed"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    m_window->refresh();
    MessageBox::information(m_window, tr("Import"), report.summary());
}

void ArchiveActions::importReleases()
{
    if (m_window->archive())
        importReleaseFiles(ReleaseImportQueue::chooseFiles(m_window));
}

void ArchiveActions::importReleaseFolder()
{
    if (m_window->archive())
        importReleaseFiles(ReleaseImportQueue::chooseFolder(m_window));
}

ReleaseImportQueue *ArchiveActions::importReleaseFiles(const QStringList &files)
{
    Archive *archive = m_window->archive();
    if (!archive || files.isEmpty())
        return nullptr;
    auto *queue = new ReleaseImportQueue(*archive, m_window);
    queue->setObjectName(QStringLiteral("releaseImportQueue"));
    connect(queue, &ReleaseImportQueue::dialogueSaved, m_window, &MainWindow::refresh);
    connect(queue, &ReleaseImportQueue::finished, queue, &QObject::deleteLater);
    queue->start(files);
    return queue;
}

void ArchiveActions::exportFile()
{
    Archive *archive = m_window->archive();
    if (!archive)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"),
        Settings::inFileFolder(Settings::archiveFileName(m_window->archivePath()) + QStringLiteral(".json")),
        tr("Roundtable JSON (*.json)"));
    if (path.isEmpty())
        return;
    Settings::rememberFileFolder(path);
    QString error;
    if (!Interchange::exportFile(*archive, path, &error))
        MessageBox::warning(m_window, tr("Export failed"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ArchiveActions::backup()
{
    if (!m_window->archive())
        return;
    const QString suggested = Settings::inFileFolder(Settings::archiveFileName(m_window->archivePath())
        + QStringLiteral("-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".roundtable"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Back Up"), suggested, tr("Roundtable archives (*.roundtable)"));
    if (path.isEmpty())
        return;
    Settings::rememberFileFolder(path);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Maintenance::backup(m_window->archivePath(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        MessageBox::warning(m_window, tr("Backup failed"), error);
    else
        m_window->statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace rt::app
