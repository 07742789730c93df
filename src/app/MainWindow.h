#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rt {
class Database;
class Archive;
}

namespace rt::app {

class SearchWidget;

// The program's window: the archive's records, and the menus that act on them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating an empty archive if there is none); reports failure to the user.
    bool openArchive(const QString &path);

    SearchWidget *searchWidget() const { return m_searchWidget; }
    // Shows a dialogue of the archive (what Enter on a search hit does).
    void showDialogue(qint64 id);

private:
    void refresh();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Archive> m_archive;
    SearchWidget *m_searchWidget = nullptr;
};

} // namespace rt::app
