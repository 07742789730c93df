#pragma once

#include "core/tables/TableExport.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QPrinter;

namespace rt::app {

class MainWindow;

// File → Export List… (CSV or XLSX) and File → Print List… (with preview) for whatever list
// the current page shows: the dialogues, people, organisations, contacts, press releases,
// search hits or the calendar's lists. What goes out is what the view shows: its rows in
// their order after filtering and sorting, its visible columns in their order on screen,
// each cell's text as displayed. Core's TableExport writes the file.
class ListOutput : public QObject
{
    Q_OBJECT

public:
    static ListOutput *install(MainWindow *window);

    // The list `view` shows, as a table named `name`.
    static Table tableOf(const QAbstractItemView *view, const QString &name);
    // The list of the current page (nullptr when the page shows none) and its name.
    QAbstractItemView *currentView() const;
    QString currentName() const;

    // Writes the current list to `path` (CSV or XLSX by its suffix); false with a message.
    bool exportTo(const QString &path, QString *error);
    // Paints `table` on `printer` with a header and page numbers, as press releases are.
    static void print(const Table &table, const QString &heading, QPrinter *printer);

    // Test hook: the next Export List… takes this path instead of asking (empty: cancelled).
    static void setNextPath(const QString &path);

    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }

private:
    explicit ListOutput(MainWindow *window);
    void exportList();
    void printList();
    void updateActions();

    MainWindow *m_window;
    QAction *m_exportAction;
    QAction *m_printAction;
    static QString s_nextPath;
    static bool s_hasNextPath;
};

} // namespace rt::app
