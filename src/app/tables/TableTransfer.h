#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace rt::app {

class MainWindow;

// The File menu's spreadsheets, address books and calendars: Import Table… (CSV or XLSX,
// through ImportTableDialog), Import Address Book… and Export Address Book… (vCard 4.0:
// people and contacts), Export Calendar… (iCalendar: the dialogues, or those a search
// matches). Core reads and writes the files; this asks for them and reports how it went.
class TableTransfer : public QObject
{
    Q_OBJECT

public:
    static TableTransfer *install(MainWindow *window);

    void importTable();
    void importAddressBook();
    void exportAddressBook();
    void exportCalendar();

    // Test hooks: the next file chooser returns `path` instead of asking (empty: cancelled);
    // the next calendar export takes `query` without asking.
    static void setNextPath(const QString &path);
    static void setNextQuery(const QString &query);

private:
    explicit TableTransfer(MainWindow *window);
    QString openPath(const QString &title, const QString &filter);
    QString savePath(const QString &title, const QString &name, const QString &filter);
    void updateActions();

    MainWindow *m_window;
    QList<QAction *> m_actions;
    static QString s_nextPath;
    static bool s_hasNextPath;
    static QString s_nextQuery;
    static bool s_hasNextQuery;
};

} // namespace rt::app
