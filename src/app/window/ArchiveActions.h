#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace rt::app {

class MainWindow;
class ReleaseImportQueue;

// The File menu's work on whole archives: a new archive, open one (chosen, or one of the
// recently opened), import a roundtable/1 JSON file into the open one, export it, and back
// it up. The window opens the archive; this class asks the user which and reports how it went.
class ArchiveActions : public QObject
{
    Q_OBJECT

public:
    // Puts the actions at the top of `window`'s File menu.
    explicit ArchiveActions(MainWindow *window);

    QAction *backupAction() const { return m_backupAction; }

    void newArchive();
    void chooseArchive();
    // File → Open Server Archive…: asks for a postgresql:// address (never a password: libpq's
    // ~/.pgpass, PGPASSWORD or a service file give it) and opens it.
    void chooseServerArchive();
    void importFile();
    // File → Import Press Releases… and …from Folder…: the files chosen go through a
    // ReleaseImportQueue (returned, for tests; null when there is nothing to do).
    void importReleases();
    void importReleaseFolder();
    ReleaseImportQueue *importReleaseFiles(const QStringList &files);
    void exportFile();
    void backup();

private:
    void updateRecentMenu();
    void updateActions();

    MainWindow *m_window;
    QMenu *m_recentMenu;
    QAction *m_importAction;
    QAction *m_importReleasesAction;
    QAction *m_importReleaseFolderAction;
    QAction *m_exportAction;
    QAction *m_backupAction;
};

} // namespace rt::app
