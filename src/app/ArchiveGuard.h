#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

namespace rt {
class ChangeWatcher;
class SessionLock;
} // namespace rt

namespace rt::app {

class MainWindow;

// Keeps the window's archive safe and the user informed: the automatic backup when an
// archive is opened, File → Restore from backup, the offer to restore the latest sound
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

    // Called by the window before it opens `path`: the automatic backup (at most daily).
    // Never stops the opening; a failure is shown in the status bar.
    static void beforeOpening(QWidget *window, const QString &path);
    enum class Offer {
        NotOffered, // no sound backup: the window reports the error itself
        Declined,   // the user saw the error in the question and said no
        Restored    // the window should open `path` again
    };
    // Called by the window when `path` could not be opened (`error`): offers to restore the
    // latest sound backup, keeping the archive as it is aside.
    static Offer offerRestore(QWidget *window, const QString &path, const QString &error);

    QAction *restoreAction() const { return m_restoreAction; }
    // Test hook: the next Restore from Backup uses this file instead of asking.
    static void setNextChoice(const QString &backupPath);

public Q_SLOTS:
    // File → Restore from backup: choose one of the archive's backups, confirm, restore.
    void restoreFromBackup();

private:
    void archiveOpened();
    void archiveClosing();
    void changedElsewhere();

    MainWindow *m_window;
    QAction *m_restoreAction = nullptr;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<SessionLock> m_lock;
};

} // namespace rt::app
