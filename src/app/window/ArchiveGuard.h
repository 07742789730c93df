#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <thread>

class QAction;
class QWidget;

namespace rt {
class ChangeWatcher;
class SessionLock;
} // namespace rt

namespace rt::app {

class MainWindow;

// Keeps the window's archive safe and the user informed: the integrity check and the
// automatic backup, both on a thread of their own once the archive is shown (a large
// archive is listed at once instead of after a read of the whole file; writes wait for the
// check's verdict in core), File → Restore from backup, the offer to restore the latest sound
// backup when an archive cannot be opened, a notice for a read-only archive and for a
// second window on the same archive, and a refresh whenever another program (or window)
// has changed the archive. Core does the work (AutoBackup, Restore, ChangeWatcher,
// SessionLock); this class only connects it to the window and asks the questions.
class ArchiveGuard : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveGuard(MainWindow *window);
    ~ArchiveGuard() override;

    // How often the archive is checked for changes made elsewhere.
    static constexpr int WatchIntervalMs = 1000;

    // Called by the window before it opens `path`. An archive of an older version is upgraded
    // as it opens, which writes at once: its automatic backup (if due) is written first, of
    // the archive as it was. Otherwise the backup runs in the background after the check.
    static void beforeOpening(QWidget *window, const QString &path);
    enum class Offer {
        NotOffered, // no sound backup: the window reports the error itself
        Declined, // the user saw the error in the question and said no
        Restored // the window should open `path` again
    };
    // Called by the window when `path` could not be opened (`error`): offers to restore the
    // latest sound backup, keeping the archive as it is aside.
    static Offer offerRestore(QWidget *window, const QString &path, const QString &error);

    QAction *restoreAction() const { return m_restoreAction; }
    // Test hook: the next Restore from Backup uses this file instead of asking.
    static void setNextChoice(const QString &backupPath);
    // Test and benchmark hook: returns once the background check and backup of the open
    // archive are done and their results shown.
    void waitForBackgroundWork();

public Q_SLOTS:
    // File → Restore from backup: choose one of the archive's backups, confirm, restore.
    void restoreFromBackup();

private:
    void archiveOpened();
    void archiveClosing();
    void changedElsewhere();
    // The background integrity check has a verdict: offer a restore if it found damage,
    // else start the automatic backup.
    void integrityChecked();
    // Shown in the status bar while the check runs.
    static QString checkingMessage();
    void startBackup();
    void stopBackgroundWork();

    MainWindow *m_window;
    QAction *m_restoreAction = nullptr;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<SessionLock> m_lock;
    bool m_verdictSeen = false;
    std::atomic<bool> m_cancelBackup { false };
    std::thread m_backupThread;
};

} // namespace rt::app
