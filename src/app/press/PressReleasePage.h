#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QVBoxLayout;

namespace rt {
class Archive;
}

namespace rt::app {

class MainWindow;
class PressReleaseListWidget;

// Puts press releases into the main window: a "Press Releases" page holding the list of
// the open archive's releases (rebuilt whenever another archive opens), and a Press Release
// menu with the actions on dialogues (a new release of the current dialogue, and the
// releases of the selected dialogues exported to a folder).
class PressReleasePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char *PageName = "pressReleasesPage";

    // Adds the page and the menu to `window`, which owns them.
    static PressReleasePage *install(MainWindow *window);

    PressReleaseListWidget *list() const { return m_list; }
    QAction *newReleaseAction() const { return m_newAction; }
    QAction *exportDialoguesAction() const { return m_exportAction; }

    // The ids of the dialogues selected in the window's dialogue list.
    QList<qint64> selectedDialogueIds() const;

private:
    explicit PressReleasePage(MainWindow *window);
    void archiveOpened(Archive *archive);
    void archiveClosing();
    void updateActions();

    MainWindow *m_window;
    QVBoxLayout *m_layout;
    QLabel *m_placeholder;
    PressReleaseListWidget *m_list = nullptr;
    QMenu *m_menu;
    QAction *m_newAction;
    QAction *m_exportAction;
};

} // namespace rt::app
