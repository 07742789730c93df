#include "app/window/ArchiveGuard.h"

#include "app/editors/EditorDialog.h"
#include "app/window/ArchiveActions.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/ChangeWatcher.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheck.h"
#include "core/db/SessionLock.h"
#include "core/records/Archive.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Restore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace rt::app {

namespace {

// The test hook for the backup chooser: the next choice is made without a dialog.
QString s_nextChoice;

QString describe(const AutoBackup::Entry &entry)
{
    const QLocale locale;
    return QStringLiteral("%1 (%2)") // a layout, not words: nothing to translate
        .arg(locale.toString(entry.written.toLocalTime(), QLocale::LongFormat),
            locale.formattedDataSize(entry.size));
}

} // namespace

ArchiveGuard::ArchiveGuard(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_restoreAction = new QAction(tr("Restore from Bac&kup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(
        tr("Put one of the archive's backups in its place; the archive as it is is kept aside"));
    // Right after "Back Up…", where a user looking for backups looks.
    QMenu *fileMenu = window->menu(MainWindow::Menu::File);
    const QList<QAction *> actions = fileMenu->actions();
    const qsizetype at
        = window->archiveActions() ? actions.indexOf(window->archiveActions()->backupAction()) : -1;
    fileMenu->insertAction(
        at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_restoreAction);
    connect(m_restoreAction, &QAction::triggered, this, &ArchiveGuard::restoreFromBackup);
    connect(window, &MainWindow::archiveOpened, this, &ArchiveGuard::archiveOpened);
    connect(window, &MainWindow::archiveClosing, this, &ArchiveGuard::archiveClosing);
    m_restoreAction->setEnabled(window->archive() != nullptr);
}

ArchiveGuard::~ArchiveGuard()
{
    stopBackgroundWork();
}

void ArchiveGuard::beforeOpening(QWidget *window, const QString &path)
{
    // A server archive is backed up once open (startBackup): a backup is an SQLite archive of
    // this program's version, so it can only be written of an archive brought up to it.
    if (Database::isServerAddress(path))
        return;
    const int version = Database::storedVersion(path);
    if (version < 0 || version >= Database::latestSchemaVersion())
        return;
    // An archive that opens read-only is not upgraded: run() writes nothing for it.
    QString written, error;
    if (AutoBackup(path).run(&written, &error) == AutoBackup::Outcome::Failed) {
        if (auto *main = qobject_cast<QMainWindow *>(window))
            main->statusBar()->showMessage(AutoBackup::failureWarning(error));
    }
}

ArchiveGuard::Offer ArchiveGuard::offerRestore(QWidget *window, const QString &path, const QString &error)
{
    if (!QFileInfo::exists(path))
        return Offer::NotOffered;
    QStringList skipped;
    const AutoBackup backups(path);
    const QString latest = backups.latestSound(&skipped);
    if (latest.isEmpty())
        return Offer::NotOffered;
    AutoBackup::Entry entry;
    for (const AutoBackup::Entry &candidate : backups.backups()) {
        if (candidate.path == latest)
            entry = candidate;
    }
    const QString question = tr(
        "%1\n\nThe latest sound backup of this archive is from %2. Restore it?\n\nThe archive as it is now "
        "is "
        "not deleted: it is kept beside it, under the same name followed by \"before-restore\" and the date.")
                                 .arg(error, describe(entry));
    const auto answer = MessageBox::ask(window, QMessageBox::Warning, tr("Cannot open archive"), question,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
        { { QMessageBox::Yes, tr("Restore Backup") }, { QMessageBox::No, tr("Cancel") } });
    if (answer != QMessageBox::Yes)
        return Offer::Declined;
    QString aside, failure;
    if (!Restore::fromBackup(path, latest, &aside, &failure)) {
        MessageBox::warning(window, tr("Restore failed"), failure);
        return Offer::Declined; // the failure has been shown
    }
    MessageBox::information(window, tr("Archive restored"),
        tr("The archive was restored from the backup of %1.\n\nThe archive as it was is kept at %2.")
            .arg(describe(entry), QDir::toNativeSeparators(aside)));
    return Offer::Restored;
}

void ArchiveGuard::restoreFromBackup()
{
    if (!m_window->archive())
        return;
    const QString path = m_window->archivePath();
    const QList<AutoBackup::Entry> backups = AutoBackup(path).backups();
    const bool server = Database::isServerAddress(path);
    const QString name = server ? path : QFileInfo(path).fileName();

    QString chosen;
    if (!s_nextChoice.isEmpty()) {
        chosen = s_nextChoice;
        s_nextChoice.clear();
    } else {
        QStringList items;
        for (const AutoBackup::Entry &entry : backups)
            items.append(describe(entry));
        const QString other = tr("Another file…");
        items.append(other);
        bool ok = false;
        const QString item = QInputDialog::getItem(m_window, tr("Restore from Backup"),
            tr("Backups of %1, newest first:").arg(name), items, 0, false, &ok);
        if (!ok)
            return;
        if (item == other) {
            chosen = QFileDialog::getOpenFileName(m_window, tr("Restore from Backup"),
                AutoBackup(path).folder(), tr("Roundtable archives (*.roundtable);;All files (*)"));
        } else {
            chosen = backups.value(items.indexOf(item)).path;
        }
        if (chosen.isEmpty())
            return;
    }
    // Unsaved edits are the user's to keep or drop before the records change under them.
    for (EditorDialog *editor : m_window->editors()) {
        if (!editor->maybeSave())
            return;
    }
    // On a server, everyone working on the archive sees the restored records at once.
    const QString question = server
        ? tr("Replace the records of the server archive %1 with those of the backup %2?\n\nEveryone "
             "working on it sees the restored records at once. The records as they are now are first "
             "kept as a backup, so nothing is lost.")
        : tr("Replace the records of %1 with those of the backup %2?\n\nThe archive as it is now is kept "
             "beside it, "
             "so nothing is lost.");
    const auto answer = MessageBox::ask(m_window, QMessageBox::Question, tr("Restore from Backup"),
        question.arg(name, QDir::toNativeSeparators(chosen)), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Yes, { { QMessageBox::Yes, tr("Restore") } });
    if (answer != QMessageBox::Yes)
        return;
    QString aside, error;
    if (!Restore::fromBackup(path, chosen, &aside, &error)) {
        MessageBox::warning(m_window, tr("Restore failed"), error);
        return;
    }
    m_window->openArchive(path); // everything shown is read again
    MessageBox::information(m_window, tr("Archive restored"),
        tr("The archive was restored.\n\nThe archive as it was is kept at %1.")
            .arg(QDir::toNativeSeparators(aside)));
}

void ArchiveGuard::setNextChoice(const QString &backupPath)
{
    s_nextChoice = backupPath;
}

void ArchiveGuard::archiveOpened()
{
    Database &database = m_window->archive()->database();
    m_restoreAction->setEnabled(true);
    m_watcher = std::make_unique<ChangeWatcher>(database);
    connect(m_watcher.get(), &ChangeWatcher::changedElsewhere, this, &ArchiveGuard::changedElsewhere);
    m_watcher->start(WatchIntervalMs);

    if (!database.readOnlyNotice().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Read-only"));
        MessageBox::information(m_window, tr("Archive opened read-only"), database.readOnlyNotice());
    }
    m_verdictSeen = false;
    if (IntegrityCheck *check = database.integrityCheck()) {
        if (database.readOnlyNotice().isEmpty())
            m_window->statusBar()->showMessage(checkingMessage()); // a save now waits for it
        connect(
            check, &IntegrityCheck::finished, this, &ArchiveGuard::integrityChecked, Qt::QueuedConnection);
        if (check->state() != IntegrityCheck::State::Running) {
            // It finished before the connection was made. Still answered from the event
            // loop: a restore reopens the archive, which must not happen inside this signal.
            QMetaObject::invokeMethod(this, &ArchiveGuard::integrityChecked, Qt::QueuedConnection);
        }
    } else {
        startBackup(); // checked before it opened (or new)
    }
    // On a server, several people working at once is the point: no lock file, no notice.
    if (database.backend() != Database::Backend::SQLite)
        return;
    m_lock = std::make_unique<SessionLock>(m_window->archivePath());
    if (m_lock->acquire() == SessionLock::State::HeldElsewhere) {
        MessageBox::information(m_window, tr("Archive already open"),
            tr("This archive is already open in another Roundtable window (%1).\n\nYou can both work on it: "
               "every "
               "save is kept, and each window shows the other's changes within a second. If you both edit "
               "the same record, the second to save is told and chooses: keep editing, compare the two "
               "field by field, or overwrite.")
                .arg(m_lock->holder()));
    }
}

void ArchiveGuard::archiveClosing()
{
    // Before the window lets go of its Database, which the watcher polls.
    m_watcher.reset();
    m_lock.reset();
    stopBackgroundWork();
    m_restoreAction->setEnabled(false);
}

void ArchiveGuard::changedElsewhere()
{
    m_window->refresh();
    m_window->checkOpenEditors();
    m_window->statusBar()->showMessage(
        tr("Another program changed the archive; what you see is up to date."), 5000);
}

void ArchiveGuard::integrityChecked()
{
    Archive *archive = m_window->archive();
    IntegrityCheck *check = archive ? archive->database().integrityCheck() : nullptr;
    if (m_verdictSeen || !check || check->state() == IntegrityCheck::State::Running)
        return; // a verdict already handled, or one about an archive since closed
    m_verdictSeen = true;
    if (m_window->statusBar()->currentMessage() == checkingMessage())
        m_window->statusBar()->clearMessage();
    if (check->state() == IntegrityCheck::State::Sound) {
        startBackup();
        return;
    }
    if (check->state() != IntegrityCheck::State::Damaged)
        return;
    const QString path = m_window->archivePath();
    QString error;
    archive->database().writable(&error);
    m_window->statusBar()->showMessage(tr("The archive is damaged: nothing can be saved to it"));
    switch (offerRestore(m_window, path, error)) {
    case Offer::Restored:
        m_window->openArchive(path); // everything shown is read again
        break;
    case Offer::NotOffered:
        MessageBox::warning(m_window, tr("Archive damaged"),
            tr("%1\n\nYou can still read, search and export what it holds, but nothing can be "
               "saved to it. There is no sound backup to restore.")
                .arg(error));
        break;
    case Offer::Declined:
        break;
    }
}

QString ArchiveGuard::checkingMessage()
{
    return tr("Checking the archive…");
}

void ArchiveGuard::startBackup()
{
    stopBackgroundWork();
    const QString path = m_window->archivePath();
    if (path.isEmpty() || m_window->archive()->database().isReadOnly())
        return; // it cannot change: no new backup needed
    const AutoBackup::Settings settings = AutoBackup::Settings::load();
    m_cancelBackup = false;
    m_backupThread = std::thread([this, path, settings] {
        QString written, error;
        const AutoBackup::Outcome outcome = AutoBackup(path, settings).run(&written, &error, &m_cancelBackup);
        const bool cancelled = m_cancelBackup.load();
        QMetaObject::invokeMethod(
            this,
            [this, outcome, error, cancelled] {
                if (outcome == AutoBackup::Outcome::Failed && !cancelled)
                    m_window->statusBar()->showMessage(AutoBackup::failureWarning(error));
            },
            Qt::QueuedConnection);
    });
}

void ArchiveGuard::stopBackgroundWork()
{
    m_cancelBackup = true;
    if (m_backupThread.joinable())
        m_backupThread.join();
}

void ArchiveGuard::waitForBackgroundWork()
{
    if (Archive *archive = m_window->archive()) {
        if (IntegrityCheck *check = archive->database().integrityCheck())
            check->wait();
    }
    QCoreApplication::processEvents(); // the verdict's queued slot, which may start the backup
    if (m_backupThread.joinable())
        m_backupThread.join();
    QCoreApplication::processEvents(); // the backup's result
}

} // namespace rt::app
